/**
 * The background service: owns the entity cache, the watchlist, alerts and the user's sites, and answers the
 * protocol with one-line handlers over them. The data is injected (`ServiceData`) so that unit tests can run the
 * service on a fixture dataset.
 */
import { browser } from 'wxt/browser';
import { packTables } from '../detect/tables';
import type { Dataset } from '../exposure/schema';
import { type Handlers, registerHandlers, senderKind } from '../messaging/handle';
import type { DictionaryAnswer } from '../messaging/protocol';
import type { SourceStatus } from '../messaging/views';
import { createSourceManager, type SourceManager, type SourceManagerDeps } from '../sources/manager';
import type { MergedDataset } from '../sources/merged-dataset';
import { embeddedSourceView } from '../sources/status';
import type { Universe } from '../sources/universe-format';
import {
  checkStoredAlerts,
  checkStoredHistory,
  checkStoredSettings,
  clearStorageIssues,
  loadSettings,
  loadStorageIssues,
  type Settings,
  watchSettings,
} from '../storage';
import { checkStoredPageMentions } from '../storage/page-mentions';
import { checkStoredSources } from '../storage/sources';
import { type AlertService, createAlertService } from './alerts';
import { type CacheManager, createCacheManager } from './cache-manager';
import { type EntityCache, scoringSamplesOf } from './entity-cache';
import { createPageSummaries, type PageSummaries } from './page-summary';
import { CARD_UI_FILE, SIGNALS_ENGINE_FILE } from './reinject';
import { createSearchIndexes, type SearchIndex, searchResults } from './search';
import { browserUserSiteApis, syncUserSiteScripts, type UserSiteApis, watchSiteAccess } from './user-sites';
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

/** What the service serves: all the data as one dataset, or the embedded snapshot under the live sources. */
export type ServiceData =
  | {
      /** Everything there is: a fixed dataset and no live sources (unit tests of other parts). */
      dataset: () => Promise<MergedDataset>;
    }
  | {
      /** The embedded snapshot, the source that is always on (utils/sources/embedded.ts). */
      snapshot: () => Promise<Dataset>;
      /** The listed universe, the rest of the embedded snapshot (utils/sources/universe.ts). */
      universe?: () => Promise<Universe | undefined>;
      /**
       * The live data sources: the cache loads the merged view (the snapshot and the enabled sources, stored in
       * IndexedDB).
       */
      sources: Omit<SourceManagerDeps, 'setDataset' | 'loadEmbedded' | 'loadUniverse'>;
    };

export interface ServiceOptions {
  /** Content-script registration for user-added sites; `null` where there is none (unit tests). */
  userSiteApis?: UserSiteApis | null;
}

const DEFAULT_SEARCH_LIMIT = 8;

/** The parts the handlers answer from. */
interface Parts {
  cache: CacheManager;
  sources: SourceManager | null;
  watchlist: WatchlistService;
  alerts: AlertService;
  pages: PageSummaries;
  indexFor: (c: EntityCache) => SearchIndex;
}

/** Runs one of our own files in the calling content script's frame: tab and frame from the browser, never the payload. */
async function injectIntoSender(
  sender: Parameters<typeof senderKind>[0],
  file: typeof SIGNALS_ENGINE_FILE | typeof CARD_UI_FILE,
): Promise<void> {
  if (sender.tab?.id === undefined || senderKind(sender) !== 'content-script') return;
  await browser.scripting.executeScript({
    target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
}

/** The protocol's answers: one line each over the part that owns the data. */
function createHandlers({ cache, sources, watchlist, alerts, pages, indexFor }: Parts): Handlers {
  const live = () => {
    if (!sources) throw new Error('Live data sources are not available here');
    return sources;
  };
  // Packed once per dataset version, then the same strings go to every tab (ADR 0003).
  let packed: { key: string; answer: DictionaryAnswer } | undefined;
  return {
    async getDictionary() {
      const c = await cache.current();
      // Bands follow the weights too: keyed by the cache's key, not only the data version.
      if (packed?.key !== c.key) {
        const dictionary = c.packed();
        // Compiled here once, not in every tab (utils/detect/tables.ts): tens of ms of cold code per page load.
        const tables = packTables(dictionary);
        packed = {
          key: c.key,
          answer: { version: c.version, dictionary, bands: bandDigits(c, dictionary.entities), tables },
        };
      }
      return packed.answer;
    },
    lookupEntity: ({ entityId }) => cache.card(entityId, () => watchlist.has(entityId)),
    getWatchlist: () => watchlist.rows(),
    addToWatchlist: ({ entityId }) => watchlist.add(entityId),
    removeFromWatchlist: ({ entityId }) => watchlist.remove(entityId),
    restoreToWatchlist: ({ entityId }) => watchlist.restore(entityId),
    importWatchlist: ({ rows }) => watchlist.import(rows),
    getWatchlistStatus: async () => ({ ...(await watchlist.storage()), issues: await loadStorageIssues() }),
    dismissStorageIssues: () => clearStorageIssues(),
    async searchEntities({ query, limit }) {
      const c = await cache.current();
      const watched = new Set((await watchlist.entries()).map((e) => e.entityId));
      return searchResults(c, indexFor(c), query, limit ?? DEFAULT_SEARCH_LIMIT, watched);
    },
    getAlerts: () => alerts.list(),
    clearAlerts: () => alerts.clear(),
    getScoringSamples: async ({ entityIds }) => scoringSamplesOf(await cache.current(), entityIds),
    async reportPageMentions({ entityIds }, sender) {
      // Only content scripts report, for the tab they run in (from the browser, never from the payload). Options
      // opened in a tab has a tab too: GeoLens's own pages are told apart by URL.
      if (sender.tab?.id === undefined || senderKind(sender) !== 'content-script') return;
      await pages.report(sender.tab.id, sender.frameId ?? 0, entityIds);
    },
    loadSignalsEngine: (_, sender) => injectIntoSender(sender, SIGNALS_ENGINE_FILE),
    loadCardUi: (_, sender) => injectIntoSender(sender, CARD_UI_FILE),
    getPageSummary: ({ tabId }) => pages.summary(tabId),
    saveSourceConfig: async ({ id, ...patch }) => live().saveConfig(id, patch),
    refreshSource: async ({ id }) => live().refresh(id),
    confirmSourceRefresh: async ({ id }) => live().confirmHeld(id),
    dismissSourceRefresh: async ({ id }) => live().dismissHeld(id),
    testSource: async ({ id, ...patch }) => live().test(id, patch),
    getSourceStatus: () => (sources ? sources.views() : snapshotStatus(cache)),
  };
}

/** Without live sources, the one source is the dataset itself. */
async function snapshotStatus(cache: CacheManager): Promise<SourceStatus[]> {
  try {
    const c = await cache.current();
    return [embeddedSourceView(c.dataset)];
  } catch (err) {
    return [embeddedSourceView(undefined, String(err))];
  }
}

export function startBackgroundService(data: ServiceData, options: ServiceOptions = {}): BackgroundService {
  // Repairs corrupt stored values once, here, and records what was set aside (shown in the popup and options).
  const settingsAtStart = checkStoredSettings().catch(() => loadSettings());
  const checked = Promise.all([
    checkStoredHistory(),
    checkStoredAlerts(),
    checkStoredSources(),
    checkStoredPageMentions(),
  ]).catch((err) => console.error('[GeoLens] could not check stored values', err));
  let settings: Promise<Settings> = settingsAtStart;
  const sources =
    'snapshot' in data
      ? createSourceManager({
          ...data.sources,
          loadEmbedded: data.snapshot,
          ...(data.universe ? { loadUniverse: data.universe } : {}),
          setDataset: (d) => cache.setDataset(d),
        })
      : null;
  const cache = createCacheManager(
    sources ? sources.loadMerged : (data as { dataset: () => Promise<MergedDataset> }).dataset,
    async () => (await settingsAtStart).weights,
    sources,
  );
  const ready = cache.current();
  const indexFor = createSearchIndexes();

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

  const stopAccess = siteApis ? watchSiteAccess(siteApis, syncSites, track) : undefined;
  if (sources) track(sources.syncAlarms());

  const handlers = createHandlers({ cache, sources, watchlist, alerts, pages, indexFor });
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

/** One digit per dictionary entity: 0 = not assessed or unknown, 1 = Low … 5 = Severe (utils/dom/mark-style.ts). */
function bandDigits(c: EntityCache, entities: string): string {
  const order = ['Low', 'Guarded', 'Elevated', 'High', 'Severe'];
  return entities
    .split('\n')
    .map((id) => (c.assessed(id) ? String(order.indexOf(c.band(id) ?? '') + 1) : '0'))
    .join('');
}
