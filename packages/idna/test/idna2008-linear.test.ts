// Linear time of the IDNA2008 checks (the CVE-2026-45409 class: Python `idna` went quadratic on long runs
// of U+0660 or U+30FB in its CONTEXTO rules). Each case compares the time for 8n and for n: linear gives
// about 8, quadratic about 64. Both sizes are warmed up and each is the best of 9 runs (the minimum filters
// out other jobs on the machine); the bound is generous.
import { describe, expect, test } from 'vitest';
import { inspectDomain, MAX_INPUT_LENGTH } from '../src/index.js';
import { checkContextO } from '../src/rules/contexto.js';

function ratio(fn: (input: string) => unknown, make: (n: number) => string, n: number, repeat = 1): number {
  const time = (input: string) => {
    let best = Infinity;
    for (let run = 0; run < 9; run++) {
      const start = performance.now();
      for (let i = 0; i < repeat; i++) fn(input);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const small = make(n);
  const large = make(8 * n);
  time(small);
  time(large);
  return time(large) / Math.max(time(small), 1e-3);
}

describe('checkContextO on long labels (no length limit of its own)', () => {
  test.each([
    ['U+0660 run', (n: number) => '\u0660'.repeat(n)],
    ['U+30FB run', (n: number) => '\u30fb'.repeat(n)],
    ['U+0660 run then U+06F0', (n: number) => '\u0660'.repeat(n) + '\u06f0'],
    ['U+00B7 run', (n: number) => 'l' + '\u00b7'.repeat(n)],
  ])('%s: time for 8n / time for n < 30', (_name, make) => {
    // n = 1000, 20 calls per timing: at 80k failures the allocation of the failure objects meets V8's
    // young-generation limits and the ratio measures the garbage collector, not the rule (seen at load 8).
    expect(ratio(checkContextO, make, 1000, 20)).toBeLessThan(30);
  });
});

describe('inspectDomain up to MAX_INPUT_LENGTH', () => {
  test.each([
    ['U+0660 run', (n: number) => 'ب' + '\u0660'.repeat(n - 1)],
    ['U+30FB run', (n: number) => '\u30fb'.repeat(n)],
    ['ZWNJ run between Arabic letters', (n: number) => 'ب' + '\u200c'.repeat(n - 2) + 'ب'],
    ['combining marks', (n: number) => 'a' + '\u0301'.repeat(n - 1)],
  ])('%s: time for 8n / time for n < 30', (_name, make) => {
    // Sub-millisecond calls: 20 per timing.
    expect(ratio(inspectDomain, make, MAX_INPUT_LENGTH / 8, 20)).toBeLessThan(30);
  });
});
