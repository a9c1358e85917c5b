import { useState } from 'preact/hooks';
import type { PageSummary } from '@/utils/messaging/views';
import { ScoreBadge } from '../shared/ScoreBadge';
import type { Shortcut } from '../shared/shortcuts';
import type { AsyncState } from '../shared/use-async';
import type { ActiveSite } from './active-tab';
import { KeyboardHint } from './KeyboardHint';

interface Props {
  site: ActiveSite;
  state: AsyncState<PageSummary>;
  watched: ReadonlySet<string>;
  /** Companies with sentences about them on the page ("In this article"), and how many; absent when none. */
  signalCounts?: Readonly<Record<string, number>>;
  onAdd(entityId: string, name: string): Promise<void>;
  /** The configured keyboard shortcuts, to say how to step through these companies on the page. */
  shortcuts?: readonly Shortcut[] | undefined;
}

/** Shown before "Show all": enough to see what the page is about without pushing the watchlist away. */
const FIRST = 6;

/** The companies the current tab mentions, highest exposure first, each addable to the watchlist. */
export function OnThisPage({ site, state, watched, signalCounts = {}, onAdd, shortcuts }: Props) {
  const [all, setAll] = useState(false);
  const [adding, setAdding] = useState<string>();
  const entities = state.status === 'ready' ? state.value.entities : [];
  const shown = all ? entities : entities.slice(0, FIRST);

  let message: string | undefined;
  if (site.kind === 'none') message = 'Open a news article to see the companies it mentions here.';
  else if (site.kind === 'unsupported')
    message = `GeoLens does not run on ${site.host}. Add the site in Options → Sites.`;
  else if (site.kind === 'off') message = `GeoLens is off on ${site.host}. Turn it on above to see the companies here.`;
  else if (state.status === 'loading') message = 'Looking at the page…';
  else if (state.status === 'error') message = `Could not read this page’s companies: ${state.error}`;
  else if (entities.length === 0) message = 'No companies found on this page (yet: long pages are read as you scroll).';

  return (
    <section class="section" aria-labelledby="page-h">
      <div class="section-head">
        <h2 id="page-h">On this page{entities.length > 0 && <span class="count"> {entities.length}</span>}</h2>
      </div>
      {message ? (
        <p class="muted state">{message}</p>
      ) : (
        <>
          <ul class="page-list" aria-label="Companies on this page">
            {shown.map((e) => {
              const isWatched = watched.has(e.entityId);
              return (
                <li key={e.entityId} class="page-row" data-entity={e.entityId}>
                  <span class="who">
                    <span class="name" title={e.name}>
                      {e.shortName}
                    </span>
                    <span class="ticker">{e.ticker ?? 'Private'}</span>
                    <SignalsNote count={Object.hasOwn(signalCounts, e.entityId) ? signalCounts[e.entityId] : 0} />
                  </span>
                  <ScoreBadge score={e.score} band={e.band} assessed={e.assessed !== false} />
                  {isWatched ? (
                    <span class="watching" title="Already in your watchlist">
                      Watching
                    </span>
                  ) : (
                    <button
                      type="button"
                      class="button small add"
                      disabled={adding === e.entityId}
                      aria-label={`Add ${e.shortName} to the watchlist`}
                      onClick={async () => {
                        setAdding(e.entityId);
                        try {
                          await onAdd(e.entityId, e.shortName);
                        } catch {
                          // The popup shows the error above the watchlist.
                        } finally {
                          setAdding(undefined);
                        }
                      }}
                    >
                      Add
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {entities.length > FIRST && (
            <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${entities.length}`}
            </button>
          )}
          <KeyboardHint shortcuts={shortcuts} />
        </>
      )}
    </section>
  );
}

/** Marks a company the page itself ties to state power: the number of its "In this article" sentences. */
export function SignalsNote({ count }: { count: number | undefined }) {
  if (!count || count < 1) return null;
  const label = `In this article: ${count} ${count === 1 ? 'sentence' : 'sentences'} (see its card)`;
  return (
    <span class="signals-note" title={label} data-count={count}>
      <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
        <path d="M2 3h12M2 6.5h12M2 10h8M2 13.5h5" />
      </svg>
      <span aria-hidden="true">{count}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
