/**
 * The shapes the background sends to the UIs. Plain JSON (structured-clone safe); every string in them is data and is
 * rendered as text, never as HTML.
 */
import type { Tier } from '../detect/types';
import type { Direction, Evidence, FactorKind, FactorStatus, Listing } from '../exposure/schema';
import type { Band } from '../exposure/score';

export interface FactorView {
  kind: FactorKind;
  status: FactorStatus;
  direction: Direction;
  severity: number;
  summary: string;
  /** Points of the score this factor accounts for (0 for tailwinds). */
  points: number;
  evidence: Evidence[];
}

export interface CardView {
  entityId: string;
  name: string;
  listings: Listing[];
  hq: string;
  incorporated?: string;
  private: boolean;
  sector?: string;
  score: number;
  band: Band;
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
  /** Legal name. */
  name: string;
  /** The name news uses, e.g. "Alibaba". */
  shortName: string;
  ticker?: string;
  score: number;
  band: Band;
  addedAt: number;
  scoreAtAdd: number;
}

export interface SourceStatus {
  id: string;
  name: string;
  enabled: boolean;
  entityCount: number;
  asOf?: string;
  lastSuccess?: number;
  lastAttempt?: number;
  error?: string;
}

/** The companies one tab mentions, for the popup's "On this page". */
export interface PageSummary {
  entities: { entityId: string; name: string; shortName: string; ticker?: string; score: number; band: Band }[];
  /** How many of them are High or Severe (the badge number). */
  highRisk: number;
}
