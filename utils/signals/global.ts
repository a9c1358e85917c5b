/**
 * The signals engine as the content script reaches it. The engine (utils/signals, about 6 KB gzipped) is not in the
 * content script, which must stay within its 60 KB budget on every page (PRODUCT.md): the background injects it as
 * its own file (entrypoints/signals-engine.ts) into the frame's isolated world the first time a card or the popup
 * needs "In this article", and it registers itself here. The isolated world is the extension's: page scripts cannot
 * see it, and page text still never leaves the page's process. Importing this module costs nothing: types only.
 */
import type { extractSignalsFor } from './extract';

export interface SignalsEngine {
  extractSignalsFor: typeof extractSignalsFor;
}

/** Versioned, so that a copy left by an older GeoLens (after an update) is never taken for this one. */
const KEY = Symbol.for('geolens.signals-engine.v1');

export function installSignalsEngine(engine: SignalsEngine): void {
  Object.defineProperty(globalThis, KEY, { value: Object.freeze({ ...engine }), configurable: true });
}

export function installedSignalsEngine(): SignalsEngine | undefined {
  return (globalThis as { [KEY]?: SignalsEngine })[KEY];
}
