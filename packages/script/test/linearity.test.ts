// Linear time on adversarial input: the time for 8n units over the time for n units stays near 8
// (bound 24, generous for noisy machines; quadratic code gives 64). Ratios only, no wall-clock budget;
// 8n = 512 Ki UTF-16 units, 1 MiB of string. Each time is the fastest of several calls (noise on a busy
// machine only ever adds time), after warm-up calls that let the JIT optimize and grow the heap.
import { describe, expect, test } from 'vitest';
import { analyzeScripts } from '../src/index.js';

const SMALL = 64 * 1024;
const FACTOR = 8;
const BOUND = 24;

const cases: [string, (units: number) => string][] = [
  ['a long run of combining marks', (n) => 'a' + '\u0301'.repeat(n - 1)],
  ['alternating scripts (a new run at every code point)', (n) => 'aб'.repeat(n / 2)],
  ['alternating scripts with Common in between', (n) => 'a б '.repeat(n / 4)],
  ['deeply nested brackets around another script', (n) => 'a' + '('.repeat(n / 2 - 1) + 'б' + ')'.repeat(n / 2 - 1)],
  ['brackets opening in one script, closing in another', (n) => 'a(б)'.repeat(n / 4)],
  ['unmatched closing brackets', (n) => 'a' + ')'.repeat(n - 1)],
  ['Script_Extensions narrowing (U+30FC, U+3001, kana)', (n) => 'ー、カす'.repeat(n / 4)],
  ['lone surrogates', (n) => '\ud800a'.repeat(n / 2)],
  ['astral letters of two scripts', (n) => '𐌰a'.repeat(n / 3)],
];

function fastest(text: string, k: number): number {
  let best = Infinity;
  for (let i = 0; i < k; i++) {
    const t0 = performance.now();
    analyzeScripts(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe(`analyzeScripts is linear (time(${FACTOR}n) / time(n) < ${BOUND}, n = ${SMALL} units)`, () => {
  test.each(cases)('%s', (_name, make) => {
    const small = make(SMALL);
    const large = make(SMALL * FACTOR);
    fastest(small, 2); // warm up the code
    fastest(large, 1); // and grow the heap to this input's size
    const ratio = fastest(large, 2) / Math.max(fastest(small, 5), 0.05);
    expect(ratio, `time(${FACTOR}n) / time(n) = ${ratio.toFixed(1)}`).toBeLessThan(BOUND);
  });
});
