/**
 * Where the watchlist is stored, and a watcher of changes to it, apart from the codec and the store: the content
 * script only needs to know when to forget its cached cards, and importing the store would build its schemas and
 * storage items on every page load (issue 17).
 */
import { browser } from 'wxt/browser';

/** The synced header and its shards (./watchlist-codec.ts). */
export const SYNC_HEADER_KEY = 'watchlist';
export const SHARD_PREFIX = 'watchlist.';
/** The local copy, the area in use, and the version 1 value (./watchlist.ts). */
export const LOCAL_COPY_KEY = 'watchlistLocal';
export const AREA_KEY = 'watchlistArea';
export const LEGACY_KEY = 'watchlist';

/** Calls back when the watchlist may have changed (here, in another context, or on another device). */
export function onWatchlistChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    if (
      (area === 'sync' && keys.some((k) => k === SYNC_HEADER_KEY || k.startsWith(SHARD_PREFIX))) ||
      (area === 'local' && keys.some((k) => k === LOCAL_COPY_KEY || k === AREA_KEY || k === LEGACY_KEY))
    ) {
      callback();
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
