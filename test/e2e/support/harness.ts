/**
 * E2E harness: one Chromium with the built extension, a local server for the fixture pages, and page objects.
 * Screenshots go to test-results/screenshots/ (named in the README).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../../scripts/lib/browser';
import { type StaticServer, serveDirectory } from '../../../scripts/lib/static-server';

export const SCREENSHOT_DIR = resolve(process.cwd(), 'test-results/screenshots');
export const PAGES_DIR = resolve(process.cwd(), 'test/fixtures/pages');

export interface Harness {
  browser: ExtensionBrowser;
  site: StaticServer;
  /** Uncaught page errors seen so far, across every page of the context. */
  pageErrors: string[];
  newPage(path: string): Promise<Page>;
  extensionPage(file: 'popup.html' | 'options.html'): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Reloads the extension as a developer would (chrome://extensions ⟳) and waits for its new service worker. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const [browser, site] = await Promise.all([launchWithExtension(), serveDirectory(PAGES_DIR)]);
  const pageErrors: string[] = [];
  const track = (page: Page) => page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
  return {
    browser,
    site,
    pageErrors,
    async newPage(path) {
      const page = await browser.context.newPage();
      track(page);
      await page.goto(`${site.origin}${path}`);
      return page;
    },
    async extensionPage(file) {
      const page = await browser.context.newPage();
      track(page);
      await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
    },
    async reloadExtension() {
      // Chromium disables a reloaded unpacked extension unless developer mode is on (unsupportedDeveloperExtension).
      const settings = await browser.context.newPage();
      await settings.goto('chrome://extensions/');
      await settings.evaluate(
        () =>
          new Promise((done) =>
            (chrome as any).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done),
          ),
      );
      await settings.close();
      const next = browser.context.waitForEvent('serviceworker', { timeout: 20_000 });
      // The old worker dies during the call, so the evaluation itself may reject.
      await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      browser.worker = await next;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/** The hover card on a page (the shadow root is open, so CSS locators pierce it). */
export function cardOf(page: Page) {
  const root = page.locator('geolens-card .card');
  return {
    root,
    name: root.locator('.name'),
    score: root.locator('.score-ring .score-num'),
    band: root.locator('.score-ring .score-band'),
    factors: root.locator('.factor'),
    watchButton: root.locator('button.watch'),
  };
}

/** Whether two boxes overlap (the card must never cover the mention it describes). */
export function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
