/**
 * The official lists that may ship (US government works: OFAC SDN and non-SDN, BIS Entity List and MEU, DHS UFLPA,
 * the §1260H parents, FCC Covered List), resolved at build time against the whole universe with the runtime's own
 * strict resolver (utils/sources/resolution.ts): identifiers, else an equal distinctive name with agreeing countries;
 * resemblance never flags. Read with the existing parsers. The OpenSanctions files (CC BY-NC) are never read here.
 */
import type { RestrictedList } from '../../../utils/exposure/schema';
import { parseJoinedSdn, parseOfacFiles } from '../../../utils/sources/ofac';
import { type LinkMethod, type ResolvableEntity, resolveRecords } from '../../../utils/sources/resolution';
import type { ListRecord } from '../../../utils/sources/types';
import { readSharedJson, readSharedText, SHARED_FILES, type SharedFile } from '../../lib/shared-data';
import { nsfregRecords } from '../lib/nsfreg';
import type { DraftCompany } from './model';
import { type BuildReport, count } from './report';

/** Every list file the builder reads (each in SHARED_FILES; none of them from OpenSanctions). */
export const LIST_INPUTS = [
  SHARED_FILES.ofacSdnWithCountry,
  SHARED_FILES.ofacConsPrim,
  SHARED_FILES.ofacConsAlt,
  SHARED_FILES.ofacConsAdd,
  SHARED_FILES.nsCmicNsfreg,
  SHARED_FILES.bisEntityList,
  SHARED_FILES.bisMeu,
  SHARED_FILES.dhsUflpa,
  SHARED_FILES.dod1260hNsfreg,
  SHARED_FILES.fccCovered,
] as const;

const NSFREG: readonly [SharedFile, RestrictedList][] = [
  [SHARED_FILES.nsCmicNsfreg, 'ofac-ns-cmic'],
  [SHARED_FILES.bisEntityList, 'bis-entity-list'],
  [SHARED_FILES.bisMeu, 'bis-meu'],
  [SHARED_FILES.dhsUflpa, 'dhs-uflpa'],
  [SHARED_FILES.dod1260hNsfreg, 'dod-1260h'],
  [SHARED_FILES.fccCovered, 'fcc-covered'],
];

/** OFAC's SDN entities (with their countries) and its non-SDN lists, as the OFAC live source parses them. */
export function loadOfacRecords(): ListRecord[] {
  const sdn = parseJoinedSdn(readSharedText(SHARED_FILES.ofacSdnWithCountry)).records;
  const cons = parseOfacFiles({
    cons: readSharedText(SHARED_FILES.ofacConsPrim),
    consAlt: readSharedText(SHARED_FILES.ofacConsAlt),
    consAdd: readSharedText(SHARED_FILES.ofacConsAdd),
  }).records;
  return [...sdn, ...cons];
}

export function loadListRecords(): ListRecord[] {
  const nsfreg = NSFREG.flatMap(([file, list]) => nsfregRecords(readSharedJson(file), list));
  return [...loadOfacRecords(), ...nsfreg];
}

function resolvable(c: DraftCompany): ResolvableEntity {
  return {
    id: c.id,
    name: c.name,
    aliases: c.names,
    ...(c.hq ? { hq: c.hq } : {}),
    listings: c.listings.map((l) => ({ ticker: l.symbol, exchange: l.market, ...(l.isin ? { isin: l.isin } : {}) })),
    ...(c.cik ? { cik: c.cik } : {}),
  };
}

/**
 * Name links checked by eye and refused: `list|entry|company id`, with why. Equal names, different companies.
 */
const REFUSED: Readonly<Record<string, string>> = {
  // The Entity List's Cloudmax Tech (a.k.a. YSX Tech Co., Limited) is in Futian, Shenzhen; Nasdaq's YSX Tech
  // (YSXT) is an automotive after-market services company in Guangzhou. Nothing but the alias joins them.
  'bis-entity-list|Cloudmax Tech Co., Limited|sec-1993463': 'same alias, different company',
};

/** Identifier links first, so that a company keeps the entry its ISIN or ticker names, not one an alias reached. */
const METHOD_ORDER: readonly LinkMethod[] = ['isin', 'cik', 'ticker', 'name', 'parent'];

/**
 * Puts each company's list hits in `lists` and counts them per list: one entry per list (the first file's print:
 * OFAC's own before nsfreg's copy of the same NS-CMIC entry).
 */
export function resolveLists(
  companies: readonly DraftCompany[],
  records: readonly ListRecord[],
  report: BuildReport,
): void {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const links = resolveRecords(companies.map(resolvable), records).sort(
    (a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method),
  );
  for (const link of links) {
    const c = byId.get(link.entityId)!;
    const { list, name, since, partial } = link.record;
    if (REFUSED[`${list}|${name}|${c.id}`]) {
      count(report.lists, 'refused by eye');
      continue;
    }
    if (c.lists.some(([l]) => l === list)) continue;
    c.lists.push(partial ? [list, name, since ?? '', 1] : [list, name, since ?? '']);
    count(report.lists, list);
    report.listHits.push(`${list}: "${name}" → ${c.id} ${c.name} [${c.hq}] via ${link.method} ${link.via}`);
  }
  for (const c of companies) c.lists.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}
