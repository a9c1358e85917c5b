/**
 * The detection dictionary every tab receives with default settings — the embedded dataset and the listed universe,
 * merged and packed by the background's own `mergeSources` (no live source) — for the benchmarks. `withSec` adds
 * the SEC live source from ../shared/data, for comparison with figures measured before the universe shipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_FILES, sharedPath } from '../scripts/lib/shared-data';
import type { PackedDictionary } from '../utils/detect/prepare';
import { parseSecFile } from '../utils/detect/sec-listings';
import { parseDataset } from '../utils/exposure/schema';
import { type MergeInput, mergeSources } from '../utils/sources/merge';
import { parseUniverse, UNIVERSE_PATH } from '../utils/sources/universe-format';

export interface BenchDictionary {
  packed: PackedDictionary;
  entities: number;
  source: string;
}

export function defaultPackedDictionary(root: string, options: { withSec?: boolean } = {}): BenchDictionary {
  const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
  const embedded = parseDataset(read('public/data/dataset.json'));
  const universe = parseUniverse(read(`public${UNIVERSE_PATH}`));
  const input: MergeInput = { embedded, universe, feeds: [], lists: [], matches: [] };
  let source = `embedded dataset + listed universe (${universe.companies.length} companies)`;
  const secFile = process.env.GEOLENS_SEC_FILE ?? sharedPath(SHARED_FILES.secTickersExchange);
  if (options.withSec && existsSync(secFile)) {
    const rows = parseSecFile(JSON.parse(readFileSync(secFile, 'utf8')));
    input.sec = { id: 'sec', name: 'SEC', publisher: 'SEC', url: secFile, asOf: '2025-12-14', rows };
    source += ` + SEC (${rows.length} rows)`;
  }
  const { dataset } = mergeSources(input, 'bench');
  return { packed: dataset.packed!, entities: dataset.entities.length, source };
}
