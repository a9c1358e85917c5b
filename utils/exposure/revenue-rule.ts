/**
 * The one rule that turns a disclosed revenue share into the severity of a `revenue-exposure` factor
 * (docs/methodology.md, "Revenue exposure"). The dataset build applies it to every revenue factor, so no severity is
 * written by hand; a feed author can apply it the same way.
 *
 *   severity = min(1, multiplier(region) × share), rounded to two decimals
 *
 * The multiplier says how quickly revenue from the region can be lost to a state act:
 * - Russia and Belarus (2.0): sanctions and exits already wiped out Western companies' revenue there in 2022.
 * - China, Hong Kong, Macau, "Greater China" (1.5): export controls, retaliation lists and boycotts act on it today.
 * - Taiwan alone (1.0): the risk is a blockade or conflict, not a policy that acts on the company today.
 * - Iran, North Korea, Venezuela, Syria, Cuba (2.0): comprehensive sanctions.
 */
import type { Factor } from './schema';

export type RevenueRegionClass = 'russia' | 'sanctioned' | 'china' | 'taiwan';

/** Multiplier per region class (published in docs/methodology.md). */
export const REVENUE_MULTIPLIER: Readonly<Record<RevenueRegionClass, number>> = {
  russia: 2,
  sanctioned: 2,
  china: 1.5,
  taiwan: 1,
};

/**
 * Which class a disclosed region belongs to, from the company's own label ("Greater China", "China (including Hong
 * Kong)", "Macao"). Checked in this order, so "Greater China (incl. Taiwan)" counts as China. Throws on a region the
 * rule does not cover, so a new label is classified on purpose rather than scored 0.
 */
export function revenueRegionClass(region: string): RevenueRegionClass {
  const r = region.toLowerCase();
  if (/russia|belarus/.test(r)) return 'russia';
  if (/iran|north korea|venezuela|syria|cuba/.test(r)) return 'sanctioned';
  if (/china|hong kong|macau|macao|prc/.test(r)) return 'china';
  if (/taiwan/.test(r)) return 'taiwan';
  throw new Error(`revenue region "${region}" is not covered by the revenue rule (docs/methodology.md)`);
}

/** Headquarters countries for which a region class is home: that revenue is the company's jurisdiction, not exposure. */
const HOME_OF: Readonly<Record<RevenueRegionClass, readonly string[]>> = {
  china: ['CN', 'HK', 'MO'],
  taiwan: ['TW'],
  russia: ['RU', 'BY'],
  sanctioned: ['IR', 'KP', 'VE', 'SY', 'CU'],
};

/** Whether a disclosed region is the company's home (TSMC's Taiwan revenue): no revenue factor then. */
export function isHomeRegion(region: string, hq: string): boolean {
  return HOME_OF[revenueRegionClass(region)].includes(hq);
}

/** Severity of a revenue share from a region, by the rule above. */
export function revenueSeverity(revenue: { share: number; region: string }): number {
  const raw = Math.min(1, REVENUE_MULTIPLIER[revenueRegionClass(revenue.region)] * revenue.share);
  return Math.round(raw * 100) / 100;
}

/** The factor with its severity set by the rule (a factor of another kind is returned unchanged). */
export function withRuleSeverity(factor: Factor): Factor {
  if (factor.kind !== 'revenue-exposure') return factor;
  if (!factor.revenue) throw new Error(`a revenue-exposure factor needs its revenue share: "${factor.summary}"`);
  return { ...factor, severity: revenueSeverity(factor.revenue) };
}
