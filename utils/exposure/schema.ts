/**
 * The GeoLens dataset format (schema version 1): the embedded snapshot and every custom feed use it.
 *
 * Unknown fields are tolerated (and dropped) so that an older GeoLens reads a newer feed; wrong types are rejected
 * with the path of the offending field (see {@link parseDataset}).
 */
import * as z from 'zod/mini';

export const FACTOR_KINDS = [
  'restricted-listing',
  'jurisdiction',
  'revenue-exposure',
  'supply-chain',
  'state-military-ties',
  'regulatory-action',
  'national-security-tailwind',
] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

export const FACTOR_STATUSES = ['confirmed', 'proposed', 'alleged'] as const;
export type FactorStatus = (typeof FACTOR_STATUSES)[number];

export const DIRECTIONS = ['risk', 'tailwind'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Restricted-party lists GeoLens knows the legal meaning of (see docs/methodology.md). */
export const RESTRICTED_LISTS = [
  'ofac-sdn',
  'ofac-ns-cmic',
  'dod-1260h',
  'bis-entity-list',
  'bis-meu',
  'dhs-uflpa',
  'fcc-covered',
  'eu-sanctions',
  'uk-sanctions',
] as const;
export type RestrictedList = (typeof RESTRICTED_LISTS)[number];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "CN"'));
/** Evidence links are opened by users: only https, never javascript:, data: or http:. */
const httpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'expected an https:// URL'));
const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

export const evidenceSchema = z.object({
  title: nonEmpty,
  publisher: nonEmpty,
  url: httpsUrl,
  date: isoDate,
});

export const revenueShareSchema = z.object({
  /** Share of revenue, 0–1. */
  share: z.number().check(z.gte(0), z.lte(1)),
  region: nonEmpty,
  basis: z.enum(['reported', 'estimated']),
  fiscalYear: nonEmpty,
});

export const factorSchema = z.object({
  kind: z.enum(FACTOR_KINDS),
  severity: z.number().check(z.gte(0), z.lte(1)),
  status: z.enum(FACTOR_STATUSES),
  direction: z.enum(DIRECTIONS),
  /** One line, written by the dataset's curators; rendered as text, never as HTML. */
  summary: nonEmpty,
  /** For `restricted-listing`: which list, so that the truth tests can check it against the official file. */
  list: z.optional(z.enum(RESTRICTED_LISTS)),
  /** For `revenue-exposure`. */
  revenue: z.optional(revenueShareSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1, 'every factor needs at least one piece of evidence')),
});

export const listingSchema = z.object({
  ticker: nonEmpty,
  /** Exchange code as news prints it: NYSE, NASDAQ, HKEX, SSE, SZSE, TYO, LSE, OTC, … */
  exchange: nonEmpty,
  mic: z.optional(z.string()),
  primary: z.optional(z.boolean()),
  isin: z.optional(z.string()),
});

export const entitySchema = z.object({
  /** Stable slug, e.g. `alibaba`. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug such as "alibaba"')),
  name: nonEmpty,
  /** Other names news uses: short names, former names, names in the listing's own script. */
  aliases: z._default(z.array(nonEmpty), []),
  listings: z._default(z.array(listingSchema), []),
  private: z.optional(z.boolean()),
  hq: countryCode,
  incorporated: z.optional(countryCode),
  sector: z.optional(z.string()),
  cik: z.optional(z.number()),
  parent: z.optional(z.string()),
  stateOwned: z.optional(z.boolean()),
  factors: z._default(z.array(factorSchema), []),
});

export const DATASET_SCHEMA_VERSION = 1;

export const datasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  asOf: isoDate,
  source: z.object({ name: nonEmpty, url: z.optional(httpsUrl) }),
  entities: z.array(entitySchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Listing = z.infer<typeof listingSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** Thrown when a dataset or feed does not match the schema; the message names every offending path. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/**
 * Validates an untrusted dataset (embedded snapshot or feed). Throws a {@link DatasetError} whose message lists each
 * problem with its path, e.g. `entities[3].factors[0].evidence[0].url: expected an https:// URL`.
 * Also rejects duplicate entity ids, which would make lookups ambiguous.
 */
export function parseDataset(input: unknown): Dataset {
  const result = datasetSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 20).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    const more = result.error.issues.length > 20 ? `\n… and ${result.error.issues.length - 20} more` : '';
    throw new DatasetError(`Invalid GeoLens dataset:\n${lines.join('\n')}${more}`);
  }
  const seen = new Set<string>();
  result.data.entities.forEach((entity, i) => {
    if (seen.has(entity.id))
      throw new DatasetError(`Invalid GeoLens dataset:\nentities[${i}].id: duplicate id "${entity.id}"`);
    seen.add(entity.id);
  });
  return result.data;
}

/** `['entities', 3, 'name']` → `entities[3].name` */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
