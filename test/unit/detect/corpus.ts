/**
 * The labelled development corpus (test/fixtures/corpus/) and its span-level evaluation. Shared by the corpus test
 * and `npm run bench` (which only needs the texts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDictionary } from '@/utils/detect/dictionary';
import { parseSecFile, type SecRow, withSecEntries } from '@/utils/detect/sec-listings';
import type { DictionaryEntry, Mention } from '@/utils/detect/types';
import { type Dataset, parseDataset } from '@/utils/exposure/schema';
import { SHARED_FILES, sharedPath } from '../../../scripts/lib/shared-data';

export const CORPUS_DIR = 'test/fixtures/corpus';

/** `[surface, entity]` or `[surface, entity, skip]` (skip that many earlier occurrences of the surface). */
export type LabelRow = [string, string] | [string, string, number];

export interface Article {
  name: string;
  text: string;
  url: string;
  kind: string;
  mentions: LabelRow[];
  notCompanies: string[];
}

export function loadCorpus(root = process.cwd()): Article[] {
  const dir = resolve(root, CORPUS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const labels = JSON.parse(readFileSync(resolve(dir, `${name}.labels.json`), 'utf8'));
      return { name, text: readFileSync(resolve(dir, f), 'utf8'), ...labels };
    });
}

/** Where SEC's company_tickers_exchange.json lives: `GEOLENS_SEC_FILE`, else the shared data's (scripts/lib/shared-data.ts). */
export function secFilePath(): string {
  return process.env.GEOLENS_SEC_FILE ?? sharedPath(SHARED_FILES.secTickersExchange);
}

export interface EvalData {
  dataset: Dataset;
  sec: SecRow[];
  entries: DictionaryEntry[];
}

export function loadEvalData(root = process.cwd()): EvalData | string {
  const path = secFilePath();
  if (!existsSync(path)) return `SEC source not found at ${path} (set GEOLENS_SEC_FILE)`;
  const dataset = parseDataset(JSON.parse(readFileSync(resolve(root, 'public/data/dataset.json'), 'utf8')));
  const sec = parseSecFile(JSON.parse(readFileSync(path, 'utf8')));
  return { dataset, sec, entries: withSecEntries(buildDictionary(dataset.entities), sec) };
}

/** Letters and digits, CJK aside: Chinese and Japanese names need no word boundary. */
function isAlnum(c: string | undefined): boolean {
  return (
    c !== undefined &&
    /[\p{L}\p{N}]/u.test(c) &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c)
  );
}

/** Occurrences of `word` in `text` not inside a longer word. */
export function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((!isAlnum(word[0]) || !isAlnum(before)) && (!isAlnum(word.at(-1)) || !isAlnum(after))) out.push(i);
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
  entity: string;
}

/** Turns an article's label rows into spans, in order; throws when a row cannot be found after the previous one. */
export function labelSpans(article: Article): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const [surface, entity, skip = 0] of article.mentions) {
    const at = occurrences(article.text, surface).filter((i) => i >= from)[skip];
    if (at === undefined) throw new Error(`${article.name}: label "${surface}" not found after offset ${from}`);
    spans.push({ start: at, end: at + surface.length, entity });
    from = at + surface.length;
  }
  return spans;
}

/** Canonical identity of a company across curated ids and SEC rows: `cik:N` when known, else `id:slug`. */
export function createCanon(data: EvalData): { ofEntityId(id: string): string; ofLabel(label: string): string | null } {
  const curated = new Map(data.dataset.entities.map((e) => [e.id, e]));
  const secCiks = new Set(data.sec.map((r) => r.cik));
  const secByTicker = new Map(data.sec.map((r) => [r.ticker.toUpperCase(), r.cik]));
  const known = new Set(data.entries.map((e) => e.entityId));
  const ofEntityId = (id: string): string => {
    if (id.startsWith('sec-')) return `cik:${id.slice(4)}`;
    const e = curated.get(id);
    return e?.cik ? `cik:${e.cik}` : `id:${id}`;
  };
  const ofLabel = (label: string): string | null => {
    if (label.startsWith('other:')) return null;
    if (label.startsWith('cik:')) {
      const cik = Number(label.slice(4));
      const inCurated = data.dataset.entities.some((e) => e.cik === cik);
      return secCiks.has(cik) || inCurated ? `cik:${cik}` : null;
    }
    if (label.startsWith('ticker:')) {
      const cik = secByTicker.get(label.slice(7).toUpperCase());
      return cik === undefined ? null : `cik:${cik}`;
    }
    return known.has(label) ? ofEntityId(label) : null;
  };
  return { ofEntityId, ofLabel };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
  wordHits: string[];
}

/** Span-level precision and recall over entities in the data; see test/fixtures/corpus/README.md for the rules. */
export function evaluate(articles: Article[], data: EvalData, find: (text: string) => Mention[]): Score {
  const canon = createCanon(data);
  const score: Score = {
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 0,
    recall: 0,
    falsePositives: [],
    falseNegatives: [],
    wordHits: [],
  };
  for (const article of articles) {
    const gold = labelSpans(article).map((s) => ({ ...s, canon: canon.ofLabel(s.entity) }));
    const predicted = find(article.text);
    const used = new Set<number>();
    const where = (s: number, e: number) =>
      `${article.name} @${s} "${article.text.slice(s, e)}" …${article.text.slice(Math.max(0, s - 30), e + 30).replace(/\s+/g, ' ')}…`;
    for (const m of predicted) {
      const c = canon.ofEntityId(m.entityId);
      const exact = gold.findIndex((g) => g.start === m.start && g.end === m.end && g.canon === c);
      if (exact >= 0) {
        score.tp++;
        used.add(exact);
        continue;
      }
      // A prediction over a company that is not in the data (labelled "other:") is neither right nor wrong.
      if (gold.some((g) => g.canon === null && m.start < g.end && m.end > g.start)) continue;
      score.fp++;
      score.falsePositives.push(`${where(m.start, m.end)} → ${m.entityId} (${m.tier})`);
    }
    gold.forEach((g, i) => {
      if (g.canon === null || used.has(i)) return;
      score.fn++;
      score.falseNegatives.push(`${where(g.start, g.end)} (${g.entity})`);
    });
    for (const word of article.notCompanies) {
      for (const at of occurrences(article.text, word)) {
        // A word inside a longer mention ("AMC.US", "SPDR S&P 500 ETF Trust") is not matched on its own.
        const hit = predicted.find((m) => m.start >= at && m.end <= at + word.length);
        if (hit) score.wordHits.push(`${article.name}: "${word}" matched as ${hit.entityId}`);
      }
    }
  }
  score.precision = score.tp / Math.max(1, score.tp + score.fp);
  score.recall = score.tp / Math.max(1, score.tp + score.fn);
  return score;
}
