/**
 * Where the real public data files live: `../shared/data` beside the repository (see its SOURCES.md). They are read
 * by the dataset tools and the truth tests, never copied into the project. `GEOLENS_SHARED_DATA` overrides the path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is scripts/lib/shared-data.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const SHARED_DATA_DIR = process.env.GEOLENS_SHARED_DATA ?? resolve(REPO_ROOT, '../shared/data');

/**
 * Every file of the shared data that a script, benchmark or test reads, relative to the shared data folder: the one
 * list, so a new reader adds its file here and the type below keeps a path that is not listed from compiling.
 */
export const SHARED_FILES = {
  secTickers: 'sec/company_tickers.json',
  secTickersExchange: 'sec/company_tickers_exchange.json',
  intlEquities: 'intl_listings/financedatabase_intl_equities.csv',
  usListings: 'us_listings/us_listings_combined.csv',
  investpy: 'intl_listings/investpy_stocks_2022.csv',
  wikidataAliases: 'aliases/wikidata_ticker_aliases.csv',
  ofacSdn: 'sanctions/ofac_sdn_2026-08-20.csv',
  ofacSdnWithCountry: 'sanctions/ofac_sdn_entities_with_country.csv',
  ofacConsPrim: 'sanctions/ofac_nonsdn_cons_prim.csv',
  ofacConsAlt: 'sanctions/ofac_nonsdn_cons_alt.csv',
  ofacConsAdd: 'sanctions/ofac_nonsdn_cons_add.csv',
  dod1260hTargets: 'sanctions/opensanctions_us_dod_1260h.csv',
  dod1260hNsfreg: 'sanctions/nsfreg_dow_1260h.json',
  nsCmicNsfreg: 'sanctions/nsfreg_ofac_nscmic.json',
  bisEntityList: 'sanctions/nsfreg_bis_entity_list.json',
  bisMeu: 'sanctions/nsfreg_bis_meu.json',
  dhsUflpa: 'sanctions/nsfreg_dhs_uflpa.json',
  fccCovered: 'sanctions/nsfreg_fcc_covered.json',
  cbpWro: 'sanctions/nsfreg_cbp_wro.json',
  // CC BY-NC (OpenSanctions): read by tests to check coverage, never by a build whose output ships.
  ndaaBans: 'sanctions/opensanctions_us_ndaa_procurement_bans.csv',
  cnCountersanctions: 'sanctions/opensanctions_cn_countersanctions.csv',
  euSanctions: 'sanctions/opensanctions_eu_sanctions_entities.csv',
  sanctionsPrograms: 'country_risk/opensanctions_sanctions_programs.json',
  gpr: 'country_risk/gpr_caldara_iacoviello_monthly.csv',
  wgi: 'country_risk/wgi_worldbank_2024update.csv',
  iso3166: 'country_risk/iso3166_country_codes.csv',
} as const;

/** A path listed in {@link SHARED_FILES}. */
export type SharedFile = (typeof SHARED_FILES)[keyof typeof SHARED_FILES];

/** A file the tools need, e.g. `sharedPath(SHARED_FILES.dod1260hNsfreg)`. */
export function sharedPath(relative: SharedFile): string {
  return resolve(SHARED_DATA_DIR, relative);
}

/** Why the shared data cannot be used, or `undefined` when every listed file is there. */
export function missingSharedData(files: readonly SharedFile[]): string | undefined {
  const missing = files.filter((f) => !existsSync(sharedPath(f)));
  if (missing.length === 0) return undefined;
  return `shared data not found under ${SHARED_DATA_DIR} (missing: ${missing.join(', ')})`;
}

/** Reads a shared text file, dropping a UTF-8 BOM and OFAC's trailing DOS end-of-file byte (0x1A). */
export function readSharedText(relative: SharedFile): string {
  let text = readFileSync(sharedPath(relative), 'utf8').replace(/^\uFEFF/, '');
  const eof = text.lastIndexOf(String.fromCharCode(0x1a));
  if (eof >= 0 && text.slice(eof + 1).trim() === '') text = text.slice(0, eof);
  return text;
}

export function readSharedJson<T = unknown>(relative: SharedFile): T {
  return JSON.parse(readSharedText(relative)) as T;
}

/**
 * Under `CI=true` (or `CI=1`) the shared data is required: CI must run the truth tests and the corpus gate, so a test
 * that needs the files fails when they are missing instead of skipping.
 */
export const SHARED_DATA_REQUIRED = /^(true|1)$/i.test(process.env.CI ?? '');

/**
 * Whether to skip a test that needs the shared data, given why it is missing (`undefined` when it is all there).
 * Locally, a checkout without ../shared/data skips such tests, with the reason printed: the files are public data the
 * project may not redistribute, so a contributor may not have them. Under CI=true it never skips (see
 * {@link requireSharedData}).
 */
export function skipWithoutSharedData(label: string, missing: string | undefined): boolean {
  if (!missing) return false;
  if (SHARED_DATA_REQUIRED) return false;
  console.warn(`[${label}] skipped (the shared data is not here; CI=true makes this a failure): ${missing}`);
  return true;
}

/** Throws when the shared data is missing: the first step of every test that needs it, so CI fails saying why. */
export function requireSharedData(missing: string | undefined): void {
  if (missing) throw new Error(`This test needs the shared data (required when CI=true): ${missing}`);
}
