/**
 * Alerts: when a refresh (a new dataset version) raises a watched company's band or puts it on a restricted list,
 * GeoLens shows a browser notification and marks the toolbar badge until the alerts are cleared in the popup.
 * Opt-out in options (`settings.alerts`). The rule itself ({@link detectAlerts}) is a pure function.
 *
 * Weight changes never alert: they are the user's own doing. The baseline follows them, so a later refresh is
 * compared with what the user saw.
 */
import { browser } from 'wxt/browser';
import { RESTRICTED_LIST_META } from '../exposure/restricted-lists';
import type { Band } from '../exposure/score';
import {
  type Alert,
  type AlertSnapshot,
  alertBaselineItem,
  alertsItem,
  BAND_ORDER,
  loadAlertBaseline,
  loadAlerts,
  MAX_ALERTS,
  type WatchlistEntry,
} from '../storage';
import type { EntityCache } from './entity-cache';

/** What the rule compares for one company: its band and the restricted lists it is on. */
export function snapshotOf(cache: EntityCache, entityId: string): AlertSnapshot | undefined {
  const entity = cache.get(entityId);
  const band = cache.band(entityId);
  if (!entity || !band) return undefined;
  const lists = new Set<string>();
  for (const f of entity.factors) {
    if (f.kind !== 'restricted-listing' || f.direction !== 'risk') continue;
    lists.add(f.list ? RESTRICTED_LIST_META[f.list].label : f.summary);
  }
  return { band, lists: [...lists].sort(), ...(cache.assessed(entityId) === false ? { assessed: false } : {}) };
}

const rank = (band: string) => BAND_ORDER.indexOf(band as Band);

/**
 * The alert rule. For each watched company present in both snapshots: an alert when its band went up, and one per
 * restricted list it was not on before. A company new to the data, or to the watchlist, raises nothing. A company that
 * was not assessed had no band to raise: becoming assessed is no band alert (a list that flagged it still is one).
 */
export function detectAlerts(
  before: Readonly<Record<string, AlertSnapshot>>,
  after: Readonly<Record<string, AlertSnapshot>>,
  watched: readonly Pick<WatchlistEntry, 'entityId' | 'name' | 'ticker'>[],
  at: number,
): Alert[] {
  const alerts: Alert[] = [];
  for (const w of watched) {
    const was = before[w.entityId];
    const now = after[w.entityId];
    if (!was || !now) continue;
    const who = { entityId: w.entityId, name: w.name, ...(w.ticker ? { ticker: w.ticker } : {}) };
    if (was.assessed !== false && rank(now.band) > rank(was.band)) {
      alerts.push({
        id: `${w.entityId}:band-raised:${at}`,
        at,
        ...who,
        kind: 'band-raised',
        from: was.band,
        to: now.band,
        message: `${w.name}: exposure raised from ${was.band} to ${now.band}`,
      });
    }
    for (const list of now.lists) {
      if (was.lists.includes(list)) continue;
      alerts.push({
        id: `${w.entityId}:listing-added:${list}:${at}`,
        at,
        ...who,
        kind: 'listing-added',
        list,
        message: `${w.name}: added to the ${list}`,
      });
    }
  }
  return alerts;
}

/** The notification for a batch of alerts: one line each, at most a few, then a count. */
export function notificationFor(alerts: readonly Alert[]): { title: string; message: string } {
  const shown = alerts.slice(0, 4).map((a) => a.message);
  if (alerts.length > shown.length) shown.push(`and ${alerts.length - shown.length} more — open GeoLens to see them`);
  return {
    title: alerts.length === 1 ? 'GeoLens: a watched company changed' : `GeoLens: ${alerts.length} watchlist alerts`,
    message: shown.join('\n'),
  };
}

export const NOTIFICATION_ID = 'geolens-alerts';

/** A click on the notification opens the popup, where the alerts are (or the popup page in a tab, where it cannot). */
export function registerAlertClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    const action = browser.action as typeof browser.action & { openPopup?: () => Promise<void> };
    const open = action.openPopup ? action.openPopup() : Promise.reject(new Error('no openPopup'));
    open.catch(() => browser.tabs.create({ url: browser.runtime.getURL('/popup.html') }));
    void browser.notifications.clear(NOTIFICATION_ID);
  });
}

export interface AlertService {
  /** Runs after every rebuild of the scores: compares with the baseline (on a new dataset) and moves it on. */
  onRebuilt(cache: EntityCache, watched: readonly WatchlistEntry[], enabled: boolean): Promise<Alert[]>;
  /** A company joined the watchlist: it enters the baseline as it is now. */
  onAdded(cache: EntityCache, entityId: string): Promise<void>;
  list(): Promise<Alert[]>;
  clear(): Promise<void>;
  /** Whether the badge should carry the alert mark. */
  marked(): Promise<boolean>;
}

export function createAlertService(options: { onMarkChanged(): Promise<void> | void }): AlertService {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const notify = async (alerts: Alert[]) => {
    try {
      await browser.notifications.create(NOTIFICATION_ID, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        ...notificationFor(alerts),
      });
    } catch (err) {
      // No notification permission or support: the badge mark and the popup still show the alerts.
      console.warn('[GeoLens] could not show a notification', err);
    }
  };

  return {
    onRebuilt: (cache, watched, enabled) =>
      serial(async () => {
        const baseline = await loadAlertBaseline();
        const after: Record<string, AlertSnapshot> = {};
        for (const w of watched) {
          const snap = snapshotOf(cache, w.entityId);
          if (snap) after[w.entityId] = snap;
        }
        let alerts: Alert[] = [];
        if (baseline && baseline.version !== cache.version && enabled) {
          alerts = detectAlerts(baseline.entities, after, watched, Date.now());
        }
        // Companies that left the data keep their last snapshot, so their return is compared with it.
        const kept = Object.fromEntries(
          Object.entries(baseline?.entities ?? {}).filter(([id]) => watched.some((w) => w.entityId === id)),
        );
        await alertBaselineItem.setValue({ version: cache.version, entities: { ...kept, ...after } });
        if (alerts.length > 0) {
          await alertsItem.setValue([...(await loadAlerts()), ...alerts].slice(-MAX_ALERTS));
          await notify(alerts);
          await options.onMarkChanged();
        }
        return alerts;
      }),
    onAdded: (cache, entityId) =>
      serial(async () => {
        const baseline = await loadAlertBaseline();
        const snap = snapshotOf(cache, entityId);
        if (!snap) return;
        await alertBaselineItem.setValue({
          version: baseline?.version ?? cache.version,
          entities: { ...baseline?.entities, [entityId]: snap },
        });
      }),
    list: () => loadAlerts(),
    clear: () =>
      serial(async () => {
        await alertsItem.setValue([]);
        await browser.notifications.clear(NOTIFICATION_ID).catch(() => undefined);
        await options.onMarkChanged();
      }),
    marked: async () => (await loadAlerts()).length > 0,
  };
}
