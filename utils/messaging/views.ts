/**
 * The shapes the background sends to the UIs. Plain JSON (structured-clone safe); every string in them is data and is
 * rendered as text, never as HTML.
 */
import type { Tier } from '../detect/types';
import type { Direction, Evidence, FactorKind, FactorStatus, Listing } from '../exposure/schema';
import type { Band } from '../exposure/score';
import type { HeldRefresh, LiveSourceId } from '../sources/types';
import type { StorageIssue, WatchlistStorageStatus } from '../storage';

export interface FactorView {
  kind: FactorKind;
  status: FactorStatus;
  direction: Direction;
  severity: number;
  summary: string;
  /** Whole points of the shown score this factor accounts for; the risks' points add up to the score (0 for tailwinds). */
  points: number;
  evidence: Evidence[];
}

export interface CardView {
  entityId: string;
  name: string;
  listings: Listing[];
  /** Absent for companies only a live source knows (an SEC listing says nothing about the headquarters). */
  hq?: string;
  incorporated?: string;
  private: boolean;
  sector?: string;
  /** The dataset's one-line takeaway for the card's head (at most 90 characters); absent for listing-only companies. */
  takeaway?: string;
  /** 0 and Low when `assessed` is false: the UIs show "Not assessed" instead, never the number. */
  score: number;
  band: Band;
  /** False for a company known only as a listing: no factor of any kind on record (utils/exposure/assessed.ts). */
  assessed: boolean;
  /** The live lists the data was screened against (empty: none is on); absent when not known (a plain feed). */
  screened?: string[];
  /**
   * `listing`: known only from listing data (the listed universe or an SEC row): its country and the lists screened
   * were checked, nothing curated. The card and the watchlist row say so.
   */
  coverage?: 'listing';
  /** For a listing-only company: the official lists the listed universe was resolved against when it was built. */
  screenedOffline?: string[];
  risks: FactorView[];
  tailwinds: FactorView[];
  asOf: string;
  sources: string[];
  inWatchlist: boolean;
  /** Filled in by the content script: how the mention on the page matched. */
  tier?: Tier;
}

export interface WatchlistRow {
  entityId: string;
  /** Legal name (or the stored name, when the company is not in the current data). */
  name: string;
  /** The name news uses, e.g. "Alibaba". */
  shortName: string;
  ticker?: string;
  /** The market of `ticker` (a market id: TYO, SSE, NSE…): a bare "5401" or "600745" does not say where it trades. */
  exchange?: string;
  /** False when the company is not in the current data: the row shows what was stored, without a score. */
  known: boolean;
  score?: number;
  band?: Band;
  /** False when the company is known only as a listing: the row shows "Not assessed", not its 0. */
  assessed?: boolean;
  addedAt: number;
  scoreAtAdd: number;
  /** Scores oldest first, for the sparkline (the latest is the current score). */
  history: number[];
  /** The score minus the score before the latest refresh; absent when there has been no refresh since it was added. */
  changeSincePrevious?: number;
}

/** Where the watchlist is stored, and what was set aside while reading stored values. */
export interface WatchlistStatus extends WatchlistStorageStatus {
  issues: StorageIssue[];
}

/** One suggestion of search-to-add. */
/** How good a search hit is, best first. */
export const MATCH_RANKS = ['ticker', 'name', 'ticker-prefix', 'name-prefix', 'word-prefix'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

export interface SearchResult {
  entityId: string;
  name: string;
  shortName: string;
  ticker?: string;
  exchange?: string;
  score: number;
  band: Band;
  /** False when the company is known only as a listing (shown as "Not assessed"). */
  assessed?: boolean;
  inWatchlist: boolean;
  /** The ticker or name that matched the query. */
  matched: string;
  rank: MatchRank;
}

/** One row of an import, as the popup parsed it (utils/transfer/watchlist-file.ts). */
export interface ImportRowInput {
  /** Line (CSV) or position (JSON) in the file, 1-based, for the report. */
  line: number;
  entityId?: string;
  ticker?: string;
  exchange?: string;
  name?: string;
  /** Epoch ms. */
  addedAt?: number;
  scoreAtAdd?: number;
}

/** What became of one imported row. Malformed rows never reach the background (see utils/transfer/). */
export type ImportStatus = 'added' | 'already' | 'unknown' | 'full';

export interface ImportRowResult {
  line: number;
  status: ImportStatus;
  /** What the row named: its ticker, name or id. */
  label: string;
  entityId?: string;
  /** The company it resolved to. */
  name?: string;
}

export interface ImportOutcome {
  results: ImportRowResult[];
  rows: WatchlistRow[];
  storage: WatchlistStorageStatus;
}

/** The inputs of the score for one company, so options can preview weights without a round trip per change. */
export interface ScoringSample {
  entityId: string;
  shortName: string;
  ticker?: string;
  factors: { kind: FactorKind; severity: number; status: FactorStatus; direction: Direction }[];
}

/** One data source as options and the popup show it (utils/sources/status.ts). */
export interface SourceStatus {
  id: LiveSourceId | 'embedded';
  name: string;
  publisher: string;
  description: string;
  licence: string;
  licenceUrl?: string;
  enabled: boolean;
  url: string;
  defaultUrl: string;
  urlHint: string;
  key: 'none' | 'optional' | 'required-for-hosted';
  /** A key is stored (never sent to the UI; only its last four characters). */
  hasKey: boolean;
  keyHint?: string;
  cadenceHours: number;
  datasets: string[];
  /** Host permissions the URL needs. */
  origins: string[];
  entityCount: number;
  asOf?: string;
  lastSuccess?: number;
  lastAttempt?: number;
  error?: string;
  /** Companies this source put a factor on in the current merged view. */
  flagged?: number;
  unscored?: Record<string, number>;
  /** A refresh held back until the user confirms it (it would drop more than half of the entries). */
  held?: HeldRefresh;
  refreshing: boolean;
  nextRefresh?: number;
}

/** What "Test connection" found (nothing is stored). */
export interface SourceTestResult {
  ok: boolean;
  message: string;
  count?: number;
  ms: number;
}

/** The companies one tab mentions, for the popup's "On this page". */
export interface PageSummary {
  entities: {
    entityId: string;
    name: string;
    shortName: string;
    ticker?: string;
    score: number;
    band: Band;
    /** False when the company is known only as a listing (shown as "Not assessed"). */
    assessed?: boolean;
  }[];
  /** How many of them are High or Severe (the badge number). */
  highRisk: number;
}

/** Per company of a page (entity id), its number of "In this article" sentences; companies without any are absent. */
export interface PageSignalCounts {
  counts: Record<string, number>;
}
