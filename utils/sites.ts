/**
 * Where GeoLens runs out of the box. Finance-news sites plus local pages (the demo and every test use
 * 127.0.0.1 / localhost). Other sites are added at runtime from options through optional host permissions.
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

/** Local pages: the bundled demo and the end-to-end tests. */
export const LOCAL_SITES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export const CONTENT_SCRIPT_MATCHES: string[] = [...DEFAULT_NEWS_SITES, ...LOCAL_SITES];
