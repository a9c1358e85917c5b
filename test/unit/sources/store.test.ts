// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createIdbStore, type MergedRecord } from '@/utils/sources/store';
import { smallDataset } from '../support/services';
import { enable, managerForTests } from './helpers';

const record = (version: string): MergedRecord => ({
  version,
  builtAt: 1,
  dataset: { ...smallDataset, version },
  report: {
    perSource: {},
    resolution: { byMethod: { isin: 0, cik: 0, ticker: 0, name: 0, parent: 0 }, ambiguous: 0, countryConflicts: 0 },
    entities: 6,
    ms: 1,
  },
});

describe('IndexedDB store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps payloads and the merged view, and each entity on its own for cold lookups', async () => {
    const store = createIdbStore(`test-${Math.random()}`);
    expect(await store.getMerged()).toBeUndefined();
    await store.putPayload('sec', {
      payload: { kind: 'sec', rows: [{ cik: 1, name: 'A', ticker: 'A', exchange: 'NYSE' }] },
      savedAt: 5,
    });
    expect((await store.getPayload('sec'))?.savedAt).toBe(5);
    await store.putMerged(record('v1'));
    expect((await store.getMerged())?.version).toBe('v1');
    const hit = await store.getEntity('alibaba');
    expect(hit?.entity.name).toBe('Alibaba Group Holding Limited');
    expect(hit?.meta).toEqual({ version: 'v1', asOf: smallDataset.asOf, sourceName: 'Test fixture' });
    expect(await store.getEntity('ghost')).toBeUndefined();
  });

  it('keeps a held-back refresh beside the payload without touching it', async () => {
    const store = createIdbStore(`test-${Math.random()}`);
    const good = {
      payload: { kind: 'sec' as const, rows: [{ cik: 1, name: 'A', ticker: 'A', exchange: 'NYSE' }] },
      savedAt: 5,
    };
    await store.putPayload('sec', good);
    await store.putPending('sec', { payload: { kind: 'sec', rows: [] }, savedAt: 6, count: 0, validators: {} });
    expect((await store.getPending('sec'))?.savedAt).toBe(6);
    expect(await store.getPayload('sec')).toEqual(good);
    await store.deletePending('sec');
    expect(await store.getPending('sec')).toBeUndefined();
    expect(await store.getPayload('sec')).toEqual(good);
  });

  it('the source manager serves a stored entity only while the stored view is current', async () => {
    const t = managerForTests();
    await t.manager.loadMerged();
    expect((await t.manager.storedEntity('alibaba'))?.entity.id).toBe('alibaba');
    // Another source turned on: the stored view no longer describes the data, so no answer from it.
    await enable('custom', 'https://example.com/feed.json');
    expect(await t.manager.storedEntity('alibaba')).toBeUndefined();
  });
});
