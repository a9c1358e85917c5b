/**
 * One fixture per version of every stored item (test/fixtures/storage/<item>/v<N>.json), each read through the
 * code the extension runs and compared with what the current version must make of it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkStoredPageMentions,
  checkStoredSources,
  LEGACY_KEY,
  loadAlerts,
  loadHistory,
  loadPageMentions,
  loadSettings,
  loadSourceConfigs,
  loadSourceStates,
  loadStorageIssues,
  readWatchlist,
  STORAGE_VERSIONS,
  settingsItem,
} from '@/utils/storage/items';
import { REPO_ROOT, readRepoJson } from '../support/fixtures';
import { smallCache, watchlistServiceOver } from '../support/services';

interface Fixture {
  description: string;
  storage: { local?: Record<string, unknown>; sync?: Record<string, unknown>; session?: Record<string, unknown> };
  expected: unknown;
}

const DIR = resolve(REPO_ROOT, 'test/fixtures/storage');

/** How the extension reads each item (migrating first where the item has migrations). */
const READ: Record<keyof typeof STORAGE_VERSIONS, () => Promise<unknown>> = {
  async settings() {
    await settingsItem.migrate();
    return loadSettings();
  },
  watchlist: () => watchlistServiceOver(() => smallCache()).entries(),
  history: () => loadHistory(),
  alerts: () => loadAlerts(),
  sourceConfigs: () => loadSourceConfigs(),
  sourceStates: () => loadSourceStates(),
  pageMentions: () => loadPageMentions(),
};

beforeEach(() => fakeBrowser.reset());

describe.each(Object.entries(STORAGE_VERSIONS) as [keyof typeof STORAGE_VERSIONS, number][])(
  'stored %s',
  (item, current) => {
    it('has a fixture for every version up to the current one, and none beyond', () => {
      const files = readdirSync(resolve(DIR, item)).sort();
      expect(files).toEqual(Array.from({ length: current }, (_, i) => `v${i + 1}.json`));
    });

    it.each(Array.from({ length: current }, (_, i) => i + 1))('reads version %i as the current version', async (v) => {
      const path = resolve(DIR, item, `v${v}.json`);
      expect(existsSync(path)).toBe(true);
      const fixture = readRepoJson(`test/fixtures/storage/${item}/v${v}.json`) as Fixture;
      await fakeBrowser.storage.local.set(fixture.storage.local ?? {});
      await fakeBrowser.storage.sync.set(fixture.storage.sync ?? {});
      await fakeBrowser.storage.session.set(fixture.storage.session ?? {});
      expect(await READ[item]()).toEqual(fixture.expected);
      // Reading again (a later start) gives the same, from the migrated value.
      expect(await READ[item]()).toEqual(fixture.expected);
    });
  },
);

describe('repair and report', () => {
  it.each([
    ['sourceConfigs', checkStoredSources, 'the settings of "csl" are invalid; using the defaults'],
    ['sourceStates', checkStoredSources, 'the refresh state of "csl" are invalid; using the defaults'],
    ['pageMentions', checkStoredPageMentions, 'the mentions of tab 9, frame 1 are unreadable; dropped'],
  ] as const)(
    '%s: an invalid part falls back, is recorded in storageIssues and written back',
    async (item, check, message) => {
      const fixture = readRepoJson(`test/fixtures/storage/${item}/v1.json`) as Fixture;
      await fakeBrowser.storage.local.set(fixture.storage.local ?? {});
      await fakeBrowser.storage.session.set(fixture.storage.session ?? {});
      await check();
      expect(await loadStorageIssues()).toContainEqual(expect.objectContaining({ item, message }));
      const area = item === 'pageMentions' ? fakeBrowser.storage.session : fakeBrowser.storage.local;
      expect((await area.get(item))[item]).toEqual(fixture.expected);
    },
  );
});

describe('after migrating', () => {
  it('settings carry the current version', async () => {
    const fixture = readRepoJson('test/fixtures/storage/settings/v1.json') as Fixture;
    await fakeBrowser.storage.local.set(fixture.storage.local ?? {});
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: STORAGE_VERSIONS.settings } });
  });

  it('the version 1 watchlist is gone from local storage, and every entry is in sync storage', async () => {
    const fixture = readRepoJson('test/fixtures/storage/watchlist/v1.json') as Fixture;
    await fakeBrowser.storage.local.set(fixture.storage.local ?? {});
    await watchlistServiceOver(() => smallCache()).entries();
    expect(await fakeBrowser.storage.local.get([LEGACY_KEY, `${LEGACY_KEY}$`])).toEqual({});
    const read = await readWatchlist();
    expect(read.status.area).toBe('sync');
    expect(read.entries).toEqual(fixture.expected);
    // The score at add becomes the first point of each migrated company's history.
    expect((await loadHistory()).alibaba?.[0]).toEqual([1763000000000, 61, 'added']);
  });
});
