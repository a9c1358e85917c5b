import type { SourceConfig } from '@/utils/sources/definition';
import { createSourceManager, type SourceManagerDeps } from '@/utils/sources/manager';
import type { MergedDataset } from '@/utils/sources/merged-dataset';
import { createMemoryStore } from '@/utils/sources/store';
import type { LiveSourceId } from '@/utils/sources/types';
import { defaultSourceConfig, saveSourceConfig } from '@/utils/storage/sources';
import { smallDataset } from '../support/services';

/** A source manager over the small fixture dataset, an in-memory store and short timeouts. */
export function managerForTests(overrides: Partial<SourceManagerDeps> = {}) {
  const store = createMemoryStore();
  const views: MergedDataset[] = [];
  let clock = Date.UTC(2026, 10, 24, 8, 0, 0);
  const manager = createSourceManager({
    store,
    loadEmbedded: async () => smallDataset,
    setDataset: async (d) => {
      views.push(d);
    },
    extensionVersion: 'test',
    http: { timeoutMs: 400, retries: 1, backoffMs: 1 },
    alarms: null,
    hasOrigins: null,
    now: () => clock,
    ...overrides,
  });
  return {
    store,
    manager,
    views,
    /** The merged view the cache manager last received. */
    latest: () => views.at(-1),
    tick(ms = 60_000) {
      clock += ms;
    },
  };
}

/** Turns a source on with a URL, without the refresh saveConfig would start (tests refresh explicitly). */
export async function enable(id: LiveSourceId, url: string, extra: Partial<SourceConfig> = {}) {
  await saveSourceConfig(id, { ...defaultSourceConfig(id), enabled: true, url, ...extra });
}

export function factorsOf(d: MergedDataset | undefined, id: string) {
  return d?.entities.find((e) => e.id === id)?.factors ?? [];
}
