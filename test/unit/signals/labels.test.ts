/**
 * The signals development set (issue 15, test/fixtures/signals/): every label file points at a real corpus article,
 * every quote occurs exactly once in it, topics and statuses are the issue's, every entity id is one `npm run scan`'s
 * detection finds in that article, and the set is as large as the issue asks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../../scripts/scan';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SIGNALS = join(ROOT, 'test/fixtures/signals');
const CORPUS = join(ROOT, 'test/fixtures/corpus');

const TOPICS = [
  'sanctions',
  'export-controls',
  'military-ties',
  'trade-restrictions',
  'state-probe',
  'state-support',
] as const;
const STATUSES = ['confirmed', 'alleged', 'proposed'] as const;
/** The floors for the development set. */
const MIN_ARTICLES = 40;
const MIN_SIGNALS = 150;
const MIN_NEGATIVE_CONTROLS = 5;

interface Label {
  entity: string;
  quote: string;
  topics: string[];
  status: string;
  denied: boolean;
}

const files = readdirSync(SIGNALS)
  .filter((name) => name.endsWith('.signals.json'))
  .sort();
const sets = files.map((file) => ({
  file,
  json: JSON.parse(readFileSync(join(SIGNALS, file), 'utf8')) as { article: string; signals: Label[] },
}));

/** Entity ids the detector finds per article, from one in-process `npm run scan` over every labelled article. */
function detectedIds(): Map<string, Set<string>> {
  const paths = sets.map(({ json }) => join(CORPUS, `${json.article}.txt`)).filter((path) => existsSync(path));
  const out: string[] = [];
  const err: string[] = [];
  const code = runScan(paths, { out: (line) => out.push(line), err: (line) => err.push(line) });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  const ids = new Map<string, Set<string>>();
  for (const line of out) {
    const row = JSON.parse(line) as { file: string; entityId: string };
    const article = row.file.slice(CORPUS.length + 1).replace(/\.txt$/, '');
    if (!ids.has(article)) ids.set(article, new Set());
    ids.get(article)!.add(row.entityId);
  }
  return ids;
}

function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

describe('signals development set', () => {
  it('has one well-formed file per corpus article it labels', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { file, json } of sets) {
      expect(Object.keys(json).sort(), file).toEqual(['article', 'signals']);
      expect(file, file).toBe(`${json.article}.signals.json`);
      expect(existsSync(join(CORPUS, `${json.article}.txt`)), `${file}: article exists`).toBe(true);
      expect(Array.isArray(json.signals), file).toBe(true);
    }
  });

  it('labels with an exact quote, the issue topics and statuses, and no duplicate', () => {
    for (const { file, json } of sets) {
      const text = readFileSync(join(CORPUS, `${json.article}.txt`), 'utf8');
      const seen = new Set<string>();
      for (const label of json.signals) {
        const where = `${file}: ${label.entity} "${label.quote}"`;
        expect(Object.keys(label).sort(), where).toEqual(['denied', 'entity', 'quote', 'status', 'topics']);
        expect(typeof label.entity === 'string' && label.entity.length > 0, where).toBe(true);
        expect(label.quote.trim().length, where).toBeGreaterThan(0);
        expect(occurrences(text, label.quote), `${where}: occurs exactly once`).toBe(1);
        expect(label.topics.length, where).toBeGreaterThan(0);
        expect(new Set(label.topics).size, `${where}: topics repeat`).toBe(label.topics.length);
        for (const topic of label.topics) expect(TOPICS, where).toContain(topic);
        expect(STATUSES, where).toContain(label.status);
        expect(typeof label.denied, where).toBe('boolean');
        const key = `${label.entity}\u0000${label.quote}`;
        expect(seen.has(key), `${where}: labelled twice`).toBe(false);
        seen.add(key);
      }
    }
  });

  it("labels only companies the detector finds in the article (npm run scan's entity ids)", () => {
    const ids = detectedIds();
    for (const { file, json } of sets) {
      const found = ids.get(json.article) ?? new Set<string>();
      for (const label of json.signals) expect(found.has(label.entity), `${file}: ${label.entity}`).toBe(true);
    }
  });

  it(`reaches the issue's size: ≥ ${MIN_ARTICLES} articles, ≥ ${MIN_SIGNALS} signals, ≥ ${MIN_NEGATIVE_CONTROLS} with none`, () => {
    const signals = sets.reduce((sum, { json }) => sum + json.signals.length, 0);
    const negatives = sets.filter(({ json }) => json.signals.length === 0).length;
    expect(sets.length).toBeGreaterThanOrEqual(MIN_ARTICLES);
    expect(signals).toBeGreaterThanOrEqual(MIN_SIGNALS);
    expect(negatives).toBeGreaterThanOrEqual(MIN_NEGATIVE_CONTROLS);
  });
});
