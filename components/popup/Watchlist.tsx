import type { WatchlistRow } from '@/utils/messaging/views';
import { ScoreBadge } from '../shared/ScoreBadge';

interface Props {
  rows: WatchlistRow[];
  onRemove(entityId: string): void;
}

/** The watchlist, highest exposure first (the background sorts it). */
export function Watchlist({ rows, onRemove }: Props) {
  if (rows.length === 0) {
    return (
      <div class="empty">
        <p>
          <strong>Your watchlist is empty.</strong>
        </p>
        <p class="muted">
          On a news page, rest the pointer on an underlined company or ticker (or Tab to it), then choose “Add to
          watchlist” on its card.
        </p>
      </div>
    );
  }
  return (
    <ul class="watchlist" aria-label="Watchlist">
      {rows.map((row) => {
        const delta = row.score - row.scoreAtAdd;
        return (
          <li key={row.entityId} class="row" data-entity={row.entityId}>
            <div class="who">
              <span class="name" title={row.name}>
                {row.shortName}
              </span>
              <span class="ticker">{row.ticker ?? 'Private'}</span>
            </div>
            {delta !== 0 && (
              <span class={delta > 0 ? 'delta up' : 'delta down'} title="Change since you added it">
                {delta > 0 ? `▲${delta}` : `▼${-delta}`}
              </span>
            )}
            <ScoreBadge score={row.score} band={row.band} />
            <button
              type="button"
              class="remove"
              aria-label={`Remove ${row.shortName} from watchlist`}
              title="Remove"
              onClick={() => onRemove(row.entityId)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
