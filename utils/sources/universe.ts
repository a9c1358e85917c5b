/**
 * The listed universe (`public/data/universe.json`, format in ./universe-format.ts): part of the embedded snapshot,
 * always on and offline. Read once by the merged-view builder (./build.ts) and merged after the feeds
 * (./merge-universe.ts).
 */
import { browser } from 'wxt/browser';
import { parseUniverse, UNIVERSE_PATH, type Universe } from './universe-format';

/**
 * Reads and validates the bundled universe. A build without the file (it is generated, and a development build may
 * predate it) answers `undefined`, so the curated snapshot still works; a file that is there but invalid throws.
 */
export async function loadUniverse(): Promise<Universe | undefined> {
  // The path is typed by WXT's generated list of public files only once the file exists.
  const url = browser.runtime.getURL(UNIVERSE_PATH as Parameters<typeof browser.runtime.getURL>[0]);
  const res = await fetch(url).catch(() => undefined);
  if (!res?.ok) {
    console.warn(`[GeoLens] no listed universe at ${url}: only the curated companies are known`);
    return undefined;
  }
  return parseUniverse(await res.json());
}
