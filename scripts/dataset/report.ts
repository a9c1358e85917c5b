/**
 * Prints the dataset's figures: entities, factors by kind, bands, and (with ../shared/data) 1260H/NS-CMIC coverage.
 *   npm run dataset:report
 */
import { parseDataset } from '../../utils/exposure/schema';
import { scoreEntity } from '../../utils/exposure/score';
import { missingSharedData } from '../lib/shared-data';
import { renderDataset } from './build';
import { parentCoverage } from './lib/coverage';
import { ALL_LIST_FILES, loadNsCmic, parents1260H } from './lib/lists';

const dataset = parseDataset(JSON.parse(renderDataset()));
const count = <T extends string>(xs: T[]) =>
  Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));
console.log('entities', dataset.entities.length, 'private', dataset.entities.filter((e) => e.private).length);
console.log('factors by kind', count(dataset.entities.flatMap((e) => e.factors.map((f) => f.kind))));
console.log(
  'restricted listings by list',
  count(dataset.entities.flatMap((e) => e.factors.flatMap((f) => (f.list ? [f.list] : [])))),
);
console.log('bands', count(dataset.entities.map((e) => scoreEntity(e).band)));
const missing = missingSharedData(ALL_LIST_FILES);
if (missing) console.log(`coverage: skipped (${missing})`);
else {
  const cov = parentCoverage(dataset, parents1260H(), loadNsCmic());
  for (const list of ['dod-1260h', 'ofac-ns-cmic'] as const) {
    const all = cov.filter((c) => c.list === list);
    const listed = all.filter((c) => c.listedEntities.length > 0);
    const unlisted = all.filter((c) => !c.listedEntities.length);
    console.log(
      `${list}: ${all.length} parents; ${listed.length} with listed equity, all covered; ${unlisted.length} without listed equity (${unlisted.filter((c) => c.entities.length).length} of them still in the dataset)`,
    );
  }
}
