/**
 * The companies whose revenue exposure is curated from filings (issue 14; docs/methodology.md, "Revenue exposure"):
 *
 *   npm run dataset:revenue-targets           # rewrite scripts/dataset/curation/revenue/targets.json
 *   npm run dataset:revenue-targets -- --check   # exit 1 if the committed list is stale
 *
 * The rule, so that the list is derived, not chosen:
 * 1. the 40 reference companies (scripts/dataset/lib/reference-companies.ts);
 * 2. then every company labelled at least three times in the news corpus (test/fixtures/corpus, articles 01–87: the
 *    corpus when the list was drawn, so that articles added later for other evaluations do not reshuffle it), most
 *    mentions first, curated or listed-universe (one or two mentions is the long tail of index lists and passing names);
 * 3. then US-listed companies (ADRs included) by market value in the Nasdaq screener files, to fill the list to 150.
 * Companies headquartered where the revenue rule's regions are home (China, Hong Kong, Macau, Russia, Belarus, the
 * comprehensively sanctioned countries) are left out: their home revenue is their jurisdiction, already a factor; so
 * are rows with no country (funds and trusts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseUniverse } from '../../utils/sources/universe-format';
import { REPO_ROOT, readSharedText, SHARED_FILES } from '../lib/shared-data';
import { CURATED } from './curation';
import { REFERENCE_COMPANIES } from './lib/reference-companies';

export const REVENUE_TARGET_COUNT = 150;
const MIN_CORPUS_MENTIONS = 3;
/** The last corpus article the list counts (the corpus on 2026-12-04, when the list was drawn). */
const LAST_COUNTED_ARTICLE = 87;
const HOME_IS_REGION = new Set(['CN', 'HK', 'MO', 'RU', 'BY', 'IR', 'KP', 'VE', 'SY', 'CU']);

export interface RevenueTarget {
  id: string;
  name: string;
  hq: string;
  mentions: number;
  curated: boolean;
  why: 'corpus' | 'reference' | 'market-value';
}

interface Known {
  id: string;
  name: string;
  hq: string;
  curated: boolean;
  cik?: number;
  listings: string[];
}

function knownCompanies(): Known[] {
  const curated: Known[] = CURATED.map((c) => ({
    id: c.id,
    name: c.name,
    hq: c.hq ?? '',
    curated: true,
    cik: c.cik,
    listings: (c.listings ?? []).map((l) => `${l.exchange}:${l.ticker}`.toUpperCase()),
  }));
  const universe = parseUniverse(JSON.parse(readFileSync(resolve(REPO_ROOT, 'public/data/universe.json'), 'utf8')));
  const rows: Known[] = universe.companies.map(([id, name, hq, , , listings, , cik]) => ({
    id,
    name,
    hq,
    curated: false,
    cik: cik ?? undefined,
    listings: listings.map((l) => l.toUpperCase()),
  }));
  return [...curated, ...rows];
}

/** Maps every label form (`id`, `ticker:`, `cik:`, `listing:`) to one company, curated entries first. */
function labelResolver(known: Known[]) {
  const byId = new Map<string, Known>();
  const byCik = new Map<number, Known>();
  const byListing = new Map<string, Known>();
  const byTicker = new Map<string, Known>();
  for (const k of known) {
    if (!byId.has(k.id)) byId.set(k.id, k);
    if (k.cik && !byCik.has(k.cik)) byCik.set(k.cik, k);
    for (const l of k.listings) {
      if (!byListing.has(l)) byListing.set(l, k);
      const ticker = l.slice(l.indexOf(':') + 1);
      if (!byTicker.has(ticker)) byTicker.set(ticker, k);
    }
  }
  // A universe row that a curated company absorbs (same CIK or listing) resolves to the curated company.
  const canonical = (k: Known | undefined): Known | undefined => {
    if (!k || k.curated) return k;
    const viaCik = k.cik ? byCik.get(k.cik) : undefined;
    if (viaCik?.curated) return viaCik;
    for (const l of k.listings) if (byListing.get(l)?.curated) return byListing.get(l);
    return k;
  };
  return (label: string): Known | undefined => {
    if (label.startsWith('ticker:')) return canonical(byTicker.get(label.slice(7).toUpperCase()));
    if (label.startsWith('cik:')) return canonical(byCik.get(Number(label.slice(4))));
    if (label.startsWith('listing:')) return canonical(byListing.get(label.slice(8).toUpperCase()));
    return canonical(byId.get(label));
  };
}

function corpusCounts(resolveLabel: (label: string) => Known | undefined): Map<Known, number> {
  const dir = resolve(REPO_ROOT, 'test/fixtures/corpus');
  const counts = new Map<Known, number>();
  const counted = (f: string) => f.endsWith('.labels.json') && Number.parseInt(f, 10) <= LAST_COUNTED_ARTICLE;
  for (const file of readdirSync(dir).filter(counted)) {
    const { mentions = [] } = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { mentions?: [string, string][] };
    for (const [, label] of mentions) {
      const k = resolveLabel(label);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** US-listed companies by market value (largest first), from the Nasdaq screener files. */
function byMarketValue(known: Known[]): Known[] {
  const byCik = new Map(known.filter((k) => k.cik).map((k) => [k.cik, k]));
  const lines = readSharedText(SHARED_FILES.usListings).trim().split('\n').slice(1);
  const caps = new Map<Known, number>();
  for (const line of lines) {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    const k = byCik.get(Number(cells[2]));
    const cap = Number(cells[8]);
    if (k && cap > (caps.get(k) ?? 0)) caps.set(k, cap);
  }
  return [...caps].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

export function revenueTargets(): RevenueTarget[] {
  const known = knownCompanies();
  const resolveLabel = labelResolver(known);
  const counts = corpusCounts(resolveLabel);
  const out = new Map<Known, RevenueTarget>();
  const add = (k: Known | undefined, why: RevenueTarget['why']) => {
    if (!k?.hq || out.has(k) || HOME_IS_REGION.has(k.hq) || out.size >= REVENUE_TARGET_COUNT) return;
    out.set(k, { id: k.id, name: k.name, hq: k.hq, mentions: counts.get(k) ?? 0, curated: k.curated, why });
  };
  for (const r of REFERENCE_COMPANIES)
    add(resolveLabel(r.curated ?? '') ?? resolveLabel(r.universe ?? ''), 'reference');
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
  for (const [k, n] of ranked) if (n >= MIN_CORPUS_MENTIONS) add(k, 'corpus');
  for (const k of byMarketValue(known)) add(resolveLabel(k.id), 'market-value');
  return [...out.values()];
}

/** The committed list (what docs/coverage.md reports on), one target per line. */
export const REVENUE_TARGETS_FILE = resolve(REPO_ROOT, 'scripts/dataset/curation/revenue/targets.json');

export function renderRevenueTargets(targets = revenueTargets()): string {
  const rows = targets.map(({ id, name, hq, mentions, why }) => JSON.stringify({ id, name, hq, mentions, why }));
  return `[\n${rows.join(',\n')}\n]\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = renderRevenueTargets();
  if (process.argv.includes('--check')) {
    if (readFileSync(REVENUE_TARGETS_FILE, 'utf8') !== text) {
      console.error('[revenue-targets] targets.json is stale: run npm run dataset:revenue-targets');
      process.exit(1);
    }
    console.log('[revenue-targets] up to date');
  } else {
    writeFileSync(REVENUE_TARGETS_FILE, text);
    console.log(`[revenue-targets] wrote ${REVENUE_TARGETS_FILE}`);
  }
}
