/**
 * The order of companies in the file: biggest first (Mega, Large, Mid …; a US company's class from its market
 * value, with FinanceDatabase's thresholds), US companies within a class by market value, OTC-only last. When two
 * companies derive the same short name, the bigger one then comes first (the runtime also drops shared names).
 */
import type { DraftCompany } from './model';

export function bySize(companies: readonly DraftCompany[]): DraftCompany[] {
  return companies
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.size - b.c.size || b.c.capUsd - a.c.capUsd || a.i - b.i)
    .map((x) => x.c);
}
