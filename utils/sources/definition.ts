/**
 * What every live source module exports: how to fetch, parse and validate it, its defaults, its licence, and the
 * origins it needs host permission for. The refresh machinery (./refresh.ts) runs them all the same way.
 */
import * as z from 'zod/mini';
import type { HttpOptions } from './http';
import type { LiveSourceId, SourcePayload, Validators } from './types';

/** Refresh cadence bounds (hours): more often than hourly is unkind to the publishers; a month is the longest. */
export const MIN_CADENCE_HOURS = 1;
export const MAX_CADENCE_HOURS = 24 * 30;
export const DEFAULT_CADENCE_HOURS = 24;
export const MAX_KEY_LENGTH = 200;
export const MAX_DATASETS = 20;

export const sourceConfigSchema = z.object({
  enabled: z.boolean(),
  /** Where to download from (a file, a folder ending in "/", or an API base, depending on the source). */
  url: z.string().check(z.maxLength(2000)),
  /** Kept in local storage only (never synced, never exported); shown masked. */
  apiKey: z.optional(z.string().check(z.maxLength(MAX_KEY_LENGTH))),
  cadenceHours: z.number().check(z.int(), z.gte(MIN_CADENCE_HOURS), z.lte(MAX_CADENCE_HOURS)),
  /** OpenSanctions: dataset names (downloads) or the one dataset to match against (API). */
  datasets: z._default(
    z
      .array(z.string().check(z.regex(/^[a-z0-9_]{1,64}$/, 'expected a dataset name such as "us_ofac_sdn"')))
      .check(z.maxLength(MAX_DATASETS)),
    [],
  ),
});
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

/** An entity the match API screens: what the merged view knows about it. */
export interface ScreenedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  countries: readonly string[];
  isins: readonly string[];
}

export interface RefreshContext {
  /** Conditional-request validators from the last good download, per URL. */
  validators: Readonly<Record<string, Validators>>;
  /** Test hooks and limits passed to every download. */
  http?: Pick<HttpOptions, 'fetch' | 'sleep' | 'timeoutMs' | 'retries' | 'backoffMs'>;
  /** The match API screens the companies of the merged view. */
  entities?: () => Promise<readonly ScreenedEntity[]>;
  /** Epoch ms. */
  now: number;
}

export type RefreshOutcome =
  | { status: 'unchanged'; validators: Record<string, Validators> }
  | {
      status: 'ok';
      payload: SourcePayload;
      validators: Record<string, Validators>;
      /** Companies or entries in the payload (shown in options). */
      count: number;
      asOf?: string;
    };

/** A source's metadata (./catalog.ts): everything but its parser. */
export interface SourceMeta {
  id: LiveSourceId;
  name: string;
  publisher: string;
  description: string;
  /** Licence of the data, shown in options. */
  licence: string;
  licenceUrl?: string;
  /** The official URL (empty for the custom feed, which has none). */
  defaultUrl: string;
  /** What the URL field holds, e.g. "File URL", "Folder with sdn.csv, alt.csv, …". */
  urlHint: string;
  key: 'none' | 'optional' | 'required-for-hosted';
  /** OpenSanctions: the datasets field. */
  defaultDatasets?: string[];
  /** Host permissions the default URL needs beyond its own origin (redirect targets). */
  extraOrigins?: string[];
}

/** What every live source module exports: its metadata and how to fetch, parse and validate it. */
export interface SourceDefinition extends SourceMeta {
  refresh(config: SourceConfig, ctx: RefreshContext): Promise<RefreshOutcome>;
}

/** A URL relative to a folder URL, whether or not the user typed the trailing slash. */
export function under(base: string, file: string): string {
  return new URL(file, base.endsWith('/') ? base : `${base}/`).href;
}

/** The origin pattern for host permissions: `https://www.sec.gov/*`. */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** The day, YYYY-MM-DD, of an epoch time (the as-of date of a file with none of its own). */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
