/**
 * Schema version 1 (GeoLens 0.1), kept so that feeds published for it still load. Differences from version 2:
 * ownership was two flat fields (`parent`, `stateOwned`), and there were no `ambiguousNames`, `listEntry`, `since`,
 * listing `security`, or source `publisher`/`license`/`methodology`.
 */
import * as z from 'zod/mini';
import type { Dataset, Entity } from './schema';
import {
  countryCode,
  datasetError,
  evidenceSchema,
  FACTOR_KINDS,
  FACTOR_STATUSES,
  httpsUrl,
  isoDate,
  nonEmpty,
  RESTRICTED_LISTS,
  revenueShareSchema,
} from './schema-common';

const factorV1 = z.object({
  kind: z.enum(FACTOR_KINDS),
  severity: z.number().check(z.gte(0), z.lte(1)),
  status: z.enum(FACTOR_STATUSES),
  direction: z.enum(['risk', 'tailwind']),
  summary: nonEmpty,
  list: z.optional(z.enum(RESTRICTED_LISTS)),
  revenue: z.optional(revenueShareSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1, 'every factor needs at least one piece of evidence')),
});

const listingV1 = z.object({
  ticker: nonEmpty,
  exchange: nonEmpty,
  mic: z.optional(z.string()),
  primary: z.optional(z.boolean()),
  isin: z.optional(z.string()),
});

const entityV1 = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug such as "alibaba"')),
  name: nonEmpty,
  aliases: z._default(z.array(nonEmpty), []),
  listings: z._default(z.array(listingV1), []),
  private: z.optional(z.boolean()),
  hq: countryCode,
  incorporated: z.optional(countryCode),
  sector: z.optional(z.string()),
  cik: z.optional(z.number()),
  parent: z.optional(z.string()),
  stateOwned: z.optional(z.boolean()),
  factors: z._default(z.array(factorV1), []),
});

export const datasetSchemaV1 = z.object({
  schemaVersion: z.literal(1),
  asOf: isoDate,
  source: z.object({ name: nonEmpty, url: z.optional(httpsUrl) }),
  entities: z.array(entityV1),
});
export type DatasetV1 = z.infer<typeof datasetSchemaV1>;

export function parseV1(input: unknown): DatasetV1 {
  const result = datasetSchemaV1.safeParse(input);
  if (!result.success) throw datasetError(result.error.issues);
  return result.data;
}

/** Version 1 → version 2: moves `parent`/`stateOwned` into `ownership`; MIC and ISIN values that v2 rejects are dropped. */
export function migrateV1(v1: DatasetV1): Dataset {
  return {
    schemaVersion: 2,
    asOf: v1.asOf,
    source: v1.source,
    entities: v1.entities.map(({ parent, stateOwned, listings, ...rest }): Entity => {
      const ownership = {
        ...(parent ? { parent } : {}),
        ...(stateOwned !== undefined ? { stateOwned } : {}),
      };
      return {
        ...rest,
        ambiguousNames: [],
        listings: listings.map(({ mic, isin, ...l }) => ({
          ...l,
          ...(mic && /^[A-Z0-9]{4}$/.test(mic) ? { mic } : {}),
          ...(isin && /^[A-Z]{2}[A-Z0-9]{9}\d$/.test(isin) ? { isin } : {}),
        })),
        ...(Object.keys(ownership).length ? { ownership } : {}),
      };
    }),
  };
}
