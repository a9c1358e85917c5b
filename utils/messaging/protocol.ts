/**
 * The one protocol map between the background service worker and the content script, popup and options page.
 * Every call is defined here once: its TypeScript signature (for callers), and the zod schema of its payload, checked
 * by the receiver before any handler runs (./handle.ts). The background's payload schemas live in ./payloads.ts,
 * which only the background imports: building them cost every page's content script milliseconds at start-up.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as z from 'zod/mini';
import type { PackedDictionary } from '../detect/prepare';
import type { Alert } from '../storage';
import type { FocusMentionPayload } from './content-payloads';
import type { contentPayloadSchemas, payloadSchemas } from './payloads';
import type {
  CardView,
  ImportOutcome,
  PageSignalCounts,
  PageSummary,
  ScoringSample,
  SearchResult,
  SourceStatus,
  SourceTestResult,
  WatchlistRow,
  WatchlistStatus,
} from './views';

/** A page never mentions more companies than this; a larger report is refused, not truncated silently. */
export const MAX_PAGE_ENTITIES = 5000;

/** Rows per import call; the popup refuses larger files before sending. */
export const MAX_IMPORT_ROWS = 2000;

/** Suggestions per search. */
export const MAX_SEARCH_RESULTS = 20;

/** The background's answer to `getDictionary`. */
export interface DictionaryAnswer {
  version: string;
  dictionary: PackedDictionary;
  bands: string;
  tables: string;
}

export interface ProtocolMap {
  /**
   * The detection dictionary of the merged dataset, prepared and packed once in the background (a few strings; see
   * utils/detect/prepare.ts and docs/adr/0003-detection-dictionary.md), with a version that changes when the data does.
   * `bands`: one digit per dictionary entity, 0 = not assessed, 1 = Low … 5 = Severe (for "Underline by band").
   * `tables`: the matcher compiled from it, as base 64 (utils/detect/tables.ts), so that tabs need not compile it.
   */
  getDictionary(): DictionaryAnswer;
  /** Everything the hover card shows for one entity; `null` when the id is unknown. */
  lookupEntity(data: z.infer<typeof payloadSchemas.lookupEntity>): CardView | null;
  /** The watchlist, scored, highest exposure first. */
  getWatchlist(): WatchlistRow[];
  /** Adds an entity (no-op when already there); returns the new watchlist. */
  addToWatchlist(data: z.infer<typeof payloadSchemas.addToWatchlist>): WatchlistRow[];
  /** Removes an entity (no-op when absent); returns the new watchlist. */
  removeFromWatchlist(data: z.infer<typeof payloadSchemas.removeFromWatchlist>): WatchlistRow[];
  /**
   * Undoes a removal of the last minute (the popup's "Undo"): the entry returns at its place with its date, score at
   * add and history. Rejects when there is nothing to undo. Popup only: never answered to a content script.
   */
  restoreToWatchlist(data: z.infer<typeof payloadSchemas.restoreToWatchlist>): WatchlistRow[];
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
  /** Applies a refresh held back because it would drop over half the entries (the user confirmed it in options). */
  confirmSourceRefresh(data: z.infer<typeof payloadSchemas.confirmSourceRefresh>): SourceStatus;
  /** Drops a held-back refresh; the last good data stays. */
  dismissSourceRefresh(data: z.infer<typeof payloadSchemas.dismissSourceRefresh>): SourceStatus;
  /** Downloads and validates with the given (unsaved) settings, storing nothing: "Test connection". */
  testSource(data: z.infer<typeof payloadSchemas.testSource>): SourceTestResult;
  /**
   * A frame reports the companies it mentions (ids only — never page text). The background keeps them per tab and
   * sets the toolbar badge to the number of High/Severe companies.
   */
  reportPageMentions(data: z.infer<typeof payloadSchemas.reportPageMentions>): void;
  /**
   * A content script needs "In this article": the background injects the signals engine into the sender's own frame
   * (utils/signals/global.ts). Nothing goes in either direction but the call.
   */
  loadSignalsEngine(): void;
  /**
   * A content script is about to open its first card: the background injects the card's code into the sender's own
   * frame (components/card/card-ui.ts). Nothing goes in either direction but the call.
   */
  loadCardUi(): void;
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
  focusMention(data: FocusMentionPayload): void;
  /**
   * Popup → content (the tab's top frame): how many "In this article" sentences each company of the page has, for
   * "On this page". Counts only: the sentences stay in the page (issue 15).
   */
  getPageSignals(): PageSignalCounts;
}

export type BackgroundCall = keyof typeof payloadSchemas;
export type ContentCall = keyof typeof contentPayloadSchemas;
export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
