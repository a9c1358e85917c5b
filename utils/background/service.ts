/**
 * The background service: owns the entity cache and the watchlist and answers the protocol. `loadDataset` is
 * injected so that unit tests can run the service on a fixture dataset.
 */
import { createEntityCache, type EntityCache } from '../cache/entity-cache';
import { type PackedDictionary, packDictionary, prepareDictionary } from '../detect/prepare';
import type { Dataset } from '../exposure/schema';
import { type Handlers, registerHandlers } from '../messaging/handle';
import type { SourceStatus } from '../messaging/views';
import { loadWatchlist, watchlistItem } from '../storage';
import { createPageSummaries } from './page-summary';

export interface BackgroundService {
  handlers: Handlers;
  /** Forget a tab's page summary (navigation or close). */
  forgetTab(tabId: number): Promise<void>;
  /** Resolves once the dataset has loaded (or rejects with the reason it could not). */
  ready: Promise<EntityCache>;
  dispose(): void;
}

export function startBackgroundService(loadDataset: () => Promise<Dataset>): BackgroundService {
  const ready = loadDataset().then((dataset) => createEntityCache(dataset));
  ready.catch((err) => console.error('[GeoLens] could not load the embedded dataset', err));

  // Watchlist writes are serialised so that two quick clicks cannot lose an entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const pages = createPageSummaries(ready);

  // Packed once per dataset version, then the same strings go to every tab (ADR 0003).
  let packed: { version: string; dictionary: PackedDictionary } | undefined;

  const handlers: Handlers = {
    async getDictionary() {
      const cache = await ready;
      if (packed?.version !== cache.version)
        packed = { version: cache.version, dictionary: packDictionary(prepareDictionary(cache.dictionary)) };
      return packed;
    },
    async lookupEntity({ entityId }) {
      const cache = await ready;
      const watchlist = await loadWatchlist();
      return cache.card(
        entityId,
        watchlist.some((w) => w.entityId === entityId),
      );
    },
    async getWatchlist() {
      const cache = await ready;
      return cache.watchlistRows(await loadWatchlist());
    },
    addToWatchlist: ({ entityId }) =>
      serial(async () => {
        const cache = await ready;
        const score = cache.score(entityId);
        if (score === undefined) throw new Error(`Unknown entity "${entityId}"`);
        const list = await loadWatchlist();
        if (!list.some((w) => w.entityId === entityId)) {
          list.push({ entityId, addedAt: Date.now(), scoreAtAdd: score });
          await watchlistItem.setValue(list);
        }
        return cache.watchlistRows(list);
      }),
    removeFromWatchlist: ({ entityId }) =>
      serial(async () => {
        const cache = await ready;
        const list = await loadWatchlist();
        const next = list.filter((w) => w.entityId !== entityId);
        if (next.length !== list.length) await watchlistItem.setValue(next);
        return cache.watchlistRows(next);
      }),
    async reportPageMentions({ entityIds }, sender) {
      // Only content scripts in tabs report; the popup and options have no tab.
      if (sender.tab?.id === undefined) return;
      await pages.report(sender.tab.id, sender.frameId ?? 0, entityIds);
    },
    getPageSummary: ({ tabId }) => pages.summary(tabId),
    async getSourceStatus(): Promise<SourceStatus[]> {
      try {
        const cache = await ready;
        return [
          {
            id: 'embedded',
            name: cache.dataset.source.name,
            enabled: true,
            entityCount: cache.dataset.entities.length,
            asOf: cache.dataset.asOf,
          },
        ];
      } catch (err) {
        return [{ id: 'embedded', name: 'Embedded snapshot', enabled: true, entityCount: 0, error: String(err) }];
      }
    },
  };

  const unregister = registerHandlers(handlers);
  return { handlers, ready, forgetTab: pages.forgetTab, dispose: unregister };
}
