/** Issue 16: "Undo" after removing a watchlist entry in the popup puts back exactly what the removal took. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSearchIndex } from '@/utils/background/search';
import { createWatchlistService, RESTORE_WINDOW_MS } from '@/utils/background/watchlist';
import { loadHistory, readWatchlist } from '@/utils/storage';
import { smallCache, watchlistServiceOver } from '../support/services';

beforeEach(() => fakeBrowser.reset());

const ids = async () => (await readWatchlist()).entries.map((e) => e.entityId);

describe('restoring a removed watchlist entry', () => {
  it('commits the removal at once, and puts the entry back at its place with its date, score at add and history', async () => {
    let t = 1_763_000_000_000;
    const service = watchlistServiceOver(
      () => smallCache(),
      () => (t += 1000),
    );
    for (const id of ['alibaba', 'mp-materials', 'tme']) await service.add(id);
    const before = (await readWatchlist()).entries;
    const history = (await loadHistory())['mp-materials'];
    expect(history).toHaveLength(1);

    await service.remove('mp-materials');
    // Stored straight away: a popup closed now loses nothing of the removal.
    expect(await ids()).toEqual(['alibaba', 'tme']);
    expect((await loadHistory())['mp-materials']).toBeUndefined();

    const rows = await service.restore('mp-materials');
    expect(rows.map((r) => r.entityId).sort()).toEqual(['alibaba', 'mp-materials', 'tme']);
    expect((await readWatchlist()).entries).toEqual(before);
    expect((await loadHistory())['mp-materials']).toEqual(history);
  });

  it('refuses a second undo, an undo of what was never removed, and one that comes too late', async () => {
    let t = 1_763_000_000_000;
    const service = watchlistServiceOver(
      () => smallCache(),
      () => t,
    );
    await service.add('alibaba');
    await service.add('tme');
    await expect(service.restore('tme')).rejects.toThrow(/Too late to undo/);
    await service.remove('alibaba');
    await service.restore('alibaba');
    await service.remove('alibaba');
    t += RESTORE_WINDOW_MS + 1;
    await expect(service.restore('alibaba')).rejects.toThrow(/Too late to undo/);
    expect(await ids()).toEqual(['tme']);
  });

  it('keeps the entry there now when the company was added back meanwhile', async () => {
    let t = 1_763_000_000_000;
    const service = watchlistServiceOver(
      () => smallCache(),
      () => (t += 1000),
    );
    await service.add('alibaba');
    const first = (await readWatchlist()).entries[0];
    await service.remove('alibaba');
    await service.add('alibaba');
    const again = (await readWatchlist()).entries[0];
    expect(again?.addedAt).not.toBe(first?.addedAt);
    await service.restore('alibaba');
    expect((await readWatchlist()).entries).toEqual([again]);
  });

  it('tells the alert baseline the company is watched again', async () => {
    const added: string[] = [];
    const cache = smallCache();
    const service = createWatchlistService({
      cache: async () => cache,
      index: (c) => createSearchIndex(c.dataset.entities),
      onAdded: async (_c, id) => {
        added.push(id);
      },
    });
    await service.add('alibaba');
    await service.remove('alibaba');
    await service.restore('alibaba');
    expect(added).toEqual(['alibaba', 'alibaba']);
  });
});
