import { countryName, STATUS_LABELS } from '@/utils/exposure/labels';
import { formatPoints } from '@/utils/exposure/score';
import type { CardView } from '@/utils/messaging/views';
import { FactorItem } from '../shared/FactorItem';
import { listingOnlyNote, notAssessedNote } from '../shared/not-assessed-note';
import { type Check, checklistOf } from './checklist';
import { trusted } from './keys';

interface Props {
  view: CardView;
  /** Keys of the rows whose details are open (owned by the card host, so a redraw keeps them). */
  expanded: ReadonlySet<string>;
  onToggle(key: string): void;
}

/** Words beside a criterion with nothing on record: what "nothing" means for this company. */
function emptyWords(check: Check, view: CardView): string {
  if (check.result === 'not-assessed') return 'Not assessed';
  const lists = (view.screenedOffline?.length ?? 0) + (view.screened?.length ?? 0);
  if (check.kind === 'restricted-listing' && view.coverage === 'listing' && lists > 0) {
    return `Not on the ${lists} ${lists === 1 ? 'list' : 'lists'} screened`;
  }
  return 'None on record';
}

/**
 * The criteria GeoLens checks, NewsGuard-style: each found (with its points, which add up to the score), none on
 * record, or not assessed. A found row is a button that shows its factors (summaries and evidence) on demand; the
 * details are rendered only when open, which keeps the collapsed card short and its DOM small.
 */
export function Checklist({ view, expanded, onToggle }: Props) {
  const checks = checklistOf(view);
  return (
    <section class="checks" aria-labelledby="gl-checks-h">
      <h3 id="gl-checks-h">What GeoLens checked</h3>
      <ul>
        {checks.map((c) => {
          const key = `check:${c.kind}`;
          if (c.result !== 'found') {
            return (
              <li key={key} class={`check ${c.result}`}>
                <span class="check-row">
                  <span class="mark" aria-hidden="true" />
                  <span class="check-label">{c.label}</span>
                  <span class="check-meta">{emptyWords(c, view)}</span>
                  <span class="points" />
                  <span class="chev-space" />
                </span>
              </li>
            );
          }
          const open = expanded.has(key);
          const id = `gl-${c.kind}`;
          return (
            <li key={key} class="check found">
              <button
                type="button"
                class="check-row"
                aria-expanded={open}
                aria-controls={open ? id : undefined}
                onClick={trusted(() => onToggle(key))}
              >
                <span class="mark" aria-hidden="true" />
                <span class="check-label">{c.label}</span>
                <span class="check-meta">
                  {c.factors.length > 1 && <span class="count">{c.factors.length} found</span>}
                  {/* A country is a fact, not a finding with a status: its name says more. */}
                  {c.kind === 'jurisdiction' && view.hq ? (
                    <span class="country">{countryName(view.hq)}</span>
                  ) : (
                    c.status && <span class={`chip status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
                  )}
                </span>
                <span class="points">
                  {formatPoints(c.points)}
                  <span class="hidden-text"> points</span>
                </span>
                <span class="chev" aria-hidden="true" />
              </button>
              {open && (
                <ul class="check-details" id={id}>
                  {c.factors.map((f, i) => (
                    <FactorItem key={`${c.kind}${i}`} factor={f} compact />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {!view.assessed && <p class="not-assessed-note">{notAssessedNote(view)}</p>}
      {view.assessed && view.coverage === 'listing' && <p class="listing-only-note">{listingOnlyNote(view)}</p>}
    </section>
  );
}
