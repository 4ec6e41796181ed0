import { encodeLabel, decodeLabel } from '../../../packages/idna/src/punycode/rfc3492.js';
import { toASCII } from '../../../packages/idna/src/index.js';
import { corpora } from '../corpus.js';
import { encode2 } from './enc2.js';
const { idn } = corpora();
const labels = idn.map((n) => toASCII(n).domain).filter((d) => d.startsWith('xn--')).map((d) => d.split('.')[0]!.slice(4));
const uni = labels.map((l) => decodeLabel(l) as string);
function best(fn: (s: string) => unknown, inputs: string[]) {
  let b = Infinity;
  for (let r = 0; r < 6; r++) {
    const t0 = process.cpuUsage(); let n = 0;
    do { for (const x of inputs) fn(x); n += inputs.length; } while ((process.cpuUsage().user - t0.user) < 100e3);
    const d = process.cpuUsage(t0); b = Math.min(b, ((d.user + d.system) * 1000) / n);
  }
  return Math.round(b);
}
if (0) for (const u of uni) if (encode2(u, 0) !== encodeLabel(u) || encode2(u, 1) !== encodeLabel(u)) throw new Error(u);
console.log('encode', best(encodeLabel, uni), 'e2 apply', best((s) => encode2(s, 0), uni), 'e2 concat', best((s) => encode2(s, 1), uni), 'decode', best(decodeLabel, labels));
let cnt = 0, work = 0, dist = 0;
for (const u of uni) { const cps = [...u]; cnt += cps.length; const d = new Set(cps.filter((c) => c.codePointAt(0)! >= 128)).size; dist += d; work += d * cps.length; }
console.log('avg cps', cnt / uni.length, 'distinct nonbasic', dist / uni.length, 'inner iters', work / uni.length);
const short = uni.filter((u) => u.length <= 6);
console.log('short', short.length, best(encodeLabel, short), best((s) => s.length, short));

console.log('scan only', best((s) => encode2(s, 2), uni), 'no string', best((s) => encode2(s, 3), uni), 'no adapt', best((s) => encode2(s, 4), uni));
