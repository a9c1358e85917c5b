/**
 * The labelled development corpus (test/fixtures/corpus/) and its span-level evaluation. Shared by the corpus test
 * and `npm run bench` (which only needs the texts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compilePackedMatcher, createMatchContext } from '@/utils/detect/matcher';
import { parseSecFile, type SecRow } from '@/utils/detect/sec-listings';
import type { Mention } from '@/utils/detect/types';
import { parseDataset } from '@/utils/exposure/schema';
import { mergeSources } from '@/utils/sources/merge';
import type { MergedDataset, MergedEntity } from '@/utils/sources/merged-dataset';
import { symbolKey } from '@/utils/sources/resolution';
import { parseUniverse, splitListing } from '@/utils/sources/universe-format';
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

/** The data a matcher was built from: the merged view as the background builds it, and the SEC rows when on. */
export interface EvalData {
  merged: MergedDataset;
  sec: SecRow[];
}

const SEC_INFO = {
  id: 'sec',
  name: 'SEC company tickers',
  publisher: 'U.S. Securities and Exchange Commission',
  url: 'https://www.sec.gov/files/company_tickers_exchange.json',
  asOf: '2026-01-01',
};

/**
 * The merged view with DEFAULT settings — the embedded dataset and the listed universe, no live source — and, for
 * the informational figure, the same with the SEC source on. Built by `mergeSources`, as the background does.
 */
export function loadEvalData(root = process.cwd()): { defaults: EvalData; withSec: EvalData } | string {
  const path = secFilePath();
  if (!existsSync(path)) return `SEC source not found at ${path} (set GEOLENS_SEC_FILE)`;
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));
  const embedded = parseDataset(read('public/data/dataset.json'));
  const universe = existsSync(resolve(root, UNIVERSE_FILE)) ? parseUniverse(read(UNIVERSE_FILE)) : undefined;
  const sec = parseSecFile(read(path));
  const base = { embedded, ...(universe ? { universe } : {}), feeds: [], lists: [], matches: [] };
  return {
    // The SEC rows only resolve `ticker:` labels to a CIK here: the matcher gets the merged view alone.
    defaults: { merged: mergeSources(base, 'corpus').dataset, sec },
    withSec: { merged: mergeSources({ ...base, sec: { ...SEC_INFO, rows: sec } }, 'corpus-sec').dataset, sec },
  };
}

export const UNIVERSE_FILE = 'public/data/universe.json';

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

/** The market groups per-market recall is reported by (the home market of the labelled company). */
export const MARKET_GROUPS = ['US', 'JP', 'KR', 'TW', 'HK/CN', 'IN', 'UK', 'EU', 'AU', 'CA', 'Gulf', 'other'] as const;
export type MarketGroup = (typeof MARKET_GROUPS)[number];

const GROUP_OF_MARKET: Record<string, MarketGroup> = {
  NYSE: 'US',
  NASDAQ: 'US',
  CBOE: 'US',
  OTC: 'US',
  US: 'US',
  TYO: 'JP',
  KRX: 'KR',
  KOSDAQ: 'KR',
  TWSE: 'TW',
  TPEX: 'TW',
  HKEX: 'HK/CN',
  SSE: 'HK/CN',
  SZSE: 'HK/CN',
  NSE: 'IN',
  BSE: 'IN',
  LSE: 'UK',
  ASX: 'AU',
  TSX: 'CA',
  TSXV: 'CA',
  TADAWUL: 'Gulf',
  ADX: 'Gulf',
  DFM: 'Gulf',
  QSE: 'Gulf',
};
const GROUP_OF_COUNTRY: Record<string, MarketGroup> = {
  US: 'US',
  JP: 'JP',
  KR: 'KR',
  TW: 'TW',
  CN: 'HK/CN',
  HK: 'HK/CN',
  IN: 'IN',
  GB: 'UK',
  AU: 'AU',
  CA: 'CA',
  SA: 'Gulf',
  AE: 'Gulf',
  QA: 'Gulf',
  KW: 'Gulf',
  BH: 'Gulf',
  OM: 'Gulf',
};
const EUROPE =
  /^(?:XETRA|FRANKFURT|EURONEXT|SIX|BME|NASDAQ (?:STOCKHOLM|COPENHAGEN|HELSINKI)|OSLO|VIENNA|BUDAPEST|WARSAW)/;
const EUROPE_COUNTRIES = new Set('DE FR NL IT ES CH SE DK FI NO AT BE PT IE LU PL HU CZ GR'.split(' '));

/** The home market of a company: its primary listing's market, else its headquarters (private companies). */
export function marketGroupOf(e: Pick<MergedEntity, 'listings' | 'hq'>): MarketGroup {
  const home = (e.listings.find((l) => l.primary) ?? e.listings[0])?.exchange.toUpperCase();
  if (home) return GROUP_OF_MARKET[home] ?? (EUROPE.test(home) ? 'EU' : 'other');
  if (!e.hq) return 'other';
  return GROUP_OF_COUNTRY[e.hq] ?? (EUROPE_COUNTRIES.has(e.hq) ? 'EU' : 'other');
}

interface Canon {
  /** `cik:N` when the company has a CIK, else `id:<entity id>`. */
  ofEntityId(id: string): string;
  /** The canonical company of a label, `null` when it is not in the data (left out of recall). */
  ofLabel(label: string): string | null;
  /** The home market of a canonical company. */
  groupOf(canon: string): MarketGroup;
}

/**
 * Canonical identity of a company across curated ids, universe ids and SEC rows: `cik:N` when known, else `id:slug`.
 * `listing:MARKET:SYMBOL` labels name the company of the data holding that listing (symbols compare as detection
 * does: HK codes without leading zeros, `BRK-B` = `BRK.B`).
 */
export function createCanon(data: EvalData): Canon {
  const byId = new Map(data.merged.entities.map((e) => [e.id, e]));
  const byCik = new Map<number, MergedEntity>();
  const byListing = new Map<string, MergedEntity>();
  for (const e of data.merged.entities) {
    if (e.cik && !byCik.has(e.cik)) byCik.set(e.cik, e);
    for (const l of e.listings) {
      const key = `${l.exchange.toUpperCase()}:${symbolKey(l.ticker)}`;
      if (!byListing.has(key)) byListing.set(key, e);
    }
  }
  const secByTicker = new Map(data.sec.map((r) => [r.ticker.toUpperCase(), r.cik]));
  const groups = new Map<string, MarketGroup>();
  const canonOf = (e: MergedEntity) => {
    const c = e.cik ? `cik:${e.cik}` : `id:${e.id}`;
    if (!groups.has(c)) groups.set(c, marketGroupOf(e));
    return c;
  };
  const ofEntityId = (id: string): string => {
    const e = byId.get(id);
    if (e) return canonOf(e);
    return id.startsWith('sec-') ? `cik:${id.slice(4)}` : `id:${id}`;
  };
  const ofLabel = (label: string): string | null => {
    if (label.startsWith('other:')) return null;
    if (label.startsWith('cik:')) {
      const e = byCik.get(Number(label.slice(4)));
      return e ? canonOf(e) : null;
    }
    if (label.startsWith('ticker:')) {
      const symbol = label.slice(7).toUpperCase();
      const cik = secByTicker.get(symbol);
      const e =
        cik === undefined ? (byListing.get(`NYSE:${symbol}`) ?? byListing.get(`NASDAQ:${symbol}`)) : byCik.get(cik);
      return e ? canonOf(e) : null;
    }
    if (label.startsWith('listing:')) {
      const { exchange, ticker } = splitListing(label.slice(8));
      const e = byListing.get(`${exchange.toUpperCase()}:${symbolKey(ticker)}`);
      return e ? canonOf(e) : null;
    }
    const e = byId.get(label);
    return e ? canonOf(e) : null;
  };
  return { ofEntityId, ofLabel, groupOf: (c) => groups.get(c) ?? 'other' };
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
  /** Recall by the home market of the labelled company: labels in the data, and those found. */
  perMarket: Partial<Record<MarketGroup, { labels: number; found: number; recall: number }>>;
  /** Labels of companies not in the data (left out of recall). */
  outside: number;
  /** Articles left out because a label of theirs does not resolve to a span (why). */
  unlabelled: string[];
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
    perMarket: {},
    outside: 0,
    unlabelled: [],
  };
  for (const article of articles) {
    let spans: Span[];
    try {
      spans = labelSpans(article);
    } catch (err) {
      // A label that does not resolve fails the corpus's own test; the others are still scored.
      score.unlabelled.push((err as Error).message);
      continue;
    }
    const gold = spans.map((s) => ({ ...s, canon: canon.ofLabel(s.entity) }));
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
      if (g.canon === null) {
        score.outside++;
        return;
      }
      const group = canon.groupOf(g.canon);
      const market = score.perMarket[group] ?? { labels: 0, found: 0, recall: 0 };
      score.perMarket[group] = market;
      market.labels++;
      if (used.has(i)) market.found++;
      if (used.has(i)) return;
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
  for (const m of Object.values(score.perMarket)) m.recall = m.found / Math.max(1, m.labels);
  return score;
}

/** Scores the corpus with the packed dictionary of a merged view, one match context per article (one per page). */
export function scoreCorpus(articles: Article[], data: EvalData): Score {
  const matcher = compilePackedMatcher(data.merged.packed!);
  return evaluate(articles, data, (text) => matcher.find(text, { context: createMatchContext() }));
}
