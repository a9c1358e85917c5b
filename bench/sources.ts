/**
 * Data-source benchmarks, written to bench/results.json under "sources". Benchmarks, not tests.
 *
 *   mergeMs          merge of the embedded snapshot and the listed universe (public/data/universe.json, as the
 *                    background merges it by default) with every source (the real files of ../shared/data where
 *                    present: SEC tickers, OFAC SDN + non-SDN, 1260H, Entity List + MEU standing in for the CSL,
 *                    plus the fixture custom feed), entity resolution and the packed dictionary included (Node)
 *   cacheBytes       the stored merged view, as V8 serialises it for IndexedDB (structured clone)
 *   coldStartLookupMs  Chromium: stop the service worker (CDP ServiceWorker.stopAllWorkers), then time one lookup
 *                    from an open extension page until it answers (goal ≤ 150 ms), median of several runs; also the
 *                    next lookup (while the whole view loads), a warm one, a cold getDictionary, and a cold call
 *                    that needs no data (the worker's own start)
 *
 *   npm run bench:sources        (after `npm run build:test`; `npm run bench` runs it last)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { Page } from 'playwright-core';
import { nsfregRecords } from '../scripts/dataset/lib/nsfreg';
import { loadOfacRecords } from '../scripts/dataset/universe/lists';
import { CHROME_BUILD_DIR, launchWithExtension } from '../scripts/lib/browser';
import {
  missingSharedData,
  readSharedJson,
  readSharedText,
  SHARED_FILES,
  sharedPath,
} from '../scripts/lib/shared-data';
import { startSourceServer } from '../scripts/lib/source-server';
import { parseSecFile } from '../utils/detect/sec-listings';
import { parseDataset } from '../utils/exposure/schema';
import { hashOf, type MergeInput, mergeSources } from '../utils/sources/merge';
import { parseTargetsSimple } from '../utils/sources/opensanctions';
import { parseUniverse } from '../utils/sources/universe-format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = resolve(ROOT, 'bench/results.json');
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const REAL = [
  SHARED_FILES.secTickersExchange,
  SHARED_FILES.ofacSdnWithCountry,
  SHARED_FILES.ofacConsPrim,
  SHARED_FILES.ofacConsAlt,
  SHARED_FILES.ofacConsAdd,
  SHARED_FILES.dod1260hTargets,
  SHARED_FILES.bisEntityList,
  SHARED_FILES.bisMeu,
];

function info(id: string, name: string) {
  return { id, name, publisher: name, url: 'https://example.org/', asOf: '2026-11-24' };
}

function mergeBench() {
  const embedded = parseDataset(JSON.parse(readFileSync(resolve(ROOT, 'public/data/dataset.json'), 'utf8')));
  const feed = parseDataset(JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/sources/custom/feed.json'), 'utf8')));
  const universe = parseUniverse(JSON.parse(readFileSync(resolve(ROOT, 'public/data/universe.json'), 'utf8')));
  const missing = missingSharedData(REAL);
  const input: MergeInput = {
    embedded,
    universe,
    feeds: [{ ...info('custom', 'Custom feed'), dataset: feed }],
    lists: [],
    matches: [],
  };
  if (!missing) {
    input.sec = { ...info('sec', 'SEC'), rows: parseSecFile(readSharedJson(SHARED_FILES.secTickersExchange)) };
    input.lists.push({ ...info('ofac', 'OFAC'), records: loadOfacRecords() });
    input.lists.push({
      ...info('csl', 'CSL (Entity List + MEU from nsfreg)'),
      records: [
        ...nsfregRecords(readSharedJson(SHARED_FILES.bisEntityList), 'bis-entity-list'),
        ...nsfregRecords(readSharedJson(SHARED_FILES.bisMeu), 'bis-meu'),
      ],
    });
    input.lists.push({
      ...info('opensanctions', 'OpenSanctions'),
      records: parseTargetsSimple(readSharedText(SHARED_FILES.dod1260hTargets), 'us_dod_chinese_milcorps').records,
    });
  } else console.warn(`[bench:sources] merge without the real files: ${missing}`);
  const times: number[] = [];
  let last: ReturnType<typeof mergeSources> | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    last = mergeSources(input, hashOf(String(i)));
    times.push(performance.now() - t);
  }
  const record = { version: 'x', builtAt: Date.now(), dataset: last!.dataset, report: last!.report };
  const records = input.lists.reduce((n, l) => n + l.records.length, 0);
  return {
    inputs: missing
      ? 'embedded + universe + fixture feed only'
      : 'embedded + universe + SEC + OFAC SDN/non-SDN + Entity List/MEU + 1260H + feed (real files)',
    listEntries: records,
    secRows: input.sec?.rows.length ?? 0,
    universeCompanies: universe.companies.length,
    entities: last!.dataset.entities.length,
    mergeMs: round(median(times)),
    cacheBytes: serialize(record).length,
    packedDictionaryChars: Object.values(last!.dataset.packed!).reduce((n, v) => n + String(v).length, 0),
    flagged: Object.fromEntries(Object.entries(last!.report.perSource).map(([k, v]) => [k, v.flagged])),
  };
}

/** The protocol's wire format (@webext-core/messaging), timed in the page. */
function timedCall(page: Page, type: string, data?: unknown) {
  return page.evaluate(
    async ({ type, data }) => {
      const t = performance.now();
      const answer = (await chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      // biome-ignore lint/suspicious/noExplicitAny: answers of several calls, read field by field below
      return { ms: performance.now() - t, res: answer?.res as any, err: answer?.err };
    },
    { type, data },
  );
}

async function coldStartBench() {
  if (!existsSync(resolve(CHROME_BUILD_DIR, 'manifest.json')))
    throw new Error('No test build: run `npm run build:test` first.');
  const server = await startSourceServer(resolve(ROOT, 'test/fixtures/sources'));
  const real = !missingSharedData(REAL);
  if (real) {
    server.mount('/real/sec.json', sharedPath(SHARED_FILES.secTickersExchange));
    server.mount('/real/ofac/sdn.csv', sharedPath(SHARED_FILES.ofacSdnWithCountry));
    server.mount('/real/ofac/consolidated/cons_prim.csv', sharedPath(SHARED_FILES.ofacConsPrim));
    server.mount('/real/ofac/consolidated/cons_alt.csv', sharedPath(SHARED_FILES.ofacConsAlt));
    server.mount('/real/ofac/consolidated/cons_add.csv', sharedPath(SHARED_FILES.ofacConsAdd));
    server.mount('/real/os/us_dod_chinese_milcorps/targets.simple.csv', sharedPath(SHARED_FILES.dod1260hTargets));
  }
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const sources: [string, string, Record<string, unknown>?][] = real
      ? [
          ['sec', server.url('/real/sec.json')],
          ['ofac', server.url('/real/ofac/')],
          ['opensanctions', server.url('/real/os/'), { datasets: ['us_dod_chinese_milcorps'] }],
          ['custom', server.url('/custom/feed.json')],
        ]
      : [
          ['sec', server.url('/sec/company_tickers_exchange.json')],
          ['custom', server.url('/custom/feed.json')],
        ];
    for (const [id, url, extra] of sources) {
      await timedCall(page, 'saveSourceConfig', { id, url, ...extra });
      await timedCall(page, 'saveSourceConfig', { id, enabled: true });
    }
    const refreshMs: Record<string, number> = {};
    for (const [id] of sources) {
      const r = await timedCall(page, 'refreshSource', { id });
      if (r.err || r.res?.error) throw new Error(`${id}: ${JSON.stringify(r.err ?? r.res.error)}`);
      refreshMs[id] = round(r.ms);
    }
    const dictionary = await timedCall(page, 'getDictionary');
    const entityCount = String(dictionary.res.dictionary.entities).split('\n').length;
    const estimate = await page.evaluate(() => navigator.storage.estimate());
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const lookups: number[] = [];
    const dictionaries: number[] = [];
    const warm: number[] = [];
    /** The lookup right after the cold one, while the whole view loads. */
    const second: number[] = [];
    /** A call that needs no data: the worker's own start-up, the floor under every cold call. */
    const boots: number[] = [];
    /** A cold lookup of a company only the listed universe knows (Nippon Steel). */
    const universeLookups: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(400);
      const first = await timedCall(page, 'lookupEntity', { entityId: 'alibaba' });
      if (first.res?.entityId !== 'alibaba') throw new Error(`cold lookup failed: ${JSON.stringify(first)}`);
      lookups.push(first.ms);
      second.push((await timedCall(page, 'lookupEntity', { entityId: 'sec-1045810' })).ms);
      await page.waitForTimeout(1500);
      warm.push((await timedCall(page, 'lookupEntity', { entityId: 'tencent' })).ms);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(400);
      dictionaries.push((await timedCall(page, 'getDictionary')).ms);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(400);
      boots.push((await timedCall(page, 'getAlerts')).ms);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(400);
      const nippon = await timedCall(page, 'lookupEntity', { entityId: 'x-tyo-5401' });
      if (nippon.res?.entityId !== 'x-tyo-5401')
        throw new Error(`cold universe lookup failed: ${JSON.stringify(nippon)}`);
      universeLookups.push(nippon.ms);
    }
    return {
      inputs: real ? 'real SEC, OFAC SDN/non-SDN, 1260H files + fixture feed, served on 127.0.0.1' : 'fixtures only',
      entities: entityCount,
      refreshMs,
      coldStartLookupMs: round(median(lookups)),
      coldStartLookupRunsMs: lookups.map((x) => round(x)),
      coldStartUniverseLookupMs: round(median(universeLookups)),
      coldStartDictionaryMs: round(median(dictionaries)),
      coldStartNoDataCallMs: round(median(boots)),
      secondLookupMs: round(median(second)),
      warmLookupMs: round(median(warm)),
      storageUsageBytes: estimate.usage ?? null,
      runs: RUNS,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const merge = mergeBench();
  const chromium = await coldStartBench();
  mkdirSync(dirname(RESULTS), { recursive: true });
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const out = { merge, chromium, measuredAt: new Date().toISOString() };
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, sources: out }, null, 2)}\n`);
  console.table([
    { metric: `merge + resolution + dictionary, ${merge.entities} entities (ms)`, value: merge.mergeMs, goal: '—' },
    { metric: 'stored merged view (MB, structured clone)', value: round(merge.cacheBytes / 2 ** 20, 2), goal: '—' },
    { metric: 'cold start → first lookup answer (ms, median)', value: chromium.coldStartLookupMs, goal: '≤ 150' },
    {
      metric: 'cold start → lookup of a universe company (ms)',
      value: chromium.coldStartUniverseLookupMs,
      goal: '≤ 150',
    },
    { metric: 'cold start → dictionary (ms, median)', value: chromium.coldStartDictionaryMs, goal: '—' },
    { metric: 'cold start → a call needing no data (ms)', value: chromium.coldStartNoDataCallMs, goal: '—' },
    { metric: 'second lookup, while the view loads (ms)', value: chromium.secondLookupMs, goal: '—' },
    { metric: 'warm lookup (ms)', value: chromium.warmLookupMs, goal: '—' },
    {
      metric: 'extension storage in use (MB)',
      value: round((chromium.storageUsageBytes ?? 0) / 2 ** 20, 2),
      goal: '—',
    },
  ]);
  console.log(`Written to ${RESULTS} under "sources".`);
}

main().catch((err) => {
  console.error(`[bench:sources] ${err instanceof Error ? err.stack : err}`);
  process.exit(1);
});
