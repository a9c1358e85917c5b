import { countryName, STATUS_LABELS } from '@/utils/exposure/labels';
import type { CardView, FactorView } from '@/utils/messaging/views';
import { FactorItem } from '../shared/FactorItem';
import { ScoreBadge } from '../shared/ScoreBadge';
import { trusted } from './keys';

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

/** The head's one line: the dataset's takeaway; listing-only companies have none, so it says what the data is. */
function takeawayOf(view: CardView): string | undefined {
  if (view.takeaway) return view.takeaway;
  if (view.assessed && view.coverage === 'listing') return 'Listing data only: no analyst has reviewed this company';
  return undefined;
}

/**
 * A tailwind in the head ("shown beside the score", README): two lines of its summary after its label, the whole of it
 * and the evidence on demand. It is never subtracted from the score, which the open view and the name say.
 */
function Tailwind({ factor, open, onToggle }: { factor: FactorView; open: boolean; onToggle(): void }) {
  return (
    <div class="head-tailwind">
      <button type="button" class="tailwind-row" aria-expanded={open} onClick={trusted(onToggle)}>
        <span class={open ? 'tailwind-summary open' : 'tailwind-summary'}>
          <span class="tailwind-word">Tailwind</span>
          <span class={`chip status-${factor.status}`}>{STATUS_LABELS[factor.status]}</span>
          {open ? 'not subtracted from the score' : <span class="hidden-text">, not subtracted from the score: </span>}
          {!open && factor.summary}
        </span>
      </button>
      {open && (
        <ul class="check-details">
          <FactorItem factor={factor} compact />
        </ul>
      )}
    </div>
  );
}

interface Props {
  view: CardView;
  expanded: ReadonlySet<string>;
  onToggle(key: string): void;
}

/** Name, listings, score and band, the takeaway and the tailwinds: the card's answer at a glance. */
export function CardHead({ view, expanded, onToggle }: Props) {
  const where = [
    view.hq ? `HQ ${countryName(view.hq)}` : '',
    view.incorporated && view.incorporated !== view.hq ? `incorporated ${countryName(view.incorporated)}` : '',
    view.sector ?? '',
  ].filter(Boolean);
  const takeaway = takeawayOf(view);
  return (
    <header class="head">
      <div class="head-top">
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
          {where.length > 0 && <p class="where">{where.join(' · ')}</p>}
        </div>
        <ScoreBadge score={view.score} band={view.band} assessed={view.assessed} variant="ring" />
      </div>
      {takeaway && <p class="takeaway">{takeaway}</p>}
      {view.tailwinds.map((f, i) => (
        <Tailwind
          key={`tw${i}`}
          factor={f}
          open={expanded.has(`tailwind:${i}`)}
          onToggle={() => onToggle(`tailwind:${i}`)}
        />
      ))}
    </header>
  );
}
