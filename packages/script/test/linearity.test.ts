// Linear time on adversarial input: the time for 8n units over the time for n units stays near 8
// (test-vectors/campaign.ts `expectLinear`; quadratic code gives 64). Ratios only, no wall-clock budget;
// 8n = 512 Ki UTF-16 units, 1 MiB of string.
import { describe, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { analyzeScripts } from '../src/index.js';

const SMALL = 64 * 1024;
const FACTOR = 8;

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

describe(`analyzeScripts is linear (time(${FACTOR}n) / time(n), n = ${SMALL} units)`, () => {
  test.each(cases)('%s', (_name, make) => {
    expectLinear(make, analyzeScripts, { small: SMALL, factor: FACTOR });
  });
});
