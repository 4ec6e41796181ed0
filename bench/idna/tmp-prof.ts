import { toASCII, toUnicode } from '@nomina/idna';
import { corpora } from './corpus.ts';
const { idn } = corpora();
const u = process.argv[2] === 'u';
const inputs = u ? idn.map((n) => toASCII(n, { verifyDnsLength: false, checkHyphens: false }).domain) : idn;
const op = u ? (n: string) => toUnicode(n) : (n: string) => toASCII(n);
let s = 0; const t0 = performance.now();
for (let r = 0; r < 60; r++) for (const n of inputs) s += op(n).domain.length;
console.log(((performance.now() - t0) * 1e6) / (60 * inputs.length), 'ns/name', s);
