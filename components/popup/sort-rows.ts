import type { WatchlistRow } from '@/utils/messaging/views';
import type { WatchlistSort } from '@/utils/storage';

export const SORT_LABELS: Readonly<Record<WatchlistSort, string>> = {
  score: 'Score',
  name: 'Name',
  change: 'Change',
  added: 'Date added',
};

/** The change since the company was added; `undefined` when it has no score now. */
export function changeSinceAdded(row: WatchlistRow): number | undefined {
  return row.score === undefined ? undefined : row.score - row.scoreAtAdd;
}

/**
 * The popup's orders: highest score, A→Z, largest rise since added, newest first. Companies without a score (not
 * in the current data) always come last; by score, companies not assessed (known only as a listing) come after every
 * scored one; ties fall back to the name.
 */
export function sortRows(rows: readonly WatchlistRow[], sort: WatchlistSort): WatchlistRow[] {
  const byName = (a: WatchlistRow, b: WatchlistRow) => a.shortName.localeCompare(b.shortName);
  const scored = (a: WatchlistRow, b: WatchlistRow) => Number(b.known) - Number(a.known);
  const assessed = (a: WatchlistRow, b: WatchlistRow) => Number(b.assessed !== false) - Number(a.assessed !== false);
  const order: Record<WatchlistSort, (a: WatchlistRow, b: WatchlistRow) => number> = {
    score: (a, b) => scored(a, b) || assessed(a, b) || (b.score ?? 0) - (a.score ?? 0) || byName(a, b),
    name: byName,
    change: (a, b) => scored(a, b) || (changeSinceAdded(b) ?? 0) - (changeSinceAdded(a) ?? 0) || byName(a, b),
    added: (a, b) => b.addedAt - a.addedAt || byName(a, b),
  };
  return [...rows].sort(order[sort]);
}
