/**
 * Page cost seen from outside (issue 17): all the main-thread CPU a page's renderer spends with GeoLens, against the
 * same page without any extension ("bare") and with an extension whose content script is empty (the floor any
 * extension pays), in paired, interleaved runs: run i loads the page in the three browsers one after the other (the
 * order rotates), so a noisy neighbour on the shared machine hits all three alike. Figures are medians of the
 * per-run differences over bare.
 *
 * CPU is the renderer main thread's thread time (`tdur`) from a Chromium trace, split by category from the self time
 * of each complete event: script (incl. microtasks and GC), style, layout, paint, compositing, observers
 * (IntersectionObserver and ResizeObserver passes), parse, other (task overhead and what has no category here).
 *
 * Phases: load (navigation until the page settled: GeoLens's first scan measured, then SETTLE_MS), scroll (wheel
 * steps through the page), and on the live page, changes (the page rewrites its quote bar every second).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD_DIR, CHROMIUM_ARGS } from '../scripts/lib/browser';
import { ensureChromium } from '../scripts/lib/chromium';
import type { Route } from '../scripts/lib/static-server';
import { startTracing, type TraceEvent } from '../scripts/lib/trace';
import { hugePage } from '../test/fixtures/pages/generated';

// ── Pages ────────────────────────────────────────────────────────────────────────────────────────────────────────

const TINY_TEXT = [
  'Shares of Alibaba Group Holding Ltd (NYSE: BABA) rose after the company updated investors on its cloud unit.',
  'MP Materials (NYSE: MP) said magnet output at Mountain Pass was on schedule, while Nvidia (Nasdaq: NVDA) gained.',
  'Tencent and BYD were little changed; Lockheed Martin and RTX slipped after the countersanctions were announced.',
  'Analysts at JPMorgan Chase said Taiwan Semiconductor Manufacturing Co. kept its spending plans unchanged.',
  'Bond yields edged higher as investors priced in a slower pace of rate cuts later in the year.',
];

/** A short news article (~2 KB of text, ~20 mentions): what most page views are. */
const tinyArticle: Route = () => ({
  body:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets today</title>' +
    '<style>body{font:16px/1.6 Georgia,serif;max-width:760px;margin:40px auto}</style></head><body><article>' +
    `<h1>Markets today</h1>${[...TINY_TEXT, ...TINY_TEXT.slice(0, 3)].map((p) => `<p>${p}</p>`).join('')}` +
    '</article></body></html>',
});

/**
 * The 5 MB page with a quote bar of eight companies that the page's own script rewrites (text and colour) when
 * `__startTicker()` is called, once a second: a news page's tickers. GeoLens rescans the changed quotes.
 */
const livePage: Route = (url) => {
  const { body } = hugePage(url);
  const bar =
    '<div id="quotes" style="position:sticky;top:0;background:#fff">' +
    ['Alibaba', 'Nvidia', 'Tencent', 'BYD', 'MP Materials', 'RTX', 'JPMorgan Chase', 'Lockheed Martin']
      .map((n) => `<span class="q">${n} <b>100.00</b></span> `)
      .join('') +
    '</div><script>window.__startTicker=()=>{let k=0;window.__ticks=0;window.__ticker=setInterval(()=>{k++;' +
    'for(const q of document.querySelectorAll(".q b")){q.textContent=(100+((k*7)%13)/10).toFixed(2);' +
    'q.style.color=k%2?"#0a7d32":"#b3261e"}window.__ticks=k},1000)};' +
    'window.__stopTicker=()=>clearInterval(window.__ticker)</script>';
  return { body: body.replace('<body>', `<body>${bar}`) };
};

export const OUTSIDE_ROUTES: Record<string, Route> = { '/bench/tiny': tinyArticle, '/bench/live': livePage };

interface PageSpec {
  key: string;
  path: string;
  /** Runs (pairs) for this page: fewer for the 5 MB pages, whose runs each take seconds. */
  runs: number;
  /** Rewrite-the-quotes phase (the live page). */
  changes?: boolean;
}

export const OUTSIDE_PAGES: PageSpec[] = [
  { key: 'tiny', path: '/bench/tiny', runs: 7 },
  { key: 'article200k', path: '/generated/article?chars=200000', runs: 7 },
  { key: 'infinite', path: '/infinite/', runs: 5 },
  { key: 'page5mb', path: '/bench/live?chars=5000000', runs: 3, changes: true },
];

// ── Browsers ─────────────────────────────────────────────────────────────────────────────────────────────────────

type Variant = 'bare' | 'empty' | 'geolens';
const VARIANTS: Variant[] = ['bare', 'empty', 'geolens'];

/** An MV3 extension whose only content script is empty, on every page at document_idle (as GeoLens runs). */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geolens-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), '// empty\n');
  return dir;
}

async function launch(
  extDir: string | undefined,
  settings?: Record<string, unknown>,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'geolens-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: extDir
      ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...CHROMIUM_ARGS]
      : CHROMIUM_ARGS,
  });
  if (extDir === CHROME_BUILD_DIR) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // Settings under test (e.g. the mark style); the fields not given read as their defaults.
    if (settings) await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ── Traces ───────────────────────────────────────────────────────────────────────────────────────────────────────

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  '__metadata',
];

export const CPU_CATEGORIES = [
  'script',
  'style',
  'layout',
  'paint',
  'compositing',
  'observers',
  'parse',
  'other',
] as const;
type CpuCategory = (typeof CPU_CATEGORIES)[number];
export type PhaseCpu = Record<CpuCategory | 'total' | 'longestTask', number>;

/** Which category an event's self time belongs to, by the event's name (Chromium's devtools.timeline names). */
export function categoryOf(name: string): CpuCategory {
  if (/Intersection|ResizeObserver/i.test(name)) return 'observers';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|Document::updateStyle)/.test(name))
    return 'style';
  if (/^(Layout|LocalFrameView::layout|LayoutShift)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|PaintImage|Decode|RasterTask|PaintArtifact)/.test(name)) return 'paint';
  if (/^(Layerize|UpdateLayerTree|UpdateLayer|CompositeLayers|Commit)/.test(name)) return 'compositing';
  if (name === 'ParseHTML') return 'parse';
  if (
    /^(v8|V8|BlinkGC|MajorGC|MinorGC|GC|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireIdleCallback|FireAnimationFrame|EventDispatch|HandlePostMessage|XHR|CpuProfiler)/.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

/**
 * Main-thread CPU of the renderer that recorded the `bench:end` mark, by category, from the self thread time of its
 * complete events; `longestTask` is the longest top-level task's thread time.
 */
export function mainThreadCpu(events: TraceEvent[]): PhaseCpu {
  const mark = events.filter((e) => e.name === 'bench:end' && e.cat.includes('user_timing')).at(-1);
  const out = Object.fromEntries([...CPU_CATEGORIES, 'total', 'longestTask'].map((k) => [k, 0])) as PhaseCpu;
  if (!mark) return out;
  const tid = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const onMain = events
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time = own thread time minus the thread time of direct children (events nest by wall-clock interval).
  const stack: { end: number; cat: CpuCategory; self: number }[] = [];
  const pop = () => {
    const top = stack.pop();
    if (top) out[top.cat] += Math.max(0, top.self) / 1000;
  };
  for (const e of onMain) {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= e.ts) pop();
    const t = e.tdur ?? e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.self -= t;
    else {
      out.total += t / 1000;
      out.longestTask = Math.max(out.longestTask, t / 1000);
    }
    // A child without a category of its own counts where its parent does (a task's inner slices).
    const own = categoryOf(e.name);
    stack.push({ end: e.ts + (e.dur ?? 0), cat: own === 'other' && parent ? parent.cat : own, self: t });
  }
  while (stack.length) pop();
  return out;
}

// ── Phases ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Quiet time after the page (and GeoLens's first scan) settled, inside the load phase (ms). */
const SETTLE_MS = 1500;
const SCROLL_STEPS = 24;
const SCROLL_STEP_PX = 2000;
const SCROLL_PAUSE_MS = 120;
/** Quote-bar updates in the changes phase (one a second). */
const TICKS = 5;

const endMark = (page: Page) => page.evaluate(() => performance.mark('bench:end'));

async function phase(page: Page, body: () => Promise<void>): Promise<PhaseCpu> {
  const tracing = await startTracing(page, CATEGORIES);
  await body();
  await endMark(page);
  return mainThreadCpu(await tracing.stop());
}

interface RunResult {
  load: PhaseCpu;
  scroll: PhaseCpu;
  changes?: PhaseCpu;
}

async function runOnce(context: BrowserContext, variant: Variant, url: string, spec: PageSpec): Promise<RunResult> {
  const page = await context.newPage();
  try {
    const load = await phase(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      if (variant === 'geolens') {
        await page.waitForFunction(() => performance.getEntriesByName('geolens:scan').length > 0, null, {
          timeout: 120_000,
        });
      }
      await page.waitForTimeout(SETTLE_MS);
    });
    let changes: PhaseCpu | undefined;
    if (spec.changes) {
      changes = await phase(page, async () => {
        await page.evaluate(() => (window as unknown as { __startTicker(): void }).__startTicker());
        await page.waitForFunction((n) => (window as unknown as { __ticks: number }).__ticks >= n, TICKS, {
          timeout: 60_000,
        });
        await page.evaluate(() => (window as unknown as { __stopTicker(): void }).__stopTicker());
        await page.waitForTimeout(500); // GeoLens rescans 100 ms after a change
      });
    }
    const scroll = await phase(page, async () => {
      await page.mouse.move(400, 400);
      for (let i = 0; i < SCROLL_STEPS; i++) {
        await page.mouse.wheel(0, SCROLL_STEP_PX);
        await page.waitForTimeout(SCROLL_PAUSE_MS);
      }
      await page.waitForTimeout(1000);
    });
    return { load, scroll, changes };
  } finally {
    await page.close();
  }
}

// ── Summary ──────────────────────────────────────────────────────────────────────────────────────────────────────

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** Median over runs of (variant − bare) for each category, and the median absolute figures of each variant. */
function summarise(runs: Record<Variant, RunResult>[], phaseKey: keyof RunResult) {
  const keys = [...CPU_CATEGORIES, 'total', 'longestTask'] as const;
  const added = (v: Variant) =>
    Object.fromEntries(
      keys.map((k) => [
        k,
        round(
          median(runs.map((r) => ((r[v][phaseKey] as PhaseCpu)[k] ?? 0) - ((r.bare[phaseKey] as PhaseCpu)[k] ?? 0))),
        ),
      ]),
    );
  const absolute = (v: Variant) => ({
    total: round(median(runs.map((r) => (r[v][phaseKey] as PhaseCpu).total))),
    longestTask: round(median(runs.map((r) => (r[v][phaseKey] as PhaseCpu).longestTask))),
  });
  const ratio =
    Math.round(
      median(
        runs.map((r) => (r.geolens[phaseKey] as PhaseCpu).total / Math.max(1, (r.bare[phaseKey] as PhaseCpu).total)),
      ) * 100,
    ) / 100;
  return {
    /** GeoLens's total over bare's, as a ratio (the live page's budget: ≤ 1.3). */
    ratioToBare: ratio,
    addedByGeolens: added('geolens'),
    addedByEmptyExtension: added('empty'),
    bare: absolute('bare'),
    empty: absolute('empty'),
    geolens: absolute('geolens'),
  };
}

export interface OutsideOptions {
  origin: string;
  /** Overrides each page's run count (e.g. `--runs=3` for a quick look). */
  runs?: number;
  /** Only these page keys. */
  only?: string[];
  /** GeoLens settings to store before the runs (e.g. `{ markStyle: 'background' }`). */
  settings?: Record<string, unknown>;
  log?: (line: string) => void;
}

/** Runs the outside measurement on every page; returns the summary written to bench/results.json. */
export async function measureOutside(options: OutsideOptions): Promise<Record<string, unknown>> {
  const log = options.log ?? console.log;
  const emptyDir = emptyExtension();
  const browsers = {
    bare: await launch(undefined),
    empty: await launch(emptyDir),
    geolens: await launch(CHROME_BUILD_DIR, options.settings),
  };
  const out: Record<string, unknown> = {};
  try {
    for (const spec of OUTSIDE_PAGES) {
      if (options.only && !options.only.includes(spec.key)) continue;
      const n = options.runs ?? spec.runs;
      const runs: Record<Variant, RunResult>[] = [];
      for (let i = 0; i < n; i++) {
        const order = VARIANTS.map((_, k) => VARIANTS[(i + k) % VARIANTS.length] as Variant);
        const run = {} as Record<Variant, RunResult>;
        for (const v of order) run[v] = await runOnce(browsers[v].context, v, `${options.origin}${spec.path}`, spec);
        runs.push(run);
        log(
          `[bench:page] ${spec.key} run ${i + 1}/${n}: load +${round(run.geolens.load.total - run.bare.load.total)} ms, ` +
            `scroll +${round(run.geolens.scroll.total - run.bare.scroll.total)} ms (GeoLens over bare)`,
        );
      }
      out[spec.key] = {
        runs: n,
        load: summarise(runs, 'load'),
        scroll: summarise(runs, 'scroll'),
        ...(spec.changes ? { changes: summarise(runs, 'changes') } : {}),
      };
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
  return out;
}

type Summary = ReturnType<typeof summarise>;
export type OutsidePage = { runs: number } & Record<'load' | 'scroll', Summary> & { changes?: Summary };

/** One printable row per page and phase: CPU GeoLens and the empty extension add over bare, medians of pairs. */
export function outsideRows(outside: Record<string, OutsidePage>) {
  const rows: Record<string, string | number>[] = [];
  for (const [key, page] of Object.entries(outside)) {
    for (const ph of ['load', 'scroll', 'changes'] as const) {
      const s = page[ph];
      if (!s) continue;
      const g = s.addedByGeolens as Record<string, number>;
      rows.push({
        page: key,
        phase: ph,
        'bare ms': s.bare.total,
        '+empty ext': (s.addedByEmptyExtension as Record<string, number>).total ?? 0,
        '+GeoLens': g.total ?? 0,
        script: g.script ?? 0,
        style: g.style ?? 0,
        layout: g.layout ?? 0,
        paint: g.paint ?? 0,
        compositing: g.compositing ?? 0,
        observers: g.observers ?? 0,
        'longest task G/bare': `${s.geolens.longestTask}/${s.bare.longestTask}`,
        'G/bare': s.ratioToBare,
      });
    }
  }
  return rows;
}
