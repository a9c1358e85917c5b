/**
 * E2E harness: one Chromium with the built extension, a local server for the fixture pages, and page objects.
 * Screenshots go to test-results/screenshots/ (named in the README).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../../scripts/lib/browser';
import { inCard } from '../../../scripts/lib/card-cdp';
import { type StaticServer, serveDirectory } from '../../../scripts/lib/static-server';
import { GENERATED_ROUTES } from '../../fixtures/pages/generated';

export { inCard };

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
      // The card fades in over 120 ms, and a shot taken meanwhile shows it half transparent. Playwright's
      // `animations: 'disabled'` does not reach into the card's closed shadow root (a dark card shot still came out
      // half transparent with it alone), so the card's own animations are finished first, through CDP.
      await inCard(page, '.card', (el) => {
        for (const a of el?.getAnimations({ subtree: true }) ?? []) a.finish();
        return null;
      });
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
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

/** A part of the card, read through {@link inCard}: the few locator calls the tests make, nothing more. */
export interface CardPart {
  count(): Promise<number>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<Box | null>;
  evaluate<T>(fn: (el: HTMLElement) => T): Promise<T>;
  /** Waits until the part is rendered (default 5 s). */
  waitFor(options?: { timeout?: number }): Promise<void>;
  /** A real (trusted) click: the pointer moves to the part's centre and presses there, as a user does. */
  click(): Promise<void>;
  locator(selector: string): CardPart;
  first(): CardPart;
}

function cardPart(page: Page, selector: string): CardPart {
  const part: CardPart = {
    // Across every card host, as a CSS locator counted across open roots.
    count: () =>
      inCard(
        page,
        selector,
        (_el, sel, _root, roots) => roots.reduce((n, r) => n + r.querySelectorAll(sel).length, 0),
        selector,
      ),
    textContent: () => inCard(page, selector, (el) => el?.textContent ?? null),
    getAttribute: (name) => inCard(page, selector, (el, n) => el?.getAttribute(n) ?? null, name),
    boundingBox: () =>
      inCard(page, selector, (el) => {
        if (!el) return null;
        const b = el.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }),
    async evaluate(fn) {
      await part.waitFor();
      return inCard(page, selector, fn as (el: HTMLElement | null) => never);
    },
    async waitFor(options = {}) {
      await waitUntil(
        () => inCard(page, selector, (el) => !!el && el.getClientRects().length > 0),
        Boolean,
        options.timeout ?? 5000,
      );
    },
    async click() {
      await part.waitFor();
      // The card animates in and may scroll inside: wait until the part sits still and is what the pointer hits.
      const target = await waitUntil(
        async () => {
          const a = await inCard(page, selector, (el, _arg, root) => {
            if (!el) return null;
            el.scrollIntoView({ block: 'nearest' });
            const b = el.getBoundingClientRect();
            const x = b.x + b.width / 2;
            const y = b.y + b.height / 2;
            const hit = root?.elementFromPoint(x, y);
            return { x, y, hit: !!hit && (hit === el || el.contains(hit)) };
          });
          await page.waitForTimeout(50);
          const b = await part.boundingBox();
          return { a, stable: !!a && !!b && a.x === b.x + b.width / 2 && a.y === b.y + b.height / 2 };
        },
        (v) => !!v.a?.hit && v.stable,
        5000,
      );
      if (!target.a) throw new Error(`card part ${selector} vanished`);
      await page.mouse.click(target.a.x, target.a.y);
    },
    locator: (sub) => cardPart(page, `${selector} ${sub}`),
    first: () => part,
  };
  return part;
}

/**
 * The hover card on a page, read through CDP (see {@link inCard}). The watch button has no text (its label is CSS
 * generated content, hidden from window.find): read its state from `watchLabel()`, its accessible name.
 */
export function cardOf(page: Page) {
  const root = cardPart(page, '.card');
  return {
    root,
    entity: () => root.getAttribute('data-entity'),
    name: root.locator('.name'),
    score: root.locator('.score-ring .score-num'),
    band: root.locator('.score-ring .score-band'),
    /** Present only on a company not assessed: the grey ring, and the sentence saying what was checked. */
    notAssessed: root.locator('.score-ring.not-assessed'),
    notAssessedNote: root.locator('.not-assessed-note'),
    factors: root.locator('.factor'),
    watchButton: root.locator('button.watch'),
    watchLabel: () => root.locator('button.watch').getAttribute('aria-label'),
    /** The outerHTML of the focused element inside the card, if any. */
    focused: () => inCard(page, '.card', (_el, _arg, r) => (r?.activeElement as HTMLElement | null)?.outerHTML ?? null),
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

/** The id of the tab showing `page` (for `popup.html?tabId=`, which describes that tab instead of the active one). */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await h.browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the popup (as a page) describing `tab`, at the popup's size. */
export async function openPopup(h: Harness, tab?: Page): Promise<Page> {
  const query = tab ? `?tabId=${await tabIdOf(h, tab)}` : '';
  const page = await h.extensionPage(`popup.html${query}` as 'popup.html');
  await page.setViewportSize({ width: 420, height: 600 });
  await page.locator('.popup').waitFor();
  return page;
}

/** The popup's parts. */
export function popupOf(page: Page) {
  const search = page.locator('#search-input');
  return {
    search,
    suggestions: page.locator('#search-listbox [role="option"]'),
    rows: page.locator('.watchlist .row'),
    row: (entityId: string) => page.locator(`.watchlist .row[data-entity="${entityId}"]`),
    rowIds: () =>
      page.locator('.watchlist .row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity') ?? '')),
    siteSwitch: page.locator('#site-switch'),
    onThisPage: page.locator('.page-row'),
    importFile: page.locator('[data-testid="import-file"]'),
    report: page.locator('[data-testid="import-report"]'),
    /** Types into search-to-add and picks the first suggestion with Enter, as a keyboard user does. */
    async add(query: string, entityId: string) {
      await search.fill(query);
      await page.locator(`#search-listbox [role="option"][data-entity="${entityId}"]`).waitFor();
      const options = await page
        .locator('#search-listbox [role="option"]')
        .evaluateAll((o) => o.map((x) => x.getAttribute('data-entity')));
      for (let i = 0; i < options.indexOf(entityId); i++) await search.press('ArrowDown');
      await search.press('Enter');
      await page.locator(`.watchlist .row[data-entity="${entityId}"]`).waitFor();
    },
  };
}

/** Runs `action` and saves the download it starts; returns the file's text. */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Sets settings fields directly in storage (what options would save), keeping the rest. */
export async function patchSettings(h: Harness, patch: Record<string, unknown>): Promise<void> {
  await h.browser.worker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}
