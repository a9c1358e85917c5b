/**
 * The US part: every company of SEC's company_tickers_exchange.json (public domain), one row per CIK with all its
 * tickers, and its country, sector and market value from the Nasdaq screener files (joined by CIK, then ticker).
 */
import { parseSecFile, SEC_TAG, type SecRow, theFirst } from '../../../utils/detect/sec-listings';
import { countryCodeOf, normalizeName } from '../../../utils/sources/names';
import { readSharedJson, readSharedText, SHARED_FILES } from '../../lib/shared-data';
import { parseCsv } from '../lib/csv';
import { SYMBOL } from './financedatabase';
import { secId } from './ids';
import { CAP_CLASSES, type DraftCompany, OTC_SIZE, UNKNOWN_SIZE } from './model';
import { type BuildReport, count } from './report';

/** A US company and what the ADR join needs to know of it. */
export interface SecCompany extends DraftCompany {
  /** The screener's name without its security description ("Toyota Motor Corporation"). */
  issuerName?: string;
  /** The screener calls a line a depositary share: the issuer is foreign whatever country the screener gives. */
  depositary: boolean;
}

type Screener = Record<string, string>;

/** The security a screener name describes after the issuer: "NVIDIA Corporation Common Stock" → "Common Stock". */
const SECURITY =
  /,?\s+(?:(?:Class|Series) [A-Z]\b|Common (?:Stock|Shares?)|Ordinary (?:Shares?)|American Deposi?tary|American Depository|Depositary|New York Registry|ADSs?\b|ADRs?\b|Sponsored ADR|Units?\b|Warrants?\b|Rights?\b|Subordinate Voting|Preferred|Shares of Beneficial|Capital Stock|\d+(?:\.\d+)?%).*$/i;

export function issuerName(screenerName: string): string {
  return screenerName.replace(SECURITY, '').trim();
}

/** FinanceDatabase's thresholds in USD, so US and international companies share one size order. */
function sizeOfCap(cap: number): number {
  const floors = [200e9, 10e9, 2e9, 300e6, 50e6, 1];
  const i = floors.findIndex((f) => cap >= f);
  return i < 0 ? UNKNOWN_SIZE : Math.min(i, CAP_CLASSES.length - 1);
}

/**
 * The name shown for a US company: SEC's legal name without its state tag, unless SEC prints it in capitals
 * ("NVIDIA CORP"): then the screener's issuer name when it is the same name ("NVIDIA Corporation").
 */
function displayName(secName: string, screener: readonly Screener[]): string {
  const legal = secName.replace(SEC_TAG, '').replace(/\s+/g, ' ').trim();
  if (/[a-z]/.test(legal)) return legal;
  const key = normalizeName(legal);
  for (const s of screener) {
    const readable = issuerName(s.name ?? '');
    if (readable && /[a-z]/.test(readable) && normalizeName(readable) === key) return theFirst(readable);
  }
  return legal;
}

function screenerIndex(): { byCik: Map<number, Screener[]>; byTicker: Map<string, Screener> } {
  const byCik = new Map<number, Screener[]>();
  const byTicker = new Map<string, Screener>();
  for (const r of parseCsv(readSharedText(SHARED_FILES.usListings))) {
    if (r.sec_ticker) byTicker.set(r.sec_ticker.toUpperCase(), r);
    const cik = Number(r.cik);
    if (!r.cik || !Number.isInteger(cik)) continue;
    const list = byCik.get(cik);
    if (list) list.push(r);
    else byCik.set(cik, [r]);
  }
  return { byCik, byTicker };
}

function companyOf(cik: number, rows: readonly SecRow[], screener: Screener[], report: BuildReport): SecCompany {
  const all = rows.map((r) => ({ market: r.exchange || 'US', symbol: r.ticker.toUpperCase() }));
  const listings = all.filter((l) => SYMBOL.test(l.symbol));
  count(report.skipped, 'SEC ticker with other characters', all.length - listings.length);
  const first = screener.find((s) => s.country) ?? screener[0];
  const capUsd = Math.max(0, ...screener.map((s) => Number(s.market_cap_usd) || 0));
  const otcOnly = listings.every((l) => l.market === 'OTC');
  const issuer = screener.map((s) => issuerName(s.name ?? '')).find(Boolean);
  return {
    id: secId(cik),
    name: displayName(rows[0]!.name, screener),
    hq: countryCodeOf(first?.country) ?? '',
    sector: screener.find((s) => s.sector)?.sector ?? '',
    origin: 'sec',
    listings,
    names: [],
    cik,
    lists: [],
    size: otcOnly ? OTC_SIZE : sizeOfCap(capUsd),
    capUsd,
    ...(issuer ? { issuerName: issuer } : {}),
    depositary: screener.some((s) => /deposi[td]ary|\bADSs?\b|\bADRs?\b/i.test(s.name ?? '')),
  };
}

/** One company per CIK, in SEC's order. */
export function readSec(report: BuildReport): SecCompany[] {
  const rows = parseSecFile(readSharedJson(SHARED_FILES.secTickersExchange));
  const byCik = new Map<number, SecRow[]>();
  for (const r of rows) {
    const list = byCik.get(r.cik);
    if (list) list.push(r);
    else byCik.set(r.cik, [r]);
  }
  const { byCik: screenerByCik, byTicker } = screenerIndex();
  const out: SecCompany[] = [];
  for (const [cik, list] of byCik) {
    const screener = screenerByCik.get(cik) ?? list.map((r) => byTicker.get(r.ticker.toUpperCase())).filter((s) => !!s);
    const c = companyOf(cik, list, screener, report);
    if (c.listings.length) out.push(c);
  }
  return out;
}
