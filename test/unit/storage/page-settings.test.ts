/**
 * The content script's settings reader (utils/storage/page-settings.ts, no schema library) gives the same answer as
 * the full, zod-checked settings (`checkSettings`) for any stored value, valid or not.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadPageSettings,
  type PageSettings,
  pageSettingsOf,
  SETTINGS_STORAGE_KEY,
  watchPageSettings,
} from '@/utils/storage/page-settings';
import { checkSettings, type Settings } from '@/utils/storage/settings';

/** What checkSettings keeps of the page's fields. */
function pageFieldsOf(s: Settings, raw: unknown): PageSettings {
  const stored = raw && typeof raw === 'object' && !Array.isArray(raw) && 'weights' in raw;
  return {
    hoverDelayMs: s.hoverDelayMs,
    markStyle: s.markStyle,
    bandMarks: s.bandMarks,
    theme: s.theme,
    disabledSites: s.disabledSites,
    detection: s.detection,
    weightsKey: stored ? (JSON.stringify((raw as { weights: unknown }).weights) ?? '{}') : '{}',
  };
}

const site = fc.oneof(
  fc.constantFrom('ft.com', 'www.FT.com', 'reuters.com', 'markets.ft.com', '', 'x'.repeat(254), 'x'.repeat(253)),
  fc.domain(),
  fc.anything(),
);
const stored = fc.record(
  {
    hoverDelayMs: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.double(), fc.constant(Number.NaN), fc.anything()),
    markStyle: fc.oneof(fc.constantFrom('underline', 'background', 'none', 'dots'), fc.anything()),
    bandMarks: fc.oneof(fc.boolean(), fc.anything()),
    theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark', 'sepia'), fc.anything()),
    disabledSites: fc.oneof(fc.array(site, { maxLength: 8 }), fc.anything()),
    detection: fc.oneof(
      fc.record({ names: fc.oneof(fc.boolean(), fc.anything()), bareTickers: fc.oneof(fc.boolean(), fc.anything()) }),
      fc.anything(),
    ),
    weights: fc.oneof(fc.constant({}), fc.dictionary(fc.string(), fc.double()), fc.anything()),
    alerts: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('page settings', () => {
  it('agree with the full settings check for any stored value', () => {
    fc.assert(
      fc.property(fc.oneof(stored, fc.anything()), (raw) => {
        expect(pageSettingsOf(raw)).toEqual(pageFieldsOf(checkSettings(raw).value, raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('keep 1,000 distinct sites at most, dropping duplicates and invalid entries first', () => {
    const many = Array.from({ length: 1100 }, (_, i) => `site${i}.com`);
    const raw = { disabledSites: ['www.a.com', 'A.com', 42, '', ...many] };
    const mine = pageSettingsOf(raw);
    expect(mine.disabledSites).toHaveLength(1000);
    expect(mine.disabledSites[0]).toBe('www.a.com');
    expect(mine).toEqual(pageFieldsOf(checkSettings(raw).value, raw));
  });

  beforeEach(() => fakeBrowser.reset());

  it('are read from storage, and each change reaches the watcher checked', async () => {
    expect(await loadPageSettings()).toEqual(pageSettingsOf(undefined));
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { markStyle: 'background', hoverDelayMs: 5 } });
    expect(await loadPageSettings()).toMatchObject({ markStyle: 'background', hoverDelayMs: 300 });
    const seen: PageSettings[] = [];
    const stop = watchPageSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { disabledSites: ['ft.com'], theme: 'dark' } });
    await fakeBrowser.storage.local.set({ other: 1 });
    stop();
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: {} });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ disabledSites: ['ft.com'], theme: 'dark', markStyle: 'underline' });
  });
});
