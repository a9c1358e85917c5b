/**
 * Parts shared by every schema version: enumerations, primitive checks, evidence, revenue shares and error
 * formatting. (Kept apart from schema.ts so that schema-v1.ts can use them without an import cycle.)
 */
import * as z from 'zod/mini';
import { formatPath } from './kinds';

export * from './kinds';

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
