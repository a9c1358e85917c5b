/**
 * Prints how the scores of the curated companies are distributed (bands, the most common exact scores, by country)
 * and the 40 reference companies of issue 14 with score, band and factors.
 *   npm run dataset:scores
 */
import { parseDataset } from '../../utils/exposure/schema';
import { formatScore, scoreEntity } from '../../utils/exposure/score';
import { renderDataset } from './build';
import { bandHistogram, referenceRows } from './lib/reference-scores';

const dataset = parseDataset(JSON.parse(renderDataset()));
const curated = dataset.entities.map((e) => ({ e, s: scoreEntity(e) }));
const scores = curated.map((c) => c.s.score);
console.log(`curated companies: ${curated.length}`);
console.log(
  `bands: ${bandHistogram(scores)
    .map(([b, n]) => `${b} ${n}`)
    .join(', ')}`,
);
console.log(`distinct scores: ${new Set(scores).size}`);

const onlyCountry = curated.filter((c) => c.e.factors.every((f) => f.kind === 'jurisdiction')).length;
console.log(`only a country factor: ${onlyCountry} (${Math.round((100 * onlyCountry) / curated.length)}%)`);

const byScoreCountry = new Map<string, number>();
for (const { e, s } of curated) {
  const key = `${s.score}|${e.hq}`;
  byScoreCountry.set(key, (byScoreCountry.get(key) ?? 0) + 1);
}
console.log('most common exact scores (score, headquarters):');
for (const [key, n] of [...byScoreCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10)) {
  const [score, hq] = key.split('|');
  console.log(`  ${String(n).padStart(4)} ${hq} companies score exactly ${score}`);
}
const buckets = Array.from(
  { length: 10 },
  (_, i) => scores.filter((s) => Math.min(9, Math.floor(s / 10)) === i).length,
);
console.log(`histogram by tens: ${buckets.map((n, i) => `${i * 10}–${i * 10 + 9}: ${n}`).join(', ')}`);

console.log('\nthe 40 reference companies:');
const rows = referenceRows(dataset.entities);
for (const r of rows) {
  const factors = r.factors.map(
    (f) => `${f.kind}${f.list ? `:${f.list}` : ''} ${f.severity}${f.status === 'confirmed' ? '' : ` (${f.status})`}`,
  );
  console.log(
    `  ${r.company.name.padEnd(16)} ${(r.score === undefined ? '–' : formatScore(r.score)).padStart(5)} ${(r.raw ?? 0).toFixed(1).padStart(5)} ${(r.band ?? '').padEnd(8)} ${r.coverage.padEnd(7)} ${r.hq ?? ''}  ${factors.join('; ')}`,
  );
}
const seen = new Map<number, string[]>();
for (const r of rows) if (r.score !== undefined) seen.set(r.score, [...(seen.get(r.score) ?? []), r.company.name]);
const ties = [...seen].filter(([, names]) => names.length > 1);
console.log(
  `\nshared scores among the 40: ${ties.length ? ties.map(([s, n]) => `${s}: ${n.join(', ')}`).join('; ') : 'none'}`,
);
