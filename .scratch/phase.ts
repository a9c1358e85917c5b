import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '../utils/detect/compile';
import { unpackDictionary } from '../utils/detect/prepare';
import { scan } from '../utils/detect/scan';
import { Candidates } from '../utils/detect/candidates';
import { settle } from '../utils/detect/resolve';
const cx = compile(unpackDictionary(JSON.parse(readFileSync('bench/.packed-dictionary.json','utf8'))));
const dir='test/fixtures/corpus'; const c=readdirSync(dir).filter(f=>f.endsWith('.txt')).map(f=>readFileSync(dir+'/'+f,'utf8')).join('\n\n');
let t=c; while(t.length<5e6) t+='\n\n'+c;
const cpu=()=>{const u=process.cpuUsage(); return (u.user+u.system)/1000;};
let bs=1e9, bt=1e9;
for (let i=0;i<20;i++){
  const t0=cpu(); const cands=new Candidates(1<<16); scan(cx,t,cands); const t1=cpu();
  settle(t,cands,new Set()); const t2=cpu();
  if (i>3){ bs=Math.min(bs,t1-t0); bt=Math.min(bt,t2-t1);} 
}
console.log('best cpu: scan', bs.toFixed(1),'ms', (t.length/1e3/bs).toFixed(0),'Mc/s; settle', bt.toFixed(1), 'ms; total', (t.length/1e3/(bs+bt)).toFixed(0), 'Mc/s');
