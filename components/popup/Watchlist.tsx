import type { WatchlistRow } from '@/utils/messaging/views';
import { WATCHLIST_SORTS, type WatchlistSort } from '@/utils/storage';
import type { Shortcut } from '../shared/shortcuts';
import type { AsyncState } from '../shared/use-async';
import { KeyboardHint } from './KeyboardHint';
import { SORT_LABELS, sortRows } from './sort-rows';
import { WatchlistItem } from './WatchlistItem';

interface Props {
  state: AsyncState<WatchlistRow[]>;
  sort: WatchlistSort;
  onSort(sort: WatchlistSort): void;
  /** `viaKeyboard`: the remove button was pressed from the keyboard (focus then moves to "Undo"). */
  onRemove(row: WatchlistRow, viaKeyboard: boolean): void;
  onRetry(): void;
  busy: ReadonlySet<string>;
  /** The configured keyboard shortcuts, for the empty state's instructions. */
  shortcuts?: readonly Shortcut[] | undefined;
}

/** The watchlist section: its heading with the sort, and the rows (or a designed loading, error or empty state). */
export function Watchlist({ state, sort, onSort, onRemove, onRetry, busy, shortcuts }: Props) {
  const rows = state.status === 'ready' ? state.value : undefined;
  return (
    <section class="section" aria-labelledby="watchlist-h">
      <div class="section-head">
        <h2 id="watchlist-h" tabIndex={-1}>
          Watchlist{rows && rows.length > 0 && <span class="count"> {rows.length}</span>}
        </h2>
        {rows && rows.length > 1 && (
          <label class="sort">
            <span>Sort</span>
            <select
              value={sort}
              onChange={(e) => onSort((e.currentTarget as HTMLSelectElement).value as WatchlistSort)}
            >
              {WATCHLIST_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {state.status === 'loading' && (
        <ul class="watchlist skeleton" aria-busy="true" aria-label="Loading your watchlist">
          {[0, 1, 2].map((i) => (
            <li key={i} class="row">
              <span class="skel wide" />
              <span class="skel" />
            </li>
          ))}
        </ul>
      )}
      {state.status === 'error' && (
        <div class="state error" role="alert">
          <p>
            <strong>Could not load the watchlist.</strong> {state.error}
          </p>
          <button type="button" class="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {rows && rows.length === 0 && (
        <div class="empty">
          <p>
            <strong>Your watchlist is empty.</strong>
          </p>
          <p class="muted">
            Search above by ticker or name, or on a news page rest the pointer on a marked company name, then choose
            “Add to watchlist” on its card.
          </p>
          <KeyboardHint shortcuts={shortcuts} />
        </div>
      )}
      {rows && rows.length > 0 && (
        <div class="list-head" aria-hidden="true">
          <span>Company</span>
          <span>Trend</span>
          <span title="Change since you added it">
            Since
            <br />
            added
          </span>
          <span title="Change since the scores were last recomputed (a data refresh, or new weights)">
            Since
            <br />
            refresh
          </span>
          <span>Score</span>
        </div>
      )}
      {rows && rows.length > 0 && (
        <ul class="watchlist" aria-label="Watchlist">
          {sortRows(rows, sort).map((row) => (
            <WatchlistItem key={row.entityId} row={row} onRemove={onRemove} busy={busy.has(row.entityId)} />
          ))}
        </ul>
      )}
    </section>
  );
}
