/**
 * The background service: owns the entity cache, the watchlist, alerts and the user's sites, and answers the
 * protocol. `loadDataset` is injected so that unit tests can run the service on a fixture dataset.
 */
import { browser } from 'wxt/browser';
import type { MergedDataset } from '../cache/entity-cache';
import { cardViewOf, type EntityCache, shortNameOf } from '../cache/entity-cache';
import type { PackedDictionary } from '../detect/prepare';
import type { Dataset } from '../exposure/schema';
import { scoreEntity } from '../exposure/score';
import { type Handlers, registerHandlers, senderKind } from '../messaging/handle';
import type { ScoringSample, SourceStatus } from '../messaging/views';
import { createSourceManager, type SourceManager, type SourceManagerDeps } from '../sources/manager';
import { DEFAULT_SOURCE_ORIGINS, sourceOrigins } from '../sources/registry';
import { embeddedSourceView } from '../sources/status';
import { LIVE_SOURCE_IDS } from '../sources/types';
import {
  checkStoredAlerts,
  checkStoredHistory,
  checkStoredSettings,
  clearStorageIssues,
  loadSettings,
  loadStorageIssues,
  type Settings,
  updateSettings,
  watchSettings,
} from '../storage';
import { loadSourceConfigs } from '../storage/sources';
import { type AlertService, createAlertService } from './alerts';
import { type CacheManager, createCacheManager, safeWeights } from './cache-manager';
import { createPageSummaries } from './page-summary';
import { createSearchIndex, type SearchIndex } from './search';
import { browserUserSiteApis, siteOfGrantedPattern, syncUserSiteScripts, type UserSiteApis } from './user-sites';
import { createWatchlistService, type WatchlistService } from './watchlist';

export interface BackgroundService {
  handlers: Handlers;
  /** Forget a tab's page summary (navigation or close). */
  forgetTab(tabId: number): Promise<void>;
  /** Resolves once the dataset has loaded (or rejects with the reason it could not). */
  ready: Promise<EntityCache>;
  cache: CacheManager;
  /** The live data sources; `null` when the service runs without them (unit tests of other parts). */
  sources: SourceManager | null;
  watchlist: WatchlistService;
  alerts: AlertService;
  /** Resolves when the work started by rebuilds and settings changes so far has finished (tests). */
  settled(): Promise<void>;
  dispose(): void;
}

export interface ServiceOptions {
  /** Content-script registration for user-added sites; `null` where there is none (unit tests). */
  userSiteApis?: UserSiteApis | null;
  /**
   * The live data sources. With them, the cache loads the merged view (embedded + enabled sources, stored in
   * IndexedDB) and `loadDataset` is the embedded snapshot under it; without them, `loadDataset` is all the data.
   */
  sources?: Omit<SourceManagerDeps, 'setDataset' | 'loadEmbedded'> | null;
}

const DEFAULT_SEARCH_LIMIT = 8;

function hostOfPattern(pattern: string): string {
  return /^[^:]+:\/\/(?:\*\.)?([^/:]+)/.exec(pattern)?.[1]?.toLowerCase() ?? '';
}

/** Hosts of the data sources' default and configured URLs. */
async function sourceHosts(): Promise<Set<string>> {
  const configs = await loadSourceConfigs().catch(() => undefined);
  const patterns = [
    ...DEFAULT_SOURCE_ORIGINS,
    ...(configs ? LIVE_SOURCE_IDS.flatMap((id) => sourceOrigins(id, configs[id].url)) : []),
  ];
  return new Set(patterns.map(hostOfPattern));
}

export function startBackgroundService(
  loadDataset: () => Promise<MergedDataset>,
  options: ServiceOptions = {},
): BackgroundService {
  // Repairs corrupt stored values once, here, and records what was set aside (shown in the popup and options).
  const settingsAtStart = checkStoredSettings().catch(() => loadSettings());
  const checked = Promise.all([checkStoredHistory(), checkStoredAlerts()]).catch((err) =>
    console.error('[GeoLens] could not check stored values', err),
  );
  let settings: Promise<Settings> = settingsAtStart;
  const sources = options.sources
    ? createSourceManager({
        ...options.sources,
        loadEmbedded: loadDataset as () => Promise<Dataset>,
        setDataset: (d) => cache.setDataset(d),
      })
    : null;
  const cache = createCacheManager(
    sources ? sources.loadMerged : loadDataset,
    async () => (await settingsAtStart).weights,
  );
  const ready = cache.current();
  let cacheReady = false;
  ready.then(
    () => {
      cacheReady = true;
    },
    () => undefined,
  );

  const indexes = new WeakMap<MergedDataset, SearchIndex>();
  const indexFor = (c: EntityCache) => {
    let index = indexes.get(c.dataset);
    if (!index) {
      index = createSearchIndex(c.dataset.entities);
      indexes.set(c.dataset, index);
    }
    return index;
  };

  const pages = createPageSummaries(() => cache.current(), { marked: () => alerts.marked() });
  const alerts = createAlertService({ onMarkChanged: () => pages.refreshBadges() });
  const watchlist = createWatchlistService({
    cache: () => cache.current(),
    index: indexFor,
    onAdded: (c, id) => alerts.onAdded(c, id),
  });

  const stopRebuilt = cache.onRebuilt(async ({ cache: built }) => {
    await watchlist.recordHistory(built);
    await alerts.onRebuilt(built, await watchlist.entries(), (await settings).alerts);
    // Bands may have moved (counts), and a browser restart forgets badges (the alert mark).
    await pages.refreshBadges();
  });

  // User-added sites: register the content script where the user granted access.
  const siteApis =
    options.userSiteApis === undefined
      ? typeof browser.scripting?.registerContentScripts === 'function'
        ? browserUserSiteApis()
        : null
      : options.userSiteApis;
  let pending: Promise<unknown> = checked;
  const track = (work: Promise<unknown>) => {
    pending = Promise.all([pending, work.catch((err) => console.error('[GeoLens]', err))]);
  };
  const syncSites = async () => {
    if (siteApis) await syncUserSiteScripts((await settings).userSites, siteApis);
  };
  track(syncSites());

  const stopSettings = watchSettings((next, previous) => {
    settings = Promise.resolve(next);
    if (JSON.stringify(next.weights) !== JSON.stringify(previous.weights)) track(cache.setWeights(next.weights));
    if (JSON.stringify(next.userSites) !== JSON.stringify(previous.userSites)) track(syncSites());
  });

  // Access granted or revoked outside options (the browser's own site-access controls) reaches the settings too.
  const onAccessAdded = (origins: string[]) => {
    const hosts = origins.map(siteOfGrantedPattern).filter((h): h is string => !!h);
    if (hosts.length === 0) return void track(syncSites());
    track(
      updateSettings((s) => ({
        userSites: [
          ...s.userSites,
          ...hosts.filter((h) => !s.userSites.some((u) => u.host === h)).map((host) => ({ host, addedAt: Date.now() })),
        ],
      })).then(syncSites),
    );
  };
  // A grant for a data source's host is not a site to run on.
  const onAnyAccessAdded = (origins: string[]) => {
    void sourceHosts().then((hosts) => onAccessAdded(origins.filter((o) => !hosts.has(hostOfPattern(o)))));
  };
  const stopAccess = siteApis?.watchAccess(onAnyAccessAdded, () => track(syncSites()));
  if (sources) track(sources.syncAlarms());

  // Packed once per dataset version, then the same strings go to every tab (ADR 0003).
  let packed: { version: string; dictionary: PackedDictionary } | undefined;

  const handlers: Handlers = {
    async getDictionary() {
      const c = await cache.current();
      if (packed?.version !== c.version) {
        packed = { version: c.version, dictionary: c.packed() };
      }
      return packed;
    },
    async lookupEntity({ entityId }) {
      // A restarted worker answers its first lookups from the one stored entity while the whole view loads
      // (ADR 0006: the cold-start budget is 150 ms, and reading the whole view takes most of it).
      if (!cacheReady && sources) {
        try {
          const [stored, s] = await Promise.all([sources.storedEntity(entityId), settingsAtStart]);
          if (!cacheReady && stored)
            return cardViewOf(
              stored.entity,
              scoreEntity(stored.entity, safeWeights(s.weights)),
              { asOf: stored.meta.asOf, source: { name: stored.meta.sourceName } },
              await watchlist.has(entityId),
            );
        } finally {
          sources.coldLookupDone();
        }
      }
      const c = await cache.current();
      return c.card(entityId, await watchlist.has(entityId));
    },
    getWatchlist: () => watchlist.rows(),
    addToWatchlist: ({ entityId }) => watchlist.add(entityId),
    removeFromWatchlist: ({ entityId }) => watchlist.remove(entityId),
    importWatchlist: ({ rows }) => watchlist.import(rows),
    async getWatchlistStatus() {
      return { ...(await watchlist.storage()), issues: await loadStorageIssues() };
    },
    dismissStorageIssues: () => clearStorageIssues(),
    async searchEntities({ query, limit }) {
      const c = await cache.current();
      const watched = new Set((await watchlist.entries()).map((e) => e.entityId));
      return indexFor(c)
        .search(query, limit ?? DEFAULT_SEARCH_LIMIT)
        .flatMap((hit) => {
          const entity = c.get(hit.entityId);
          const score = c.score(hit.entityId);
          const band = c.band(hit.entityId);
          if (!entity || score === undefined || !band) return [];
          const listing = c.primaryListing(hit.entityId);
          return [
            {
              entityId: hit.entityId,
              name: entity.name,
              shortName: shortNameOf(entity),
              ...(listing ? { ticker: listing.ticker, exchange: listing.exchange } : {}),
              score,
              band,
              inWatchlist: watched.has(hit.entityId),
              matched: hit.matched,
              rank: hit.rank,
            },
          ];
        });
    },
    getAlerts: () => alerts.list(),
    clearAlerts: () => alerts.clear(),
    async getScoringSamples({ entityIds }) {
      const c = await cache.current();
      return entityIds.flatMap((id): ScoringSample[] => {
        const entity = c.get(id);
        if (!entity) return [];
        const ticker = c.primaryListing(id)?.ticker;
        return [
          {
            entityId: id,
            shortName: shortNameOf(entity),
            ...(ticker ? { ticker } : {}),
            factors: entity.factors.map(({ kind, severity, status, direction }) => ({
              kind,
              severity,
              status,
              direction,
            })),
          },
        ];
      });
    },
    async reportPageMentions({ entityIds }, sender) {
      // Only content scripts report, for the tab they run in (from the browser, never from the payload). Options
      // opened in a tab has a tab too: GeoLens's own pages are told apart by URL.
      if (sender.tab?.id === undefined || senderKind(sender) !== 'content-script') return;
      await pages.report(sender.tab.id, sender.frameId ?? 0, entityIds);
    },
    getPageSummary: ({ tabId }) => pages.summary(tabId),
    async lookupTickers({ tickers }) {
      const c = await cache.current();
      const index = indexFor(c);
      return tickers.map((t) => index.resolveTicker(t.symbol, t.exchange) ?? null);
    },
    async saveSourceConfig({ id, ...patch }) {
      if (!sources) throw new Error('Live data sources are not available here');
      return sources.saveConfig(id, patch);
    },
    async refreshSource({ id }) {
      if (!sources) throw new Error('Live data sources are not available here');
      return sources.refresh(id);
    },
    async confirmSourceRefresh({ id }) {
      if (!sources) throw new Error('Live data sources are not available here');
      return sources.confirmHeld(id);
    },
    async dismissSourceRefresh({ id }) {
      if (!sources) throw new Error('Live data sources are not available here');
      return sources.dismissHeld(id);
    },
    async testSource({ id, ...patch }) {
      if (!sources) throw new Error('Live data sources are not available here');
      return sources.test(id, patch);
    },
    async getSourceStatus(): Promise<SourceStatus[]> {
      if (sources) return sources.views();
      try {
        const c = await cache.current();
        return [embeddedSourceView(c.dataset)];
      } catch (err) {
        return [embeddedSourceView(undefined, String(err))];
      }
    },
  };

  const unregister = registerHandlers(handlers);
  return {
    handlers,
    ready,
    cache,
    sources,
    watchlist,
    alerts,
    forgetTab: pages.forgetTab,
    async settled() {
      let seen: Promise<unknown> | undefined;
      while (seen !== pending) {
        seen = pending;
        await seen;
        await cache.settled();
        await sources?.settled();
      }
    },
    dispose() {
      unregister();
      stopRebuilt();
      stopSettings();
      watchlist.dispose();
      stopAccess?.();
    },
  };
}
