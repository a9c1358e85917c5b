/**
 * Names the files cannot give, checked by hand (facts known with certainty; the company's own site or the exchange's
 * page says each):
 * - ALIASES: what news calls some of the largest companies where that differs from what the runtime derives from the
 *   legal name (`secNameVariants`): an acronym (RBC, RIL, VW — contextual at runtime, like every acronym name: it
 *   needs a listing, a legal form or an earlier strong mention nearby), a brand ("Aramco", "Lufthansa"), a current
 *   name the files print under an old one ("Heidelberg Materials" for HeidelbergCement AG), an accented spelling.
 * - FORMER_NAMES: names a company had and news still uses ("Royal Dutch Shell", "GlaxoSmithKline", "Research in
 *   Motion"). A universe company whose legal name IS another's former name is a line of that company left under its
 *   old name (Xetra's "Royal Dutch Shell plc" R6C, TSX's "Canadian Pacific Railway" CP): it is folded into it.
 * - ONE_COMPANY: dual-listed structures that are one economic company (Rio Tinto plc and Rio Tinto Limited share one
 *   board and one set of accounts): every company holding one of the listings becomes one.
 * Each row is keyed by a listing of the company (`MARKET:SYMBOL`); a key the build does not find fails the build.
 */
import { isCommonWord } from '../../../utils/detect/words';
import { nameKeys } from '../../../utils/sources/names';
import { isCopyLine } from './markets';
import type { DraftCompany } from './model';
import { listingKey } from './model';
import { type BuildReport, count } from './report';

export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Canada
  'TSX:RY': ['RBC', 'Royal Bank'],
  'TSX:TD': ['TD Bank'],
  // Germany
  'XETRA:VOW': ['VW'],
  'XETRA:BMW': ['BMW'],
  'XETRA:LHA': ['Lufthansa'],
  'XETRA:EOAN': ['E.ON', 'EON'],
  'XETRA:DB1': ['Deutsche Börse'],
  'XETRA:HEI': ['Heidelberg Materials'],
  'XETRA:DPW': ['DHL Group'],
  // France, Nordics
  'EURONEXT PARIS:MC': ['LVMH', 'LVMH Moët Hennessy Louis Vuitton', 'LVMH Moet Hennessy Louis Vuitton'],
  'EURONEXT PARIS:RMS': ['Hermès', 'Hermes'],
  'EURONEXT PARIS:AF': ['Air France-KLM', 'Air France KLM'],
  'NASDAQ HELSINKI:NDA-FI': ['Nordea'],
  // India
  'NSE:RELIANCE': ['RIL'],
  'NSE:HDFC': ['HDFC'],
  'NSE:SBILIFE': ['SBI Life'],
  'NSE:AMBUJACEM': ['Ambuja Cement'],
  'BSE:ADANIPORTS': ['Adani Ports'],
  'NSE:DRREDDY': ["Dr. Reddy's", "Dr Reddy's", "Dr. Reddy's Labs"],
  // Gulf
  'TADAWUL:2222': ['Saudi Aramco', 'Aramco'],
  'TADAWUL:1120': ['Al Rajhi Bank'],
  'TADAWUL:1211': ["Ma'aden", 'Saudi Arabian Mining Company'],
  // Korea, Hong Kong (Reuters headline forms)
  'KRX:005930': ['Samsung Elec'],
  'KRX:034020': ['Doosan Enerbility'],
  'HKEX:2382': ['Sunny Optical Technology'],
  // US names the rules miss ("Health" is a description, "Hims & Hers" the brand)
  'NYSE:HIMS': ['Hims & Hers'],
};

export const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  'LSE:SHEL': ['Royal Dutch Shell'], // renamed Shell plc, January 2022
  'LSE:GSK': ['GlaxoSmithKline'], // renamed GSK plc, May 2022
  'ASX:BHP': ['BHP Billiton'], // renamed BHP Group, 2018
  'LSE:NWG': ['Royal Bank of Scotland', 'Royal Bank of Scotland Group'], // renamed NatWest Group, July 2020
  'XETRA:HEI': ['HeidelbergCement'], // renamed Heidelberg Materials, 2022
  'XETRA:DPW': ['Deutsche Post'], // renamed DHL Group, 2023
  'KRX:034020': ['Doosan Heavy Industries'], // renamed Doosan Enerbility, 2022
  'XETRA:VNA': ['Deutsche Annington'], // renamed Vonovia, 2015
  'TSX:BB': ['Research in Motion'], // renamed BlackBerry, 2013
  'TSX:BHC': ['Valeant', 'Valeant Pharmaceuticals'], // renamed Bausch Health, 2018
  'NYSE:CP': ['Canadian Pacific Railway', 'Canadian Pacific'], // Canadian Pacific Kansas City since 2023
  'TSX:WPM': ['Silver Wheaton'], // renamed Wheaton Precious Metals, 2017
  'NYSE:FSM': ['Fortuna Silver Mines'], // renamed Fortuna Mining, 2024
  'EURONEXT PARIS:TTE': ['Total'], // TOTAL S.A. renamed TotalEnergies, 2021
};

/** Listings of one company whose structure the files split (dual listed companies, a line under another name). */
export const ONE_COMPANY: readonly (readonly string[])[] = [
  ['NYSE:RIO', 'LSE:RIO', 'ASX:RIO', 'OTC:RTNTF'], // Rio Tinto plc and Rio Tinto Limited: one group since 1995
];

const key = (s: string) => [...nameKeys(s)][0] ?? s.toLowerCase();

function holderOf(companies: readonly DraftCompany[], listing: string): DraftCompany | undefined {
  return companies.find((c) => c.listings.some((l) => listingKey(l) === listing));
}

/** `into` gains `other`'s listings, names and size; the home (non-copy, non-US) lines first. */
function fold(into: DraftCompany, other: DraftCompany): void {
  const have = new Set(into.listings.map(listingKey));
  const more = other.listings.filter((l) => !have.has(listingKey(l)));
  const us = (l: { market: string }) => ['NYSE', 'NASDAQ', 'CBOE', 'OTC', 'US'].includes(l.market);
  const all = [...into.listings, ...more];
  into.listings = [
    ...all.filter((l) => !us(l) && !isCopyLine(l)),
    ...all.filter((l) => !us(l) && isCopyLine(l)),
    ...all.filter(us),
  ];
  if (!into.hq || into.hq === 'US') into.hq = other.hq || into.hq;
  into.size = Math.min(into.size, other.size);
  into.capUsd = Math.max(into.capUsd, other.capUsd);
  for (const n of other.names) if (!into.names.includes(n)) into.names.push(n);
}

/** Folds the companies ONE_COMPANY and FORMER_NAMES join; returns the companies left. */
export function consolidate(companies: readonly DraftCompany[], report: BuildReport): DraftCompany[] {
  const gone = new Set<DraftCompany>();
  for (const group of ONE_COMPANY) {
    const holders = [...new Set(group.map((l) => holderOf(companies, l)).filter((c) => c !== undefined))];
    const into = holders.find((c) => c.cik) ?? holders[0];
    if (!into) throw new Error(`universe aliases: no company holds ${group.join(', ')}`);
    for (const c of holders) {
      if (c === into) continue;
      fold(into, c);
      gone.add(c);
      count(report.names, 'one company: folded');
    }
  }
  const byName = new Map<string, DraftCompany[]>();
  for (const c of companies) byName.set(key(c.name), [...(byName.get(key(c.name)) ?? []), c]);
  for (const [listing, formers] of Object.entries(FORMER_NAMES)) {
    const into = holderOf(companies, listing);
    if (!into) throw new Error(`universe aliases: no company holds ${listing}`);
    for (const former of formers) {
      for (const c of byName.get(key(former)) ?? []) {
        if (c === into || gone.has(c) || c.cik) continue;
        fold(into, c);
        gone.add(c);
        count(report.names, 'former name: line folded');
      }
    }
  }
  return companies.filter((c) => !gone.has(c));
}

/** Adds the ALIASES and FORMER_NAMES to `names` (after the file names were judged). */
export function addAliases(companies: readonly DraftCompany[], report: BuildReport): void {
  for (const table of [ALIASES, FORMER_NAMES]) {
    for (const [listing, names] of Object.entries(table)) {
      const c = holderOf(companies, listing);
      if (!c) throw new Error(`universe aliases: no company holds ${listing}`);
      for (const n of names) {
        if (key(n) === key(c.name) || c.names.some((m) => key(m) === key(n))) continue;
        // A former name that is a common word ("Total") still folds the old lines, but names nothing in text.
        if (!/\s/.test(n) && isCommonWord(n)) continue;
        c.names.push(n);
        count(report.names, table === ALIASES ? 'alias: hand table' : 'former name: hand table');
      }
    }
  }
}
