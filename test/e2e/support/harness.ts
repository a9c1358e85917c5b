/**
 * E2E harness: one Chromium with the built extension, a local server for the fixture pages, and page objects.
 * Screenshots go to test-results/screenshots/ (named in the README).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../../scripts/lib/browser';
import { type StaticServer, serveDirectory } from '../../../scripts/lib/static-server';
import { GENERATED_ROUTES } from '../../fixtures/pages/generated';

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
  const [browser, site] = await Promise.all([launchWithExtension(), serveDirectory(PAGES_DIR, 0, GENERATED_ROUTES)]);
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
    entity: () => root.getAttribute('data-entity'),
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

/** The texts GeoLens highlights in a page or frame, in the order they were added (read from the main world). */
export function highlightedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const h = CSS.highlights.get('geolens-mention');
    if (!h) return [];
    const out: string[] = [];
    for (const r of h as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(live.toString());
      } catch {
        out.push('<stale>');
      }
    }
    return out;
  });
}

/** Document-order list of highlighted texts. */
export function highlightedInOrder(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const h = CSS.highlights.get('geolens-mention');
    if (!h) return [];
    const ranges = [...(h as unknown as Iterable<AbstractRange>)].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box of the nth occurrence of `text` inside `scope` (a CSS selector), scrolled into view. Used to hover a
 * mention: highlights are painted text, not elements, so tests aim at the text itself.
 */
export async function textBox(page: Page, text: string, options: { nth?: number; scope?: string } = {}): Promise<Box> {
  const box = await page.evaluate(
    ({ text, nth, scope }) => {
      const root = document.querySelector(scope) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        for (let i = data.indexOf(text); i >= 0; i = data.indexOf(text, i + 1)) {
          if (seen++ !== nth) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + text.length);
          (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0] ?? r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
      }
      return null;
    },
    { text, nth: options.nth ?? 0, scope: options.scope ?? 'body' },
  );
  if (!box) throw new Error(`"${text}" not found on the page`);
  return box;
}

/** Moves the pointer onto the nth occurrence of `text`; returns the text's box. */
export async function hoverText(
  page: Page,
  text: string,
  options: { nth?: number; scope?: string } = {},
): Promise<Box> {
  const box = await textBox(page, text, options);
  await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2);
  return box;
}

/** Moves the pointer to an empty corner, away from any mention or card. */
export async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
}

/**
 * Runs a keyboard command (next-mention / previous-mention) in the page's tab. Extension shortcuts are browser
 * accelerators that synthetic key events cannot reach, so this sends what the background's command handler sends
 * (utils/background/commands.ts), in @webext-core/messaging's wire format.
 */
export async function runCommand(h: Harness, page: Page, command: 'next-mention' | 'previous-mention'): Promise<void> {
  await page.bringToFront();
  const url = page.url();
  await h.browser.worker.evaluate(
    async ({ url, direction }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      await chrome.tabs.sendMessage(
        tab.id,
        { id: Date.now(), type: 'focusMention', data: { direction }, timestamp: Date.now() },
        { frameId: 0 },
      );
    },
    { url, direction: command === 'next-mention' ? 'next' : 'previous' },
  );
}

/** Polls `read` until `accept` holds (for hooks, where expect.poll is not allowed). */
export async function waitUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > end) {
      throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * How many mentions GeoLens knows on the page (painted or not), from its latest geolens:scan / geolens:update
 * user-timing entry. GeoLens paints only what is near the viewport, so the highlight's size is not this number.
 */
export function knownMentions(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    const entries = [
      ...performance.getEntriesByName('geolens:scan'),
      ...performance.getEntriesByName('geolens:update'),
    ] as PerformanceMeasure[];
    entries.sort((a, b) => a.startTime + a.duration - (b.startTime + b.duration));
    const last = entries[entries.length - 1];
    return last ? (last.detail as { mentions: number }).mentions : -1;
  });
}

/**
 * Every highlighted text on the page in document order, found by scrolling from top to bottom (GeoLens paints only
 * near the viewport, so one look at the highlight shows part of a long page).
 */
export async function highlightedAcrossPage(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (window as unknown as { __seen: Set<AbstractRange> }).__seen = new Set();
    window.scrollTo(0, 0);
  });
  const collect = () =>
    page.evaluate(() => {
      const seen = (window as unknown as { __seen: Set<AbstractRange> }).__seen;
      for (const r of (CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>) seen.add(r);
    });
  for (;;) {
    await page.waitForTimeout(150);
    await collect();
    const done = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 1.5);
      return window.scrollY === before;
    });
    if (done) break;
  }
  return page.evaluate(() => {
    const ranges = [...(window as unknown as { __seen: Set<AbstractRange> }).__seen].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    window.scrollTo(0, 0);
    return ranges.map((r) => r.toString());
  });
}
