/**
 * The builder's working shape of a company, before it becomes a tuple of public/data/universe.json. It keeps what
 * the file does not ship but the build needs: ISINs (consolidation, list resolution) and a size for the order.
 */
import type { RestrictedList } from '../../../utils/exposure/schema';

/** Where a company's listing and country come from: keys of SOURCES (./sources.ts). */
export type OriginKey = 'sec' | 'financedatabase' | 'additions';

export interface DraftListing {
  /** Market id of utils/detect/markets.ts: `TYO`, `EURONEXT PARIS`, `NYSE`. */
  market: string;
  symbol: string;
  isin?: string;
}

export interface DraftCompany {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, or '' when no file says. */
  hq: string;
  sector: string;
  origin: OriginKey;
  /** Home listing first. */
  listings: DraftListing[];
  /** Names news uses besides the legal name (validated short names, aliases). */
  names: string[];
  cik: number;
  lists: ([RestrictedList, string, string] | [RestrictedList, string, string, 1])[];
  /** Size class, 0 = Mega … 5 = Nano, 6 = unknown, 7 = OTC only (see ./order.ts). */
  size: number;
  /** Market value in USD where the Nasdaq screener gives one, else 0. */
  capUsd: number;
}

/** FinanceDatabase's size classes, biggest first; their index is {@link DraftCompany.size}. */
export const CAP_CLASSES = ['Mega Cap', 'Large Cap', 'Mid Cap', 'Small Cap', 'Micro Cap', 'Nano Cap'] as const;
export const UNKNOWN_SIZE = CAP_CLASSES.length;
export const OTC_SIZE = UNKNOWN_SIZE + 1;

/** `MARKET:SYMBOL`, as the file stores a listing. */
export function listingKey(l: Pick<DraftListing, 'market' | 'symbol'>): string {
  return `${l.market}:${l.symbol}`;
}
