/**
 * After an update or reload, Chrome does not run content scripts in tabs that are already open: their old scripts
 * have cleaned up (ctx.onInvalidated) and the page would stay unmarked until reloaded. Inject the new script into
 * those tabs once. Firefox re-runs content scripts itself on update, so this is Chrome-only in effect.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MATCHES } from '../sites';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** "In this article"'s engine, injected into a frame on first use (entrypoints/signals-engine.ts). */
export const SIGNALS_ENGINE_FILE = '/signals-engine.js';

/** The hover card's code, injected into a frame on first use (entrypoints/card-ui.ts). */
export const CARD_UI_FILE = '/card-ui.js';

export function registerReinjection(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'update' || import.meta.env.FIREFOX) return;
    await injectIntoOpenTabs(CONTENT_SCRIPT_MATCHES);
  });
}

/** Runs the content script in the open, loaded tabs matching `patterns` (all frames), best effort. */
export async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: patterns, status: 'complete' }).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
            // A tab we may not script (a discarded tab, an error page): it gets the script on its next load.
            .catch(() => undefined),
    ),
  );
}
