import { TIER_LABELS } from '@/utils/detect/types';
import type { Theme } from '@/utils/dom/theme';
import type { CardView } from '@/utils/messaging/views';
import { CardHead } from './CardHead';
import { Checklist } from './Checklist';
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
  /** Keys of the rows whose details are open (checklist rows, tailwinds). */
  expanded?: ReadonlySet<string>;
  /** Opens or closes a row's details. */
  onToggle?(key: string): void;
}

/**
 * The hover card. All data is rendered as text through JSX; nothing from the dataset is parsed as HTML.
 *
 * Three rows: the tools (pin, close) and the footer (watchlist) never scroll; the body between them (head, "In this
 * article", checklist) scrolls only when the page leaves the card less room than it needs (docs/architecture.md,
 * "The hover card").
 */
export function HoverCard(props: Props) {
  const { state, onToggleWatchlist, onClose, onPin, pinned, busy } = props;
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
      <div class="body">
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
        {state.kind === 'ready' && <Body {...props} view={state.view} />}
      </div>
      {state.kind === 'ready' && (
        <footer class="foot">
          <span class="as-of">Data as of {state.view.asOf}</span>
          {/* No text inside: the label is CSS generated content (card.css), which window.find() cannot search, so a
              page cannot learn from the open card whether the user watches this company (ADR 0007). The accessible
              name is the same words, as aria-label, which window.find does not search either. */}
          <button
            type="button"
            class={state.view.inWatchlist ? 'watch on' : 'watch'}
            aria-label={state.view.inWatchlist ? 'Remove from watchlist' : 'Add to watchlist'}
            disabled={busy}
            onClick={trusted(() => onToggleWatchlist(state.view))}
          />
        </footer>
      )}
    </div>
  );
}

function Body({ view, signals, onShowSignal, expanded, onToggle }: Props & { view: CardView }) {
  const open = expanded ?? NONE;
  const toggle = onToggle ?? (() => undefined);
  return (
    <>
      <CardHead view={view} expanded={open} onToggle={toggle} />
      {signals && signals.length > 0 && onShowSignal && <InArticle items={signals} onShow={onShowSignal} />}
      <Checklist view={view} expanded={open} onToggle={toggle} />
      <p class="meta">
        {view.tier ? `Matched as ${TIER_LABELS[view.tier]} · ` : ''}
        Sources: {view.sources.join(', ')}
      </p>
    </>
  );
}

const NONE: ReadonlySet<string> = new Set();
