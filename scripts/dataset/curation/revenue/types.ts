/**
 * One part of the revenue curation (issue 14): the filings of some of the 150 revenue targets
 * (scripts/dataset/revenue-targets.ts), read and written down. Parts are split by region and industry so that
 * curators work side by side; ./index.ts joins them.
 */
import type { Evidence, Factor } from '../../../../utils/exposure/schema';
import type { Curated } from '../dsl';

/** A filing that was read and discloses no revenue share for a region the revenue rule covers. */
export interface Undisclosed {
  /** The fiscal year of the filing that was read, as the company names it (`FY2025`). */
  fiscalYear: string;
  /** What the filing does disclose, in our words ("United States 92%; no country outside it is 10% of revenue"). */
  note: string;
  evidence: Evidence[];
}

export interface RevenuePart {
  /** Factors to add (revenue, and trade or other factors read in the same filing), by curated id. */
  exposure: Record<string, Factor[]>;
  /**
   * Companies of the listed universe curated here for the first time. Each keeps its universe id (`sec-<cik>`,
   * `x-<market>-<symbol>`) so that watchlist entries made while it was listing-only stay valid.
   */
  promoted: Curated[];
  /** Targets whose latest filing was read and shows no covered region, by id. */
  undisclosed: Record<string, Undisclosed>;
}

export const emptyPart = (): RevenuePart => ({ exposure: {}, promoted: [], undisclosed: {} });
