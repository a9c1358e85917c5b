/**
 * Signals against hand labels: every test/fixtures/signals/*.signals.json (format in its README) on its corpus
 * article, through the CLI's own extraction (scripts/signals.ts), plus three articles labelled inline below. Prints
 * pair precision and recall, topic and status accuracy and per-topic recall, and holds a ratchet gate.
 *
 * `GEOLENS_SIGNAL_LABELS=/path/to/test/fixtures/signals` scores another checkout's labels (read only, with the
 * corpus beside them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFile, loadMatcher } from '../../../scripts/scan';
import { createSignalReader } from '../../../scripts/signals';
import { extractSignals, extractSignalsFor } from '../../../utils/signals';
import { type ArticleResult, formatScore, type SignalLabel, type SignalScore, scoreSignals } from './score';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LABELS = resolve(ROOT, process.env.GEOLENS_SIGNAL_LABELS ?? 'test/fixtures/signals');
const CORPUS = join(LABELS, '..', 'corpus');

/**
 * Gates, raised as the extraction improves (never lowered without a reason in the commit). INLINE is what the
 * extraction measured on the three inline articles when the harness was written; DEV_SET what it measured on the
 * development set (articles 01–105 when last set) (the lead sets the final gate, ≥ 0.90 / 0.80 in issue 15).
 */
const INLINE_GATE = { precision: 1, recall: 0.95 };
const DEV_SET_GATE = { precision: 0.98, recall: 0.94 };

/**
 * Articles 01–105 are the development set: the rules were written and tuned against their labels (98–105 were first
 * held out, labelled blind, but their failures were examined, so they count here since 2026-12-04). From 106 on, the
 * held-out set: labelled blind (the labeller never ran the extractor or read its code) and never tuned against, so
 * its figures say how the rules carry to text nobody tuned them on. Its gate is a floor against regressions, to be set
 * from its first measurement; it must never be raised by tuning the rules to those articles.
 */
const LAST_DEV_ARTICLE = 105;
/**
 * The blind batches, each with a floor set from its first measurement (after the rules were written, before anyone
 * saw its results). 106–117 (52 labels), first measured 2026-12-05: P 0.971, R 0.635 (the rules before that pass,
 * commit 0691528: P 0.886, R 0.596). 118–129 (labelled blind while the fresh-text pass was written, measured once
 * after it): P 0.704, R 0.422; the two together P 0.852, R 0.536, hence the floor 0.80 / 0.50 on 106–129.
 * 130–142 (53 labels, labelled blind 2026-12-05 while the rules were unchanged): see BLIND_BATCHES.
 */
const BLIND_BATCHES = [
  { first: 106, last: 129, floor: { precision: 0.8, recall: 0.5 } },
  // First measured 2026-12-05 on main's rules (5cefaf3): P 0.917, R 0.415 (22 of 24); with the Chinese legal forms and
  // the determiner rule of the detector (found on this batch's detection labels) P 0.880, R 0.415 (22 of 25). Then,
  // once, after the third fresh-text pass (branch sig4, written by someone who never saw this batch): P 0.903,
  // R 0.528 (28 of 31); 106–129 at the same time P 0.851, R 0.588.
  { first: 130, last: 142, floor: { precision: 0.85, recall: 0.38 } },
  // Labelled blind 2026-12-05 while the sig5 pass was being written; first measured on main after the sig4 pass and
  // this session's detection rules: P 0.692, R 0.540 (27 of 39 predictions right, 50 labels); then once after the sig5
  // pass (status and topic rules, written by someone who never saw this batch): P 0.714, R 0.600, status 83.3%.
  { first: 143, last: 155, floor: { precision: 0.65, recall: 0.5 } },
  // Labelled blind 2026-12-05 (articles 156–168, 51 labels) while the sixth fresh-text pass was being written; first
  // measured on main's rules (cd918d4): P 0.931, R 0.529 (27 of 29 predictions right), topic 74.1%, status 66.7%;
  // with the detector's defined-abbreviation and surname rules (found on this batch's detection labels): P 0.967,
  // R 0.569. Then once after the sixth fresh-text pass (branch sig, written by someone who never saw this batch):
  // P 0.968, R 0.588 (30 of 31), topic 76.7%, status 66.7%; the older batches unchanged by that pass.
  { first: 156, last: 168, floor: { precision: 0.85, recall: 0.45 } },
] as const;
const articleNumber = (file: string) => Number.parseInt(file, 10);

const l = (
  entity: string,
  quote: string,
  topics: SignalLabel['topics'],
  status: SignalLabel['status'],
  denied = false,
) => ({
  entity,
  quote,
  topics,
  status,
  denied,
});

/** Labelled by hand for this harness, with the rules of test/fixtures/signals/README.md. */
const INLINE: { article: string; signals: SignalLabel[] }[] = [
  {
    article: '01-unn-alibaba-pentagon',
    signals: [
      l('alibaba', "briefly adds it to 'blacklist'", ['military-ties'], 'confirmed'),
      l('alibaba', 'added it to a list of companies aiding the military', ['military-ties'], 'confirmed'),
      l('alibaba', "added some of China's largest companies to a list of those aiding", ['military-ties'], 'confirmed'),
      l('byd', 'All three companies were included', ['military-ties'], 'confirmed'),
      l('baidu', 'All three companies were included', ['military-ties'], 'confirmed'),
      l('cxmt', 'The agency also removed two Chinese memory chip leaders', ['military-ties'], 'confirmed'),
      l('ymtc', 'The agency also removed two Chinese memory chip leaders', ['military-ties'], 'confirmed'),
      l('alibaba', "are assisting the Asian country's armed forces", ['military-ties'], 'confirmed'),
      l('baidu', "are assisting the Asian country's armed forces", ['military-ties'], 'confirmed'),
      l('tencent', "are assisting the Asian country's armed forces", ['military-ties'], 'confirmed'),
      l('byd', 'The inclusion of BYD on this list', ['military-ties'], 'confirmed'),
      l('alibaba', 'is not a Chinese military company', ['military-ties'], 'alleged', true),
    ],
  },
  {
    article: '08-mining-mp-pentagon-deal',
    signals: [
      l('mp-materials', 'lands multi-billion Pentagon deal', ['state-support'], 'confirmed'),
      l('mp-materials', 'public-private partnership with the US Department of Defense', ['state-support'], 'confirmed'),
      l('mp-materials', 'the largest shareholder in MP Materials', ['state-support'], 'confirmed'),
      l('mp-materials', 'strategic commitments from the federal government', ['state-support'], 'confirmed'),
      l('mp-materials', 'a decisive action by the Trump administration', ['state-support'], 'confirmed'),
    ],
  },
  {
    article: '11-reuters-nvidia-license',
    signals: [
      l('nvidia', 'has begun issuing licenses to semiconductor giant Nvidia', ['export-controls'], 'alleged'),
      l('nvidia', 'to comply with AI chip export controls', ['export-controls'], 'confirmed'),
      l('nvidia', 'expanded restrictions would slash its July-quarter revenue', ['export-controls'], 'confirmed'),
      l('nvidia', 'later received assurances that licenses would be granted soon', ['export-controls'], 'proposed'),
    ],
  },
];

const read = createSignalReader();

function run(cases: readonly { article: string; signals: SignalLabel[] }[]): SignalScore {
  const results: ArticleResult[] = cases.map(({ article, signals }) => {
    const file = join(CORPUS, `${article}.txt`);
    return { article, labels: signals, predictions: read(file, readFileSync(file, 'utf8')) };
  });
  return scoreSignals(results);
}

function report(name: string, score: SignalScore, details = true): void {
  console.log(formatScore(name, score));
  // The held-out set prints its totals only: the labels it misses are what nobody may tune the rules to.
  if (!details) return;
  for (const m of score.misses) console.log(`  miss  ${m.article} ${m.label.entity}: ${m.label.quote}`);
  for (const e of score.extras)
    console.log(`  extra ${e.article} ${e.prediction.entityId}: ${e.prediction.sentence.slice(0, 100)}`);
  for (const w of score.wrong)
    console.log(
      `  wrong ${w.article} ${w.label.entity}: ${w.prediction.topics}/${w.prediction.status}/${w.prediction.denied} for ${w.label.topics}/${w.label.status}/${w.label.denied}: ${w.label.quote}`,
    );
}

const labelFiles = existsSync(LABELS)
  ? readdirSync(LABELS)
      .filter((f) => f.endsWith('.signals.json'))
      .sort()
  : [];

describe('signals on hand-labelled articles', () => {
  it('scores the three inline articles and holds their gate', () => {
    const score = run(INLINE);
    report('inline (3 articles)', score);
    expect(score.precision).toBeGreaterThanOrEqual(INLINE_GATE.precision);
    expect(score.recall).toBeGreaterThanOrEqual(INLINE_GATE.recall);
  });

  const devFiles = labelFiles.filter((f) => articleNumber(f) <= LAST_DEV_ARTICLE);
  const heldOutFiles = labelFiles.filter((f) => articleNumber(f) > LAST_DEV_ARTICLE);
  const casesOf = (files: readonly string[]) => files.map((f) => JSON.parse(readFileSync(join(LABELS, f), 'utf8')));

  // Both sets are committed with the repository: an empty one is a broken checkout, not a reason to skip.
  it(`scores the development set (${devFiles.length} articles) and holds its gate (issue 15: ≥ 0.90 / 0.80)`, () => {
    expect(devFiles.length).toBeGreaterThanOrEqual(40);
    const score = run(casesOf(devFiles));
    report(`development set (${devFiles.length} articles)`, score);
    expect(score.precision).toBeGreaterThanOrEqual(Math.max(0.9, DEV_SET_GATE.precision));
    expect(score.recall).toBeGreaterThanOrEqual(Math.max(0.8, DEV_SET_GATE.recall));
  });

  it.each(BLIND_BATCHES)('scores the held-out batch $first–$last (never tuned on) above its floor', (batch) => {
    const files = heldOutFiles.filter((f) => articleNumber(f) >= batch.first && articleNumber(f) <= batch.last);
    expect(files.length).toBeGreaterThanOrEqual(10);
    const score = run(casesOf(files));
    report(`held-out ${batch.first}–${batch.last} (${files.length} articles)`, score, false);
    expect(score.precision).toBeGreaterThanOrEqual(batch.floor.precision);
    expect(score.recall).toBeGreaterThanOrEqual(batch.floor.recall);
  });

  it('reports the whole held-out set, and every held-out article is in a batch', () => {
    const inBatch = (f: string) => BLIND_BATCHES.some((b) => articleNumber(f) >= b.first && articleNumber(f) <= b.last);
    expect(heldOutFiles.filter((f) => !inBatch(f))).toEqual([]);
    report(`held-out set (${heldOutFiles.length} articles)`, run(casesOf(heldOutFiles)), false);
  });
});

describe('the demo page (test/fixtures/pages/demo), through the CLI', () => {
  it("gives Alibaba the memo, alleged and denied, and not the summary line's state support", () => {
    const file = join(ROOT, 'test/fixtures/pages/demo/index.html');
    const alibaba = read(file, readFileSync(file, 'utf8')).filter((s) => s.entityId === 'alibaba');
    expect(alibaba.some((s) => s.sentence.includes('memo') && s.status === 'alleged' && s.denied)).toBe(true);
    // "a rare-earth miner with the Defense Department as its largest shareholder": "its" is the miner's.
    expect(alibaba.filter((s) => s.topics.includes('state-support'))).toEqual([]);
  });
});

describe('per-company extraction (what a card runs)', () => {
  it('equals the whole-text extraction on every corpus article', () => {
    const matcher = loadMatcher([]);
    const dir = join(ROOT, 'test/fixtures/corpus');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const file = join(dir, name);
      const { text, mentions } = detectFile(matcher, file, readFileSync(file, 'utf8'));
      const all = extractSignals(text, mentions);
      for (const id of new Set(mentions.map((m) => m.entityId)))
        expect(extractSignalsFor(text, mentions, id), `${name} ${id}`).toEqual(all.filter((s) => s.entityId === id));
    }
  });
});
