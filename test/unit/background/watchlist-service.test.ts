import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEntityCache } from '@/utils/background/entity-cache';
import { toRows } from '@/utils/background/watchlist';
import { loadHistory, MAX_WATCHLIST, readWatchlist } from '@/utils/storage';
import { smallCache, smallDataset, watchlistServiceOver } from '../support/services';

beforeEach(() => fakeBrowser.reset());

describe('watchlist service', () => {
  it('stores name and main ticker with each entry, and the first history point', async () => {
    // The clock ticks on every reading (reads check dates against it too), so only the order is asserted.
    let t = 1_763_000_000_000;
    const service = watchlistServiceOver(
      () => smallCache(),
      () => t++,
    );
    await service.add('alibaba');
    const between = t;
    await service.add('metrostar');
    const entries = (await readWatchlist()).entries;
    expect(entries).toEqual([
      {
        entityId: 'alibaba',
        name: 'Alibaba',
        ticker: 'BABA',
        addedAt: expect.any(Number),
        scoreAtAdd: smallCache().score('alibaba'),
      },
      { entityId: 'metrostar', name: 'MetroStar', addedAt: expect.any(Number), scoreAtAdd: 0 },
    ]);
    expect(entries[0]?.addedAt).toBeLessThan(between);
    expect(entries[1]?.addedAt).toBeGreaterThanOrEqual(between);
    const [point] = (await loadHistory()).alibaba ?? [];
    expect(point?.slice(1)).toEqual([smallCache().score('alibaba'), smallCache().key]);
    expect(point?.[0]).toBeGreaterThanOrEqual(entries[0]?.addedAt ?? Number.NaN);
  });

  it('serialises concurrent writes: nothing is lost', async () => {
    const service = watchlistServiceOver(() => smallCache());
    await Promise.all(['alibaba', 'mp-materials', 'tme', 'berkshire', 'alibaba'].map((id) => service.add(id)));
    await Promise.all([service.remove('tme'), service.add('evolve')]);
    expect((await readWatchlist()).entries.map((e) => e.entityId).sort()).toEqual([
      'alibaba',
      'berkshire',
      'evolve',
      'mp-materials',
    ]);
  });

  it('forgets a removed company’s history', async () => {
    const service = watchlistServiceOver(() => smallCache());
    await service.add('alibaba');
    await service.remove('alibaba');
    expect(await loadHistory()).toEqual({});
  });

  it('records history on a new build only once, and reports the change since the previous one', async () => {
    let cache = smallCache();
    let t = 0;
    const service = watchlistServiceOver(
      () => cache,
      () => (t += 10),
    );
    await service.add('alibaba');
    const before = cache.score('alibaba') ?? 0;
    await service.recordHistory(cache);
    expect((await loadHistory()).alibaba).toHaveLength(1);

    cache = smallCache({ ...cache.weights, 'restricted-listing': 0.2 });
    await service.recordHistory(cache);
    await service.recordHistory(cache);
    const after = cache.score('alibaba') ?? 0;
    expect(after).toBeLessThan(before);
    expect((await loadHistory()).alibaba?.map((p) => p[1])).toEqual([before, after]);
    const [row] = await service.rows();
    expect(row).toMatchObject({ score: after, changeSincePrevious: after - before, history: [before, after] });
  });

  it('keeps a company that left the data, shown from what was stored', async () => {
    const service = watchlistServiceOver(() => smallCache());
    await service.add('alibaba');
    const without = createEntityCache({
      ...smallDataset,
      entities: smallDataset.entities.filter((e) => e.id !== 'alibaba'),
    });
    const [row] = toRows((await readWatchlist()).entries, without, {});
    expect(row).toMatchObject({ entityId: 'alibaba', shortName: 'Alibaba', ticker: 'BABA', known: false });
    expect(row).not.toHaveProperty('score');
  });

  it('imports up to the limit and says which rows did not fit', async () => {
    const many = Array.from({ length: MAX_WATCHLIST - 1 }, (_, i) => ({
      entityId: `filler-${i}`,
      name: `Filler ${i}`,
      addedAt: i,
      scoreAtAdd: 0,
    }));
    const { writeWatchlist } = await import('@/utils/storage');
    await writeWatchlist(many);
    const service = watchlistServiceOver(() => smallCache());
    const outcome = await service.import([
      { line: 1, ticker: 'BABA' },
      { line: 2, ticker: 'MP' },
    ]);
    expect(outcome.results.map((r) => r.status)).toEqual(['added', 'full']);
    // Compact tuples: a thousand short entries still fit sync storage.
    expect(outcome.storage).toMatchObject({ area: 'sync' });
    expect(outcome.storage.bytes).toBeLessThan(outcome.storage.quotaBytes);
    await expect(service.add('tme')).rejects.toThrow(/full/);
  });
});
