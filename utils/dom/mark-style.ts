/**
 * How marks look: the `::highlight()` rules, and the band tiers that "Underline by band" draws
 * (docs/adr/0008-mark-style.md). Only properties `::highlight()` supports are used (colour, background, decoration).
 *
 * With band marks, `geolens-mention` still holds every painted mention (the page's summary, hit-testing and the tests
 * read it) but draws nothing; one overlay highlight per tier draws the underline. Colours are Okabe–Ito's
 * colour-blind-safe palette, each with at least 3:1 contrast on white and on black; the line style repeats the order
 * without colour: dotted for Low and Guarded, solid from Elevated, thicker for High and Severe.
 */
import type { Mention } from '../detect/types';
export const HIGHLIGHT_NAME = 'geolens-mention';
export const ACTIVE_HIGHLIGHT_NAME = 'geolens-mention-active';

export type MarkStyle = 'underline' | 'background' | 'none';

/** Visual tiers of the bands. `unrated`: not assessed, or unknown to the band table. */
export const MARK_TIERS = ['unrated', 'low', 'elevated', 'high'] as const;
export type MarkTier = (typeof MARK_TIERS)[number];

export const tierHighlightName = (tier: MarkTier) => `geolens-band-${tier}`;
/** The tint highlights of long pages: registered only when a page switches to viewport painting. */
export const tintHighlightName = (tier: MarkTier) => `geolens-tint-${tier}`;

/** Every highlight name GeoLens registers: what an earlier copy may have left behind (utils/dom/lifecycle.ts). */
export function allHighlightNames(): string[] {
  return [
    HIGHLIGHT_NAME,
    ACTIVE_HIGHLIGHT_NAME,
    ...MARK_TIERS.flatMap((t) => [tierHighlightName(t), tintHighlightName(t)]),
  ];
}

/**
 * Band digits as the background sends them, one per dictionary entity: 0 = not assessed, 1 = Low … 5 = Severe
 * (utils/background/service.ts, getDictionary).
 */
const TIER_OF_DIGIT: readonly MarkTier[] = ['unrated', 'low', 'low', 'elevated', 'high', 'high'];

export function tierOfBandDigit(digit: number): MarkTier {
  return TIER_OF_DIGIT[digit] ?? 'unrated';
}

/**
 * A mention's tier from the band digits (one per dictionary entity): by the matcher's entity index when the mention
 * has one (no setup at all), else by id through a map built on first use.
 */
export function createTierLookup(
  entities: string,
  bands: string | undefined,
): (mention: Pick<Mention, 'entityId' | 'entityIndex'>) => MarkTier {
  let byId: Map<string, MarkTier> | undefined;
  return ({ entityId, entityIndex }) => {
    if (!bands) return 'unrated';
    if (entityIndex !== undefined && entityIndex < bands.length)
      return tierOfBandDigit(bands.charCodeAt(entityIndex) - 48);
    if (!byId) {
      byId = new Map();
      const ids = entities.split('\n');
      for (let i = 0; i < ids.length; i++) {
        const digit = bands.charCodeAt(i) - 48;
        if (digit > 0) byId.set(ids[i] as string, tierOfBandDigit(digit));
      }
    }
    return byId.get(entityId) ?? 'unrated';
  };
}

const UNDERLINE = 'text-underline-offset: 0.2em';
const NEUTRAL = `text-decoration: underline dotted color-mix(in srgb, currentColor 60%, transparent); text-decoration-thickness: 1px; ${UNDERLINE}`;

/** Per tier: line style, colour (Okabe–Ito) and thickness. */
const TIER_RULES: Readonly<Record<MarkTier, string>> = {
  unrated: NEUTRAL,
  // Blue #0072B2: 5.2:1 on white, 4.0:1 on black.
  low: `text-decoration: underline dotted #0072b2; text-decoration-thickness: 2px; ${UNDERLINE}`,
  // Reddish purple #CC79A7: 3.1:1 on white, 6.9:1 on black.
  elevated: `text-decoration: underline solid #cc79a7; text-decoration-thickness: 2px; ${UNDERLINE}`,
  // Vermillion #D55E00: 3.9:1 on white, 5.4:1 on black.
  high: `text-decoration: underline solid #d55e00; text-decoration-thickness: 3px; ${UNDERLINE}`,
};

/**
 * Per tier on a long page (viewport painting): a tint, not a decoration. Each change to a highlight with a
 * decoration makes Chromium recompute the visual overflow of the whole page (crbug 1385848: ~32 ms per change on a
 * 5 MB page), and viewport painting changes the highlight as the reader scrolls (ADR 0008's measurements).
 */
const TIER_TINTS: Readonly<Record<MarkTier, string>> = {
  unrated: 'background-color: color-mix(in srgb, currentColor 12%, transparent)',
  low: 'background-color: color-mix(in srgb, #0072b2 18%, transparent)',
  elevated: 'background-color: color-mix(in srgb, #cc79a7 30%, transparent)',
  high: 'background-color: color-mix(in srgb, #d55e00 30%, transparent)',
};

const BASE_RULES: Readonly<Record<MarkStyle, string>> = {
  underline: '', // drawn by the overlays
  background: 'background-color: color-mix(in srgb, #f0a63a 22%, transparent)',
  none: '',
};

/**
 * The hovered or focused mention: a background only. A decoration here would make each hover re-resolve the whole
 * page's visual overflow (issue 17), and the band's underline already shows under the tint.
 */
const ACTIVE_RULE = 'background-color: color-mix(in srgb, #1f5fbf 22%, transparent)';

/**
 * The stylesheet for a mark style. With the underline style every mark is drawn by an overlay (its tier's, or
 * `unrated` with band marks off), both the underlines of short pages and the tints of long ones, so neither turning
 * band marks on or off nor a page becoming long changes the sheet: a new sheet restyles the whole document.
 */
export function markRules(style: MarkStyle): string {
  const rule = (name: string, body: string) => (body ? `::highlight(${name}) { ${body}; }` : '');
  const rules =
    style === 'underline'
      ? MARK_TIERS.flatMap((t) => [
          rule(tierHighlightName(t), TIER_RULES[t]),
          rule(tintHighlightName(t), TIER_TINTS[t]),
        ])
      : [rule(HIGHLIGHT_NAME, BASE_RULES[style])];
  return [...rules, rule(ACTIVE_HIGHLIGHT_NAME, ACTIVE_RULE)].filter(Boolean).join('\n');
}
