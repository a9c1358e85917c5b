/**
 * "Add this site…" in the popup opens options.html?site=<host>#sites: the site field starts filled with the site of the
 * tab the user was on (issue 16). The query is read like typed input, so anything that is not a site GeoLens could
 * add (a default site, a bad address) leaves the field empty.
 */
import { parseSiteInput } from '@/utils/sites';

export const SITE_PARAM = 'site';

/** The options address that opens the Sites section with `host` in the field. */
export function addSiteUrl(optionsUrl: string, host: string): string {
  return `${optionsUrl}?${SITE_PARAM}=${encodeURIComponent(host)}#sites`;
}

/** The host to pre-fill from the page's query, or undefined. */
export function siteFromQuery(search: string): string | undefined {
  const value = new URLSearchParams(search).get(SITE_PARAM);
  if (!value) return undefined;
  const parsed = parseSiteInput(value);
  return parsed.ok ? parsed.host : undefined;
}
