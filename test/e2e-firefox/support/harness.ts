/**
 * Firefox E2E harness: Firefox with the test build installed, the fixture pages served on 127.0.0.1 (as in the
 * Chromium suite, test/e2e/support/harness.ts), extension pages opened as tabs, and the page-world readers shared
 * with the Chromium suite. Screenshots go to test-results/screenshots/firefox/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type StaticServer, serveDirectory } from '../../../scripts/lib/static-server';
import { PAGES_DIR, waitUntil } from '../../e2e/support/harness';
import { GENERATED_ROUTES } from '../../fixtures/pages/generated';
import { cardOf } from './card';
import { EXTENSION_ORIGIN, extensionErrors, type FirefoxSession, installTemporary, launchFirefox } from './firefox';

export const SCREENSHOT_DIR = resolve(process.cwd(), 'test-results/screenshots/firefox');

export type ExtensionFile = 'popup.html' | 'options.html';

export interface FirefoxHarness {
  session: FirefoxSession;
  site: StaticServer;
  newPage(path: string, origin?: string): Promise<Page>;
  /** Opens popup.html or options.html (with an optional query) in a tab. */
  extensionPage(file: ExtensionFile, query?: string): Promise<Page>;
  /**
   * Runs `fn(arg)` with the extension's `browser.*` API, in an extension tab kept for the purpose: Firefox runs the
   * background as an event page, with no worker target to evaluate in.
   */
  ext<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  screenshot(page: Page, name: string): Promise<void>;
  /** `runtime.reload()`, as about:debugging's Reload does; resolves once the new copy answers. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a moz-extension:// page in `page`. `goto` never resolves there (Firefox sends no load event to BiDi). */
export async function openExtensionUrl(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext: BrowsingContext }).browsingContext;
  await context.navigate(url, 'complete');
  await page.waitForFunction(
    (href) => location.href === href && document.readyState === 'complete',
    { timeout: 15_000 },
    url,
  );
}
interface BrowsingContext {
  navigate(url: string, wait: 'complete'): Promise<unknown>;
}

/** Firefox with GeoLens installed as a temporary add-on, and the fixture server. */
export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const [session, site] = await Promise.all([launchFirefox(), serveDirectory(PAGES_DIR, 0, GENERATED_ROUTES)]);
  await installTemporary(session.browser);
  return harnessFor(session, site);
}

export function harnessFor(session: FirefoxSession, site: StaticServer): FirefoxHarness {
  const { browser } = session;
  let helper: Page | undefined;
  const extensionPage = async (file: ExtensionFile, query = '') => {
    const page = await browser.newPage();
    await openExtensionUrl(page, `${EXTENSION_ORIGIN}/${file}${query}`);
    return page;
  };
  const helperPage = async () => {
    if (!helper || helper.isClosed()) helper = await extensionPage('popup.html');
    return helper;
  };
  const h: FirefoxHarness = {
    session,
    site,
    async newPage(path, origin = site.origin) {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`);
      return page;
    },
    extensionPage,
    async ext(fn, arg) {
      const page = await helperPage();
      // puppeteer sends `fn` as source text, so it runs in the extension tab with that tab's `browser`.
      return (await page.evaluate(fn as (a: unknown) => unknown, arg)) as never;
    },
    async screenshot(page, name) {
      await cardOf(page).finishAnimations();
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) as `${string}.png` });
    },
    async reloadExtension() {
      const page = await helperPage();
      // The page is closed by the reload itself, so the evaluation may reject.
      await page.evaluate(() => (globalThis as unknown as Ext).browser.runtime.reload()).catch(() => undefined);
      helper = undefined;
      // The new copy answers once its pages load again.
      await waitUntil(
        async () => {
          const fresh = await extensionPage('popup.html').catch(() => undefined);
          if (!fresh) return false;
          helper = fresh;
          return true;
        },
        Boolean,
        20_000,
      );
    },
    async close() {
      await session.close();
      await site.close();
    },
  };
  return h;
}

/** The extension API in an extension page (typed loosely: tests read answers field by field). */
export interface Ext {
  browser: any;
}

/** The id of the tab showing `url` (Firefox's `tabs.query({ url })` ignores patterns with a port: filter instead). */
export function tabIdOf(h: FirefoxHarness, url: string): Promise<number> {
  return h.ext(async (url) => {
    const tabs = await (globalThis as unknown as Ext).browser.tabs.query({});
    const tab = tabs.find((t: { url?: string }) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id as number;
  }, url);
}

/**
 * Runs a keyboard command (next-mention / previous-mention) in the page's tab: extension shortcuts are browser
 * accelerators that synthetic key events cannot reach, so this sends what the background's command handler sends
 * (utils/background/commands.ts), in @webext-core/messaging's wire format — as the Chromium suite's runCommand does.
 */
export async function runCommand(
  h: FirefoxHarness,
  page: Page,
  command: 'next-mention' | 'previous-mention',
): Promise<void> {
  await page.bringToFront();
  const tabId = await tabIdOf(h, page.url());
  await h.ext(
    async ({ tabId, direction }) => {
      await (globalThis as unknown as Ext).browser.tabs.sendMessage(
        tabId,
        { id: Date.now(), type: 'focusMention', data: { direction }, timestamp: Date.now() },
        { frameId: 0 },
      );
    },
    { tabId, direction: command === 'next-mention' ? 'next' : 'previous' },
  );
}

/** A protocol call to the background (@webext-core/messaging's wire format), as scripts/lib/protocol-call.ts does. */
export function callBackground<T = unknown>(h: FirefoxHarness, type: string, data?: unknown): Promise<T> {
  return h.ext(
    async ({ type, data }) => {
      const answer = await (globalThis as unknown as Ext).browser.runtime.sendMessage({
        id: Date.now(),
        type,
        data,
        timestamp: Date.now(),
      });
      if (answer?.err) throw new Error(JSON.stringify(answer.err));
      return answer?.res;
    },
    { type, data },
  ) as Promise<T>;
}

/**
 * The errors Firefox printed from GeoLens's pages and scripts (`JavaScript error: moz-extension://…`; they never reach
 * puppeteer's `pageerror`). A probe error thrown in an extension page first proves that such errors do get printed,
 * so an empty answer means "none", not "not looking".
 */
export async function extensionErrorLines(h: FirefoxHarness): Promise<string[]> {
  const probe = `geolens-probe-${Date.now()}`;
  await h.ext((probe) => {
    setTimeout(() => {
      throw new Error(probe);
    });
  }, probe);
  await waitUntil(async () => extensionErrors(h.session.output).some((l) => l.includes(probe)), Boolean, 10_000);
  return extensionErrors(h.session.output).filter((line) => !line.includes('geolens-probe-'));
}
