/**
 * Revenue and trade exposure, added to companies curated elsewhere by id (issue 14). Kept in its own file so that
 * the other curation files stay owned by their editors; `withExposure` merges these factors into those entities.
 *
 * - Revenue: the latest fiscal year's share by region as the company discloses it in its 10-K, 20-F or annual report.
 *   The severity written here is a placeholder: the build sets it by the revenue rule (utils/exposure/revenue-rule.ts).
 * - Trade: tariffs, retaliation, de minimis and export bans on inputs that act on the company, citing the official
 *   act (USTR, Federal Register, MOFCOM, EU Official Journal, CBP) or the company's own filing.
 */
import type { Evidence, Factor, FactorStatus } from '../../../utils/exposure/schema';
import { type Curated, ev, revenue, risk } from './dsl';

const SEC = 'U.S. Securities and Exchange Commission (EDGAR)';

/** An annual report filed with the SEC: the filing's own URL on sec.gov and its filing date. */
const filing = (company: string, form: string, period: string, url: string, filed: string): Evidence =>
  ev(`${company}: annual report on Form ${form} (${period})`, SEC, url, filed);

const trade = (
  severity: number,
  summary: string,
  evidence: Evidence[],
  status: FactorStatus = 'confirmed',
  since?: string,
) => risk('trade-exposure', severity, summary, evidence, { status, ...(since ? { since } : {}) });

// ── Citations, each written once ──

/** Factors to add, by the id of a company curated elsewhere. */
export const EXPOSURE: Readonly<Record<string, Factor[]>> = {};

/**
 * The curated companies with the factors above added. A revenue factor here is the newer filing, so it replaces the
 * company's older revenue factors; every other factor is appended. An id that names no curated company fails the build.
 */
export function withExposure(exposure: Readonly<Record<string, Factor[]>>, curated: Curated[]): Curated[] {
  const ids = new Set(curated.map((c) => c.id));
  for (const id of Object.keys(exposure)) if (!ids.has(id)) throw new Error(`exposure.ts: no curated company "${id}"`);
  return curated.map((c) => {
    const added = exposure[c.id];
    if (!added?.length) return c;
    const replacesRevenue = added.some((f) => f.kind === 'revenue-exposure');
    const kept = (c.factors ?? []).filter((f) => !(replacesRevenue && f.kind === 'revenue-exposure'));
    return { ...c, factors: [...kept, ...added] };
  });
}
