/**
 * How marks look: the `::highlight()` rules, and the band tiers that "Underline by band" draws
 * (docs/adr/0008-mark-style.md). Only properties `::highlight()` supports are used (colour, background, decoration).
 *
 * With band marks, `geolens-mention` still holds every painted mention (the page's summary, hit-testing and the tests
 * read it) but draws nothing; one overlay highlight per tier draws the underline. Colours are Okabe–Ito's
 * colour-blind-safe palette, each with at least 3:1 contrast on white and on black; the line style repeats the order
 * without colour: dotted for Low and Guarded, solid from Elevated, thicker for High and Severe.
 */
export const HIGHLIGHT_NAME = 'geolens-mention';
export const ACTIVE_HIGHLIGHT_NAME = 'geolens-mention-active';

export type MarkStyle = 'underline' | 'background' | 'none';

/** Visual tiers of the bands. `unrated`: not assessed, or unknown to the band table. */
export const MARK_TIERS = ['unrated', 'low', 'elevated', 'high'] as const;
export type MarkTier = (typeof MARK_TIERS)[number];

export const tierHighlightName = (tier: MarkTier) => `geolens-band-${tier}`;

/**
 * Band digits as the background sends them, one per dictionary entity: 0 = not assessed, 1 = Low … 5 = Severe
 * (utils/background/service.ts, getDictionary).
 */
const TIER_OF_DIGIT: readonly MarkTier[] = ['unrated', 'low', 'low', 'elevated', 'high', 'high'];

export function tierOfBandDigit(digit: number): MarkTier {
  return TIER_OF_DIGIT[digit] ?? 'unrated';
}

/**
 * A lookup from entity id to tier over the dictionary's entity list and the band digits (one per entity), built on
 * first use: a page with no mention never pays for it.
 */
export function createTierLookup(entities: string, bands: string | undefined): (entityId: string) => MarkTier {
  let byId: Map<string, MarkTier> | undefined;
  return (entityId) => {
    if (!bands) return 'unrated';
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
  // Blue #0072B2: 5.0:1 on white, 4.2:1 on black.
  low: `text-decoration: underline dotted #0072b2; text-decoration-thickness: 2px; ${UNDERLINE}`,
  // Reddish purple #CC79A7: 3.0:1 on white, 7.0:1 on black.
  elevated: `text-decoration: underline solid #cc79a7; text-decoration-thickness: 2px; ${UNDERLINE}`,
  // Vermillion #D55E00: 3.8:1 on white, 5.5:1 on black.
  high: `text-decoration: underline solid #d55e00; text-decoration-thickness: 3px; ${UNDERLINE}`,
};

const BASE_RULES: Readonly<Record<MarkStyle, string>> = {
  underline: NEUTRAL,
  background: 'background-color: color-mix(in srgb, #f0a63a 22%, transparent)',
  none: '',
};

/**
 * The hovered or focused mention: a background only. A decoration here would make each hover re-resolve the whole
 * page's visual overflow (issue 17), and the band's underline already shows under the tint.
 */
const ACTIVE_RULE = 'background-color: color-mix(in srgb, #1f5fbf 22%, transparent)';

/** Whether this style and setting draw band overlays. */
export function bandsDrawn(style: MarkStyle, bandMarks: boolean): boolean {
  return style === 'underline' && bandMarks;
}

/** The stylesheet for a mark style, with or without band overlays. */
export function markRules(style: MarkStyle, bandMarks: boolean): string {
  const rule = (name: string, body: string) => (body ? `::highlight(${name}) { ${body}; }` : '');
  const rules = bandsDrawn(style, bandMarks)
    ? MARK_TIERS.map((t) => rule(tierHighlightName(t), TIER_RULES[t]))
    : [rule(HIGHLIGHT_NAME, BASE_RULES[style])];
  return [...rules, rule(ACTIVE_HIGHLIGHT_NAME, ACTIVE_RULE)].filter(Boolean).join('\n');
}
