// Reliability campaign (issue #12) for @nomina/script: every exported function (enumerated, so a new one
// cannot be missed) never throws on hostile strings, lone surrogates and the documented maximum size;
// takes linear time on the worst shapes known for script runs (n vs 16n, by time ratio only); and keeps
// the memory it holds per input unit within what the README's Limits section says. Regression: issue #12's
// warning, `scriptRuns` on a 34 MB string held 1.7 GB (about 100 bytes per UTF-16 unit).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';
import * as script from '../src/index.js';
import { WORST_SHAPES } from './worst-shapes.js';

const { MAX_TEXT_LENGTH, MAX_BRACKET_DEPTH, MAX_SURROGATE_ISSUES } = script;

/** The `assert*` helpers throw by design, only their own error class. */
function assertOnly(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof script.ScriptError) return error;
    throw error;
  }
}

const CASES: Record<string, (text: string) => unknown> = {
  scriptRuns: (s) => script.scriptRuns(s),
  scriptsOf: (s) => script.scriptsOf(s),
  dominantScript: (s) => script.dominantScript(s),
  scriptLetterCounts: (s) => script.scriptLetterCounts(s),
  resolvedScriptSet: (s) => script.resolvedScriptSet(s),
  isSingleScript: (s) => script.isSingleScript(s),
  restrictionLevel: (s) => script.restrictionLevel(s),
  analyzeScripts: (s) => script.analyzeScripts(s),
  assertSingleScript: (s) => assertOnly(() => script.assertSingleScript(s)),
  assertRestrictionLevel: (s) => assertOnly(() => script.assertRestrictionLevel(s, 'highly-restrictive')),
};

test('every exported function has a case', () => {
  expectEveryExportCovered(script, Object.keys(CASES), { ScriptError: 'a class: thrown by the assert* cases' });
});

describe('never throws on hostile strings', () => {
  for (const [name, run] of Object.entries(CASES)) {
    propTest.prop([hostileString(200)], { numRuns: 150 })(name, (text) => {
      expect(() => run(text)).not.toThrow();
    });
  }
});

describe('the limits at N and N+1', () => {
  test('MAX_TEXT_LENGTH: the text is analysed up to it, TEXT_TOO_LONG one unit beyond', () => {
    // N units analysed, the N+1st not (a 16 Mi-unit text: two calls only, the rest is api.test.ts's).
    const beyond = `${'a'.repeat(MAX_TEXT_LENGTH)}б`;
    expect(script.scriptRuns(beyond)).toEqual([{ script: 'Latn', start: 0, end: MAX_TEXT_LENGTH }]);
    expect(script.analyzeScripts(beyond).issues.map((i) => [i.code, i.offset])).toEqual([
      ['TEXT_TOO_LONG', MAX_TEXT_LENGTH],
    ]);
  }, 300_000);
  test('MAX_SURROGATE_ISSUES: one issue each up to it, then one for the rest', () => {
    const lone = (n: number) => 'a\ud800'.repeat(n);
    expect(script.analyzeScripts(lone(MAX_SURROGATE_ISSUES)).issues).toHaveLength(MAX_SURROGATE_ISSUES);
    const beyond = script.analyzeScripts(lone(MAX_SURROGATE_ISSUES + 1)).issues;
    expect(beyond).toHaveLength(MAX_SURROGATE_ISSUES + 1);
    expect(beyond.at(-1)?.message).toBe('1 more lone surrogates');
  });
  test('MAX_BRACKET_DEPTH: brackets match at that depth, not one deeper', () => {
    const nested = (depth: number) => `a${'('.repeat(depth)}б${')'.repeat(depth)}`;
    // Matched: the closing brackets take the Latin run of their openers.
    expect(script.scriptRuns(nested(MAX_BRACKET_DEPTH)).map((r) => r.script)).toEqual(['Latn', 'Cyrl', 'Latn']);
    // One deeper: matching stops, the closers stay in the Cyrillic run.
    expect(script.scriptRuns(nested(MAX_BRACKET_DEPTH + 1)).map((r) => r.script)).toEqual(['Latn', 'Cyrl']);
  });
});

// Retried twice: noise on a shared machine only adds time, while quadratic code fails every attempt.
describe('linear time (time for 16n / time for n, n = 4 Ki units)', { retry: 2 }, () => {
  for (const name of Object.keys(CASES)) {
    test.each(Object.keys(WORST_SHAPES))(`${name}: %s`, (generator) => {
      expectLinear(WORST_SHAPES[generator]!, CASES[name]!, { small: 4096, bound: 64, floorMs: 0.2 });
    });
  }
});

describe('memory held per input unit (issue #12: scriptRuns held ~100 bytes per unit)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  /** Bytes of heap the result of `run(text)` keeps alive, per UTF-16 unit of `text`. */
  const heldPerUnit = (run: (text: string) => unknown, text: string): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const result = run(text);
    gc();
    const held = process.memoryUsage().heapUsed - before;
    expect(result).toBeDefined();
    return held / text.length;
  };
  const text = WORST_SHAPES['alternating scripts']!(1 << 20); // a run per code point: the worst case
  test('scriptRuns and analyzeScripts: at most 64 bytes per unit (one run object per code point at worst)', () => {
    expect(heldPerUnit(CASES.scriptRuns!, text)).toBeLessThan(64);
    expect(heldPerUnit(CASES.analyzeScripts!, text)).toBeLessThan(72);
  });
  test('the summaries hold O(number of scripts), nothing per unit', () => {
    for (const name of [
      'scriptsOf',
      'dominantScript',
      'scriptLetterCounts',
      'resolvedScriptSet',
      'isSingleScript',
      'restrictionLevel',
    ]) {
      expect(heldPerUnit(CASES[name]!, text), name).toBeLessThan(0.5);
    }
  });
});
