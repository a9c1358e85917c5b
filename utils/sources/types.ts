/**
 * Shapes shared by the live data sources (one module per source in this folder; docs/architecture.md, "Data
 * sources"). A source downloads, parses and validates into one of these payloads; nothing replaces stored data
 * before that has succeeded.
 */
import type { SecRow } from '../detect/sec-listings';
import type { Dataset, RestrictedList } from '../exposure/schema';

export const SOURCE_IDS = ['embedded', 'sec', 'ofac', 'csl', 'opensanctions', 'opensanctions-match', 'custom'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
/** Sources the user can switch, configure and refresh (the embedded snapshot is always on). */
export type LiveSourceId = Exclude<SourceId, 'embedded'>;
export const LIVE_SOURCE_IDS = SOURCE_IDS.filter((id): id is LiveSourceId => id !== 'embedded');

/** An equity ticker as a list prints it: OFAC's NS-CMIC remarks say "Equity Ticker 0728 HK" (Bloomberg market codes). */
export interface ListTicker {
  symbol: string;
  /** Bloomberg-style market code: US, HK, CN, … */
  market: string;
}

/** One entry of a restricted-party list, in the same shape whatever file it came from. */
export interface ListRecord {
  list: RestrictedList;
  /** The entry's name exactly as the list prints it. */
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 codes of the entry's addresses or nationality. */
  countries: string[];
  tickers?: ListTicker[];
  isins?: string[];
  /** SEC CIK, when the list gives one. */
  cik?: number;
  /** The group it is listed under (1260H "Parent Name", NS-CMIC "Linked To"). */
  parent?: string;
  programs?: string[];
  /** Listing date, YYYY-MM-DD, when the file gives one. */
  since?: string;
  /**
   * An Entity List entry whose licence requirement covers only some items or uses (`isPartialLicenceRequirement`):
   * it counts at the list's `partialSeverity` (docs/methodology.md).
   */
  partial?: boolean;
  /** The entry's id in its file (OFAC ent_num, CSL _id, OpenSanctions id). */
  ref?: string;
}

/** What a list source stores: the entries on lists GeoLens scores, and how many it read but cannot score. */
export interface ListPayload {
  kind: 'lists';
  records: ListRecord[];
  /** Entries of lists GeoLens has no legal meaning for (e.g. BIS Unverified List), counted by list. */
  unscored: Record<string, number>;
  /** Entries that are people, vessels or aircraft: never companies, so skipped. */
  skipped: number;
}

export interface SecPayload {
  kind: 'sec';
  rows: SecRow[];
}

export interface FeedPayload {
  kind: 'feed';
  dataset: Dataset;
}

/** One OpenSanctions match for an entity of the merged view (already filtered to designation topics). */
export interface MatchHit {
  entityId: string;
  list: RestrictedList;
  /** The matched entity's names as OpenSanctions gives them (caption, name, alias). */
  names: string[];
  countries: string[];
  score: number;
  datasets: string[];
  topics: string[];
  /** OpenSanctions entity id, e.g. "NK-…" */
  ref: string;
}

export interface MatchPayload {
  kind: 'match';
  hits: MatchHit[];
  /** Entities queried. */
  queried: number;
}

export type SourcePayload = ListPayload | SecPayload | FeedPayload | MatchPayload;

/** Validators of a conditional GET, per URL. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * A downloaded refresh that would drop more than half of the last good entries: valid and built, but held back until
 * the user confirms it in options (the last good data stays meanwhile). The candidate itself waits in the store.
 */
export interface HeldRefresh {
  /** Epoch ms of the download. */
  at: number;
  /** Entries in the held-back data. */
  count: number;
  /** Entries in the last good data. */
  previous: number;
  /** Last good entries the held-back data no longer has. */
  dropped: number;
  /** A few of their names, to show. */
  examples: string[];
}

/** Per-source status, kept in local storage beside the data (docs/architecture.md, "Storage"). */
export interface SourceState {
  /** Epoch ms of the last refresh that stored data or found it unchanged (304). */
  lastSuccess?: number;
  /** Epoch ms of the last refresh attempt, whatever its outcome. */
  lastAttempt?: number;
  /** Companies or list entries in the stored (last good) data. */
  entityCount: number;
  /** The last error, cleared by the next success. */
  error?: string;
  /** Failures in a row since the last success (drives the back-off). */
  failures: number;
  /** As-of date of the stored data (a feed's `asOf`, or the day it was downloaded). */
  asOf?: string;
  validators: Record<string, Validators>;
  /** Entries read but not scored (lists GeoLens does not know), for the status line. */
  unscored?: Record<string, number>;
  /** Epoch ms when the stored data last changed (part of the merged view's version). */
  dataVersion?: number;
  /** A refresh waiting for the user's confirmation. */
  held?: HeldRefresh;
}
