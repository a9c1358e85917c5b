/**
 * The card's user interface as the content script reaches it (issue 17). The card's code — Preact, the components,
 * @floating-ui/dom, the shadow-root host — is not in the content script, which every news page evaluates at load:
 * the background injects it as its own file (entrypoints/card-ui.ts) into the frame's isolated world the first time
 * the pointer rests on a mention, and it registers itself here. The isolated world is the extension's: page scripts
 * cannot see it. Importing this module costs nothing: types and a constant only.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardCallbacks, CardHost } from './card-host';

/** The card host's tag name: the content script knows it to clean up what an earlier copy left on the page. */
export const CARD_TAG = 'geolens-card';

export interface CardUi {
  createCardHost(ctx: ContentScriptContext, cb: CardCallbacks): Promise<CardHost>;
}

/** Versioned, so that a copy left by an older GeoLens (after an update) is never taken for this one. */
const KEY = Symbol.for('geolens.card-ui.v1');

export function installCardUi(ui: CardUi): void {
  Object.defineProperty(globalThis, KEY, { value: Object.freeze({ ...ui }), configurable: true });
}

export function installedCardUi(): CardUi | undefined {
  return (globalThis as { [KEY]?: CardUi })[KEY];
}

/** The card UI, injected by `load` (the background) the first time; fails when it could not be loaded. */
export async function cardUi(load: () => Promise<void>): Promise<CardUi> {
  if (!installedCardUi()) await load();
  const ui = installedCardUi();
  if (!ui) throw new Error('The card could not be loaded on this page');
  return ui;
}
