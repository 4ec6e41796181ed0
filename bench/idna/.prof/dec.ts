import { decodeLabel } from '../../../packages/idna/src/punycode/rfc3492.js';
import { toASCII } from '../../../packages/idna/src/index.js';
import { corpora } from '../corpus.js';
const { idn } = corpora();
const labels = idn.map((n) => toASCII(n).domain).filter((d) => d.startsWith('xn--')).map((d) => d.split('.')[0]!);
function best(fn: (s: string) => unknown, inputs: string[]) {
  let b = Infinity;
  for (let r = 0; r < 6; r++) {
    const t0 = process.cpuUsage(); let n = 0;
    do { for (const x of inputs) fn(x); n += inputs.length; } while ((process.cpuUsage().user - t0.user) < 100e3);
    const d = process.cpuUsage(t0); b = Math.min(b, ((d.user + d.system) * 1000) / n);
  }
  return Math.round(b);
}
const arr = [1,2,3,4,5,6,7].map((x) => x + 0x400);
var td = new TextDecoder("utf-16le");
const u16 = new Uint16Array(64); u16.set(arr);
console.log('decode', best((s) => decodeLabel(s, 4), labels), 'apply7', best(() => String.fromCharCode.apply(null, arr), labels), 'applyU16', best(() => String.fromCharCode.apply(null, u16.subarray(0, 7) as any), labels),
 'concat7', best(() => { let s = ''; for (let i = 0; i < 7; i++) s += String.fromCharCode(arr[i]!); return s; }, labels),
 'td', best(() => td.decode(u16.subarray(0, 7)), labels));

