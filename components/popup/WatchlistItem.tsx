import { useState } from 'preact/hooks';
import { FactorItem } from '@/components/shared/FactorItem';
import { FACTOR_KIND_LABELS } from '@/utils/exposure/labels';
import { sendMessage } from '@/utils/messaging/protocol';
import type { CardView, WatchlistRow } from '@/utils/messaging/views';
import { listingOnlyNote, notAssessedNote } from '../shared/not-assessed-note';
import { ScoreBadge } from '../shared/ScoreBadge';
import { Delta } from './Delta';
import { Sparkline } from './Sparkline';
import { changeSinceAdded } from './sort-rows';

interface Props {
  row: WatchlistRow;
  onRemove(row: WatchlistRow, viaKeyboard: boolean): void;
  busy: boolean;
}

type Details =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'ready'; view: CardView | null }
  | { status: 'error'; message: string };

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** One watched company: a summary line that expands to the factors and evidence behind its score. */
export function WatchlistItem({ row, onRemove, busy }: Props) {
  const [details, setDetails] = useState<Details>({ status: 'closed' });
  const open = details.status !== 'closed';
  const panelId = `details-${row.entityId}`;

  const toggle = async () => {
    if (open) {
      setDetails({ status: 'closed' });
      return;
    }
    if (!row.known) {
      setDetails({ status: 'ready', view: null });
      return;
    }
    setDetails({ status: 'loading' });
    try {
      setDetails({ status: 'ready', view: await sendMessage('lookupEntity', { entityId: row.entityId }) });
    } catch (err) {
      setDetails({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <li class={open ? 'row open' : 'row'} data-entity={row.entityId}>
      <div class="row-main">
        <button
          type="button"
          class="expand"
          aria-expanded={open}
          aria-controls={panelId}
          title={open ? 'Hide the factors' : 'Show the factors and evidence'}
          onClick={() => void toggle()}
        >
          <span class="chevron" aria-hidden="true" />
          <span class="who">
            <span class="name" title={row.name}>
              {row.shortName}
            </span>
            <span class="sub">
              <span class="ticker">{row.ticker ?? 'Private'}</span>
              {row.ticker && row.exchange && <span class="exch"> · {row.exchange}</span>}
            </span>
          </span>
        </button>
        <Sparkline values={row.known ? row.history : []} />
        <Delta value={row.known ? changeSinceAdded(row) : undefined} since="since added" />
        <Delta value={row.known ? row.changeSincePrevious : undefined} since="since the previous refresh" />
        {row.known && row.score !== undefined && row.band ? (
          <ScoreBadge score={row.score} band={row.band} assessed={row.assessed !== false} />
        ) : (
          <span class="score-pill unknown" title="Not in the current data">
            <span class="score-num">–</span>
            <span class="score-band">No data</span>
          </span>
        )}
        <button
          type="button"
          class="remove"
          aria-label={`Remove ${row.shortName} from the watchlist`}
          title="Remove"
          disabled={busy}
          // A click from the keyboard (Enter, Space) has no pointer position: detail is 0.
          onClick={(e) => onRemove(row, e.detail === 0)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      {open && (
        <div class="row-details" id={panelId}>
          {details.status === 'loading' && <p class="muted">Loading the factors…</p>}
          {details.status === 'error' && (
            <p class="error" role="alert">
              Could not load {row.shortName}: {details.message}
            </p>
          )}
          {details.status === 'ready' && !details.view && (
            <p class="muted">
              {row.shortName} is not in the current data (a source may be off, or the company left the dataset). It
              stays in your watchlist so you can export or remove it.
            </p>
          )}
          {details.status === 'ready' && details.view && <Factors view={details.view} row={row} />}
        </div>
      )}
    </li>
  );
}

/** A stored date is repaired on read; this never throws even if one is not (RangeError beyond ±8.64e15 ms). */
export function formatAdded(ms: number): string {
  return Number.isNaN(new Date(ms).getTime()) ? 'on an unknown date' : dateFormat.format(ms);
}

function Factors({ view, row }: { view: CardView; row: WatchlistRow }) {
  return (
    <>
      <p class="meta">
        Added {formatAdded(row.addedAt)} at {row.scoreAtAdd} · data as of {view.asOf}
      </p>
      {!view.assessed ? (
        <p class="muted">{notAssessedNote(view)}</p>
      ) : view.risks.length === 0 ? (
        <p class="muted">No risk factors on record.</p>
      ) : (
        <ul class="factors" aria-label={`Risk factors of ${row.shortName}`}>
          {view.risks.map((f, i) => (
            <FactorItem key={`r${i}`} factor={f} label={FACTOR_KIND_LABELS[f.kind]} />
          ))}
        </ul>
      )}
      {view.assessed && view.coverage === 'listing' && <p class="muted">{listingOnlyNote(view)}</p>}
      {view.tailwinds.length > 0 && (
        <>
          <h4 class="tail-h">Tailwinds (not subtracted from the score)</h4>
          <ul class="factors" aria-label={`Tailwinds of ${row.shortName}`}>
            {view.tailwinds.map((f, i) => (
              <FactorItem key={`t${i}`} factor={f} label={FACTOR_KIND_LABELS[f.kind]} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
