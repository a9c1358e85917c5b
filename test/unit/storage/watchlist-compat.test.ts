/**
 * Sync forward-compatibility and repair without loss (issue 11, item 5). The sync watchlist is shared with every
 * device of the user, some of which may run a newer GeoLens, and a repair written here syncs everywhere: for each
 * case no entry is lost, and nothing is written back that should not be (the fake storage's set/remove are spied).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validatePayload } from '@/utils/messaging/handle';
import {
  AREA_KEY,
  encodeEntry,
  LOCAL_COPY_KEY,
  loadSetAside,
  loadStorageIssues,
  MAX_RAW_CHARS,
  MAX_SET_ASIDE_BYTES,
  MAX_SET_ASIDE_RECORDS,
  MAX_SHARDS,
  MIN_ADDED_AT,
  planSync,
  readSyncSnapshot,
  readWatchlist,
  SET_ASIDE_KEY,
  setAsideWatchlistValues,
  type WatchlistEntry,
  writeWatchlist,
} from '@/utils/storage';
import {
  parseWatchlistFile,
  toExportedEntries,
  watchlistToCsv,
  watchlistToJson,
} from '@/utils/transfer/watchlist-file';
import { smallCache, watchlistServiceOver } from '../support/services';

const T = 1_763_000_000_000;
const tuple = (id: string, ...extra: unknown[]) => [id, `Name of ${id}`, '', T, 10, ...extra];
const NEWER_MESSAGE = /saved by a newer GeoLens; update this one to change it/;

/** Every write to either area, from here on. */
function spyWrites() {
  return {
    syncSet: vi.spyOn(fakeBrowser.storage.sync, 'set'),
    syncRemove: vi.spyOn(fakeBrowser.storage.sync, 'remove'),
    localSet: vi.spyOn(fakeBrowser.storage.local, 'set'),
    localRemove: vi.spyOn(fakeBrowser.storage.local, 'remove'),
  };
}
const syncAll = () => fakeBrowser.storage.sync.get(null);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('a watchlist saved by a newer GeoLens', () => {
  const stored = {
    watchlist: { v: 3, n: 2, at: T, colour: 'teal' },
    'watchlist.0': [tuple('alibaba', { note: 'mine' }), ['a v3 shape the v2 reader cannot read']],
    'watchlist.1': [tuple('ghost-co')],
  };

  it('is shown, never written back, and changes are refused with a message the popup shows', async () => {
    await fakeBrowser.storage.sync.set(stored);
    const writes = spyWrites();
    const service = watchlistServiceOver(() => smallCache());
    expect((await service.entries()).map((e) => e.entityId)).toEqual(['alibaba', 'ghost-co']);
    const status = await service.storage();
    expect(status.readOnly).toMatchObject({ reason: 'newer', version: 3 });
    expect(status.readOnly?.message).toMatch(NEWER_MESSAGE);
    await expect(service.add('tme')).rejects.toThrow(NEWER_MESSAGE);
    await expect(service.remove('alibaba')).rejects.toThrow(NEWER_MESSAGE);
    await expect(service.import([{ line: 1, ticker: 'TME' }])).rejects.toThrow(NEWER_MESSAGE);
    expect(writes.syncSet).not.toHaveBeenCalled();
    expect(writes.syncRemove).not.toHaveBeenCalled();
    // Not even the issue log: a newer format is not a corrupt one.
    expect(writes.localSet).not.toHaveBeenCalled();
    expect(await syncAll()).toEqual(stored);
  });

  it('is not overwritten by a device whose list fell back to local storage before the other one upgraded', async () => {
    await writeWatchlist([{ entityId: 'tme', name: 'TME', addedAt: T, scoreAtAdd: 1 }]);
    await fakeBrowser.storage.local.set({
      [AREA_KEY]: { area: 'local', reason: 'rate' },
      [LOCAL_COPY_KEY]: { v: 2, e: [tuple('tme')] },
    });
    await fakeBrowser.storage.sync.set(stored);
    const service = watchlistServiceOver(() => smallCache());
    expect((await service.storage()).readOnly?.reason).toBe('newer');
    await expect(service.add('alibaba')).rejects.toThrow(NEWER_MESSAGE);
    expect(await syncAll()).toEqual(stored);
    // And writing directly (as the background does) refuses too.
    await expect(writeWatchlist([])).rejects.toThrow(NEWER_MESSAGE);
    expect(await syncAll()).toEqual(stored);
  });

  it('in the local copy is read-only too', async () => {
    const copy = { v: 4, e: [tuple('alibaba')], more: [1, 2] };
    await fakeBrowser.storage.local.set({ [AREA_KEY]: { area: 'local', reason: 'full' }, [LOCAL_COPY_KEY]: copy });
    const writes = spyWrites();
    const service = watchlistServiceOver(() => smallCache());
    expect((await service.entries()).map((e) => e.entityId)).toEqual(['alibaba']);
    await expect(service.add('tme')).rejects.toThrow(NEWER_MESSAGE);
    expect(writes.localSet).not.toHaveBeenCalled();
    expect(writes.syncSet).not.toHaveBeenCalled();
  });
});

describe('fields this version does not know', () => {
  it('are kept in tuples and in the header when the list is written back', async () => {
    await fakeBrowser.storage.sync.set({
      watchlist: { v: 2, n: 1, at: T, sort: 'added', future: { x: [1, 2] } },
      'watchlist.0': [tuple('alibaba', 'x', { y: 1 }, null), tuple('ghost-co')],
    });
    const service = watchlistServiceOver(() => smallCache());
    await service.add('tme');
    await service.remove('ghost-co');
    const all = await syncAll();
    expect(all.watchlist).toMatchObject({ v: 2, n: 1, sort: 'added', future: { x: [1, 2] } });
    expect(all['watchlist.0']).toEqual([tuple('alibaba', 'x', { y: 1 }, null), expect.arrayContaining(['tme'])]);
  });

  it('are kept by a repair too, and in the local fallback', async () => {
    await fakeBrowser.storage.sync.set({
      watchlist: { v: 2, n: 1, at: T, future: true },
      'watchlist.0': [tuple('alibaba', 'x'), ['broken']],
    });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await watchlistServiceOver(() => smallCache()).entries();
    const copy = (await fakeBrowser.storage.local.get(LOCAL_COPY_KEY))[LOCAL_COPY_KEY];
    expect(copy).toEqual({ future: true, v: 2, e: [tuple('alibaba', 'x')] });
  });
});

describe('a shard stored with the wrong shape', () => {
  it('gives up its entries, and the whole value is kept in local storage, not just 2,000 characters of it', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [String(i), tuple(`company-${i}`)]));
    const notAList = 'x'.repeat(5_000);
    await fakeBrowser.storage.sync.set({
      watchlist: { v: 2, n: 3, at: T },
      'watchlist.0': [tuple('alibaba')],
      'watchlist.1': many,
      'watchlist.2': notAList,
    });
    const service = watchlistServiceOver(() => smallCache());
    expect(await service.entries()).toHaveLength(61);
    const setAside = await loadSetAside();
    expect(setAside.map((r) => [r.from, r.value])).toEqual([
      ['sync:watchlist.1', many],
      ['sync:watchlist.2', notAList],
    ]);
    const issues = await loadStorageIssues();
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(issue.message).toContain(SET_ASIDE_KEY);
      expect(issue.raw?.length).toBeLessThanOrEqual(MAX_RAW_CHARS + 1);
    }
    // Repaired: every entry is in proper shards now, and a second read sets nothing more aside.
    expect((await readWatchlist()).problems).toEqual([]);
    expect((await readWatchlist()).entries).toHaveLength(61);
    await watchlistServiceOver(() => smallCache()).entries();
    expect(await loadSetAside()).toHaveLength(2);
  });

  it('is not rewritten when setting it aside fails', async () => {
    const stored = { watchlist: { v: 2, n: 1, at: T }, 'watchlist.0': [tuple('alibaba'), 'junk'] };
    await fakeBrowser.storage.sync.set(stored);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(watchlistServiceOver(() => smallCache()).entries()).rejects.toThrow();
    expect(syncSet).not.toHaveBeenCalled();
    expect(await syncAll()).toEqual(stored);
  });
});

describe('what is set aside', () => {
  it('is bounded: the oldest records go first, the newest is always kept whole', async () => {
    const big = (i: number) => ({
      message: 'set aside',
      from: `sync:watchlist.${i}`,
      raw: `${i}`.padEnd(300_000, 'x'),
    });
    for (let i = 0; i < 5; i++) await setAsideWatchlistValues([big(i)], i);
    let kept = await loadSetAside();
    expect(kept.map((r) => r.from)).toEqual(['sync:watchlist.2', 'sync:watchlist.3', 'sync:watchlist.4']);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_SET_ASIDE_BYTES);
    const huge = { message: 'set aside', from: 'local:watchlistLocal', raw: 'y'.repeat(2 * MAX_SET_ASIDE_BYTES) };
    await setAsideWatchlistValues([huge]);
    kept = await loadSetAside();
    expect(kept.map((r) => r.value)).toEqual([huge.raw]);
    await setAsideWatchlistValues(
      Array.from({ length: MAX_SET_ASIDE_RECORDS + 10 }, (_, i) => ({
        message: 'm',
        from: 'sync:watchlist.0',
        raw: i,
      })),
    );
    expect(await loadSetAside()).toHaveLength(MAX_SET_ASIDE_RECORDS);
  });
});

describe('two devices writing', () => {
  it('a change based on a read that another device overtook is redone from a fresh read: both changes stay', async () => {
    await writeWatchlist([{ entityId: 'alibaba', name: 'Alibaba', addedAt: T, scoreAtAdd: 1 }]);
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync) as (
      keys: unknown,
    ) => Promise<Record<string, unknown>>;
    let raced = false;
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(async (keys) => {
      // The other device's write lands between this device's read and its write.
      if (keys === 'watchlist' && !raced) {
        raced = true;
        await fakeBrowser.storage.sync.set({
          watchlist: { v: 2, n: 1, at: T + 5 },
          'watchlist.0': [tuple('alibaba'), tuple('metrostar')],
        });
      }
      return get(keys);
    });
    await watchlistServiceOver(() => smallCache()).add('tme');
    expect(raced).toBe(true);
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual(['alibaba', 'metrostar', 'tme']);
  });

  it('a change made on another device is seen by the next change here (storage.onChanged)', async () => {
    const service = watchlistServiceOver(() => smallCache());
    await service.add('alibaba');
    await fakeBrowser.storage.sync.set({
      watchlist: { v: 2, n: 1, at: T + 5 },
      'watchlist.0': [tuple('alibaba'), tuple('metrostar')],
    });
    await service.add('tme');
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual(['alibaba', 'metrostar', 'tme']);
  });
});

describe('a quota error while writing', () => {
  it('leaves the stored header and shards as they were (one set, refused as a whole) and keeps the list locally', async () => {
    const stored = { watchlist: { v: 2, n: 1, at: T }, 'watchlist.0': [tuple('alibaba')] };
    await fakeBrowser.storage.sync.set(stored);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const service = watchlistServiceOver(() => smallCache());
    await service.add('tme');
    expect(await syncAll()).toEqual(stored);
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual(['alibaba', 'tme']);
  });
});

describe('a shard that has not arrived', () => {
  const partial = {
    watchlist: { v: 2, n: 3, at: T },
    'watchlist.0': [tuple('alibaba')],
    'watchlist.2': [tuple('ghost-co')],
  };

  it('makes the read incomplete: shown, never written back shorter, and changes wait for it', async () => {
    await fakeBrowser.storage.sync.set(partial);
    const writes = spyWrites();
    const service = watchlistServiceOver(() => smallCache());
    expect((await service.entries()).map((e) => e.entityId)).toEqual(['alibaba', 'ghost-co']);
    expect((await service.storage()).readOnly?.reason).toBe('incomplete');
    await expect(service.add('tme')).rejects.toThrow(/not arrived/);
    await expect(service.remove('alibaba')).rejects.toThrow(/not arrived/);
    expect(writes.syncSet).not.toHaveBeenCalled();
    expect(writes.syncRemove).not.toHaveBeenCalled();
    expect(writes.localSet).not.toHaveBeenCalled();

    // Sync delivers the shard: the next change keeps all of it.
    writes.syncSet.mockRestore();
    await fakeBrowser.storage.sync.set({ 'watchlist.1': [tuple('metrostar')] });
    await service.add('tme');
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual(['alibaba', 'metrostar', 'ghost-co', 'tme']);
  });

  it('behind an unreadable header (a gap in the shards found) is incomplete as well', async () => {
    await fakeBrowser.storage.sync.set({ 'watchlist.0': [tuple('alibaba')], 'watchlist.2': [tuple('ghost-co')] });
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const service = watchlistServiceOver(() => smallCache());
    expect(await service.entries()).toHaveLength(2);
    await expect(service.add('tme')).rejects.toThrow(/not arrived/);
    expect(syncSet).not.toHaveBeenCalled();
  });
});

describe('a failed read', () => {
  const stored = { watchlist: { v: 2, n: 1, at: T }, 'watchlist.0': [tuple('alibaba'), tuple('ghost-co')] };

  it('makes the list unavailable; the next add reads again and keeps every entry', async () => {
    await fakeBrowser.storage.sync.set(stored);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('Sync is busy'));
    const service = watchlistServiceOver(() => smallCache());
    expect(await service.entries()).toEqual([]);
    expect((await service.storage()).readOnly).toBeUndefined(); // not kept: this call read again, successfully
    await service.add('tme');
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual(['alibaba', 'ghost-co', 'tme']);
  });

  it('while reads keep failing, changes are refused and nothing is written', async () => {
    await fakeBrowser.storage.sync.set(stored);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Sync is busy'));
    const writes = spyWrites();
    const service = watchlistServiceOver(() => smallCache());
    expect(await service.entries()).toEqual([]);
    const status = await service.storage();
    expect(status.readOnly?.reason).toBe('unreadable');
    expect(status.area).toBe('sync');
    await expect(service.add('tme')).rejects.toThrow(/could not be read/);
    await expect(service.import([{ line: 1, ticker: 'TME' }])).rejects.toThrow(/could not be read/);
    expect(writes.syncSet).not.toHaveBeenCalled();
    expect(writes.syncRemove).not.toHaveBeenCalled();
    expect(writes.localSet).not.toHaveBeenCalled();
    vi.mocked(fakeBrowser.storage.sync.get).mockRestore();
    expect(await syncAll()).toEqual(stored);
  });
});

describe('a header with a huge shard count', () => {
  it('is read in O(shards stored), not O(n), and repaired without losing an entry', async () => {
    const snapshot = {
      watchlist: { v: 2, n: 1e7, at: T },
      'watchlist.0': [tuple('alibaba')],
      'watchlist.1': [tuple('ghost-co')],
    };
    let reads = 0;
    const counted = new Proxy(snapshot as Record<string, unknown>, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        reads++;
        return Reflect.has(target, key);
      },
    });
    const read = readSyncSnapshot(counted);
    expect(read.entries.map((e) => e.entityId)).toEqual(['alibaba', 'ghost-co']);
    expect(reads).toBeLessThanOrEqual(5);
    expect(read.problems[0]?.message).toMatch(/names 10000000 shards/);

    for (const n of [1e7, MAX_SHARDS + 1, Number.MAX_SAFE_INTEGER]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set({ ...snapshot, watchlist: { v: 2, n, at: T } });
      const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
      expect(await watchlistServiceOver(() => smallCache()).entries()).toHaveLength(2);
      // One read of the area, one check of the header before writing, one look for left-over shards.
      expect(get).toHaveBeenCalledTimes(3);
      get.mockRestore();
      expect((await syncAll()).watchlist).toMatchObject({ v: 2, n: 1 });
    }
  });

  it('from a newer version is read in O(shards stored) as well, and left as it is', async () => {
    const stored = { watchlist: { v: 3, n: 1e9, at: T }, 'watchlist.0': [tuple('alibaba')] };
    await fakeBrowser.storage.sync.set(stored);
    const service = watchlistServiceOver(() => smallCache());
    expect(await service.entries()).toHaveLength(1);
    expect(await syncAll()).toEqual(stored);
  });
});

describe('addedAt far outside any real date', () => {
  it('is refused in an import file and by the importWatchlist payload schema', () => {
    const json = parseWatchlistFile(JSON.stringify([{ ticker: 'BABA', addedAt: 1e20 }, { ticker: 'MP' }]));
    expect(json.rows.map((r) => r.ok)).toEqual([false, true]);
    const csv = parseWatchlistFile('ticker,added_at\nBABA,100000000000000000000\nMP,1999-12-31\nTME,2025-11-13\n');
    expect(csv.rows.map((r) => r.ok)).toEqual([false, false, true]);
    expect(() => validatePayload('importWatchlist', { rows: [{ line: 1, ticker: 'BABA', addedAt: 1e20 }] })).toThrow(
      /addedAt/,
    );
    expect(() => validatePayload('importWatchlist', { rows: [{ line: 1, ticker: 'BABA', addedAt: 5 }] })).toThrow();
    expect(validatePayload('importWatchlist', { rows: [{ line: 1, ticker: 'BABA', addedAt: T }] })).toBeTruthy();
  });

  it('in storage is repaired on read without losing the entry; rows, export and the raw tuple survive', async () => {
    const bad = ['alibaba', 'Alibaba', 'BABA', 1e20, 61];
    const early = ['ghost-co', 'Ghost Co', '', -5, 1];
    await fakeBrowser.storage.sync.set({ watchlist: { v: 2, n: 1, at: T }, 'watchlist.0': [bad, early] });
    const service = watchlistServiceOver(() => smallCache());
    const entries = await service.entries();
    expect(entries.map((e) => e.entityId)).toEqual(['alibaba', 'ghost-co']);
    expect(entries[0]?.addedAt).toBeLessThanOrEqual(Date.now() + 86_400_000);
    expect(entries[1]?.addedAt).toBe(MIN_ADDED_AT);
    const rows = await service.rows();
    expect(() => watchlistToJson(rows)).not.toThrow();
    expect(() => watchlistToCsv(rows)).not.toThrow();
    expect((await loadSetAside()).map((r) => r.value)).toEqual([bad, early]);
    // Written back repaired.
    expect((await readWatchlist()).problems).toEqual([]);
  });

  it('never makes an export throw, even if one reached a row', () => {
    const row = { entityId: 'a', name: 'A', shortName: 'A', known: false, addedAt: 1e20, scoreAtAdd: 1, history: [] };
    expect(toExportedEntries([row])).toEqual([{ entityId: 'a', name: 'A', scoreAtAdd: 1 }]);
    expect(() => watchlistToCsv([row])).not.toThrow();
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────────────────────────

/** JSON values as storage keeps them (no -0, which JSON writes as 0). */
const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const entryArb = (id: string) =>
  fc.record(
    {
      entityId: fc.constant(id),
      name: fc.string({ minLength: 1, maxLength: 40 }),
      ticker: fc.string({ minLength: 1, maxLength: 8 }),
      addedAt: fc.integer({ min: MIN_ADDED_AT, max: T }),
      scoreAtAdd: fc.integer({ min: 0, max: 100 }),
      extra: fc.array(jsonValue, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['entityId', 'name', 'addedAt', 'scoreAtAdd'] },
  );
const entriesArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { maxLength: 40 })
  .chain((ids) => fc.tuple(...ids.map(entryArb)) as fc.Arbitrary<WatchlistEntry[]>);

describe('properties', () => {
  it('any list of entries, planned into shards and read back, is the same list', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const plan = planSync(entries, T);
        if (!plan) return;
        expect(readSyncSnapshot(plan.items, T)).toMatchObject({ entries, problems: [] });
      }),
    );
  });

  it('any list written to storage and read is equal', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, async (entries) => {
        fakeBrowser.reset();
        await writeWatchlist(entries);
        expect((await readWatchlist()).entries).toEqual(entries);
      }),
      { numRuns: 40 },
    );
  });

  it('any stored value with extra fields, read then written by a change, keeps them', async () => {
    await fc.assert(
      fc.asyncProperty(
        entriesArb,
        fc.dictionary(fc.stringMatching(/^[a-z]{3,8}$/), jsonValue, { maxKeys: 3 }),
        async (entries, headerExtra) => {
          fakeBrowser.reset();
          const kept = entries.filter((e) => e.entityId !== 'tme');
          await fakeBrowser.storage.sync.set({
            watchlist: { ...headerExtra, v: 2, n: 1, at: T },
            'watchlist.0': kept.map(encodeEntry),
          });
          await watchlistServiceOver(() => smallCache()).add('tme');
          const all = await syncAll();
          const { v: _v, n: _n, at: _at, ...extraBack } = all.watchlist as Record<string, unknown>;
          const expected = Object.fromEntries(
            Object.entries(headerExtra).filter(([k]) => !['v', 'n', 'at', 'e'].includes(k)),
          );
          expect(extraBack).toEqual(expected);
          const back = (await readWatchlist()).entries;
          expect(back.slice(0, kept.length)).toEqual(kept);
          expect(back[kept.length]?.entityId).toBe('tme');
        },
      ),
      { numRuns: 30 },
    );
  });
});
