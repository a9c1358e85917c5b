/**
 * Settings: one versioned item in local storage (`local:settings`), read by every part of GeoLens. Validation is
 * field by field: a corrupt field falls back to its default and is reported, the valid rest is kept. Saving
 * validates the whole value first, so an invalid input changes nothing.
 *
 * Versions: 1 = hover delay, marks, theme, disabled sites. 2 adds detection, alerts, weight overrides, user-added
 * sites and the watchlist sort (fixtures: test/fixtures/storage/settings/). Fields added within a version (`bandMarks`)
 * read as their default when absent, so a value stored before them needs no migration.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { FACTOR_KINDS } from '../exposure/kinds';
import { type WeightOverrides, weightOverridesSchema } from '../exposure/score';
import { isValidSiteHost } from '../sites';
import { checkStoredItem, type Problem } from './issues';
import {
  disablingEntries,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  MAX_DISABLED_SITES,
  PAGE_DEFAULTS,
  SITE_NAME_MAX,
  siteKey,
  THEMES,
} from './page-settings';

export const SETTINGS_VERSION = 2;

export { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, MAX_DISABLED_SITES } from './page-settings';
/** Hard cap, so a runaway import cannot fill storage. */
export const MAX_USER_SITES = 200;

export const WATCHLIST_SORTS = ['score', 'name', 'change', 'added'] as const;
export type WatchlistSort = (typeof WATCHLIST_SORTS)[number];

const hoverDelayMs = z.number().check(z.int(), z.gte(HOVER_DELAY_MIN_MS), z.lte(HOVER_DELAY_MAX_MS));
const markStyle = z.enum(MARK_STYLES);
const theme = z.enum(THEMES);
/** A hostname as the user typed it or the popup saw it ("www." is ignored when compared). */
const siteName = z.string().check(z.minLength(1), z.maxLength(SITE_NAME_MAX));
const disabledSites = z.array(siteName).check(z.maxLength(MAX_DISABLED_SITES));
const detectionSchema = z.object({
  /** Match company names and aliases (tier 3). */
  names: z.boolean(),
  /** Match bare ALL-CAPS tickers where the context supports it (tier 4). */
  bareTickers: z.boolean(),
});
const userSiteSchema = z.object({
  /** Hostname without "www.", e.g. "example.com"; GeoLens runs on it and its subdomains once access is granted. */
  host: z.string().check(z.refine(isValidSiteHost, 'expected a hostname such as "example.com"')),
  /** Epoch ms. */
  addedAt: z.number(),
});
const userSites = z.array(userSiteSchema).check(z.maxLength(MAX_USER_SITES));
const watchlistSort = z.enum(WATCHLIST_SORTS);

export const settingsSchema = z.object({
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs,
  /** How mentions are drawn: a dotted underline, a faint background, or not at all (cards still open). */
  markStyle,
  /**
   * Underline each mention in its company's band: colour-blind-safe colours, dotted for Low and Guarded, solid from
   * Elevated up (docs/adr/0008-mark-style.md). Off: one neutral mark for every company.
   */
  bandMarks: z.boolean(),
  /** Card and popup theme; `auto` follows the page (card) or the OS (popup, options). */
  theme,
  /** Hostnames where the user turned GeoLens off; an entry also covers its subdomains. */
  disabledSites,
  /** Detection strictness. */
  detection: detectionSchema,
  /** Notify (and mark the toolbar badge) when a refresh raises a watched company's band or adds a listing. */
  alerts: z.boolean(),
  /** Per-kind overrides of the default weights (only the kinds the user changed); see mergeWeights. */
  weights: weightOverridesSchema,
  /** Sites the user added beyond the default list (each needs its optional host permission). */
  userSites,
  /** How the popup orders the watchlist. */
  watchlistSort,
});
export type Settings = z.infer<typeof settingsSchema>;
export type UserSite = z.infer<typeof userSiteSchema>;
export type DetectionSettings = z.infer<typeof detectionSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ...PAGE_DEFAULTS,
  disabledSites: [],
  detection: { names: true, bareTickers: true },
  alerts: true,
  weights: {},
  userSites: [],
  watchlistSort: 'score',
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/**
 * Migrations are structural only: they add what a version introduced and never drop a field, even an invalid one;
 * validation and repair happen on read ({@link repairSettings}), where problems are reported.
 */
export const settingsMigrations: Record<number, (value: unknown) => unknown> = {
  2: (v1) => {
    if (!v1 || typeof v1 !== 'object' || Array.isArray(v1)) return v1;
    const { detection, alerts, weights, userSites, watchlistSort } = defaultSettings();
    return { detection, alerts, weights, userSites, watchlistSort, ...(v1 as object) };
  },
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

/** Keeps the valid items of a list and reports the others. */
function repairList<T>(
  name: string,
  raw: unknown,
  item: z.ZodMiniType<T>,
  max: number,
  problems: Problem[],
  key: (value: T) => string,
): T[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ message: `"${name}" is not a list; using the default`, raw });
    return undefined;
  }
  const out: T[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const parsed = item.safeParse(value);
    if (!parsed.success) {
      problems.push({ message: `dropped an invalid entry of "${name}"`, raw: value });
      continue;
    }
    const k = key(parsed.data);
    if (seen.has(k)) continue;
    seen.add(k);
    if (out.length === max) {
      problems.push({ message: `"${name}" holds more than ${max} entries; kept the first ${max}` });
      break;
    }
    out.push(parsed.data);
  }
  return out;
}

/**
 * Validates a stored settings value of any version field by field: a field that fails falls back to its default,
 * invalid entries of lists and invalid weight overrides are dropped one by one; everything valid is kept.
 */
export function checkSettings(raw: unknown): { value: Settings; problems: Problem[] } {
  const out = defaultSettings();
  const problems: Problem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw != null) problems.push({ message: 'the stored value is not an object; using the defaults', raw });
    return { value: out, problems };
  }
  const value = raw as Record<string, unknown>;
  const scalar = {
    hoverDelayMs,
    markStyle,
    bandMarks: z.boolean(),
    theme,
    alerts: z.boolean(),
    watchlistSort,
  } as const;
  for (const key of Object.keys(scalar) as (keyof typeof scalar)[]) {
    if (!(key in value)) continue;
    const parsed = scalar[key].safeParse(value[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
    else problems.push({ message: `"${key}" is invalid; using the default`, raw: value[key] });
  }
  if ('disabledSites' in value) {
    const sites = repairList('disabledSites', value.disabledSites, siteName, MAX_DISABLED_SITES, problems, siteKey);
    if (sites) out.disabledSites = sites;
  }
  if ('userSites' in value) {
    const sites = repairList('userSites', value.userSites, userSiteSchema, MAX_USER_SITES, problems, (s) => s.host);
    if (sites) out.userSites = sites;
  }
  if ('detection' in value) {
    const d = value.detection;
    if (d && typeof d === 'object' && !Array.isArray(d)) {
      for (const key of ['names', 'bareTickers'] as const) {
        const v = (d as Record<string, unknown>)[key];
        if (typeof v === 'boolean') out.detection[key] = v;
        else if (v !== undefined)
          problems.push({ message: `"detection.${key}" is invalid; using the default`, raw: v });
      }
    } else problems.push({ message: '"detection" is invalid; using the defaults', raw: d });
  }
  if ('weights' in value) out.weights = repairWeights(value.weights, problems);
  return { value: out, problems };
}

/** {@link checkSettings} without the report: the repaired value. */
export function repairSettings(raw: unknown): Settings {
  return checkSettings(raw).value;
}

/** Keeps each valid per-kind override; drops unknown kinds and values outside 0–1. */
function repairWeights(raw: unknown, problems: Problem[]): WeightOverrides {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ message: '"weights" is invalid; using the default weights', raw });
    return {};
  }
  const out: WeightOverrides = {};
  for (const [kind, w] of Object.entries(raw)) {
    if ((FACTOR_KINDS as readonly string[]).includes(kind) && typeof w === 'number' && w >= 0 && w <= 1) {
      out[kind as keyof WeightOverrides] = w;
    } else if (w !== undefined) {
      problems.push({ message: `dropped an invalid weight for "${kind}"`, raw: w });
    }
  }
  return out;
}

/** Reads settings; any field that fails validation falls back to its default, the valid rest is kept. */
export async function loadSettings(): Promise<Settings> {
  const { value, problems } = checkSettings(await settingsItem.getValue());
  for (const p of problems) console.warn(`[GeoLens] stored settings: ${p.message}`, p.raw);
  return value;
}

/**
 * Run once by the background at start: repairs a corrupt stored value, records what was set aside (shown in
 * options) and writes the repaired value back, so every context reads the same thing.
 */
export function checkStoredSettings(): Promise<Settings> {
  return checkStoredItem('settings', settingsItem, checkSettings);
}

/**
 * Validates the whole result before writing, so an invalid patch throws and changes nothing. Returns the saved value.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Read-modify-write with validation (see {@link saveSettings}). */
export async function updateSettings(update: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = settingsSchema.parse({ ...current, ...update(structuredClone(current)) });
  await settingsItem.setValue(next);
  return next;
}

/** Whatever the stored value is, changes to it arrive repaired. */
export function watchSettings(callback: (settings: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((next, prev) => callback(repairSettings(next), repairSettings(prev)));
}

// ── Sites ────────────────────────────────────────────────────────────────────────────────────────────────────────

export { disablingEntries, isSiteEnabled, siteKey } from './page-settings';

/**
 * The disabled-sites list after turning GeoLens on or off for a host. Turning it on removes every entry that covers
 * the host (so "on" always means on here); turning it off adds the host.
 */
export function withSiteEnabled(disabled: readonly string[], hostname: string, enabled: boolean): string[] {
  const covering = new Set(disablingEntries({ disabledSites: [...disabled] }, hostname));
  const rest = disabled.filter((s) => !covering.has(s));
  return enabled ? rest : [...rest, siteKey(hostname)];
}
