/**
 * Which companies each open tab mentions (ids only, reported by the content script of each frame), kept in
 * session storage so that a restarted service worker still knows; drives the toolbar badge: the number of
 * High/Severe companies on the page.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { EntityCache } from '../cache/entity-cache';
import { shortNameOf } from '../cache/entity-cache';
import type { PageSummary } from '../messaging/views';

/** tabId → frameId → entity ids */
type TabMentions = Record<string, Record<string, string[]>>;

const pageMentionsItem = storage.defineItem<TabMentions>('session:pageMentions', { fallback: {} });

const BADGE_COLOR = '#b3152b';

export interface PageSummaries {
  report(tabId: number, frameId: number, entityIds: string[]): Promise<void>;
  summary(tabId: number): Promise<PageSummary>;
  forgetTab(tabId: number): Promise<void>;
}

export function createPageSummaries(ready: Promise<EntityCache>): PageSummaries {
  // Serialised like the watchlist: frames report concurrently.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const summarise = async (ids: Iterable<string>): Promise<PageSummary> => {
    const cache = await ready;
    const entities: PageSummary['entities'] = [];
    for (const id of new Set(ids)) {
      const entity = cache.get(id);
      const score = cache.score(id);
      const band = cache.band(id);
      if (!entity || score === undefined || !band) continue;
      const primary = entity.listings.find((l) => l.primary) ?? entity.listings[0];
      entities.push({
        entityId: id,
        name: entity.name,
        shortName: shortNameOf(entity),
        ...(primary ? { ticker: primary.ticker } : {}),
        score,
        band,
      });
    }
    entities.sort((a, b) => b.score - a.score || a.shortName.localeCompare(b.shortName));
    return { entities, highRisk: entities.filter((e) => e.band === 'High' || e.band === 'Severe').length };
  };

  const idsOf = (frames: Record<string, string[]> | undefined) => Object.values(frames ?? {}).flat();

  const setBadge = async (tabId: number, highRisk: number) => {
    try {
      await browser.action.setBadgeText({ tabId, text: highRisk > 0 ? String(highRisk) : '' });
      if (highRisk > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed meanwhile.
    }
  };

  return {
    report: (tabId, frameId, entityIds) =>
      serial(async () => {
        const all = await pageMentionsItem.getValue();
        // Navigation clears the tab (forgetTab), so what is here belongs to the current page's frames.
        const frames = { ...all[tabId], [frameId]: entityIds };
        all[tabId] = frames;
        await pageMentionsItem.setValue(all);
        await setBadge(tabId, (await summarise(idsOf(frames))).highRisk);
      }),
    async summary(tabId) {
      return summarise(idsOf((await pageMentionsItem.getValue())[tabId]));
    },
    forgetTab: (tabId) =>
      serial(async () => {
        const all = await pageMentionsItem.getValue();
        if (!(tabId in all)) return;
        delete all[tabId];
        await pageMentionsItem.setValue(all);
        await setBadge(tabId, 0);
      }),
  };
}
