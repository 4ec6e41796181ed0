import { readFileSync } from 'node:fs';
import { inspectDomain } from './src/index.ts';
const d = JSON.parse(readFileSync('../../test-vectors/idna2008/registration.json', 'utf8'));
for (const v of d.vectors) {
  const r = inspectDomain(v.input); const l = inspectDomain(v.input, { profile: 'lookup' });
  const codes = [...new Set(r.issues.map((i: any) => i.code))].sort();
  const lcodes = [...new Set(l.issues.map((i: any) => i.code))].sort();
  const exp = v.codes.join(' '), expL = (v.lookup ?? v.codes).join(' ');
  const bad = r.verdict !== v.verdict || codes.join(' ') !== exp || lcodes.join(' ') !== expL || (v.aName && v.aName !== r.aName) || (v.transitional && v.transitional !== r.deviations?.transitional);
  console.log(bad ? 'BAD ' : 'ok  ', v.input, r.verdict, codes.join(' '), '|', lcodes.join(' '), r.aName, r.deviations?.transitional ?? '', bad ? `expected ${v.verdict} ${exp} | ${expL}` : '', r.verdict==='invalid'? r.reasons.filter((x:any)=>!x.code.includes(':')&&x.code.length<=4).map((x:any)=>x.code).join(','):'');
}
