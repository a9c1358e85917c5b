/**
 * The settings a news page's content script needs, read without the schema library (issue 17: building zod's schemas
 * cost every page load milliseconds of cold code, and the library a quarter of the script). The rules are the
 * settings schema's own (./settings.ts builds its schema from the constants here), field by field: a field that
 * fails falls back to its default, invalid sites are dropped one by one. `test/unit/storage/page-settings.test.ts`
 * holds this reader to the same answers as `checkSettings` for any stored value.
 */
import { browser } from 'wxt/browser';

/** Hover-intent delay bounds (ms): below 100 cards flash on every pass of the pointer; above 2 s they feel broken. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
/** Hard cap, so a runaway import cannot fill storage. */
export const MAX_DISABLED_SITES = 1000;
/** A hostname's length bounds, as the user typed it or the popup saw it. */
export const SITE_NAME_MAX = 253;
export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type MarkStyleSetting = (typeof MARK_STYLES)[number];
export type ThemeSetting = (typeof THEMES)[number];

/** Where settings are stored (WXT's `local:settings` item). */
export const SETTINGS_STORAGE_KEY = 'settings';

export interface PageSettings {
  hoverDelayMs: number;
  markStyle: MarkStyleSetting;
  bandMarks: boolean;
  theme: ThemeSetting;
  disabledSites: string[];
  detection: { names: boolean; bareTickers: boolean };
  /** The stored weights as text: a change means the cards fetched before are stale (their scores moved). */
  weightsKey: string;
}

/** The defaults of the page's fields (also the full settings' defaults, ./settings.ts). */
export const PAGE_DEFAULTS = {
  hoverDelayMs: 300,
  markStyle: 'underline',
  bandMarks: true,
  theme: 'auto',
} as const satisfies Partial<PageSettings>;

/** The hostname as settings keep it: lower case, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** The entries of `disabledSites` that turn GeoLens off on `hostname`: the host itself or a parent domain. */
export function disablingEntries(settings: { disabledSites: readonly string[] }, hostname: string): string[] {
  const key = siteKey(hostname);
  return settings.disabledSites.filter((s) => {
    const k = siteKey(s);
    return key === k || key.endsWith(`.${k}`);
  });
}

/** False when the user turned GeoLens off for this host or for a domain it belongs to ("ft.com" covers "markets.ft.com"). */
export function isSiteEnabled(settings: { disabledSites: readonly string[] }, hostname: string): boolean {
  return disablingEntries(settings, hostname).length === 0;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

/** The valid, distinct sites of a stored list, at most MAX_DISABLED_SITES; `undefined` when it is not a list. */
function sitesOf(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of raw) {
    if (typeof s !== 'string' || s.length < 1 || s.length > SITE_NAME_MAX) continue;
    const k = siteKey(s);
    if (seen.has(k)) continue;
    seen.add(k);
    if (out.length === MAX_DISABLED_SITES) break;
    out.push(s);
  }
  return out;
}

/** The page's settings from a stored value of any version (what `checkSettings` keeps of those fields). */
export function pageSettingsOf(raw: unknown): PageSettings {
  const out: PageSettings = {
    ...PAGE_DEFAULTS,
    disabledSites: [],
    detection: { names: true, bareTickers: true },
    weightsKey: '{}',
  };
  if (!isObject(raw)) return out;
  const d = raw.hoverDelayMs;
  if (typeof d === 'number' && Number.isSafeInteger(d) && d >= HOVER_DELAY_MIN_MS && d <= HOVER_DELAY_MAX_MS)
    out.hoverDelayMs = d;
  if (oneOf(MARK_STYLES, raw.markStyle)) out.markStyle = raw.markStyle;
  if (typeof raw.bandMarks === 'boolean') out.bandMarks = raw.bandMarks;
  if (oneOf(THEMES, raw.theme)) out.theme = raw.theme;
  if ('disabledSites' in raw) out.disabledSites = sitesOf(raw.disabledSites) ?? out.disabledSites;
  if (isObject(raw.detection)) {
    for (const key of ['names', 'bareTickers'] as const) {
      const v = raw.detection[key];
      if (typeof v === 'boolean') out.detection[key] = v;
    }
  }
  if ('weights' in raw) out.weightsKey = JSON.stringify(raw.weights) ?? '{}';
  return out;
}

/** Reads the page's settings from storage. */
export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return pageSettingsOf(stored[SETTINGS_STORAGE_KEY]);
}

/** Calls back with the page's settings each time the stored settings change (here or in another context). */
export function watchPageSettings(callback: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (area === 'local' && change) callback(pageSettingsOf(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
