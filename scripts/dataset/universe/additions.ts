/**
 * Major companies the listing files lack (SOURCES.md: FinanceDatabase has no 2330.TW, 0005.HK, 0981.HK …), checked
 * by hand: only listings known with certainty, each with the exchange's own page as evidence. A row whose company
 * the files already have (same listing, or same name and country) adds its listings to it instead.
 */
import { nameKeys } from '../../../utils/sources/names';
import { listingId } from './ids';
import { orderListings } from './markets';
import { CAP_CLASSES, type DraftCompany, type DraftListing, listingKey } from './model';
import { type BuildReport, count } from './report';

export interface Addition {
  name: string;
  /** `MARKET:SYMBOL`, home listing first. */
  listings: readonly string[];
  country: string;
  sector: string;
  size: (typeof CAP_CLASSES)[number];
  /** The exchange's own page for the company. */
  evidence: string;
}

export const ADDITIONS: readonly Addition[] = [];

function parseListing(value: string): DraftListing {
  const at = value.indexOf(':');
  return { market: value.slice(0, at), symbol: value.slice(at + 1) };
}

function existing(a: Addition, companies: readonly DraftCompany[]): DraftCompany | undefined {
  const listings = new Set(a.listings);
  const keys = nameKeys(a.name);
  return (
    companies.find((c) => c.listings.some((l) => listings.has(listingKey(l)))) ??
    companies.find((c) => c.hq === a.country && [...nameKeys(c.name)].some((k) => keys.has(k)))
  );
}

/** The companies with the additions applied: new companies appended, missing listings added to known ones. */
export function additionsInto(companies: DraftCompany[], report: BuildReport, table = ADDITIONS): DraftCompany[] {
  for (const a of table) {
    const listings = a.listings.map(parseListing);
    const known = existing(a, companies);
    if (known) {
      const have = new Set(known.listings.map(listingKey));
      const added = listings.filter((l) => !have.has(listingKey(l)));
      known.listings = orderListings([...known.listings, ...added], known.hq);
      count(report.names, added.length ? 'additions: listings added to a known company' : 'additions: already known');
      continue;
    }
    count(report.names, 'additions: new companies');
    companies.push({
      id: listingId(listings[0]!),
      name: a.name,
      hq: a.country,
      sector: a.sector,
      origin: 'additions',
      listings,
      names: [],
      cik: 0,
      lists: [],
      size: CAP_CLASSES.indexOf(a.size),
      capUsd: 0,
    });
  }
  return companies;
}
