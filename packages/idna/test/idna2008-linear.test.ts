// Linear time of the IDNA2008 checks (the CVE-2026-45409 class: Python `idna` went quadratic on long runs
// of U+0660 or U+30FB in its CONTEXTO rules). Each case compares the time for 8n and for n: linear gives
// about 8, quadratic about 64 (test-vectors/campaign.ts `expectLinear`).
import { describe, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { inspectDomain, MAX_INPUT_LENGTH } from '../src/index.js';
import { checkContextO } from '../src/rules/contexto.js';

describe('checkContextO on long labels (no length limit of its own)', () => {
  test.each([
    ['U+0660 run', (n: number) => '\u0660'.repeat(n)],
    ['U+30FB run', (n: number) => '\u30fb'.repeat(n)],
    ['U+0660 run then U+06F0', (n: number) => '\u0660'.repeat(n) + '\u06f0'],
    ['U+00B7 run', (n: number) => 'l' + '\u00b7'.repeat(n)],
  ])('%s: time for 8n / time for n', (_name, make) => {
    // n = 1000: at 80k failures the allocation of the failure objects meets V8's young-generation
    // limits and the ratio measures the garbage collector, not the rule (seen at load 8).
    expectLinear(make, checkContextO, { small: 1000, factor: 8 });
  });
});

describe('inspectDomain up to MAX_INPUT_LENGTH', () => {
  test.each([
    ['U+0660 run', (n: number) => 'ب' + '\u0660'.repeat(n - 1)],
    ['U+30FB run', (n: number) => '\u30fb'.repeat(n)],
    ['ZWNJ run between Arabic letters', (n: number) => 'ب' + '\u200c'.repeat(n - 2) + 'ب'],
    ['combining marks', (n: number) => 'a' + '\u0301'.repeat(n - 1)],
  ])('%s: time for 8n / time for n', (_name, make) => {
    expectLinear(make, inspectDomain, { small: MAX_INPUT_LENGTH / 8, factor: 8 });
  });
});
