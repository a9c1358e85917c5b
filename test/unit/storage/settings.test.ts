import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkSettings,
  checkStoredAlerts,
  checkStoredHistory,
  checkStoredSettings,
  DEFAULT_SETTINGS,
  disablingEntries,
  isSiteEnabled,
  loadAlerts,
  loadHistory,
  loadSettings,
  loadStorageIssues,
  repairSettings,
  saveSettings,
  updateSettings,
  withSiteEnabled,
} from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists valid changes', async () => {
    await saveSettings({ hoverDelayMs: 600, weights: { jurisdiction: 0.2 } });
    await updateSettings((s) => ({ detection: { ...s.detection, bareTickers: false } }));
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 600,
      weights: { jurisdiction: 0.2 },
      detection: { names: true, bareTickers: false },
    });
  });

  it.each([
    ['an out-of-range hover delay', { hoverDelayMs: 5 }],
    ['an unknown factor kind', { weights: { 'moon-phase': 0.5 } as never }],
    ['a weight above 1', { weights: { jurisdiction: 1.5 } }],
    ['an invalid user site', { userSites: [{ host: 'not a host', addedAt: 1 }] }],
    ['an unknown sort', { watchlistSort: 'random' as never }],
  ])('rejects %s without touching the stored value', async (_, patch) => {
    await saveSettings({ hoverDelayMs: 450 });
    await expect(saveSettings(patch)).rejects.toThrow();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 450 });
  });

  it('reads band marks as on from a value stored before the setting existed, and keeps a newer value’s known fields', async () => {
    const { bandMarks: _, ...before } = { ...DEFAULT_SETTINGS, hoverDelayMs: 700 };
    await fakeBrowser.storage.local.set({ settings: before, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 700, bandMarks: true });
    // A later GeoLens may store fields this one does not know: they are ignored, the rest is read.
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, bandMarks: false, markPalette: 'future' },
      settings$: { v: 2 },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, bandMarks: false });
    expect(checkSettings({ bandMarks: 'yes' }).problems.map((p) => p.message)).toEqual([
      '"bandMarks" is invalid; using the default',
    ]);
  });

  it('repairs a corrupt stored value field by field, keeping the valid rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        hoverDelayMs: 'soon',
        markStyle: 'background',
        theme: 'neon',
        disabledSites: ['ft.com', 42, ''],
        detection: { names: 'yes', bareTickers: false },
        weights: { jurisdiction: 0.3, 'supply-chain': 7, bogus: 0.1 },
        userSites: [
          { host: 'example.com', addedAt: 5 },
          { host: 'EXAMPLE', addedAt: 1 },
        ],
        alerts: false,
      },
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      markStyle: 'background',
      disabledSites: ['ft.com'],
      detection: { names: true, bareTickers: false },
      weights: { jurisdiction: 0.3 },
      userSites: [{ host: 'example.com', addedAt: 5 }],
      alerts: false,
    });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('the background reports what it set aside, and writes the repaired value back', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'soon', theme: 'dark' } });
    expect(await checkStoredSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const issues = await loadStorageIssues();
    expect(issues).toEqual([
      expect.objectContaining({
        item: 'settings',
        message: '"hoverDelayMs" is invalid; using the default',
        raw: '"soon"',
      }),
    ]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({
      hoverDelayMs: 300,
      theme: 'dark',
    });
    // A clean value is left alone and reports nothing new.
    await checkStoredSettings();
    expect(await loadStorageIssues()).toHaveLength(1);
  });

  it('reports every problem it repaired', () => {
    const { problems } = checkSettings({ theme: 'neon', disabledSites: 'ft.com' });
    expect(problems.map((p) => p.message)).toEqual([
      '"theme" is invalid; using the default',
      '"disabledSites" is not a list; using the default',
    ]);
  });
});

describe('sites', () => {
  it('matches hostnames without case or a leading www., and parent domains cover subdomains', () => {
    const settings = { disabledSites: ['www.FT.com', 'reuters.com'] };
    expect(isSiteEnabled(settings, 'ft.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.reuters.com')).toBe(false);
    expect(isSiteEnabled(settings, 'markets.ft.com')).toBe(false);
    expect(isSiteEnabled(settings, 'cnbc.com')).toBe(true);
    // A different site that merely ends the same way is not disabled.
    expect(isSiteEnabled(settings, 'notft.com')).toBe(true);
    expect(disablingEntries(settings, 'markets.ft.com')).toEqual(['www.FT.com']);
  });

  it('turns a site off and on again; on removes every entry covering it', () => {
    const off = withSiteEnabled(['reuters.com'], 'www.markets.ft.com', false);
    expect(off).toEqual(['reuters.com', 'markets.ft.com']);
    expect(withSiteEnabled([...off, 'ft.com'], 'markets.ft.com', true)).toEqual(['reuters.com']);
  });
});

describe('history and alerts', () => {
  it('keep what is readable, and report and repair the rest', async () => {
    await fakeBrowser.storage.local.set({
      scoreHistory: { alibaba: [[1, 50, 'k'], ['x'], [2, 900, 'k']], tme: 'nope' },
      alerts: [{ id: 'a', nonsense: true }],
    });
    await checkStoredHistory();
    await checkStoredAlerts();
    expect(await loadHistory()).toEqual({ alibaba: [[1, 50, 'k']] });
    expect(await loadAlerts()).toEqual([]);
    expect((await loadStorageIssues()).map((i) => i.item)).toEqual(['history', 'history', 'alerts']);
    expect((await fakeBrowser.storage.local.get('scoreHistory')).scoreHistory).toEqual({ alibaba: [[1, 50, 'k']] });
  });
});
