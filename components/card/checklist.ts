/**
 * The card's checklist, after NewsGuard's nutrition label: every criterion GeoLens checks, each found, not found or
 * not assessed, so that a short list of factors is not read as "nothing else was looked at". Pure, so the rules are
 * unit-tested over the whole dataset (test/unit/card/checklist.test.ts).
 */
import type { FactorKind, FactorStatus } from '@/utils/exposure/kinds';
import type { CardView, FactorView } from '@/utils/messaging/views';

/** The risk criteria, in the order the card lists them (each is one factor kind; tailwinds are shown in the head). */
export const CRITERIA: readonly { kind: FactorKind; label: string }[] = [
  { kind: 'restricted-listing', label: 'Restricted lists' },
  { kind: 'jurisdiction', label: 'Jurisdiction' },
  { kind: 'revenue-exposure', label: 'Revenue' },
  { kind: 'supply-chain', label: 'Supply chain' },
  { kind: 'state-military-ties', label: 'State / military ties' },
  { kind: 'regulatory-action', label: 'Regulatory action' },
  { kind: 'trade-exposure', label: 'Trade' },
];

/**
 * - `found`: at least one risk factor of this kind is on record.
 * - `not-found`: the data speaks to this criterion and holds nothing (a curated company; lists that were screened).
 * - `not-assessed`: nobody looked (a company known only as a listing: no analyst read its revenue or supply chain).
 */
export type CheckResult = 'found' | 'not-found' | 'not-assessed';

export interface Check {
  kind: FactorKind;
  label: string;
  result: CheckResult;
  /** The risk factors of this kind, largest contribution first. */
  factors: FactorView[];
  /** Whole points of the score from this criterion: the factors' shown points, so the checks add up to the score. */
  points: number;
  /** The best-established status among the factors (confirmed, then proposed, then alleged); absent when none. */
  status?: FactorStatus;
}

type ChecklistView = Pick<CardView, 'assessed' | 'coverage' | 'hq' | 'screened' | 'screenedOffline' | 'risks'>;

const STATUS_ORDER: readonly FactorStatus[] = ['confirmed', 'proposed', 'alleged'];

/** Whether the data speaks to a criterion at all, when no factor of its kind is on record. */
function checked(view: ChecklistView, kind: FactorKind): boolean {
  // Lists count as checked only when some list was actually screened (the offline universe lists or a live one).
  const screened = (view.screenedOffline?.length ?? 0) + (view.screened?.length ?? 0) > 0;
  // A curated company was reviewed by the dataset's curators as a whole, and its list entries are checked against the
  // official files (truth tests): a criterion with nothing on record reads "none on record", not "not assessed".
  if (view.assessed && view.coverage !== 'listing') return true;
  if (kind === 'restricted-listing') return screened;
  // Listing data gives the country and nothing else; with no factor at all, not even the country was scored.
  if (kind === 'jurisdiction') return view.assessed && !!view.hq;
  return false;
}

/** The checklist of one card: every criterion of {@link CRITERIA}, in order. */
export function checklistOf(view: ChecklistView): Check[] {
  return CRITERIA.map(({ kind, label }) => {
    const factors = view.risks.filter((f) => f.kind === kind);
    if (factors.length === 0)
      return { kind, label, result: checked(view, kind) ? 'not-found' : 'not-assessed', factors, points: 0 };
    const status = STATUS_ORDER.find((s) => factors.some((f) => f.status === s));
    return {
      kind,
      label,
      result: 'found',
      factors,
      // Points are tenths; summing in tenths keeps float noise (4.3 + 2.1) out of the figure shown.
      points: factors.reduce((sum, f) => sum + Math.round(f.points * 10), 0) / 10,
      ...(status ? { status } : {}),
    };
  });
}
