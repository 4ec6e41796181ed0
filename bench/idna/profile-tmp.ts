import { toASCII, toUnicode, domainToASCII, domainToUnicode } from '../../packages/idna/src/index.js';
import tr46 from 'tr46';
import { corpora } from './corpus.js';
const { idn, mixed } = corpora();
const ascii = idn.map((n) => toASCII(n, { verifyDnsLength: false, checkHyphens: false })).filter((r) => r.ok).map((r) => r.domain);
const mode = process.argv[2] ?? 'bench';
const STRICT = { checkBidi: true, checkHyphens: true, checkJoiners: true, useSTD3ASCIIRules: true, transitionalProcessing: false, verifyDNSLength: true };
function best(fn: (s: string) => unknown, inputs: string[]) {
  let b = Infinity;
  for (let r = 0; r < 8; r++) {
    const t0 = process.cpuUsage();
    let n = 0;
    do { for (const x of inputs) fn(x); n += inputs.length; } while ((process.cpuUsage().user - t0.user) < 150e3);
    const d = process.cpuUsage(t0); b = Math.min(b, ((d.user + d.system) * 1000) / n);
  }
  return Math.round(b);
}
if (mode === 'bench' && process.argv[3]) {
  const w = process.argv[3];
  if (w.includes('m')) { best((n) => toASCII(n).domain, mixed); best((n) => domainToASCII(n).domain, mixed); }
  if (w.includes('u')) { best((n) => domainToASCII(n).domain, idn); }
  if (w.includes('o')) { const o = { checkHyphens: false, useSTD3ASCIIRules: false, verifyDnsLength: false }; best((n) => toASCII(n, o).domain, idn); }
  if (w.includes('v')) { const o = { verifyDnsLength: false }; best((n) => toASCII(n, o).domain, idn); }
  if (w.includes('h')) { const o = { checkHyphens: false }; best((n) => toASCII(n, o).domain, idn); }
}
if (mode === 'bench') {
  const a = best((n) => toASCII(n).domain, idn), ta = best((n) => tr46.toASCII(n, STRICT), idn);
  const u = best((n) => toUnicode(n).domain, ascii), tu = best((n) => tr46.toUnicode(n, STRICT), ascii);
  console.log(`toASCII ${a} tr46 ${ta} x${(ta / a).toFixed(1)} | toUnicode ${u} tr46 ${tu} x${(tu / u).toFixed(1)}`);
} else {
  if (process.argv[3]) for (let r = 0; r < 10; r++) for (const n of idn) domainToASCII(n);
  const inputs = mode === 'a' ? idn : ascii; const f = mode === 'a' ? toASCII : toUnicode;
  for (let r = 0; r < 60; r++) for (const n of inputs) f(n);
}
