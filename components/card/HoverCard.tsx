import { TIER_LABELS } from '@/utils/detect/types';
import type { Theme } from '@/utils/dom/theme';
import { countryName, FACTOR_KIND_LABELS } from '@/utils/exposure/labels';
import type { CardView } from '@/utils/messaging/views';
import { FactorItem } from '../shared/FactorItem';
import { listingOnlyNote, notAssessedNote } from '../shared/not-assessed-note';
import { ScoreBadge } from '../shared/ScoreBadge';
import { InArticle } from './InArticle';
import type { SignalItem } from './in-article';
import { trusted } from './keys';

export type CardState = { theme: Theme } & (
  | { kind: 'loading'; label: string }
  | { kind: 'ready'; view: CardView }
  | { kind: 'unknown'; label: string }
  | { kind: 'error'; label: string; message: string }
);

interface Props {
  state: CardState;
  onToggleWatchlist(view: CardView): void;
  onClose(): void;
  onPin(): void;
  pinned?: boolean;
  busy?: boolean;
  /** The page's sentences about this company ("In this article"), when any were found. */
  signals?: readonly SignalItem[] | undefined;
  /** Scroll the page to a sentence of "In this article". */
  onShowSignal?(id: string): void;
}

/** The hover card. All data is rendered as text through JSX; nothing from the dataset is parsed as HTML. */
/**
 * The head shows the home and main listings; secondary lines (an OTC receipt, a Xetra copy line) only add noise at a
 * glance, so they are counted and named on hover.
 */
const SHOWN_LISTINGS = 3;

function MoreListings({ listings }: { listings: CardView['listings'] }) {
  const names = listings.map((l) => `${l.ticker} ${l.exchange}`).join(', ');
  return (
    <span class="listing more" title={names}>
      <span aria-hidden="true">+{listings.length}</span>
      <span class="hidden-text">{`${listings.length} more: ${names}`}</span>
    </span>
  );
}

export function HoverCard({ state, onToggleWatchlist, onClose, onPin, pinned, busy, signals, onShowSignal }: Props) {
  const title = state.kind === 'ready' ? state.view.name : state.label;
  return (
    <div
      class={`card theme-${state.theme}`}
      role="dialog"
      aria-label={`GeoLens exposure card: ${title}`}
      data-entity={state.kind === 'ready' ? state.view.entityId : undefined}
    >
      <div class="tools">
        <button
          type="button"
          class={pinned ? 'pin on' : 'pin'}
          aria-pressed={pinned}
          aria-label={pinned ? 'Pinned: stays open until closed' : 'Pin: keep this card open'}
          title={pinned ? 'Pinned' : 'Keep open'}
          onClick={trusted(onPin)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M5.5 1.5h5l-.6 4.2 2.1 2.3v1.2H4V8l2.1-2.3zM8 9.2v5.3" />
          </svg>
        </button>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={trusted(onClose)}>
          ×
        </button>
      </div>
      {state.kind === 'loading' && <p class="muted">Loading {state.label}…</p>}
      {state.kind === 'unknown' && (
        <p class="muted">
          <strong>{state.label}</strong>: no exposure data in the active sources.
        </p>
      )}
      {state.kind === 'error' && (
        <p class="muted">
          <strong>{state.label}</strong>: GeoLens could not load this company ({state.message}).
        </p>
      )}
      {state.kind === 'ready' && (
        <Body
          view={state.view}
          busy={busy}
          onToggleWatchlist={onToggleWatchlist}
          signals={signals}
          onShowSignal={onShowSignal}
        />
      )}
    </div>
  );
}

function Body({
  view,
  busy,
  onToggleWatchlist,
  signals,
  onShowSignal,
}: {
  view: CardView;
  busy?: boolean | undefined;
  onToggleWatchlist(v: CardView): void;
  signals?: readonly SignalItem[] | undefined;
  onShowSignal?: ((id: string) => void) | undefined;
}) {
  const where = [
    view.hq ? `HQ ${countryName(view.hq)}` : '',
    view.incorporated && view.incorporated !== view.hq ? `incorporated ${countryName(view.incorporated)}` : '',
    view.sector ?? '',
  ].filter(Boolean);
  return (
    <>
      <header class="head">
        <div class="ident">
          <h2 class="name">{view.name}</h2>
          <p class="listings">
            {view.listings.length === 0
              ? 'Private company'
              : view.listings.slice(0, SHOWN_LISTINGS).map((l) => (
                  <span class="listing" key={`${l.exchange}:${l.ticker}`}>
                    {l.ticker} <span class="exch">{l.exchange}</span>
                  </span>
                ))}
            {view.listings.length > SHOWN_LISTINGS && <MoreListings listings={view.listings.slice(SHOWN_LISTINGS)} />}
          </p>
          <p class="where">{where.join(' · ')}</p>
        </div>
        <ScoreBadge score={view.score} band={view.band} assessed={view.assessed} variant="ring" />
      </header>

      {signals && signals.length > 0 && onShowSignal && <InArticle items={signals} onShow={onShowSignal} />}

      <section class="factors" aria-label="Risk factors">
        <h3>{view.assessed ? 'How the score is built' : 'What was checked'}</h3>
        {!view.assessed ? (
          <p class="not-assessed-note">{notAssessedNote(view)}</p>
        ) : view.risks.length === 0 ? (
          <p class="muted">No risk factors on record.</p>
        ) : (
          <ul>
            {view.risks.map((f, i) => (
              <FactorItem key={`r${i}`} factor={f} label={FACTOR_KIND_LABELS[f.kind]} />
            ))}
          </ul>
        )}
        {view.assessed && view.coverage === 'listing' && <p class="listing-only-note">{listingOnlyNote(view)}</p>}
      </section>

      {view.tailwinds.length > 0 && (
        <section class="factors tailwinds" aria-label="Tailwinds">
          <h3>Tailwinds (not subtracted from the score)</h3>
          <ul>
            {view.tailwinds.map((f, i) => (
              <FactorItem key={`t${i}`} factor={f} label={FACTOR_KIND_LABELS[f.kind]} />
            ))}
          </ul>
        </section>
      )}

      <footer class="foot">
        <span class="meta">
          {view.tier ? `Matched as ${TIER_LABELS[view.tier]} · ` : ''}
          Data as of {view.asOf} · {view.sources.join(', ')}
        </span>
        {/* No text inside: the label is CSS generated content (card.css), which window.find() cannot search, so a
            page cannot learn from the open card whether the user watches this company (ADR 0007). The accessible
            name is the same words, as aria-label, which window.find does not search either. */}
        <button
          type="button"
          class={view.inWatchlist ? 'watch on' : 'watch'}
          aria-label={view.inWatchlist ? 'Remove from watchlist' : 'Add to watchlist'}
          disabled={busy}
          onClick={trusted(() => onToggleWatchlist(view))}
        />
      </footer>
    </>
  );
}
