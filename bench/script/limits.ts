// Worst-case time and memory of @nomina/script per input unit (README "Limits"): every function on the
// shapes of its campaign at 1 Mi UTF-16 units (all are linear: multiply by 16 for MAX_TEXT_LENGTH).
// Run: node --expose-gc --import tsx --conditions=@nomina/source bench/script/limits.ts
import { loadavg } from 'node:os';
import * as script from '@nomina/script';

const N = 1 << 20;
const GENERATORS: Record<string, (n: number) => string> = {
  'alternating scripts': (n) => 'aбαא'.repeat(n >> 2),
  'distinct CJK': (n) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + (i % 20000))).join(''),
  'combining marks': (n) => `a${'\u0301'.repeat(n - 1)}`,
  brackets: (n) => `a${'(б'.repeat(n >> 2)}${')'.repeat(n >> 2)}`,
  'lone surrogates': (n) => '\ud800a\udc00'.repeat(Math.floor(n / 3)),
};
const OPERATIONS: Record<string, (s: string) => unknown> = {
  scriptRuns: (s) => script.scriptRuns(s),
  scriptsOf: (s) => script.scriptsOf(s),
  dominantScript: (s) => script.dominantScript(s),
  resolvedScriptSet: (s) => script.resolvedScriptSet(s),
  restrictionLevel: (s) => script.restrictionLevel(s),
  analyzeScripts: (s) => script.analyzeScripts(s),
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

console.log(`| function | worst shape | ms per Mi units (fastest of 3) | bytes held per unit |`);
console.log('|---|---|---:|---:|');
for (const [operation, run] of Object.entries(OPERATIONS)) {
  let worst = { shape: '', ms: 0, bytes: 0 };
  for (const [shape, make] of Object.entries(GENERATORS)) {
    const text = make(N);
    run(text);
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      run(text);
      ms = Math.min(ms, performance.now() - t0);
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = run(text);
    gc();
    const bytes = Math.max(0, process.memoryUsage().heapUsed - before) / text.length;
    if (kept === undefined) console.log('');
    if (ms > worst.ms) worst = { shape, ms, bytes: Math.max(bytes, worst.bytes) };
    else worst.bytes = Math.max(bytes, worst.bytes);
  }
  console.log(`| ${operation} | ${worst.shape} | ${worst.ms.toFixed(0)} | ${worst.bytes.toFixed(1)} |`);
}
console.log(`\nLoad average (1 min): ${loadavg()[0]!.toFixed(1)} on 2 cores.`);
