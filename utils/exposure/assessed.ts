/**
 * "Not assessed": a company GeoLens knows only as a listing (an SEC ticker row) and that no source put a factor on —
 * not even a jurisdiction, because its country is unknown. Its noisy-OR score would be 0, which reads as an all-clear
 * that nobody gave, so the UIs show "Not assessed" instead of a number. A company a live list flagged carries that
 * restricted-listing factor and is assessed by it.
 */
import type { Factor } from './schema';

/** The band word shown (and exported) in place of a score for a company nobody assessed. */
export const NOT_ASSESSED = 'Not assessed';

/** True when at least one factor (curated, feed, or from a list) is on record for the company. */
export function isAssessed(entity: { factors: readonly Pick<Factor, 'kind'>[] }): boolean {
  return entity.factors.length > 0;
}
