/**
 * The international part: FinanceDatabase's equities (MIT; ../shared/data/intl_listings), one company per group of
 * listings. Rows with an empty sector are funds and junk lines (SOURCES.md); US companies come from SEC's file.
 * Listings are grouped by ISIN when a row has one, else by normalised name and country; a row with both joins both
 * groups (Reliance's NSE line has no ISIN, its Vienna GDR has one).
 */
import { countryCodeOf, normalizeName } from '../../../utils/sources/names';
import { readSharedText, SHARED_FILES } from '../../lib/shared-data';
import { parseCsv } from '../lib/csv';
import { listingId } from './ids';
import { isNoiseListing, marketOfSuffix, orderListings } from './markets';
import { CAP_CLASSES, type DraftCompany, type DraftListing, UNKNOWN_SIZE } from './model';
import { type BuildReport, count } from './report';
import { issuerName } from './sec';

/** What a listing symbol may look like in the file (utils/sources/universe-format.ts). */
export const SYMBOL = /^[A-Z0-9][A-Z0-9.&-]{0,19}$/;
/** Lines that are not a share: an ISIN as symbol (`FR0000120271.SW`), Nordic certificates (`ATC1L-535NDS`). */
const NOT_A_SHARE = /^[A-Z]{2}[A-Z0-9]{9}\d$|-\d+NDS$/;
/** What FinanceDatabase appends to a line's name ("… Sponsored ADR", "… Class H", "… Pref"): not the company's name. */
const LINE_SUFFIX = /\s+(?:Sponsored\s+[AG]DR\b.*|[AG]DR\b.*|Class [A-Z]\b.*|Pref\.?|Registered Shares?.*)$/i;

/** A company name as FinanceDatabase prints it, without the line's description. */
export function companyName(name: string): string {
  return issuerName(name.trim().replace(LINE_SUFFIX, '').trim());
}

interface Row {
  listing: DraftListing;
  name: string;
  country: string;
  sector: string;
  size: number;
}

function rowOf(r: Record<string, string>, report: BuildReport): Row | undefined {
  const m = /^(.+)\.([A-Z]+)$/.exec(r.symbol ?? '');
  const market = m ? marketOfSuffix(m[2]!) : undefined;
  if (!m || !market) {
    count(report.skipped, `suffix .${m?.[2] ?? '(none)'} not in the market table`);
    return undefined;
  }
  const symbol = m[1]!.toUpperCase();
  if (!SYMBOL.test(symbol) || NOT_A_SHARE.test(symbol)) {
    count(report.skipped, 'symbol that is not a share line (ISIN, certificate, other characters)');
    return undefined;
  }
  const size = CAP_CLASSES.indexOf(r.market_cap as (typeof CAP_CLASSES)[number]);
  return {
    listing: { market, symbol, ...(r.isin ? { isin: r.isin } : {}) },
    name: companyName(r.name!),
    country: countryCodeOf(r.country) ?? '',
    sector: r.sector ?? '',
    size: size < 0 ? UNKNOWN_SIZE : size,
  };
}

/** Rows worth a company: a sector, not a US company, and at least `minSize` big (index into CAP_CLASSES). */
function readRows(maxSize: number, report: BuildReport): Row[] {
  const out: Row[] = [];
  for (const r of parseCsv(readSharedText(SHARED_FILES.intlEquities))) {
    if (!r.sector) count(report.skipped, 'no sector (funds, junk lines)');
    else if (r.country === 'United States') count(report.skipped, 'United States (the SEC part has them)');
    else if (CAP_CLASSES.indexOf(r.market_cap as (typeof CAP_CLASSES)[number]) > maxSize || !r.market_cap)
      count(report.skipped, `below ${CAP_CLASSES[maxSize]}`);
    else {
      const row = rowOf(r, report);
      if (row) out.push(row);
    }
  }
  return out;
}

/** Groups rows that share an ISIN or a name and country (union-find over both keys). */
function group(rows: readonly Row[]): Row[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    const keys = [`n:${normalizeName(r.name)}|${r.country}`];
    if (r.listing.isin) keys.push(`i:${r.listing.isin}`);
    for (const k of keys) {
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Row[]>();
  rows.forEach((r, i) => {
    const g = groups.get(find(i));
    if (g) g.push(r);
    else groups.set(find(i), [r]);
  });
  return [...groups.values()];
}

/** The country most of a company's rows give (FinanceDatabase sometimes gives a foreign line the venue's). */
function countryOf(rows: readonly Row[]): string {
  const n = new Map<string, number>();
  for (const r of rows) if (r.country) n.set(r.country, (n.get(r.country) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function companyOf(rows: readonly Row[], report: BuildReport): DraftCompany | undefined {
  const hq = countryOf(rows);
  const seen = new Set<string>();
  const listings = orderListings(
    rows.map((r) => r.listing),
    hq,
  ).filter((l) => !seen.has(`${l.market}:${l.symbol}`) && seen.add(`${l.market}:${l.symbol}`));
  const kept = listings.filter((l) => !isNoiseListing(l, hq));
  count(report.skipped, 'foreign secondary line (BDR, IOB, Mexico, Vienna)', listings.length - kept.length);
  if (kept.length === 0) {
    report.onlyForeignLines++;
    return undefined;
  }
  const home = rows.find((r) => r.listing === kept[0])!;
  return {
    id: listingId(kept[0]!),
    name: home.name,
    hq,
    sector: home.sector || (rows.find((r) => r.sector)?.sector ?? ''),
    origin: 'financedatabase',
    listings: kept,
    names: [],
    cik: 0,
    lists: [],
    size: Math.min(...rows.map((r) => r.size)),
    capUsd: 0,
  };
}

/** FinanceDatabase companies down to `maxSize` (2 = Mid Cap). */
export function readFinanceDatabase(maxSize: number, report: BuildReport): DraftCompany[] {
  return group(readRows(maxSize, report))
    .map((g) => companyOf(g, report))
    .filter((c): c is DraftCompany => !!c);
}
