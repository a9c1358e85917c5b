/**
 * "Export all settings" / "Import settings": one JSON file with the settings and the watchlist. An import is
 * checked completely before anything changes: one invalid value rejects the file with a message naming it, and the
 * current settings stay as they were. Fields the file does not have keep their current values; the watchlist in
 * the file is merged into the current one (never replacing it). Pure.
 */
import { formatPath } from '../exposure/kinds';
import { mergeWeights } from '../exposure/score';
import type { WatchlistRow } from '../messaging/views';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  SETTINGS_VERSION,
  type Settings,
  settingsMigrations,
  settingsSchema,
} from '../storage/settings';
import { type ParsedFile, parseWatchlistFile, toExportedEntries } from './watchlist-file';

export const SETTINGS_FILE_FORMAT = 'geolens-settings';

/** What each setting must be, in the words the error message uses. */
const EXPECTED: Readonly<Record<keyof Settings, string>> = {
  hoverDelayMs: `a whole number of milliseconds from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`,
  markStyle: '“underline”, “background” or “none”',
  bandMarks: 'true or false',
  theme: '“auto”, “light” or “dark”',
  disabledSites: 'a list of hostnames',
  detection: 'an object with true/false “names” and “bareTickers”',
  alerts: 'true or false',
  weights: 'factor kinds with weights from 0 to 1',
  userSites: 'a list of { host, addedAt } with hostnames such as “example.com”',
  watchlistSort: '“score”, “name”, “change” or “added”',
};

export function settingsToJson(settings: Settings, watchlist: readonly WatchlistRow[], now = new Date()): string {
  return `${JSON.stringify(
    {
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: now.toISOString(),
      settings,
      watchlist: toExportedEntries(watchlist),
    },
    null,
    2,
  )}\n`;
}

export type SettingsImport =
  | {
      ok: true;
      /** The settings in the file (only the fields it has), validated. */
      patch: Partial<Settings>;
      /** The watchlist rows in the file, to merge. */
      watchlist: ParsedFile | undefined;
      /** Fields GeoLens does not know (from a newer version?), left out. */
      ignored: string[];
    }
  | { ok: false; message: string };

export function parseSettingsFile(text: string): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, message: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}.` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'Not a GeoLens settings file: expected a JSON object.' };
  }
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return {
      ok: false,
      message:
        file.format === 'geolens-watchlist'
          ? 'This is a watchlist file: import it from the popup’s watchlist.'
          : `Not a GeoLens settings file (“format” should be “${SETTINGS_FILE_FORMAT}”).`,
    };
  }
  const version = file.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: '“version” should be a whole number.' };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      message: `This file comes from a newer GeoLens (settings version ${version}; this one reads up to ${SETTINGS_VERSION}).`,
    };
  }
  let settings = file.settings;
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) {
    return { ok: false, message: 'The file has no “settings” object.' };
  }
  // Older files gain the fields their version lacked, then are checked like current ones.
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) settings = settingsMigrations[v]?.(settings) ?? settings;

  const shape = settingsSchema.shape;
  const patch: Partial<Settings> = {};
  const problems: string[] = [];
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
    if (!Object.hasOwn(shape, key)) {
      ignored.push(key);
      continue;
    }
    const field = key as keyof Settings;
    const parsed = shape[field].safeParse(value);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.length ? formatPath([field, ...parsed.error.issues[0].path]) : field;
      problems.push(`“${where}” should be ${EXPECTED[field]}`);
      continue;
    }
    if (field === 'weights') {
      try {
        mergeWeights(parsed.data);
      } catch (err) {
        problems.push(err instanceof Error ? err.message : String(err));
        continue;
      }
    }
    (patch as Record<string, unknown>)[field] = parsed.data;
  }
  if (problems.length > 0) {
    return { ok: false, message: `Nothing was changed. ${problems.join('; ')}.` };
  }
  const watchlist = Array.isArray(file.watchlist)
    ? parseWatchlistFile(JSON.stringify({ entries: file.watchlist }), 'settings.json')
    : undefined;
  return { ok: true, patch, watchlist, ignored };
}
