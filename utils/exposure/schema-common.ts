/**
 * Parts shared by every schema version: enumerations, primitive checks, evidence, revenue shares and error
 * formatting. (Kept apart from schema.ts so that schema-v1.ts can use them without an import cycle.)
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

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
export const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "CN"'));
/** Evidence links are opened by users: only https, never javascript:, data: or http:. */
export const httpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'expected an https:// URL'));
export const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
export const unit = z.number().check(z.gte(0), z.lte(1));

export const evidenceSchema = z.object({
  title: nonEmpty,
  publisher: nonEmpty,
  url: httpsUrl,
  /** Publication date of the source (for a live registry page: the day it was checked). */
  date: isoDate,
});

export const revenueShareSchema = z.object({
  /** Share of revenue, 0–1. */
  share: unit,
  region: nonEmpty,
  /** `reported`: from the company's own segment or geographic disclosure; `estimated`: an analyst or curator estimate. */
  basis: z.enum(['reported', 'estimated']),
  /** The fiscal year the share is for, as the company names it, e.g. `FY2024`. */
  fiscalYear: nonEmpty,
});

/** Thrown when a dataset or feed does not match the schema; the message names every offending path. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

const MAX_LISTED_ISSUES = 20;

/** Turns zod issues into one {@link DatasetError} listing each problem with its path. */
export function datasetError(issues: readonly { path: readonly PropertyKey[]; message: string }[]): DatasetError {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length > MAX_LISTED_ISSUES ? `\n… and ${issues.length - MAX_LISTED_ISSUES} more` : '';
  return new DatasetError(`Invalid GeoLens dataset:\n${lines.join('\n')}${more}`);
}

/** `['entities', 3, 'name']` → `entities[3].name` */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
