import { createEntityCache, type EntityCache } from '@/utils/background/entity-cache';
import { createSearchIndex } from '@/utils/background/search';
import { createWatchlistService } from '@/utils/background/watchlist';
import { type Dataset, parseDataset } from '@/utils/exposure/schema';
import type { Weights } from '@/utils/exposure/score';
import { readRepoJson } from './fixtures';

export const smallDataset: Dataset = parseDataset(readRepoJson('test/fixtures/datasets/small.json'));

export function smallCache(weights?: Weights): EntityCache {
  return createEntityCache(smallDataset, weights);
}

/** A watchlist service over a fixed cache, as the background builds it. */
export function watchlistServiceOver(cache: () => Promise<EntityCache> | EntityCache, now?: () => number) {
  return createWatchlistService({
    cache: async () => cache(),
    index: (c) => createSearchIndex(c.dataset.entities),
    ...(now ? { now } : {}),
  });
}
