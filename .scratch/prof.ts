import { readFileSync } from 'node:fs';
import { buildDictionary } from '../utils/detect/dictionary';
import { compileMatcher } from '../utils/detect/matcher';
import { parseSecFile, withSecEntries } from '../utils/detect/sec';
import { parseDataset } from '../utils/exposure/schema';
const ds = parseDataset(JSON.parse(readFileSync('public/data/dataset.json','utf8')));
const all = withSecEntries(buildDictionary(ds.entities), parseSecFile(JSON.parse(readFileSync('/work/shared/data/sec/company_tickers_exchange.json','utf8'))));
for (let k=0;k<30;k++) compileMatcher(all);
