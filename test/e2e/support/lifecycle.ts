/**
 * Readers for the content script's lifecycle (test/e2e/lifecycle-attacks.e2e.ts): how many copies of GeoLens paint a
 * page, and which one. Everything is read from the page's world, as the page itself could.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export interface LifecycleSnapshot {
  /** Mentions in the registered highlight (-1: none registered). */
  highlightSize: number;
  /** Whether the registered highlight is the one tagged by `tagHighlight` (the same copy still runs). */
  tagged: boolean;
  /** Constructed stylesheets GeoLens adopted into the document: one per running copy. */
  sheets: number;
  /** When the latest full scan started (the `geolens:scan` entry's start; only the latest is kept), -1 before any. */
  lastScanAt: number;
  /** `<geolens-card>` hosts in the document. */
  cardHosts: number;
}

export function lifecycleSnapshot(page: Page): Promise<LifecycleSnapshot> {
  return page.evaluate(() => {
    const hl = CSS.highlights.get('geolens-mention') as unknown as { size: number; geolensTag?: boolean } | undefined;
    const sheets = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('geolens-mention')),
    ).length;
    return {
      highlightSize: hl ? hl.size : -1,
      tagged: hl?.geolensTag === true,
      sheets,
      lastScanAt: performance.getEntriesByName('geolens:scan').at(-1)?.startTime ?? -1,
      cardHosts: document.querySelectorAll('geolens-card').length,
    };
  });
}

/** Tags the registered highlight object (from the page's world), to tell later whether a new copy replaced it. */
export async function tagHighlight(page: Page): Promise<void> {
  await page.evaluate(() => {
    (CSS.highlights.get('geolens-mention') as unknown as { geolensTag: boolean }).geolensTag = true;
  });
}

/** Runs the built content script into the page's tab a second time (top frame), as an overlapping injection would. */
export async function injectContentScriptAgain(h: Harness, page: Page): Promise<void> {
  const url = page.url();
  await h.browser.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  }, url);
}
