/**
 * The GeoLens dataset format, schema version 2: the embedded snapshot and every custom feed use it. Version 1 feeds
 * are still read and migrated (utils/exposure/schema-v1.ts). Reference: docs/data-format.md and the generated
 * docs/geolens-feed.schema.json.
 *
 * Unknown fields are tolerated (and dropped) so that an older GeoLens reads a newer feed; wrong types are rejected
 * with the path of the offending field (see {@link parseDataset}).
 */
import * as z from 'zod/mini';
import {
  countryCode,
  DIRECTIONS,
  datasetError,
  evidenceSchema,
  FACTOR_KINDS,
  FACTOR_STATUSES,
  httpsUrl,
  isoDate,
  nonEmpty,
  RESTRICTED_LISTS,
  revenueShareSchema,
  unit,
} from './schema-common';
import { migrateV1, parseV1 } from './schema-v1';

export * from './schema-common';

export const factorSchema = z.object({
  kind: z.enum(FACTOR_KINDS),
  severity: unit,
  status: z.enum(FACTOR_STATUSES),
  direction: z.enum(DIRECTIONS),
  /** One line, written by the dataset's curators; rendered as text, never as HTML. */
  summary: nonEmpty,
  /** For `restricted-listing`: which list, so that the truth tests can check it against the official file. */
  list: z.optional(z.enum(RESTRICTED_LISTS)),
  /** For `restricted-listing`: the entry's name exactly as the list prints it (the designated legal entity). */
  listEntry: z.optional(nonEmpty),
  /** For `revenue-exposure`. */
  revenue: z.optional(revenueShareSchema),
  /** Date the factor took effect (designation, rule, deal), when it has one. */
  since: z.optional(isoDate),
  evidence: z.array(evidenceSchema).check(z.minLength(1, 'every factor needs at least one piece of evidence')),
});

export const listingSchema = z.object({
  ticker: nonEmpty,
  /** Exchange code as news prints it: NYSE, NASDAQ, HKEX, SSE, SZSE, TWSE, TYO, LSE, OTC, … */
  exchange: nonEmpty,
  /** ISO 10383 market identifier code, e.g. XNYS, XHKG. */
  mic: z.optional(z.string().check(z.regex(/^[A-Z0-9]{4}$/, 'expected an ISO 10383 MIC such as "XNYS"'))),
  /** The company's main listing. */
  primary: z.optional(z.boolean()),
  isin: z.optional(z.string().check(z.regex(/^[A-Z]{2}[A-Z0-9]{9}\d$/, 'expected a 12-character ISIN'))),
  /** What trades: ordinary shares, depositary receipts, or a PRC share class. */
  security: z.optional(z.enum(['shares', 'adr', 'gdr', 'a-shares', 'h-shares', 'b-shares'])),
});

export const ownershipSchema = z.object({
  /** Name of the controlling parent company or group. */
  parent: z.optional(nonEmpty),
  /** The parent's `id` when the parent is itself in the dataset. */
  parentId: z.optional(nonEmpty),
  /** Controlled by a state (directly or through state-owned holding companies). */
  stateOwned: z.optional(z.boolean()),
  /** Which state body controls it, e.g. "SASAC", "Government of the Russian Federation". */
  stateOwner: z.optional(nonEmpty),
  /** A government's minority stake, e.g. "US government, about 10% (2025)". */
  governmentStake: z.optional(nonEmpty),
});

export const entitySchema = z.object({
  /** Stable slug, e.g. `alibaba`. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug such as "alibaba"')),
  name: nonEmpty,
  /** Names news prints (case-sensitive): short names, former names, names in the listing's own script. */
  aliases: z._default(z.array(nonEmpty), []),
  /**
   * Names that are also ordinary words or other things ("Apple", "Target", "Meta"): detection should accept them
   * only with supporting context (a ticker nearby, a legal suffix), never bare.
   */
  ambiguousNames: z._default(z.array(nonEmpty), []),
  listings: z._default(z.array(listingSchema), []),
  /** Privately held: no listed equity. */
  private: z.optional(z.boolean()),
  hq: countryCode,
  incorporated: z.optional(countryCode),
  sector: z.optional(z.string()),
  /** SEC Central Index Key, for SEC registrants. */
  cik: z.optional(z.number().check(z.int(), z.positive())),
  ownership: z.optional(ownershipSchema),
  /**
   * One line for the card's head, at most 90 characters: the most severe list entry, then the strongest other factor
   * ("On the Pentagon's Chinese-military-company list; alleged military ties, denied"). Rendered as text.
   */
  takeaway: z.optional(
    z.string().check(z.minLength(1), z.maxLength(90, 'a takeaway is one line of at most 90 characters')),
  ),
  factors: z._default(z.array(factorSchema), []),
});

export const sourceSchema = z.object({
  name: nonEmpty,
  url: z.optional(httpsUrl),
  publisher: z.optional(nonEmpty),
  /** Licence of the feed's content, e.g. "CC BY 4.0". */
  license: z.optional(nonEmpty),
  description: z.optional(z.string()),
  /** Where the scores' method is published. */
  methodology: z.optional(httpsUrl),
});

export const DATASET_SCHEMA_VERSION = 2;
/** Schema versions this GeoLens reads; older ones are migrated on load. */
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;

export const datasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  /** The date the facts were last checked. */
  asOf: isoDate,
  source: sourceSchema,
  entities: z.array(entitySchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Listing = z.infer<typeof listingSchema>;
export type Ownership = z.infer<typeof ownershipSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** A dataset as a feed author writes it: fields with defaults may be left out. */
export type DatasetInput = z.input<typeof datasetSchema>;

/**
 * Validates an untrusted dataset (embedded snapshot or feed) of any readable schema version and returns it as the
 * current version. Throws a {@link DatasetError} whose message lists each problem with its path, e.g.
 * `entities[3].factors[0].evidence[0].url: expected an https:// URL`. Also rejects duplicate entity ids.
 */
export function parseDataset(input: unknown): Dataset {
  const version = input && typeof input === 'object' ? (input as { schemaVersion?: unknown }).schemaVersion : undefined;
  let dataset: Dataset;
  if (version === 1) {
    dataset = migrateV1(parseV1(input));
  } else if (version === DATASET_SCHEMA_VERSION || !(input && typeof input === 'object')) {
    const result = datasetSchema.safeParse(input);
    if (!result.success) throw datasetError(result.error.issues);
    dataset = result.data;
  } else {
    throw datasetError([
      {
        path: ['schemaVersion'],
        message: `unsupported version ${JSON.stringify(version)} (this GeoLens reads ${READABLE_SCHEMA_VERSIONS.join(', ')})`,
      },
    ]);
  }
  const seen = new Set<string>();
  dataset.entities.forEach((entity, i) => {
    if (seen.has(entity.id))
      throw datasetError([{ path: ['entities', i, 'id'], message: `duplicate id "${entity.id}"` }]);
    seen.add(entity.id);
  });
  return dataset;
}
