/**
 * What options, the manifest and the background show or need about each live source — name, publisher, licence,
 * default URL, key kind, host permissions, datasets — apart from the parsers (one module each in this folder,
 * collected in ./registry.ts). Options and wxt.config.ts read this file only, so their bundles carry no parser.
 */
import { DEFAULT_CADENCE_HOURS, originPattern, type SourceConfig, type SourceMeta } from './definition';
import { LIVE_SOURCE_IDS, type LiveSourceId } from './types';

export const SEC_URL = 'https://www.sec.gov/files/company_tickers_exchange.json';

export const OFAC_URL = 'https://www.treasury.gov/ofac/downloads/';

export const CSL_URL = 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv';

export const OPENSANCTIONS_DATA_URL = 'https://data.opensanctions.org/datasets/latest/';

export const OPENSANCTIONS_LICENCE = 'CC BY-NC 4.0 (OpenSanctions); commercial use needs a licence from OpenSanctions';

export const OPENSANCTIONS_LICENCE_URL = 'https://www.opensanctions.org/licensing/';

export const DEFAULT_OPENSANCTIONS_DATASETS = ['us_dod_chinese_milcorps', 'us_dhs_uflpa', 'us_fcc_covered_list'];

export const OPENSANCTIONS_API_URL = 'https://api.opensanctions.org';

export const SOURCE_CATALOG: Readonly<Record<LiveSourceId, SourceMeta>> = {
  sec: {
    id: 'sec',
    name: 'SEC company tickers',
    publisher: 'U.S. Securities and Exchange Commission',
    description:
      'Every US-listed company (ticker, name, CIK, exchange), fresher than the copy in the embedded snapshot: new listings and changed tickers are found.',
    licence: 'Public domain (US government work)',
    defaultUrl: SEC_URL,
    urlHint: 'URL of company_tickers_exchange.json',
    key: 'none',
  },
  ofac: {
    id: 'ofac',
    name: 'OFAC SDN and non-SDN lists',
    publisher: 'U.S. Treasury, Office of Foreign Assets Control',
    description:
      'The SDN list (blocking sanctions) and the consolidated non-SDN list, whose NS-CMIC entries carry equity tickers and ISINs.',
    licence: 'Public domain (US government work)',
    defaultUrl: OFAC_URL,
    urlHint: 'Folder with sdn.csv, alt.csv, add.csv and consolidated/cons_prim.csv, cons_alt.csv, cons_add.csv',
    key: 'none',
    // The legacy download folder redirects to the Sanctions List Service.
    extraOrigins: ['https://sanctionslistservice.ofac.treas.gov/*'],
  },
  csl: {
    id: 'csl',
    name: 'US Consolidated Screening List',
    publisher: 'International Trade Administration (trade.gov)',
    description: 'Commerce, State and Treasury screening lists in one CSV: Entity List, MEU, SDN, NS-CMIC and more.',
    licence: 'Public domain (US government work)',
    defaultUrl: CSL_URL,
    urlHint: 'URL of the downloadable consolidated.csv',
    key: 'none',
  },
  opensanctions: {
    id: 'opensanctions',
    name: 'OpenSanctions datasets',
    publisher: 'OpenSanctions',
    description:
      'Dataset downloads (targets.simple.csv), e.g. the DoD 1260H list, the UFLPA Entity List, the FCC Covered List.',
    licence: OPENSANCTIONS_LICENCE,
    licenceUrl: OPENSANCTIONS_LICENCE_URL,
    defaultUrl: OPENSANCTIONS_DATA_URL,
    urlHint: 'Folder of datasets: <folder>/<dataset>/targets.simple.csv',
    key: 'optional',
    defaultDatasets: DEFAULT_OPENSANCTIONS_DATASETS,
  },
  'opensanctions-match': {
    id: 'opensanctions-match',
    name: 'OpenSanctions match API',
    publisher: 'OpenSanctions (hosted API) or your own yente',
    description:
      'Screens the companies GeoLens knows against a dataset (POST /match/{dataset}, 100 per request). Hosted: needs an API key. Self-hosted yente: your URL, no key.',
    licence: OPENSANCTIONS_LICENCE,
    licenceUrl: OPENSANCTIONS_LICENCE_URL,
    defaultUrl: OPENSANCTIONS_API_URL,
    urlHint: 'API base URL (hosted or yente), without /match',
    key: 'required-for-hosted',
    defaultDatasets: ['default'],
  },
  custom: {
    id: 'custom',
    name: 'Custom feed',
    publisher: 'You (a URL you choose)',
    description: 'JSON in GeoLens’s published feed format (docs/data-format.md), e.g. your risk desk’s own factors.',
    licence: 'As the feed states in its "source.license"',
    defaultUrl: '',
    urlHint: 'URL of a GeoLens feed (JSON, schema version 1 or 2)',
    key: 'optional',
  },
};

/** Every live source starts off: nothing is downloaded until the user turns a source on (and grants its host). */
export function defaultSourceConfig(id: LiveSourceId): SourceConfig {
  const def = SOURCE_CATALOG[id];
  return {
    enabled: false,
    url: def.defaultUrl,
    cadenceHours: DEFAULT_CADENCE_HOURS,
    datasets: [...(def.defaultDatasets ?? [])],
  };
}

export function defaultSourceConfigs(): Record<LiveSourceId, SourceConfig> {
  return Object.fromEntries(LIVE_SOURCE_IDS.map((id) => [id, defaultSourceConfig(id)])) as Record<
    LiveSourceId,
    SourceConfig
  >;
}

/**
 * Host-permission patterns a source needs for a URL: its origin, plus the redirect targets of the default URL
 * (OFAC's legacy folder redirects to the Sanctions List Service).
 */
export function sourceOrigins(id: LiveSourceId, url: string): string[] {
  const def = SOURCE_CATALOG[id];
  const own = originPattern(url);
  const extra = url === def.defaultUrl ? (def.extraOrigins ?? []) : [];
  return [...(own ? [own] : []), ...extra];
}

/** The origins of every default URL, declared as optional host permissions in the manifest. */
export const DEFAULT_SOURCE_ORIGINS: string[] = [
  ...new Set(
    LIVE_SOURCE_IDS.flatMap((id) =>
      SOURCE_CATALOG[id].defaultUrl ? sourceOrigins(id, SOURCE_CATALOG[id].defaultUrl) : [],
    ),
  ),
];
