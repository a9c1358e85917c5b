/**
 * Where GeoLens runs out of the box: finance-news sites. Development and test builds (`wxt`, `npm run build:test`)
 * also run on local pages, which the demo and every E2E test serve on 127.0.0.1; the store build (`npm run build`,
 * `npm run zip`) never does. Other sites are added at runtime from options through optional host permissions.
 *
 * Match patterns ignore the port, so `http://127.0.0.1/*` covers every local test server.
 */
export const DEFAULT_NEWS_SITES = [
  '*://*.reuters.com/*',
  '*://*.cnbc.com/*',
  '*://*.bloomberg.com/*',
  '*://finance.yahoo.com/*',
  '*://*.ft.com/*',
  '*://*.wsj.com/*',
  '*://*.marketwatch.com/*',
  '*://*.barrons.com/*',
  '*://asia.nikkei.com/*',
  '*://*.scmp.com/*',
  '*://*.seekingalpha.com/*',
  '*://*.businesswire.com/*',
  '*://*.prnewswire.com/*',
  '*://*.globenewswire.com/*',
  '*://*.investing.com/*',
  '*://*.benzinga.com/*',
  '*://*.fool.com/*',
  '*://*.apnews.com/*',
  '*://*.economist.com/*',
  '*://*.axios.com/*',
] as const;

/** Local pages: the bundled demo and the end-to-end tests. Development and test builds only. */
export const LOCAL_SITES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** Build modes that run on {@link LOCAL_SITES}: `wxt` (development) and `wxt build --mode test`. Never production. */
export const LOCAL_PAGE_MODES: ReadonlySet<string> = new Set(['development', 'test']);

// Replaced at build time by wxt.config.ts (vite `define`); undefined where nothing defines it: when wxt.config.ts
// itself imports this file, and in unit tests, which therefore see the store build's lists.
declare const __GEOLENS_LOCAL_PAGES__: boolean | undefined;

/** Whether this build runs on local pages (a development or test build). */
export const LOCAL_PAGES_BUILD: boolean = typeof __GEOLENS_LOCAL_PAGES__ === 'boolean' && __GEOLENS_LOCAL_PAGES__;

/** The content script's match patterns (and install-time host permissions) of a build. */
export function contentScriptMatches(localPages: boolean): string[] {
  return [...DEFAULT_NEWS_SITES, ...(localPages ? LOCAL_SITES : [])];
}

/** This build's content-script matches. wxt.config.ts writes the manifest's from the mode, the same way. */
export const CONTENT_SCRIPT_MATCHES: string[] = contentScriptMatches(LOCAL_PAGES_BUILD);

/** A default-list pattern as a reader names the site: `*://*.reuters.com/*` → "reuters.com". */
export function siteOfPattern(pattern: string): string {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;
  return host.replace(/^\*\./, '');
}

/** One entry of the default list, for the options page. */
export interface DefaultSite {
  /** Hostname as settings keep it (the per-site switch writes it to `disabledSites`). */
  host: string;
  pattern: string;
  local: boolean;
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  ...DEFAULT_NEWS_SITES.map((pattern) => ({ host: siteOfPattern(pattern), pattern, local: false })),
  ...(LOCAL_PAGES_BUILD ? LOCAL_SITES : []).map((pattern) => ({ host: siteOfPattern(pattern), pattern, local: true })),
];

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A hostname GeoLens can be added to: a domain with a dot ("example.com", "news.example.co.uk") or an IPv4 address. */
export function isValidSiteHost(host: string): boolean {
  if (host.length > 253 || host !== host.toLowerCase()) return false;
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /[a-z]/.test(labels[labels.length - 1] ?? '');
}

/** Whether the default list already covers a host (and its subdomains are covered by the same pattern). */
export function defaultSiteFor(host: string): DefaultSite | undefined {
  return DEFAULT_SITES.find((s) => {
    const wildcard = s.pattern.includes('://*.');
    return host === s.host || (wildcard && host.endsWith(`.${s.host}`));
  });
}

/** The match pattern GeoLens asks access for: the site and its subdomains, any scheme (one pattern for an IP). */
export function userSitePattern(host: string): string {
  return IPV4.test(host) ? `*://${host}/*` : `*://*.${host}/*`;
}

export type SiteInput = { ok: true; host: string } | { ok: false; message: string };

/**
 * Reads what a user typed to add a site: a hostname or a URL ("https://www.example.com/news" → "example.com").
 * Synchronous on purpose: the options page must call `permissions.request` in the same click, before any await.
 */
export function parseSiteInput(text: string): SiteInput {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Enter a site, such as example.com.' };
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { ok: false, message: 'GeoLens runs on web pages only (http:// or https://).' };
    }
    host = url.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return { ok: false, message: `“${trimmed}” is not a site address.` };
  }
  if (!isValidSiteHost(host)) return { ok: false, message: `“${trimmed}” is not a site address, such as example.com.` };
  const covered = defaultSiteFor(host);
  if (covered) return { ok: false, message: `${covered.host} is already on the default list.` };
  return { ok: true, host };
}
