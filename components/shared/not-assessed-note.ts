import { countryName } from '@/utils/exposure/labels';
import type { CardView } from '@/utils/messaging/views';

type NoteView = Pick<CardView, 'sources' | 'screened' | 'screenedOffline' | 'hq'>;

/** The lists a company was checked against: the offline ones of the listed universe, then the live ones turned on. */
function screenedLists(view: NoteView): string[] {
  return [...(view.screenedOffline ?? []), ...(view.screened ?? [])];
}

/**
 * Why there is no score, and what was checked: only the lists the data was actually screened against are named
 * (CardView.screened, screenedOffline), so the sentence never claims a check that did not happen.
 */
export function notAssessedNote(view: NoteView): string {
  const sources = view.sources.join(', ');
  // A listing row (SEC) says nothing of the country; a curated company with no factor has one but nothing else.
  const why = view.hq
    ? `no factor of any kind is on record${sources ? ` in ${sources}` : ''}.`
    : `it is known only from ${sources || 'a listing'}, with no curated assessment or country on record.`;
  const lists = screenedLists(view);
  const checked =
    view.screened === undefined && view.screenedOffline === undefined
      ? ''
      : lists.length
        ? ` Checked and not found on: ${lists.join(', ')}.`
        : ' No live list is turned on: it was checked only against the companies embedded in GeoLens.';
  return `GeoLens has no assessment of this company: ${why}${checked}`;
}

/**
 * A listing-only company that has a score (its country, perhaps a list): what that score rests on, and what it does
 * not — so a low number is not read as a clean bill of health.
 */
export function listingOnlyNote(view: NoteView): string {
  const country = view.hq ? `its country (${countryName(view.hq)})` : '';
  // "OFAC SDN list" → "OFAC SDN": the sentence already says these are lists, and the card is narrow.
  const lists = screenedLists(view).map((l) => l.replace(/ list$/, ''));
  const listed = lists.length
    ? `${lists.length} official ${lists.length === 1 ? 'list' : 'lists'} (${lists.join(', ')})`
    : '';
  const checked = [country, listed].filter(Boolean).join(' and ');
  return `Listing data only: GeoLens checked ${checked || 'nothing beyond the listing'}. No analyst has assessed its revenue, supply chain or state ties.`;
}
