import { readFileSync } from 'node:fs';
import { compilePackedMatcher } from '../utils/detect/matcher';
const m = compilePackedMatcher(JSON.parse(readFileSync('bench/.packed-dictionary.json','utf8')));
import { readdirSync } from 'node:fs';
const dir='test/fixtures/corpus'; const c=readdirSync(dir).filter(f=>f.endsWith('.txt')).map(f=>readFileSync(dir+'/'+f,'utf8')).join('\n\n');
let t=c; while(t.length<5e6) t+='\n\n'+c;
for (let i=0;i<15;i++){ const t0=performance.now(); m.find(t); const ms=performance.now()-t0; if(i>10) console.log((t.length/1e6/(ms/1000)).toFixed(1)); }
