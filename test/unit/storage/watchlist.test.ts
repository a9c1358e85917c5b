import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AREA_KEY,
  decodeEntry,
  encodeEntry,
  fallbackReason,
  itemBytes,
  LOCAL_COPY_KEY,
  loadStorageIssues,
  onWatchlistChanged,
  planSync,
  readWatchlist,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  type WatchlistEntry,
  writeWatchlist,
} from '@/utils/storage';
import { smallCache, watchlistServiceOver } from '../support/services';

beforeEach(() => fakeBrowser.reset());

const entry = (i: number, name = `Company number ${i} Holdings Limited`): WatchlistEntry => ({
  entityId: `company-${i}`,
  name,
  ticker: `C${i}`,
  addedAt: 1_763_000_000_000 + i,
  scoreAtAdd: i % 101,
});

describe('compact encoding', () => {
  it('round-trips an entry through a tuple, with and without a ticker', () => {
    const e = entry(7);
    expect(encodeEntry(e)).toEqual(['company-7', e.name, 'C7', e.addedAt, 7]);
    expect(decodeEntry(encodeEntry(e))).toEqual(e);
    const { ticker: _, ...privateCo } = e;
    expect(decodeEntry(encodeEntry(privateCo))).toEqual(privateCo);
  });

  it.each([
    ['not a tuple', { entityId: 'x' }],
    ['too short', ['a', 'A', '', 1]],
    ['a bad id', ['Bad Id', 'A', '', 1, 1]],
    ['a score out of range', ['a', 'A', '', 1, 101]],
    ['an empty name', ['a', '', '', 1, 1]],
  ])('rejects %s', (_, raw) => {
    expect(decodeEntry(raw)).toBeUndefined();
  });
});

describe('planSync', () => {
  it('keeps every shard under the per-item quota and the total under the quota', () => {
    const entries = Array.from({ length: 400 }, (_, i) => entry(i));
    const plan = planSync(entries);
    if (!plan) throw new Error('400 entries should fit');
    expect(plan.shards).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(plan.items)) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    }
    expect(plan.bytes).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
    // Non-ASCII names count in UTF-8 bytes.
    const cjk = planSync(Array.from({ length: 100 }, (_, i) => entry(i, '阿里巴巴集团控股有限公司'.repeat(3))));
    for (const [key, value] of Object.entries(cjk?.items ?? {})) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    }
  });

  it('answers undefined when the list cannot fit sync storage at all', () => {
    expect(planSync(Array.from({ length: 900 }, (_, i) => entry(i, 'N'.repeat(150))))).toBeUndefined();
  });
});

describe('sync storage with a local fallback', () => {
  it('writes to sync and reads back', async () => {
    const entries = [entry(1), entry(2)];
    expect(await writeWatchlist(entries)).toMatchObject({ area: 'sync' });
    const read = await readWatchlist();
    expect(read.entries).toEqual(entries);
    expect(read.status.area).toBe('sync');
    expect(read.problems).toEqual([]);
  });

  it('removes shards a shorter list no longer needs', async () => {
    await writeWatchlist(Array.from({ length: 300 }, (_, i) => entry(i)));
    const before = Object.keys(await fakeBrowser.storage.sync.get(null)).length;
    await writeWatchlist([entry(1)]);
    expect(before).toBeGreaterThan(2);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['watchlist', 'watchlist.0']);
  });

  it('falls back to local storage when the list is too big for sync, and says why', async () => {
    const big = Array.from({ length: 900 }, (_, i) => entry(i, 'N'.repeat(150)));
    const status = await writeWatchlist(big);
    expect(status).toMatchObject({ area: 'local', reason: 'full' });
    expect(status.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES);
    const read = await readWatchlist();
    expect(read.entries).toHaveLength(900);
    expect(read.status).toMatchObject({ area: 'local', reason: 'full' });
  });

  it('falls back when the browser refuses the sync write, and returns to sync on the next good write', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'))
      .mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    expect(await writeWatchlist([entry(1)])).toMatchObject({ area: 'local', reason: 'full' });
    expect(await writeWatchlist([entry(1), entry(2)])).toMatchObject({ area: 'local', reason: 'rate' });
    expect((await readWatchlist()).entries).toHaveLength(2);
    set.mockRestore();
    expect(await writeWatchlist([entry(1), entry(2), entry(3)])).toMatchObject({ area: 'sync' });
    expect(await fakeBrowser.storage.local.get(LOCAL_COPY_KEY)).toEqual({});
    expect((await readWatchlist()).entries).toHaveLength(3);
  });

  it('uses local storage when sync storage is missing altogether', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('storage.sync is disabled'));
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
    expect(await writeWatchlist([entry(1)])).toMatchObject({ area: 'local', reason: 'unavailable' });
    expect(await readWatchlist()).toMatchObject({ entries: [entry(1)], status: { area: 'local' } });
  });

  it('sorts browser errors into reasons', () => {
    expect(fallbackReason(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('full');
    expect(fallbackReason(new Error('MAX_ITEMS quota exceeded'))).toBe('full');
    expect(fallbackReason(new Error('MAX_WRITE_OPERATIONS_PER_HOUR'))).toBe('rate');
    expect(fallbackReason('Sync is turned off')).toBe('unavailable');
  });
});

describe('a corrupt stored watchlist', () => {
  it('keeps every valid entry, reports and repairs the rest', async () => {
    await fakeBrowser.storage.sync.set({
      watchlist: { v: 2, n: 2, at: 1 },
      'watchlist.0': [encodeEntry(entry(1)), ['broken'], encodeEntry(entry(2))],
      'watchlist.1': 'not a list',
    });
    const service = watchlistServiceOver(() => smallCache());
    expect((await service.entries()).map((e) => e.entityId)).toEqual(['company-1', 'company-2']);
    const issues = await loadStorageIssues();
    expect(issues.map((i) => [i.item, i.raw])).toEqual([
      ['watchlist', '["broken"]'],
      ['watchlist', '"not a list"'],
    ]);
    // Repaired in place: the next read finds nothing wrong.
    expect((await readWatchlist()).problems).toEqual([]);
    expect(await fakeBrowser.storage.local.get(AREA_KEY)).toMatchObject({ [AREA_KEY]: { area: 'sync' } });
  });

  it('reads every shard when the header itself is unreadable', async () => {
    await fakeBrowser.storage.sync.set({
      watchlist: 'garbage',
      'watchlist.0': [encodeEntry(entry(1))],
      'watchlist.1': [encodeEntry(entry(2))],
    });
    const read = await readWatchlist();
    expect(read.entries.map((e) => e.entityId)).toEqual(['company-1', 'company-2']);
    expect(read.problems).toHaveLength(1);
  });
});

describe('onWatchlistChanged', () => {
  it('fires for sync shards and the local copy, not for other keys', async () => {
    const seen = vi.fn();
    const stop = onWatchlistChanged(seen);
    await fakeBrowser.storage.sync.set({ 'watchlist.0': [] });
    await fakeBrowser.storage.local.set({ [LOCAL_COPY_KEY]: { v: 2, e: [] } });
    await fakeBrowser.storage.local.set({ settings: {} });
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    expect(seen).toHaveBeenCalledTimes(2);
    stop();
    await fakeBrowser.storage.sync.set({ 'watchlist.0': [1] });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
