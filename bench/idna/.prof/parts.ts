import { toASCII, toUnicode } from '../../../packages/idna/src/index.js';
import { mapAndNormalize } from '../../../packages/idna/src/uts46/map.js';
import { processDomain } from '../../../packages/idna/src/uts46/process.js';
import { DEFAULT_OPTIONS } from '../../../packages/idna/src/uts46/options.js';
import { decodeLabel } from '../../../packages/idna/src/punycode/rfc3492.js';
import { corpora } from '../corpus.js';
const { idn } = corpora();
const ascii = idn.map((n) => toASCII(n, { verifyDnsLength: false, checkHyphens: false })).filter((r) => r.ok).map((r) => r.domain);
function best(fn: (s: string) => unknown, inputs: string[]) {
  let b = Infinity;
  for (let r = 0; r < 6; r++) {
    const t0 = process.cpuUsage(); let n = 0;
    do { for (const x of inputs) fn(x); n += inputs.length; } while ((process.cpuUsage().user - t0.user) < 100e3);
    const d = process.cpuUsage(t0); b = Math.min(b, ((d.user + d.system) * 1000) / n);
  }
  return Math.round(b);
}
const labels = ascii.map((d) => d.split('.')).flat().filter((l) => l.startsWith('xn--'));
console.log('toUnicode', best((s) => toUnicode(s), ascii), 'process', best((s) => processDomain(s, DEFAULT_OPTIONS, false, false, []), ascii), 'map', best((s) => mapAndNormalize(s, false), ascii), 'decode×', best((s) => decodeLabel(s, 4), labels) * labels.length / ascii.length, 'split', best((s) => s.split('.'), ascii));
