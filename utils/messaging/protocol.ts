/**
 * The one protocol map between the background service worker and the content script, popup and options page.
 * Every call is defined here once: its TypeScript signature (for callers) and the zod schema of its payload
 * (checked by the background before any handler runs; see ./handle.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import type { PackedDictionary } from '../detect/prepare';
import type { CardView, SourceStatus, WatchlistRow } from './views';

const entityId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an entity id such as "alibaba"'));

/** Payload schemas, one per call. `z.undefined()` for calls without a payload. */
export const payloadSchemas = {
  getDictionary: z.undefined(),
  lookupEntity: z.object({ entityId }),
  getWatchlist: z.undefined(),
  addToWatchlist: z.object({ entityId }),
  removeFromWatchlist: z.object({ entityId }),
  getSourceStatus: z.undefined(),
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
  /** Status of each data source, for options and popup. */
  getSourceStatus(): SourceStatus[];
}

export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
