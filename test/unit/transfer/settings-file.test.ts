import { describe, expect, it } from 'vitest';
import type { WatchlistRow } from '@/utils/messaging/views';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage';
import { parseSettingsFile, settingsToJson } from '@/utils/transfer/settings-file';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  hoverDelayMs: 700,
  theme: 'dark',
  weights: { jurisdiction: 0.25 },
  userSites: [{ host: 'example.com', addedAt: 1 }],
};
const ROW: WatchlistRow = {
  entityId: 'alibaba',
  name: 'Alibaba Group Holding Limited',
  shortName: 'Alibaba',
  ticker: 'BABA',
  known: true,
  score: 78,
  band: 'High',
  addedAt: 1_763_000_000_000,
  scoreAtAdd: 70,
  history: [],
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'geolens-settings', version: 2, settings, ...extra });

describe('settings file', () => {
  it('round-trips settings and the watchlist', () => {
    const parsed = parseSettingsFile(settingsToJson(SETTINGS, [ROW], new Date('2026-11-24T00:00:00Z')));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.patch).toEqual(SETTINGS);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.watchlist?.rows.map((r) => r.ok && r.input.entityId)).toEqual(['alibaba']);
  });

  it('keeps fields the file lacks (they are absent from the patch) and ignores unknown ones', () => {
    const parsed = parseSettingsFile(file({ theme: 'light', sparkles: true }));
    expect(parsed).toEqual({ ok: true, patch: { theme: 'light' }, watchlist: undefined, ignored: ['sparkles'] });
  });

  it('brings a version 1 file up to date', () => {
    const parsed = parseSettingsFile(
      JSON.stringify({ format: 'geolens-settings', version: 1, settings: { hoverDelayMs: 500 } }),
    );
    expect(parsed.ok && parsed.patch).toMatchObject({ hoverDelayMs: 500, alerts: true, weights: {} });
  });

  it.each([
    ['not JSON', 'settings!', /^Not valid JSON/],
    ['a list', '[]', /expected a JSON object/],
    ['another format', JSON.stringify({ format: 'something' }), /Not a GeoLens settings file/],
    ['a watchlist file', JSON.stringify({ format: 'geolens-watchlist', entries: [] }), /import it from the popup/],
    ['a newer version', file({}, { version: 9 }), /newer GeoLens \(settings version 9/],
    ['no settings', JSON.stringify({ format: 'geolens-settings', version: 2 }), /no “settings” object/],
    [
      'a bad hover delay',
      file({ hoverDelayMs: 10 }),
      /“hoverDelayMs” should be a whole number of milliseconds from 100 to 2000/,
    ],
    [
      'a bad theme and a bad weight',
      file({ theme: 'neon', weights: { jurisdiction: 4 } }),
      /“theme” should be .*; “weights\.jurisdiction” should be factor kinds/,
    ],
    ['an unknown factor kind', file({ weights: { luck: 0.5 } }), /“weights” should be factor kinds/],
    ['a bad user site', file({ userSites: [{ host: 'http://x', addedAt: 1 }] }), /“userSites\[0\]\.host”/],
  ])('rejects %s with a clear message, changing nothing', (_, text, message) => {
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('refuses a watchlist row dated far outside any real date (addedAt 1e20), keeping the others', () => {
    const result = parseSettingsFile(
      file(
        {},
        {
          watchlist: [
            { ticker: 'BABA', addedAt: 1e20 },
            { ticker: 'MP', addedAt: '2025-11-13' },
          ],
        },
      ),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.watchlist?.rows.map((r) => r.ok)).toEqual([false, true]);
  });

  it('exports a row whose date cannot be written without throwing', () => {
    expect(() => settingsToJson(SETTINGS, [{ ...ROW, addedAt: 1e20 }])).not.toThrow();
  });
});
