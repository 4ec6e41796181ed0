// Worst-case time and memory of @nomina/idna at its limits (README "Limits"): every operation on the
// worst-case shapes of the campaign (packages/idna/test/campaign.test.ts) at MAX_INPUT_LENGTH.
// Run: node --expose-gc --import tsx --conditions=@nomina/source bench/idna/limits.ts
import { loadavg } from 'node:os';
import * as idna from '@nomina/idna';

const N = idna.MAX_INPUT_LENGTH;
const GENERATORS: Record<string, (n: number) => string> = {
  'distinct CJK': (n) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + (i % 20000))).join(''),
  'alternating scripts': (n) => 'aбαא'.repeat(n >> 2),
  'combining marks': (n) => `a${'\u0301'.repeat(n - 1)}`,
  'U+0660 run': (n) => `\u0628${'\u0660'.repeat(n - 1)}`,
  'U+30FB run': (n) => '\u30fb'.repeat(n),
  'ZWJ/ZWNJ': (n) => `\u0628${'\u200c\u094d\u200d'.repeat(Math.floor((n - 1) / 3))}`,
  dots: (n) => 'a.'.repeat(n >> 1),
  'xn-- prefixes': (n) => 'xn--a.'.repeat(Math.floor(n / 6)),
  'long Punycode': (n) => `xn--${'ba'.repeat((n - 4) >> 1)}`,
};
const OPERATIONS: Record<string, (s: string) => unknown> = {
  toASCII: (s) => idna.toASCII(s),
  toUnicode: (s) => idna.toUnicode(s),
  domainToASCII: (s) => idna.domainToASCII(s),
  checkDomain: (s) => idna.checkDomain(s),
  inspectDomain: (s) => idna.inspectDomain(s),
  'punycode.encode': (s) => idna.punycode.encode(s),
  'punycode.decode': (s) => idna.punycode.decode(s),
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const fastest = (xs: number[]) => Math.min(...xs); // noise on a shared machine only adds time

console.log(`| operation | worst shape at ${N} units | ms (fastest of 9) | heap held by the result |`);
console.log('|---|---|---:|---:|');
for (const [operation, run] of Object.entries(OPERATIONS)) {
  let worst = { shape: '', ms: 0, bytes: 0 };
  for (const [shape, make] of Object.entries(GENERATORS)) {
    const text = make(N);
    for (let i = 0; i < 3; i++) run(text);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      run(text);
      times.push(performance.now() - t0);
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = run(text);
    gc();
    const bytes = process.memoryUsage().heapUsed - before;
    if (kept === undefined) console.log('');
    const ms = fastest(times);
    if (ms > worst.ms) worst = { shape, ms, bytes };
  }
  console.log(`| ${operation} | ${worst.shape} | ${worst.ms.toFixed(2)} | ${(worst.bytes / 1024).toFixed(0)} KB |`);
}
console.log(`\nLoad average (1 min): ${loadavg()[0]!.toFixed(1)} on 2 cores.`);
