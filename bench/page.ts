/**
 * Page benchmarks in a real Chromium with the test build of the extension (.output/chrome-mv3-test), written to bench/results.json
 * under "page". Benchmarks, not tests: they report, they never fail a build.
 *
 *   annotateMs        content-script main-thread time to scan and paint a 200 KB-text article (goal ≤ 20 ms), as
 *                     wall-clock time inside GeoLens's slices
 *   annotateCpuMs     the same, as the main thread's CPU time in tasks that run GeoLens's code (from a Chromium
 *                     trace: ./lib/trace.ts); lower when the thread waits for a CPU during a slice
 *   startupCpuMs      the content script's CPU before the scan: loading, settings, the dictionary and its compile
 *   longestTaskMs     the longest task during GeoLens's work on a 5 MB page and on an infinite feed (goal ≤ 50 ms)
 *   cardOpenMs        intent to painted card with a warm cache (goal ≤ 16 ms)
 *   heapBytes         extra JS heap of a page with GeoLens vs the same page without (goal ≤ 8 MB)
 *   bundleGzipBytes   content script, gzipped, without data (goal ≤ 60 KB)
 *
 * Timings come from GeoLens's own user-timing entries (geolens:scan, geolens:card-open) and a PerformanceObserver
 * for long tasks. Run with `npm run bench` (it builds first) or `npx tsx bench/page.ts` after `npm run build:test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROME_BUILD_DIR, launchWithExtension } from '../scripts/lib/browser';
import { waitForNoCard } from '../scripts/lib/card-cdp';
import { ensureChromium } from '../scripts/lib/chromium';
import { demoHeadlinePoint } from '../scripts/lib/demo-page';
import { callBackground } from '../scripts/lib/protocol-call';
import { SHARED_FILES, sharedPath } from '../scripts/lib/shared-data';
import { startSourceServer } from '../scripts/lib/source-server';
import { serveDirectory } from '../scripts/lib/static-server';
import { extensionCpu, startTracing } from '../scripts/lib/trace';
import { GENERATED_ROUTES } from '../test/fixtures/pages/generated';
import { measureOutside, OUTSIDE_ROUTES, type OutsidePage, outsideRows } from './page-outside';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = resolve(ROOT, 'bench/results.json');
const RUNS = 9;

/**
 * `--outside-only` runs only the outside measurement (and keeps the other figures in results.json as they were);
 * `--runs=N` overrides its run count; `--pages=tiny,article200k` picks its pages.
 */
const ARGS = (() => {
  const argv = process.argv.slice(2);
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    outsideOnly: argv.includes('--outside-only'),
    runs: value('runs') ? Number(value('runs')) : undefined,
    only: value('pages')?.split(','),
    /** `--settings={"markStyle":"background"}`: GeoLens settings for the outside runs (ADR 0008's comparisons). */
    settings: value('settings') ? (JSON.parse(value('settings') as string) as Record<string, unknown>) : undefined,
  };
})();

interface ScanDetail {
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  mentions: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Records long tasks from the start of the page, in the page's main world. */
const LONGTASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function lastScan(page: Page, timeoutMs = 60_000): Promise<ScanDetail & { start: number; end: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('geolens:scan').length > 0, null, {
    timeout: timeoutMs,
  });
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('geolens:scan') as PerformanceMeasure[];
    const e = entries[entries.length - 1] as PerformanceMeasure;
    return { ...(e.detail as ScanDetail), start: e.startTime, end: e.startTime + e.duration };
  });
}

async function longTasksBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ({ from, to }) =>
      ((window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks ?? [])
        .filter((t) => t.start + t.duration >= from && t.start <= to)
        .reduce((m, t) => Math.max(m, t.duration), 0),
    { from, to },
  );
}

async function main() {
  if (!existsSync(resolve(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error('No test build in .output/chrome-mv3-test: run `npm run build:test` first (npm run bench does).');
  }
  const site = await serveDirectory(resolve(ROOT, 'test/fixtures/pages'), 0, {
    ...GENERATED_ROUTES,
    ...OUTSIDE_ROUTES,
  });
  const out: Record<string, unknown> = {};
  // 0. From outside the page: all the main-thread CPU GeoLens causes, against bare and an empty extension.
  out.outside = await measureOutside({
    origin: site.origin,
    runs: ARGS.runs,
    only: ARGS.only,
    settings: ARGS.settings,
  });
  if (ARGS.outsideOnly) {
    await site.close();
    return save(out);
  }
  const browser = await launchWithExtension();
  await browser.context.addInitScript(LONGTASK_OBSERVER);

  // 1. A 200 KB article: scan + paint time (median of RUNS loads).
  const annotate: ScanDetail[] = [];
  const annotateCpu: number[] = [];
  const startupCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    const tracing = await startTracing(page);
    await page.goto(`${site.origin}/generated/article?chars=200000`);
    annotate.push(await lastScan(page));
    const cpu = extensionCpu(await tracing.stop(), 'geolens:scan');
    if (cpu) {
      annotateCpu.push(cpu.duringMs);
      startupCpu.push(cpu.beforeMs);
    }
    await page.close();
  }
  out.article200k = {
    annotateMs: round(median(annotate.map((a) => a.busyMs))),
    annotateCpuMs: round(median(annotateCpu)),
    startupCpuMs: round(median(startupCpu)),
    longestSliceMs: round(median(annotate.map((a) => a.longestSliceMs))),
    slices: median(annotate.map((a) => a.slices)),
    mentions: annotate[0]?.mentions,
    runs: RUNS,
  };

  // 2. A 5 MB page: the longest task while GeoLens scans it (the page's own parse and first layout come before).
  {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/generated/huge?chars=5000000`);
    const scan = await lastScan(page, 120_000);
    await page.waitForTimeout(1500);
    out.page5mb = {
      textChars: await page.evaluate(() => document.body.textContent?.length ?? 0),
      scanWallMs: round(scan.end - scan.start),
      busyMs: round(scan.busyMs),
      longestSliceMs: round(scan.longestSliceMs),
      longestTaskMs: round(await longTasksBetween(page, scan.start, scan.end + 1000)),
      mentions: scan.mentions,
    };
    await page.close();
  }

  // 3. An infinite feed: scroll through 20 batches; the longest task from the first scan on.
  {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/infinite/`);
    const scan = await lastScan(page);
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, 5000);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1000);
    out.infiniteScroll = {
      batches: await page.evaluate(() => (window as unknown as { __batches: number }).__batches),
      paintedRanges: await page.evaluate(() => CSS.highlights.get('geolens-mention')?.size ?? 0),
      longestTaskMs: round(await longTasksBetween(page, scan.start, Number.POSITIVE_INFINITY)),
    };
    await page.close();
  }

  // 4. Card open with a warm cache: hover a mention, leave, hover again; read geolens:card-open.
  {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/demo/`);
    await lastScan(page);
    const samples: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const box = await demoHeadlinePoint(page);
      await page.mouse.move(2, 2);
      await waitForNoCard(page);
      // Only the latest geolens:card-open entry is kept: wait for one newer than the last.
      const previous = await page.evaluate(() => performance.getEntriesByName('geolens:card-open')[0]?.startTime ?? -1);
      await page.mouse.move(box.x, box.y);
      await page.waitForFunction(
        (prev) => (performance.getEntriesByName('geolens:card-open')[0]?.startTime ?? -1) > prev,
        previous,
        { timeout: 10_000 },
      );
      const d = await page.evaluate(
        () => (performance.getEntriesByName('geolens:card-open')[0] as PerformanceMeasure).duration,
      );
      // The first open fetches the card from the background; the others are warm.
      if (i > 0) samples.push(d);
    }
    out.cardOpenWarmMs = round(median(samples));
    await page.close();
  }

  // 5. Heap: the same article with and without the extension, after a forced GC.
  {
    const heapOf = async (page: Page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize;
    };
    const withExt = await browser.context.newPage();
    await withExt.goto(`${site.origin}/generated/article?chars=200000`);
    await lastScan(withExt);
    const used = await heapOf(withExt);
    const plainBrowser = await chromium.launch({
      executablePath: ensureChromium(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const plain = await plainBrowser.newPage();
    await plain.goto(`${site.origin}/generated/article?chars=200000`);
    await plain.waitForTimeout(1000);
    const baseline = await heapOf(plain);
    await plainBrowser.close();
    // The companies in the dictionary the tab received (default settings: the embedded dataset and the universe).
    const extPage = await browser.context.newPage();
    await extPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const { dictionary: defaultPacked } = (await callBackground(extPage, 'getDictionary')) as {
      dictionary: { entities: string };
    };
    await extPage.close();
    const dictionary = defaultPacked.entities.split('\n').length;
    out.heap = {
      heapBytes: used - baseline,
      withExtension: used,
      withoutExtension: baseline,
      dictionaryEntities: dictionary,
    };

    // 5b. The same with the SEC source on (the real file, served locally): the dictionary a user with live data has.
    const secFile = sharedPath(SHARED_FILES.secTickersExchange);
    if (existsSync(secFile)) {
      const server = await startSourceServer(resolve(ROOT, 'test/fixtures/sources'));
      server.mount('/real/company_tickers_exchange.json', secFile);
      try {
        const options = await browser.context.newPage();
        await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
        await callBackground(options, 'saveSourceConfig', {
          id: 'sec',
          enabled: true,
          url: server.url('/real/company_tickers_exchange.json'),
        });
        const refreshed = (await callBackground(options, 'refreshSource', { id: 'sec' })) as { error?: string };
        if (refreshed.error) throw new Error(`SEC refresh failed: ${refreshed.error}`);
        const { dictionary: packed } = (await callBackground(options, 'getDictionary')) as {
          dictionary: { entities: string };
        };
        await options.close();
        const page = await browser.context.newPage();
        await page.goto(`${site.origin}/generated/article?chars=200000`);
        await lastScan(page);
        const usedWithSec = await heapOf(page);
        (out.heap as Record<string, unknown>).withSec = {
          heapBytes: usedWithSec - baseline,
          dictionaryEntities: packed.entities.split('\n').length,
        };
        await page.close();
      } finally {
        await server.close();
      }
    } else {
      console.log(`[bench:page] SEC heap figure skipped: ${secFile} not found`);
    }
  }

  await browser.close();
  await site.close();

  // 6. Bundle: the content script, gzipped (the dictionary arrives from the background, not in the bundle).
  const js = readFileSync(resolve(CHROME_BUILD_DIR, 'content-scripts/content.js'));
  out.bundle = { contentScriptBytes: js.length, contentScriptGzipBytes: gzipSync(js, { level: 9 }).length };

  save(out);

  const a = out.article200k as { annotateMs: number; annotateCpuMs: number; startupCpuMs: number };
  const p5 = out.page5mb as { longestTaskMs: number; longestSliceMs: number; scanWallMs: number };
  const inf = out.infiniteScroll as { longestTaskMs: number };
  const heap = out.heap as {
    heapBytes: number;
    dictionaryEntities: number;
    withSec?: { heapBytes: number; dictionaryEntities: number };
  };
  const bundle = out.bundle as { contentScriptGzipBytes: number };
  console.table([
    { metric: 'annotate 200 KB article (ms main thread, wall)', value: a.annotateMs, goal: '≤ 20' },
    { metric: 'annotate 200 KB article (ms main-thread CPU)', value: a.annotateCpuMs, goal: '≤ 20' },
    { metric: 'content-script start-up before the scan (ms CPU)', value: a.startupCpuMs, goal: '—' },
    { metric: 'longest task, 5 MB page (ms)', value: p5.longestTaskMs, goal: '≤ 50' },
    { metric: 'longest GeoLens slice, 5 MB page (ms)', value: p5.longestSliceMs, goal: '≤ 50' },
    { metric: '5 MB page fully scanned (ms wall)', value: p5.scanWallMs, goal: '—' },
    { metric: 'longest task, infinite scroll (ms)', value: inf.longestTaskMs, goal: '≤ 50' },
    { metric: 'intent → visible card, warm (ms)', value: out.cardOpenWarmMs, goal: '≤ 16' },
    {
      metric: `JS heap, ${heap.dictionaryEntities}-entity dictionary (MB)`,
      value: round(heap.heapBytes / 2 ** 20, 2),
      goal: '≤ 8',
    },
    ...(heap.withSec
      ? [
          {
            metric: `JS heap, ${heap.withSec.dictionaryEntities}-entity dictionary with SEC (MB)`,
            value: round(heap.withSec.heapBytes / 2 ** 20, 2),
            goal: '≤ 8',
          },
        ]
      : []),
    { metric: 'content script gzipped (KB)', value: round(bundle.contentScriptGzipBytes / 1024), goal: '≤ 60' },
  ]);
  console.log(`Written to ${RESULTS} under "page".`);
}

/** Writes the figures under "page" (keeping the ones this run did not measure) and prints the outside table. */
function save(out: Record<string, unknown>): void {
  mkdirSync(dirname(RESULTS), { recursive: true });
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const page = {
    ...(previous.page as Record<string, unknown> | undefined),
    ...out,
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, page }, null, 2)}\n`);
  console.table(outsideRows(out.outside as Record<string, OutsidePage>));
}

main().catch((err) => {
  console.error(`[bench:page] ${err instanceof Error ? err.stack : err}`);
  process.exit(1);
});
