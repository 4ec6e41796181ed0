import { readFileSync } from 'node:fs';
import { fold, romanize, damerauLevenshtein } from '@nomina/keywords';
const qs = JSON.parse(readFileSync('bench/.data/keywords/queries.json','utf8')).filter((q:any)=>q.category==='romanized');
const byScript = new Map<string, number[]>();
for (const q of qs) { const a = fold(q.query), b = romanize(fold(q.source)); const d = damerauLevenshtein(a,b); (byScript.get(q.script) ?? byScript.set(q.script, []).get(q.script)!).push(d); }
for (const [s, ds] of byScript) console.log(s, ds.length, 'd0', ds.filter(d=>d===0).length, 'd1', ds.filter(d=>d===1).length, 'd2', ds.filter(d=>d===2).length, '>2', ds.filter(d=>d>2).length);
for (const q of qs.slice(0, 60)) { const a = fold(q.query), b = romanize(fold(q.source)); if (a!==b) console.log(q.script, a, '|', b, '|', q.source); }
