/**
 * The listed-universe fixture (test/fixtures/universe/universe.json, written by us: 17 real companies with their
 * real listings, CIKs and countries, and one real Entity List designation) merged with the embedded dataset, as the
 * background does by default.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Dataset, parseDataset } from '@/utils/exposure/schema';
import { type MergeInput, mergeSources } from '@/utils/sources/merge';
import { parseUniverse, type Universe } from '@/utils/sources/universe-format';

const read = (path: string) => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));

export const UNIVERSE_FIXTURE = 'test/fixtures/universe/universe.json';
export const fixtureUniverse: Universe = parseUniverse(read(UNIVERSE_FIXTURE));
export const embeddedDataset: Dataset = parseDataset(read('public/data/dataset.json'));

/** The default merged view: embedded dataset + universe, plus whatever `more` adds (SEC rows, lists). */
export function mergeDefault(more: Partial<MergeInput> = {}, universe: Universe = fixtureUniverse) {
  return mergeSources({ embedded: embeddedDataset, universe, feeds: [], lists: [], matches: [], ...more }, 'v-test');
}
