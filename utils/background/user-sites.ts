/**
 * Sites the user added beyond the default list. Options asks for the site's optional host permission (manifest
 * `optional_host_permissions`) in the click that adds it; here the background registers the content script for
 * every added site it has access to (`scripting.registerContentScripts`, one registration for all of them),
 * unregisters it when sites are removed or access is revoked, and injects the script into tabs already open on a
 * newly added site.
 */
import { browser } from 'wxt/browser';
import { defaultSiteFor, isValidSiteHost, userSitePattern } from '../sites';
import { DEFAULT_SOURCE_ORIGINS, sourceOrigins } from '../sources/catalog';
import { LIVE_SOURCE_IDS } from '../sources/types';
import { type UserSite, updateSettings } from '../storage';
import { loadSourceConfigs } from '../storage/sources';
import { CONTENT_SCRIPT_FILE, injectIntoOpenTabs } from './reinject';

export const USER_SITES_SCRIPT_ID = 'geolens-user-sites';

/** The parts of `browser.scripting`, `browser.permissions` and `browser.tabs` this needs (fakes in unit tests). */
export interface UserSiteApis {
  getRegistered(): Promise<{ id: string; matches?: string[] }[]>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
  hasAccess(pattern: string): Promise<boolean>;
  /** Runs the content script in open tabs matching these patterns (best effort). */
  injectInto(patterns: string[]): Promise<void>;
  /** Calls back when access is granted or revoked (here or in the browser's own site controls). */
  watchAccess(onAdded: (origins: string[]) => void, onRemoved: () => void): () => void;
}

export function browserUserSiteApis(): UserSiteApis {
  const script = (matches: string[]) => ({
    id: USER_SITES_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    runAt: 'document_idle' as const,
    allFrames: true,
    persistAcrossSessions: true,
  });
  return {
    getRegistered: () => browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] }),
    register: (matches) => browser.scripting.registerContentScripts([script(matches)]),
    update: (matches) => browser.scripting.updateContentScripts([script(matches)]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] }),
    hasAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    watchAccess(onAdded, onRemoved) {
      const added = (p: { origins?: string[] }) => onAdded(p.origins ?? []);
      browser.permissions.onAdded.addListener(added);
      browser.permissions.onRemoved.addListener(onRemoved);
      return () => {
        browser.permissions.onAdded.removeListener(added);
        browser.permissions.onRemoved.removeListener(onRemoved);
      };
    },
    injectInto: injectIntoOpenTabs,
  };
}

export interface UserSitesSync {
  /** Patterns the content script is registered for after the sync. */
  registered: string[];
  /** Added sites without access (shown in options with a "Grant access" button). */
  withoutAccess: string[];
}

/** Makes the registration match the sites the user added and has granted access to. Idempotent. */
export async function syncUserSiteScripts(sites: readonly UserSite[], apis: UserSiteApis): Promise<UserSitesSync> {
  const wanted: string[] = [];
  const withoutAccess: string[] = [];
  for (const site of sites) {
    const pattern = userSitePattern(site.host);
    if (await apis.hasAccess(pattern).catch(() => false)) wanted.push(pattern);
    else withoutAccess.push(site.host);
  }
  const [existing] = await apis.getRegistered();
  const before = new Set(existing?.matches ?? []);
  if (wanted.length === 0) {
    if (existing) await apis.unregister();
  } else if (!existing) {
    await apis.register(wanted);
  } else if (wanted.length !== before.size || wanted.some((p) => !before.has(p))) {
    await apis.update(wanted);
  }
  const added = wanted.filter((p) => !before.has(p));
  if (added.length > 0) await apis.injectInto(added);
  return { registered: wanted, withoutAccess };
}

/**
 * The site a granted origin pattern stands for, when it is one GeoLens would add (`*://*.example.com/*`,
 * `https://example.com/*`, `*://10.0.0.5/*`); `undefined` for broad grants such as `<all_urls>` and for sites
 * already on the default list.
 */
export function siteOfGrantedPattern(pattern: string): string | undefined {
  const m = /^(?:\*|https?):\/\/(?:\*\.)?([^/*:]+)\/\*$/.exec(pattern);
  const host = m?.[1]?.toLowerCase().replace(/^www\./, '');
  if (!host || !isValidSiteHost(host) || defaultSiteFor(host)) return undefined;
  return host;
}

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

/**
 * Access granted or revoked outside options (the browser's own site-access controls) reaches the settings too: a
 * granted site is added to the user's sites (a grant for a data source's host is not a site to run on), and either
 * change re-syncs the registration. `track` receives the work started; the returned function stops watching.
 */
export function watchSiteAccess(
  apis: UserSiteApis,
  sync: () => Promise<void>,
  track: (work: Promise<unknown>) => void,
): () => void {
  const onAccessAdded = (origins: string[]) => {
    const hosts = origins.map(siteOfGrantedPattern).filter((h): h is string => !!h);
    if (hosts.length === 0) return void track(sync());
    track(
      updateSettings((s) => ({
        userSites: [
          ...s.userSites,
          ...hosts.filter((h) => !s.userSites.some((u) => u.host === h)).map((host) => ({ host, addedAt: Date.now() })),
        ],
      })).then(sync),
    );
  };
  const onAnyAccessAdded = (origins: string[]) => {
    void sourceHosts().then((hosts) => onAccessAdded(origins.filter((o) => !hosts.has(hostOfPattern(o)))));
  };
  return apis.watchAccess(onAnyAccessAdded, () => track(sync()));
}
