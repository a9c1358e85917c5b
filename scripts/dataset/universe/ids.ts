/** Company ids: `sec-<cik>` for an SEC registrant (as the SEC live source makes them), else from the home listing. */
import type { DraftListing } from './model';

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `x-tyo-7203`, `x-euronext-paris-mc`, `x-lse-shel`. */
export function listingId(home: DraftListing): string {
  return `x-${slug(home.market)}-${slug(home.symbol)}`;
}

export function secId(cik: number): string {
  return `sec-${cik}`;
}
