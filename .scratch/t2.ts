import { readFileSync } from 'node:fs';
import { buildDictionary } from '../utils/detect/dictionary';
import { compilePackedMatcher } from '../utils/detect/matcher';
import { packDictionary, prepareDictionary } from '../utils/detect/prepare';
import { parseSecFile, withSecEntries } from '../utils/detect/sec';
import { parseDataset } from '../utils/exposure/schema';
const ds = parseDataset(JSON.parse(readFileSync('public/data/dataset.json','utf8')));
for (let k=0;k<6;k++){
let t=performance.now();
const all = withSecEntries(buildDictionary(ds.entities), parseSecFile(JSON.parse(readFileSync('/work/shared/data/sec/company_tickers_exchange.json','utf8'))));
const packed = packDictionary(prepareDictionary(all));
const json = JSON.stringify(packed);
const t1=performance.now();
const m = compilePackedMatcher(JSON.parse(json));
console.log('bg ms', (t1-t).toFixed(1), 'tab parse+compile ms', (performance.now()-t1).toFixed(1), m.patternCount, 'payload', json.length);
}
