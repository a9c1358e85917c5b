/**
 * Which market a FinanceDatabase symbol trades on, which markets are a company's home, and which listings are noise
 * for news. Market ids are those of utils/detect/markets.ts, so a listing in the file is one the ticker forms can
 * find (`7203.T` in text → `TYO:7203`).
 */
import { SUFFIX_MARKETS } from '../../../utils/detect/markets';
import type { DraftListing } from './model';

/** The market of a Yahoo suffix: the first market of its MARKET_FORMS row (`T` → TYO, `F` → FRANKFURT). */
export function marketOfSuffix(suffix: string): string | undefined {
  return Object.hasOwn(SUFFIX_MARKETS, suffix) ? SUFFIX_MARKETS[suffix]![0] : undefined;
}

/**
 * A company's home markets by its country, best first: where its primary line trades and where news quotes it.
 * India: NSE before BSE (news quotes NSE codes). China: A-shares before the H-share in Hong Kong. Countries not
 * here (Luxembourg, Bermuda, Cayman …) have no home market: their listings keep the {@link MARKET_RANK} order.
 */
export const HOME_MARKETS: Readonly<Record<string, readonly string[]>> = {
  JP: ['TYO'],
  GB: ['LSE'],
  IE: ['EURONEXT DUBLIN', 'LSE'],
  DE: ['XETRA', 'FRANKFURT'],
  FR: ['EURONEXT PARIS'],
  NL: ['EURONEXT AMSTERDAM'],
  IT: ['EURONEXT MILAN'],
  BE: ['EURONEXT BRUSSELS'],
  PT: ['EURONEXT LISBON'],
  NO: ['OSLO'],
  CH: ['SIX'],
  ES: ['BME'],
  SE: ['NASDAQ STOCKHOLM'],
  DK: ['NASDAQ COPENHAGEN'],
  FI: ['NASDAQ HELSINKI'],
  AT: ['VIENNA'],
  HU: ['BUDAPEST'],
  RU: ['MOEX'],
  CA: ['TSX', 'TSXV'],
  BR: ['B3'],
  MX: ['BMV'],
  AU: ['ASX'],
  NZ: ['NZX'],
  SG: ['SGX'],
  ID: ['IDX'],
  TH: ['SET'],
  MY: ['BURSA'],
  IL: ['TASE'],
  SA: ['TADAWUL'],
  AE: ['ADX', 'DFM'],
  ZA: ['JSE'],
  IN: ['NSE', 'BSE'],
  KR: ['KRX', 'KOSDAQ'],
  CN: ['SSE', 'SZSE', 'HKEX'],
  HK: ['HKEX'],
  MO: ['HKEX'],
  TW: ['TWSE', 'TPEX'],
};

/**
 * Secondary lines that news never quotes for a foreign company: Mexico's SIC and Vienna's global market (the same
 * share re-listed for local brokers) and São Paulo's BDRs (`BABA34.SA`). Kept only on the company's home market.
 * Buenos Aires (`.BA`) and Santiago (`.SN`) have no row in the market table, so they are skipped as unknown.
 */
const FOREIGN_LINE_MARKETS: ReadonlySet<string> = new Set(['BMV', 'VIENNA', 'B3']);

/** LSE's International Order Book codes (`0HN3`): a digit and three more characters, foreign shares only. */
const IOB_CODE = /^\d[A-Z0-9]{3}$/;

/** Whether a listing is on one of the home markets of a country. */
export function isHomeListing(l: DraftListing, country: string): boolean {
  return (HOME_MARKETS[country] ?? []).includes(l.market);
}

/**
 * Whether a listing is noise for news (see {@link FOREIGN_LINE_MARKETS}, {@link IOB_CODE}). An IOB code is noise
 * even for a British company: the book trades foreign shares only, so FinanceDatabase's `0KWZ.L` for Rio Tinto plc
 * is a mislabelled line, and its real line (`RIO.L`) is there too.
 */
export function isNoiseListing(l: DraftListing, country: string): boolean {
  if (l.market === 'LSE' && IOB_CODE.test(l.symbol)) return true;
  return !isHomeListing(l, country) && FOREIGN_LINE_MARKETS.has(l.market);
}

/** Germany's copies of foreign shares (`33L` for lululemon): a company known only from them leads with its US line. */
export function isCopyLine(l: DraftListing): boolean {
  return l.market === 'XETRA' || l.market === 'FRANKFURT';
}

/** Order of listings that are not on a home market: the big venues news quotes first, Frankfurt's copies late. */
const MARKET_RANK: readonly string[] = [
  'LSE',
  'HKEX',
  'EURONEXT PARIS',
  'EURONEXT AMSTERDAM',
  'XETRA',
  'SIX',
  'TYO',
  'TSX',
  'ASX',
  'SGX',
  'NASDAQ STOCKHOLM',
  'OSLO',
  'EURONEXT MILAN',
  'EURONEXT BRUSSELS',
  'BME',
  'JSE',
];

function rank(market: string, home: readonly string[]): number {
  const h = home.indexOf(market);
  if (h >= 0) return h;
  const r = MARKET_RANK.indexOf(market);
  return 100 + (r >= 0 ? r : FOREIGN_LINE_MARKETS.has(market) ? 900 : 500);
}

/** Preferred-share lines (Toronto's `MFC-PC`, `BN-PF-A`): never the line news quotes for a company. */
const PREFERRED = /-P[A-Z]{0,2}(?:-[A-Z])?$|-PR-/;

/**
 * Listings home market first (in {@link HOME_MARKETS} order), then the others; within a market, preferred-share
 * lines last; otherwise stable.
 */
export function orderListings<T extends DraftListing>(listings: readonly T[], country: string): T[] {
  const home = HOME_MARKETS[country] ?? [];
  const pref = (l: DraftListing) => (PREFERRED.test(l.symbol) ? 1 : 0);
  return listings
    .map((l, i) => ({ l, i, r: rank(l.market, home) }))
    .sort((a, b) => a.r - b.r || pref(a.l) - pref(b.l) || a.i - b.i)
    .map((x) => x.l);
}
