/**
 * Every stored value GeoLens owns, typed and versioned in one place. Values are validated with zod when read; a
 * corrupt value is repaired by keeping what is valid (never by wiping it), and the problem is logged.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

// ── Settings ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Hover-intent delay bounds (ms): below 100 cards flash on every pass of the pointer; above 2 s they feel broken. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;

const hoverDelayMs = z.number().check(z.int(), z.gte(HOVER_DELAY_MIN_MS), z.lte(HOVER_DELAY_MAX_MS));
const markStyle = z.enum(['underline', 'background', 'none']);
const theme = z.enum(['auto', 'light', 'dark']);
/** Hostnames where the user turned GeoLens off ("www." is ignored). */
const disabledSites = z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(1000));

export const settingsSchema = z.object({
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs,
  /** How mentions are drawn: a dotted underline, a faint background, or not at all (cards still open). */
  markStyle,
  /** Card and popup theme; `auto` follows the page (card) or the OS (popup, options). */
  theme,
  disabledSites,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  hoverDelayMs: 300,
  markStyle: 'underline',
  theme: 'auto',
  disabledSites: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** Reads settings; any field that fails validation falls back to its default, the valid rest is kept. */
export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

export function repairSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  if (!raw || typeof raw !== 'object') {
    if (raw != null) console.warn('[GeoLens] stored settings are not an object; using defaults', raw);
    return out;
  }
  const value = raw as Record<string, unknown>;
  const fields = { hoverDelayMs, markStyle, theme, disabledSites } as const;
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (!(key in value)) continue;
    const parsed = fields[key].safeParse(value[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
    else console.warn(`[GeoLens] stored setting "${key}" is invalid; using the default`, value[key]);
  }
  return out;
}

/** The hostname as settings keep it: lower case, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const key = siteKey(hostname);
  return !settings.disabledSites.some((s) => siteKey(s) === key);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

// ── Watchlist ───────────────────────────────────────────────────────────────────────────────────────────────────

export const watchlistEntrySchema = z.object({
  entityId: z.string().check(z.minLength(1)),
  /** Epoch ms. */
  addedAt: z.number(),
  /** The score when the entity was added, so the popup can show the change since. */
  scoreAtAdd: z.number().check(z.gte(0), z.lte(100)),
});
export type WatchlistEntry = z.infer<typeof watchlistEntrySchema>;

export const watchlistItem = storage.defineItem<WatchlistEntry[]>('local:watchlist', {
  fallback: [],
  version: 1,
});

/** Reads the watchlist, keeping every valid entry of a partly corrupt value (and dropping duplicates). */
export async function loadWatchlist(): Promise<WatchlistEntry[]> {
  return repairWatchlist(await watchlistItem.getValue());
}

export function repairWatchlist(raw: unknown): WatchlistEntry[] {
  if (!Array.isArray(raw)) {
    if (raw != null) console.warn('[GeoLens] stored watchlist is not a list; reading it as empty', raw);
    return [];
  }
  const seen = new Set<string>();
  const out: WatchlistEntry[] = [];
  for (const item of raw) {
    const parsed = watchlistEntrySchema.safeParse(item);
    if (!parsed.success) {
      console.warn('[GeoLens] dropping an invalid watchlist entry', item);
      continue;
    }
    if (seen.has(parsed.data.entityId)) continue;
    seen.add(parsed.data.entityId);
    out.push(parsed.data);
  }
  return out;
}
