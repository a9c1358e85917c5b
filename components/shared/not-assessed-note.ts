import type { CardView } from '@/utils/messaging/views';

/**
 * Why there is no score, and what was checked: only the lists the data was actually screened against are named
 * (CardView.screened), so the sentence never claims a check that did not happen.
 */
export function notAssessedNote(view: Pick<CardView, 'sources' | 'screened' | 'hq'>): string {
  const sources = view.sources.join(', ');
  // A listing row (SEC) says nothing of the country; a curated company with no factor has one but nothing else.
  const why = view.hq
    ? `no factor of any kind is on record${sources ? ` in ${sources}` : ''}.`
    : `it is known only from ${sources || 'a listing'}, with no curated assessment or country on record.`;
  const checked =
    view.screened === undefined
      ? ''
      : view.screened.length
        ? ` Checked and not found on: ${view.screened.join(', ')}.`
        : ' No live list is turned on: it was checked only against the companies embedded in GeoLens.';
  return `GeoLens has no assessment of this company: ${why}${checked}`;
}
