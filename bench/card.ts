/**
 * `npm run bench:card` (builds first) — what the hover card costs, for docs/adr/0007: the
 * `geolens:card-open` user-timing entry (intent → placed card) cold (a fresh tab opened by keyboard: nothing cached
 * or prefetched), on the first hover of a fresh tab (prefetched during the hover delay) and warm (the same mention
 * again), and the page's JS heap with a card open after a forced GC
 * (CDP `Runtime.getHeapUsage`: the renderer isolate, so the page's main world and GeoLens's isolated world together).
 * Prints JSON; never fails a build. `EXT_DIR=<unpacked build>` measures another build (e.g. one of an older commit). It reads only performance entries, so it measures any build of the card.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../scripts/lib/browser';
import { demoHeadlinePoint } from '../scripts/lib/demo-page';
import { serveDirectory } from '../scripts/lib/static-server';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pages');
const RUNS = Number(process.env.RUNS ?? 9);
/** Longer than the card's close grace (hover-intent CLOSE_GRACE_MS = 300 ms). */
const CLOSED_AFTER_MS = 700;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 10) / 10;

/** Hovers the headline and returns the next geolens:card-open entry's duration and whether it was warm. */
async function openOnce(page: Page): Promise<{ ms: number; warm: boolean }> {
  const previous = await page.evaluate(() => performance.getEntriesByName('geolens:card-open')[0]?.startTime ?? -1);
  const at = await demoHeadlinePoint(page);
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(
    (prev) => (performance.getEntriesByName('geolens:card-open')[0]?.startTime ?? -1) > prev,
    previous,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const e = performance.getEntriesByName('geolens:card-open')[0] as PerformanceMeasure;
    return { ms: e.duration, warm: (e.detail as { warm: boolean }).warm };
  });
}

/**
 * A first open by keyboard (the next-mention command, sent as the background's command handler sends it): nothing
 * is prefetched, so the card waits for the background's answer — the cold path.
 */
async function openByKeyboard(page: Page, browser: ExtensionBrowser): Promise<{ ms: number; warm: boolean }> {
  await page.bringToFront();
  const url = page.url();
  await browser.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    await chrome.tabs.sendMessage(
      tab.id,
      { id: Date.now(), type: 'focusMention', data: { direction: 'next' }, timestamp: Date.now() },
      { frameId: 0 },
    );
  }, url);
  await page.waitForFunction(() => performance.getEntriesByName('geolens:card-open').length > 0, null, {
    timeout: 10_000,
  });
  return page.evaluate(() => {
    const e = performance.getEntriesByName('geolens:card-open')[0] as PerformanceMeasure;
    return { ms: e.duration, warm: (e.detail as { warm: boolean }).warm };
  });
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function main() {
  const site = await serveDirectory(PAGES);
  const browser = await launchWithExtension({ extensionDir: process.env.EXT_DIR });
  const cold: number[] = [];
  const firstHover: number[] = [];
  const warm: number[] = [];
  const heapOpen: number[] = [];
  const heapClosed: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/demo/`);
    await page.waitForFunction(() => performance.getEntriesByName('geolens:scan').length > 0, null, {
      timeout: 30_000,
    });
    await page.mouse.move(2, 2);
    heapClosed.push(await heapUsed(page));
    const first = await openOnce(page);
    firstHover.push(first.ms);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(CLOSED_AFTER_MS);
    const second = await openOnce(page);
    if (second.warm) warm.push(second.ms);
    await page.waitForTimeout(300);
    heapOpen.push(await heapUsed(page));
    await page.close();
    // Cold: a fresh tab opened by keyboard.
    const fresh = await browser.context.newPage();
    await fresh.goto(`${site.origin}/demo/`);
    await fresh.waitForFunction(() => performance.getEntriesByName('geolens:scan').length > 0, null, {
      timeout: 30_000,
    });
    const k = await openByKeyboard(fresh, browser);
    if (!k.warm) cold.push(k.ms);
    await fresh.close();
  }
  const kib = (b: number) => Math.round(b / 1024);
  console.log(
    JSON.stringify(
      {
        runs: RUNS,
        cardOpenColdMs: { median: round(median(cold)), samples: cold.map(round) },
        firstHoverMs: { median: round(median(firstHover)), samples: firstHover.map(round) },
        cardOpenWarmMs: { median: round(median(warm)), samples: warm.map(round) },
        heapWithCardOpenKiB: { median: kib(median(heapOpen)), min: kib(Math.min(...heapOpen)) },
        heapBeforeFirstOpenKiB: { median: kib(median(heapClosed)), min: kib(Math.min(...heapClosed)) },
      },
      null,
      2,
    ),
  );
  await browser.close();
  await site.close();
}

await main();
