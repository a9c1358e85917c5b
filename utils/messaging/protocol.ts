/**
 * The one protocol map between the background service worker and the content script, popup and options page.
 * Every call is defined here once: its TypeScript signature (for callers) and the zod schema of its payload
 * (checked by the receiver before any handler runs; see ./handle.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import type { PackedDictionary } from '../detect/prepare';
import { MAX_CADENCE_HOURS, MAX_DATASETS, MAX_KEY_LENGTH, MIN_CADENCE_HOURS } from '../sources/definition';
import { LIVE_SOURCE_IDS } from '../sources/types';
import type { Alert } from '../storage';
import type {
  CardView,
  ImportOutcome,
  PageSummary,
  ScoringSample,
  SearchResult,
  SourceStatus,
  SourceTestResult,
  WatchlistRow,
  WatchlistStatus,
} from './views';

const entityId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an entity id such as "alibaba"'));

/** A page never mentions more companies than this; a larger report is refused, not truncated silently. */
export const MAX_PAGE_ENTITIES = 5000;
/** Rows per import call; the popup refuses larger files before sending. */
export const MAX_IMPORT_ROWS = 2000;
/** Suggestions per search. */
export const MAX_SEARCH_RESULTS = 20;

const importRow = z.object({
  /** Line (CSV) or position (JSON) in the file, 1-based, for the report. */
  line: z.number().check(z.int(), z.gte(1)),
  entityId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  ticker: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  exchange: z.optional(z.string().check(z.minLength(1), z.maxLength(16))),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  addedAt: z.optional(z.number().check(z.int(), z.gte(0))),
  scoreAtAdd: z.optional(z.number().check(z.gte(0), z.lte(100))),
});

/** Tickers per `lookupTickers` call. */
export const MAX_TICKER_LOOKUPS = 100;

const liveSourceId = z.enum(LIVE_SOURCE_IDS);
/** A source's settings as options edits them; every field optional (only what changed is sent). */
const sourceSettings = {
  url: z.optional(z.string().check(z.maxLength(2000))),
  /** `""` removes the stored key. */
  apiKey: z.optional(z.string().check(z.maxLength(MAX_KEY_LENGTH))),
  cadenceHours: z.optional(z.number().check(z.int(), z.gte(MIN_CADENCE_HOURS), z.lte(MAX_CADENCE_HOURS))),
  datasets: z.optional(
    z
      .array(z.string().check(z.regex(/^[a-z0-9_]{1,64}$/, 'expected a dataset name such as "us_ofac_sdn"')))
      .check(z.maxLength(MAX_DATASETS)),
  ),
};

/** Payload schemas of calls the background answers. `z.undefined()` for calls without a payload. */
export const payloadSchemas = {
  getDictionary: z.undefined(),
  lookupEntity: z.object({ entityId }),
  getWatchlist: z.undefined(),
  addToWatchlist: z.object({ entityId }),
  removeFromWatchlist: z.object({ entityId }),
  getSourceStatus: z.undefined(),
  saveSourceConfig: z.object({ id: liveSourceId, enabled: z.optional(z.boolean()), ...sourceSettings }),
  refreshSource: z.object({ id: liveSourceId }),
  testSource: z.object({ id: liveSourceId, ...sourceSettings }),
  lookupTickers: z.object({
    tickers: z
      .array(
        z.object({
          symbol: z.string().check(z.minLength(1), z.maxLength(24)),
          exchange: z.optional(z.string().check(z.minLength(1), z.maxLength(16))),
        }),
      )
      .check(z.maxLength(MAX_TICKER_LOOKUPS)),
  }),
  reportPageMentions: z.object({ entityIds: z.array(entityId).check(z.maxLength(MAX_PAGE_ENTITIES)) }),
  getPageSummary: z.object({ tabId: z.number().check(z.int(), z.gte(0)) }),
  searchEntities: z.object({
    query: z.string().check(z.maxLength(100)),
    limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_SEARCH_RESULTS))),
  }),
  importWatchlist: z.object({ rows: z.array(importRow).check(z.maxLength(MAX_IMPORT_ROWS)) }),
  getWatchlistStatus: z.undefined(),
  dismissStorageIssues: z.undefined(),
  getAlerts: z.undefined(),
  clearAlerts: z.undefined(),
  getScoringSamples: z.object({ entityIds: z.array(entityId).check(z.maxLength(MAX_SEARCH_RESULTS)) }),
} as const;

/** Payload schemas of calls a content script answers (sent by the background to one tab). */
export const contentPayloadSchemas = {
  focusMention: z.object({ direction: z.enum(['next', 'previous']) }),
} as const;

export interface ProtocolMap {
  /**
   * The detection dictionary of the merged dataset, prepared and packed once in the background (a few strings; see
   * utils/detect/prepare.ts and docs/adr/0003-detection-dictionary.md), with a version that changes when the data does.
   */
  getDictionary(): { version: string; dictionary: PackedDictionary };
  /** Everything the hover card shows for one entity; `null` when the id is unknown. */
  lookupEntity(data: z.infer<typeof payloadSchemas.lookupEntity>): CardView | null;
  /** The watchlist, scored, highest exposure first. */
  getWatchlist(): WatchlistRow[];
  /** Adds an entity (no-op when already there); returns the new watchlist. */
  addToWatchlist(data: z.infer<typeof payloadSchemas.addToWatchlist>): WatchlistRow[];
  /** Removes an entity (no-op when absent); returns the new watchlist. */
  removeFromWatchlist(data: z.infer<typeof payloadSchemas.removeFromWatchlist>): WatchlistRow[];
  /**
   * Every data source with its settings and status (last success, last attempt, entity count, last error, licence),
   * the embedded snapshot first. API keys are never sent: only whether one is stored and its last four characters.
   */
  getSourceStatus(): SourceStatus[];
  /**
   * Changes a live source's settings (switch, URL, API key, cadence, datasets); validated, then stored locally.
   * Turning a source on downloads it when nothing is stored yet; turning it off drops it from the merged view.
   * Options requests the host permission in the same click, before sending. Answers every source's status.
   */
  saveSourceConfig(data: z.infer<typeof payloadSchemas.saveSourceConfig>): SourceStatus[];
  /** Downloads a source now (conditionally); on failure the last good data stays. Answers its new status. */
  refreshSource(data: z.infer<typeof payloadSchemas.refreshSource>): SourceStatus;
  /** Downloads and validates with the given (unsaved) settings, storing nothing: "Test connection". */
  testSource(data: z.infer<typeof payloadSchemas.testSource>): SourceTestResult;
  /** The companies trading under these symbols (an exchange narrows), in order; `null` where none does. */
  lookupTickers(data: z.infer<typeof payloadSchemas.lookupTickers>): (string | null)[];
  /**
   * A frame reports the companies it mentions (ids only — never page text). The background keeps them per tab and
   * sets the toolbar badge to the number of High/Severe companies.
   */
  reportPageMentions(data: z.infer<typeof payloadSchemas.reportPageMentions>): void;
  /** The companies a tab mentions, highest exposure first (popup "On this page"). */
  getPageSummary(data: z.infer<typeof payloadSchemas.getPageSummary>): PageSummary;
  /**
   * Search-to-add: companies whose ticker or name starts with the query (a word of the name from 2 characters),
   * best match first, at most `limit` (default 8).
   */
  searchEntities(data: z.infer<typeof payloadSchemas.searchEntities>): SearchResult[];
  /**
   * Adds the rows of an imported file that name a known company (by entity id, ticker with optional exchange, or
   * exact name), keeping each row's `addedAt` and `scoreAtAdd` when given. Answers what became of every row.
   */
  importWatchlist(data: z.infer<typeof payloadSchemas.importWatchlist>): ImportOutcome;
  /** Where the watchlist is stored (sync, or local with the reason) and the storage problems to show. */
  getWatchlistStatus(): WatchlistStatus;
  /** The user read the storage problems: forget them. */
  dismissStorageIssues(): void;
  /** Watchlist alerts not yet cleared, oldest first. */
  getAlerts(): Alert[];
  /** Clears the alerts, their notification and the badge mark. */
  clearAlerts(): void;
  /** The score inputs of a few companies, for the live preview of weights in options. */
  getScoringSamples(data: z.infer<typeof payloadSchemas.getScoringSamples>): ScoringSample[];
  /** Background → content: move to the next/previous mention and open its card (the keyboard commands). */
  focusMention(data: z.infer<typeof contentPayloadSchemas.focusMention>): void;
}

export type BackgroundCall = keyof typeof payloadSchemas;
export type ContentCall = keyof typeof contentPayloadSchemas;
export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
