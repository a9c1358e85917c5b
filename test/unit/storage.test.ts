import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, repairWatchlist, saveSettings } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists a valid hover delay', async () => {
    await saveSettings({ hoverDelayMs: 600 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 600 });
  });

  it('rejects an out-of-range hover delay without touching the stored value', async () => {
    await saveSettings({ hoverDelayMs: 450 });
    await expect(saveSettings({ hoverDelayMs: 5 })).rejects.toThrow();
    expect((await loadSettings()).hoverDelayMs).toBe(450);
  });

  it('repairs a corrupt stored value field by field, keeping the valid rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hoverDelayMs: 'soon', markStyle: 'background', theme: 'neon', disabledSites: ['ft.com'] },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'background', disabledSites: ['ft.com'] });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('repairWatchlist', () => {
  it('keeps valid entries, drops invalid ones and duplicates', () => {
    const ok = { entityId: 'alibaba', addedAt: 1, scoreAtAdd: 70 };
    expect(repairWatchlist([ok, { entityId: '' }, null, ok, { ...ok, entityId: 'mp-materials' }])).toEqual([
      ok,
      { ...ok, entityId: 'mp-materials' },
    ]);
    expect(repairWatchlist({ not: 'a list' })).toEqual([]);
  });
});

describe('isSiteEnabled', () => {
  it('matches hostnames without case or a leading www.', () => {
    const settings = { disabledSites: ['www.FT.com', 'reuters.com'] };
    expect(isSiteEnabled(settings, 'ft.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.reuters.com')).toBe(false);
    expect(isSiteEnabled(settings, 'cnbc.com')).toBe(true);
    // A different site that merely ends the same way is not disabled.
    expect(isSiteEnabled(settings, 'notft.com')).toBe(true);
  });
});
