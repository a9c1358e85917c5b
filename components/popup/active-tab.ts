import { browser } from 'wxt/browser';
import { defaultSiteFor } from '@/utils/sites';
import { isSiteEnabled, type Settings, siteKey } from '@/utils/storage';

/** The tab the popup describes, and its site as GeoLens sees it. */
export type ActiveSite =
  | { kind: 'none' }
  | { kind: 'unsupported'; tabId: number; host: string }
  | { kind: 'on' | 'off'; tabId: number; host: string };

export interface ActiveTab {
  tabId?: number;
  url?: string;
}

/**
 * The tab the popup was opened over. `popup.html?tabId=N` describes tab N instead: the end-to-end tests use it,
 * and so can anyone who opens the popup in a tab of its own.
 */
export async function findActiveTab(search = location.search): Promise<ActiveTab> {
  const forced = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(forced) && forced > 0) {
    const tab = await browser.tabs.get(forced).catch(() => undefined);
    return tab ? { tabId: forced, ...(tab.url ? { url: tab.url } : {}) } : {};
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? {} : { tabId: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

/** Whether GeoLens runs on this tab's site: the default list or a site the user added, and not turned off. */
export function siteOf(tab: ActiveTab, settings: Pick<Settings, 'disabledSites' | 'userSites'>): ActiveSite {
  if (tab.tabId === undefined || !tab.url) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return { kind: 'none' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'none' };
  const host = siteKey(url.hostname);
  const added = settings.userSites.some((s) => host === s.host || host.endsWith(`.${s.host}`));
  if (!defaultSiteFor(host) && !added) return { kind: 'unsupported', tabId: tab.tabId, host };
  return { kind: isSiteEnabled(settings, host) ? 'on' : 'off', tabId: tab.tabId, host };
}
