/**
 * `npm run bench:signals`: what "In this article" costs when a card first opens (issue 15) — the signals of the
 * busiest company of a 200 KB article, computed by `extractSignalsFor` — written to bench/results.json under
 * "signals". Two texts: the page benchmark's generated 200 KB article (test/fixtures/pages/generated.ts) and 200 KB of
 * the real news corpus (test/fixtures/corpus), whose sentences carry many more cues. A benchmark, never a test.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFile, loadMatcher } from '../scripts/scan';
import { longArticle } from '../test/fixtures/pages/generated';
import type { Mention } from '../utils/detect/types';
import { extractSignals, extractSignalsFor } from '../utils/signals';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = resolve(ROOT, 'bench/results.json');
const CHARS = 200_000;
const RUNS = 15;

function generatedArticle(): string {
  const { body } = longArticle(new URL(`http://bench.invalid/generated/article?chars=${CHARS}`));
  return String(body)
    .replace(/<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .trim();
}

function corpusArticle(): string {
  const dir = resolve(ROOT, 'test/fixtures/corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; out.length < CHARS; i++) out += `${texts[i % texts.length]}\n`;
  return out.slice(0, CHARS);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function busiest(mentions: readonly Mention[]): [string, number] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]!;
}

function measure(label: string, text: string, matcher: ReturnType<typeof loadMatcher>) {
  const { mentions } = detectFile(matcher, 'bench.txt', text);
  const [entityId, count] = busiest(mentions);
  const t0 = performance.now();
  const first = extractSignalsFor(text, mentions, entityId);
  const coldMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    extractSignalsFor(text, mentions, entityId);
    times.push(performance.now() - t);
  }
  const t1 = performance.now();
  const all = extractSignals(text, mentions);
  const allMs = performance.now() - t1;
  const row = {
    chars: text.length,
    mentions: mentions.length,
    busiestEntity: entityId,
    busiestMentions: count,
    signals: first.length,
    firstOpenMs: Math.round(coldMs * 10) / 10,
    medianMs: Math.round(median(times) * 10) / 10,
    wholePageMs: Math.round(allMs * 10) / 10,
    wholePageSignals: all.length,
  };
  console.log(
    `${label.padEnd(22)} ${row.busiestEntity} (${count} mentions): first open ${row.firstOpenMs} ms, median ${row.medianMs} ms, ${row.signals} signals; whole page ${row.wholePageMs} ms`,
  );
  return row;
}

const matcher = loadMatcher([]);
const signals = {
  note: 'extractSignalsFor on the busiest company of a 200 KB text, in Node (tsx); the card runs it once per company per page',
  generatedArticle: measure('generated 200 KB', generatedArticle(), matcher),
  newsCorpus: measure('news corpus 200 KB', corpusArticle(), matcher),
};
const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(RESULTS, `${JSON.stringify({ ...previous, signals }, null, 2)}\n`);
console.log('wrote bench/results.json (signals)');
