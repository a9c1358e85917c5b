/**
 * Owns the entity cache: the merged dataset scored with the user's weights. Rebuilds it when the dataset changes
 * (a refresh; the data-sources work calls `setDataset`) or the weights do (options), and tells listeners — the
 * score history and the alert rule — what changed.
 */

import { DEFAULT_WEIGHTS, mergeWeights, scoreEntity, type Weights } from '../exposure/score';
import type { CardView } from '../messaging/views';
import type { MergedDataset, MergedEntity } from '../sources/merged-dataset';
import type { MergedMeta } from '../sources/store';
import { cardViewOf, createEntityCache, type EntityCache, weightsKey } from './entity-cache';

export type RebuildReason = 'start' | 'dataset' | 'weights';

export interface RebuildEvent {
  cache: EntityCache;
  /** The cache this one replaces (absent at start). */
  previous?: EntityCache;
  reasons: RebuildReason[];
}

/** The stored merged view, read one entity at a time (utils/sources/merged-view.ts). */
export interface ColdEntities {
  /** One entity of the stored view when that view is current. */
  storedEntity(id: string): Promise<{ entity: MergedEntity; meta: MergedMeta } | undefined>;
  /** The first lookup has been answered: the whole view may be read now. */
  coldLookupDone(): void;
}

export interface CacheManager {
  /** The latest cache; waits for a rebuild in progress. Rejects when the dataset could not be loaded. */
  current(): Promise<EntityCache>;
  /**
   * The hover card of one entity. Until the first cache is built, a restarted worker answers from the one stored
   * entity while the whole view loads (ADR 0006: the cold-start budget is 150 ms, and reading the view takes most).
   */
  card(entityId: string, inWatchlist: () => Promise<boolean>): Promise<CardView | null>;
  /** Replaces the dataset (a refresh) and rebuilds. */
  setDataset(dataset: MergedDataset): Promise<EntityCache>;
  /** Applies weight overrides from settings; invalid overrides fall back to the defaults (logged). */
  setWeights(overrides: unknown): Promise<EntityCache>;
  /** Listeners run in order, one rebuild at a time; the returned function removes the listener. */
  onRebuilt(listener: (event: RebuildEvent) => Promise<void> | void): () => void;
  /** Resolves when every listener of every rebuild so far has finished (tests, and orderly shutdown). */
  settled(): Promise<void>;
}

/** Defaults with the overrides on top, or the defaults when the overrides are invalid. */
export function safeWeights(overrides: unknown): Weights {
  try {
    return mergeWeights(overrides ?? {});
  } catch (err) {
    console.warn('[GeoLens] ignoring invalid weight overrides; using the defaults', err);
    return { ...DEFAULT_WEIGHTS };
  }
}

export function createCacheManager(
  loadDataset: () => Promise<MergedDataset>,
  initialWeights: () => Promise<unknown> = async () => ({}),
  cold: ColdEntities | null = null,
): CacheManager {
  const listeners = new Set<(event: RebuildEvent) => Promise<void> | void>();
  let notifications: Promise<void> = Promise.resolve();

  const announce = (event: RebuildEvent) => {
    notifications = notifications.then(async () => {
      for (const listener of listeners) {
        try {
          await listener(event);
        } catch (err) {
          console.error('[GeoLens] a cache listener failed', err);
        }
      }
    });
  };

  /** The weights of the latest request (a dataset refresh keeps them). */
  let weights: Weights | undefined;
  const overridesAtStart = initialWeights();
  let latest: Promise<EntityCache> = Promise.all([loadDataset(), overridesAtStart]).then(([dataset, overrides]) => {
    weights ??= safeWeights(overrides);
    const cache = createEntityCache(dataset, weights);
    announce({ cache, reasons: ['start'] });
    return cache;
  });
  latest.catch((err) => console.error('[GeoLens] could not load the dataset', err));
  let ready = false;
  latest.then(
    () => {
      ready = true;
    },
    () => undefined,
  );

  /** Builds from `dataset` (or the previous cache's) with the current weights, unless nothing changed. */
  const rebuild = (dataset?: MergedDataset) => {
    const before = latest;
    const build = before
      .catch(() => undefined)
      .then((previous) => {
        const data = dataset ?? previous?.dataset;
        if (!data) return before;
        const cache = createEntityCache(data, weights ?? { ...DEFAULT_WEIGHTS });
        if (!previous) {
          announce({ cache, reasons: ['start'] });
          return cache;
        }
        const reasons: RebuildReason[] = [];
        if (cache.version !== previous.version) reasons.push('dataset');
        if (weightsKey(cache.weights) !== weightsKey(previous.weights)) reasons.push('weights');
        if (reasons.length === 0) return previous;
        announce({ cache, previous, reasons });
        return cache;
      });
    // A failed rebuild keeps the last good cache.
    latest = build.catch(() => before);
    return build;
  };

  return {
    current: () => latest,
    async card(entityId, inWatchlist) {
      if (!ready && cold) {
        try {
          const [stored, overrides] = await Promise.all([cold.storedEntity(entityId), overridesAtStart]);
          if (!ready && stored)
            return cardViewOf(
              stored.entity,
              scoreEntity(stored.entity, safeWeights(overrides)),
              {
                asOf: stored.meta.asOf,
                source: { name: stored.meta.sourceName },
                ...(stored.meta.screened ? { screened: stored.meta.screened } : {}),
                ...(stored.meta.screenedOffline ? { screenedOffline: stored.meta.screenedOffline } : {}),
              },
              await inWatchlist(),
            );
        } finally {
          cold.coldLookupDone();
        }
      }
      const c = await latest;
      return c.card(entityId, await inWatchlist());
    },
    setDataset: (dataset) => rebuild(dataset),
    setWeights(overrides) {
      weights = safeWeights(overrides);
      return rebuild();
    },
    onRebuilt(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      await latest.catch(() => undefined);
      let seen: Promise<void> | undefined;
      while (seen !== notifications) {
        seen = notifications;
        await seen;
      }
    },
  };
}
