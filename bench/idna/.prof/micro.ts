import { encodeLabel, decodeLabel } from '../../../packages/idna/src/punycode/rfc3492.js';
import { toASCII } from '../../../packages/idna/src/index.js';
import punycode from 'punycode/punycode.js';
import { corpora } from '../corpus.js';
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
console.log('encode', best(encodeLabel, uni), 'pc', best(punycode.encode, uni), 'decode', best(decodeLabel, labels), 'pc', best(punycode.decode, labels), 'normalize', best((s) => s.normalize('NFC'), uni), 'n', labels.length);
import { encode2 } from './enc2.js';
for (const u of uni) if (encode2(u) !== encodeLabel(u)) throw new Error(u);
console.log('encode2', best(encode2, uni), 'encode', best(encodeLabel, uni));
