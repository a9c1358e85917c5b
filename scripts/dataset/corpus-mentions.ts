/**
 * Curated companies ranked by labelled mentions in the news corpus (test/fixtures/corpus/*.labels.json): the order in
 * which revenue and trade exposure are curated (docs/methodology.md, "Revenue exposure").
 *
 *   npx tsx scripts/dataset/corpus-mentions.ts
 *
 * Every labelled mention counts once for the company it names; `ticker:`, `cik:` and `listing:` labels are resolved
 * to a curated company through its listings and CIK, and labels for companies outside the dataset are dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../lib/shared-data';
import { CURATED } from './curation';

export function rankByMentions(dir = resolve(REPO_ROOT, 'test/fixtures/corpus')): [string, number][] {
  const byTicker = new Map<string, string>();
  const byListing = new Map<string, string>();
  const byCik = new Map<number, string>();
  for (const c of CURATED) {
    if (c.cik) byCik.set(c.cik, c.id);
    for (const l of c.listings ?? []) {
      if (!byTicker.has(l.ticker)) byTicker.set(l.ticker, c.id);
      byListing.set(`${l.exchange}:${l.ticker}`.toUpperCase(), c.id);
    }
  }
  const ids = new Set(CURATED.map((c) => c.id));
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.labels.json'))) {
    const { mentions = [] } = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { mentions?: [string, string][] };
    for (const [, label] of mentions) {
      const id = label.startsWith('ticker:')
        ? byTicker.get(label.slice(7))
        : label.startsWith('cik:')
          ? byCik.get(Number(label.slice(4)))
          : label.startsWith('listing:')
            ? byListing.get(label.slice(8).toUpperCase())
            : label;
      if (id && ids.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ranked = rankByMentions();
  console.log(`${ranked.length} curated companies mentioned`);
  for (const [id, n] of ranked) console.log(`${String(n).padStart(4)}  ${id}`);
}
