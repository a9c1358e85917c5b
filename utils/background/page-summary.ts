/**
 * Which companies each open tab mentions (ids only, reported by the content script of each frame), kept in
 * session storage so that a restarted service worker still knows; drives the toolbar badge: the number of
 * High/Severe companies on the page, followed by "!" while there are watchlist alerts to see.
 */
import { browser } from 'wxt/browser';
import type { PageSummary } from '../messaging/views';
import { loadPageMentions, pageMentionsItem } from '../storage/page-mentions';
import type { EntityCache } from './entity-cache';
import { shortNameOf } from './entity-cache';

const BADGE_COLOR = '#b3152b';
/** Appended to the badge while there are unseen watchlist alerts (utils/background/alerts.ts). */
export const ALERT_MARK = '!';

export interface PageSummaries {
  report(tabId: number, frameId: number, entityIds: string[]): Promise<void>;
  summary(tabId: number): Promise<PageSummary>;
  forgetTab(tabId: number): Promise<void>;
  /** Sets every badge again (the scores or the alert mark changed). */
  refreshBadges(): Promise<void>;
}

/** The badge text: the High/Severe count, then the alert mark. */
export function badgeText(highRisk: number, marked: boolean): string {
  return `${highRisk > 0 ? highRisk : ''}${marked ? ALERT_MARK : ''}`;
}

/** The toolbar button's tooltip: what the badge's number and mark mean (issue 16: "the badge's number is unexplained"). */
export function badgeTitle(highRisk: number, marked: boolean): string {
  const parts: string[] = [];
  if (highRisk === 1) parts.push('1 company on this page scores High or Severe');
  else if (highRisk > 1) parts.push(`${highRisk} companies on this page score High or Severe`);
  if (marked) parts.push('a watched company has a new alert (open GeoLens to see it)');
  return parts.length ? `GeoLens: ${parts.join('; ')}` : 'GeoLens';
}

export function createPageSummaries(
  cache: Promise<EntityCache> | (() => Promise<EntityCache>),
  options: { marked?: () => Promise<boolean> } = {},
): PageSummaries {
  const ready = typeof cache === 'function' ? cache : () => cache;
  const marked = async () => (await options.marked?.().catch(() => false)) ?? false;
  // Serialised like the watchlist: frames report concurrently.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const summarise = async (ids: Iterable<string>): Promise<PageSummary> => {
    const cache = await ready();
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
        ...(cache.assessed(id) === false ? { assessed: false } : {}),
      });
    }
    // Not assessed (a 0 nobody gave) after every scored company.
    const key = (e: PageSummary['entities'][number]) => (e.assessed === false ? -1 : e.score);
    entities.sort((a, b) => key(b) - key(a) || a.shortName.localeCompare(b.shortName));
    return { entities, highRisk: entities.filter((e) => e.band === 'High' || e.band === 'Severe').length };
  };

  const idsOf = (frames: Record<string, string[]> | undefined) => Object.values(frames ?? {}).flat();

  const setBadge = async (tabId: number, highRisk: number) => {
    const mark = await marked();
    const text = badgeText(highRisk, mark);
    try {
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setTitle({ tabId, title: badgeTitle(highRisk, mark) });
      if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed meanwhile.
    }
  };

  return {
    report: (tabId, frameId, entityIds) =>
      serial(async () => {
        const all = await loadPageMentions();
        // Navigation clears the tab (forgetTab), so what is here belongs to the current page's frames.
        const frames = { ...all[tabId], [frameId]: entityIds };
        all[tabId] = frames;
        await pageMentionsItem.setValue(all);
        await setBadge(tabId, (await summarise(idsOf(frames))).highRisk);
      }),
    async summary(tabId) {
      return summarise(idsOf((await loadPageMentions())[tabId]));
    },
    forgetTab: (tabId) =>
      serial(async () => {
        const all = await loadPageMentions();
        if (!(tabId in all)) return;
        delete all[tabId];
        await pageMentionsItem.setValue(all);
        await setBadge(tabId, 0);
      }),
    refreshBadges: () =>
      serial(async () => {
        // The default for tabs GeoLens has not counted (new tabs, pages it does not run on).
        const mark = await marked();
        await browser.action.setBadgeText({ text: badgeText(0, mark) });
        await browser.action.setTitle({ title: badgeTitle(0, mark) });
        if (mark) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
        const all = await loadPageMentions();
        for (const [tabId, frames] of Object.entries(all)) {
          await setBadge(Number(tabId), (await summarise(idsOf(frames))).highRisk);
        }
      }),
  };
}
