/**
 * Payload schemas of the calls the background answers (the types are in ./protocol.ts). Only the background imports
 * this module (through ./handle.ts), so pages never build these schemas.
 */
import * as z from 'zod/mini';
import { MAX_CADENCE_HOURS, MAX_DATASETS, MAX_KEY_LENGTH, MIN_CADENCE_HOURS } from '../sources/definition';
import { LIVE_SOURCE_IDS } from '../sources/types';
import { isValidAddedAt } from '../storage/added-at';
import { MAX_IMPORT_ROWS, MAX_PAGE_ENTITIES, MAX_SEARCH_RESULTS } from './protocol';

const entityId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an entity id such as "alibaba"'));

const importRow = z.object({
  /** Line (CSV) or position (JSON) in the file, 1-based, for the report. */
  line: z.number().check(z.int(), z.gte(1)),
  entityId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  ticker: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  exchange: z.optional(z.string().check(z.minLength(1), z.maxLength(16))),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Epoch ms from 2000-01-01 to a day from now: beyond ±8.64e15 every later export and the popup's date throw. */
  addedAt: z.optional(
    z.number().check(z.refine((ms) => isValidAddedAt(ms), 'expected a date from 2000-01-01 to today (epoch ms)')),
  ),
  scoreAtAdd: z.optional(z.number().check(z.gte(0), z.lte(100))),
});

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
  loadSignalsEngine: z.undefined(),
  loadCardUi: z.undefined(),
  lookupEntity: z.object({ entityId }),
  getWatchlist: z.undefined(),
  addToWatchlist: z.object({ entityId }),
  removeFromWatchlist: z.object({ entityId }),
  restoreToWatchlist: z.object({ entityId }),
  getSourceStatus: z.undefined(),
  saveSourceConfig: z.object({ id: liveSourceId, enabled: z.optional(z.boolean()), ...sourceSettings }),
  refreshSource: z.object({ id: liveSourceId }),
  confirmSourceRefresh: z.object({ id: liveSourceId }),
  dismissSourceRefresh: z.object({ id: liveSourceId }),
  testSource: z.object({ id: liveSourceId, ...sourceSettings }),
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

/**
 * Payload schemas of the calls a content script answers (sent by the background to one tab). The content script
 * itself checks them by hand (./content-payloads.ts, no zod on pages); a test holds the two to the same answers.
 */
export const contentPayloadSchemas = {
  focusMention: z.object({ direction: z.enum(['next', 'previous']) }),
  getPageSignals: z.undefined(),
} as const;
