import { readFileSync } from 'node:fs';
import { buildDictionary } from '../utils/detect/dictionary';
import { compileMatcher } from '../utils/detect/matcher';
import { parseSecFile, withSecEntries } from '../utils/detect/sec';
import { parseDataset } from '../utils/exposure/schema';
const ds = parseDataset(JSON.parse(readFileSync('/work/wt-detect/public/data/dataset.json','utf8')));
const cur = buildDictionary(ds.entities);
let t=performance.now();
const rows = parseSecFile(JSON.parse(readFileSync('/work/shared/data/sec/company_tickers_exchange.json','utf8')));
const all = withSecEntries(cur, rows);
console.log('build ms', performance.now()-t, all.length);
t=performance.now();
const m = compileMatcher(all);
console.log('compile ms', performance.now()-t, m.patternCount);
for (const s of [
 'Alibaba Group Holding Ltd (NYSE: BABA) fell; Tencent Music (NYSE: TME and HKEX: 1698) said. Eve (NYSE: EVEX, EVEXW) priced.',
 'NVIDIA (NASDAQ: NVDA) and Nvidia Corp. rose; $NVDA $BRK.B $5 $1.2bn $US; NVDA shares rose 3%. Apple said. the Amazon rainforest. Amazon said.',
 'Target shares fell while Target Corp. and shoppers target deals. Visa and Mastercard. 9988.HK 0700.HK TYO: 7203 LSE: BP. OTC: TCEHY',
 'see https://www.alibaba.com/Alibaba/BABA and Alibaba@example.com. eBay and iPhone. AMAZON COM. Amazon.com Inc. JPMorgan Chase & Co. Goldman Sachs Group Inc.',
 '阿里巴巴集团周一表示 腾讯 The CEO of AI firm, US and EU, IT, NOW, OPEN. AAPL, MSFT and NVDA rallied.',
]) console.log(JSON.stringify(m.find(s).map(x=>[x.surface,x.entityId,x.tier])));
