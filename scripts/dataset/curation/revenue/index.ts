/** The revenue curation's parts joined (./types.ts): factors by id, companies promoted from the universe, undisclosed. */
import type { Factor } from '../../../../utils/exposure/schema';
import type { Curated } from '../dsl';
import { REVENUE_ASIA_PACIFIC } from './asia-pacific';
import { REVENUE_EUROPE_AMERICAS } from './europe-americas';
import { REVENUE_MORE_TARGETS } from './more-targets';
import type { RevenuePart, Undisclosed } from './types';
import { REVENUE_US_CONSUMER_INDUSTRIAL } from './us-consumer-industrial';
import { REVENUE_US_FINANCE_HEALTH_ENERGY } from './us-finance-health-energy';
import { REVENUE_US_TECH } from './us-tech';

const PARTS: readonly RevenuePart[] = [
  REVENUE_US_TECH,
  REVENUE_US_CONSUMER_INDUSTRIAL,
  REVENUE_US_FINANCE_HEALTH_ENERGY,
  REVENUE_EUROPE_AMERICAS,
  REVENUE_ASIA_PACIFIC,
  REVENUE_MORE_TARGETS,
];

/** Joins records, failing on an id that two parts both write (each target belongs to one part). */
function joinRecords<T>(what: string, records: readonly Record<string, T>[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const r of records)
    for (const [id, v] of Object.entries(r)) {
      if (id in out) throw new Error(`revenue curation: "${id}" appears in two parts (${what})`);
      out[id] = v;
    }
  return out;
}

export const REVENUE_EXPOSURE: Readonly<Record<string, Factor[]>> = joinRecords(
  'exposure',
  PARTS.map((p) => p.exposure),
);
export const REVENUE_PROMOTED: readonly Curated[] = PARTS.flatMap((p) => p.promoted);
export const REVENUE_UNDISCLOSED: Readonly<Record<string, Undisclosed>> = joinRecords(
  'undisclosed',
  PARTS.map((p) => p.undisclosed),
);
