// Examples of the README, summaries, options, issues, limits and programmer errors.
import { describe, expect, test } from 'vitest';
import {
  analyzeScripts,
  assertRestrictionLevel,
  assertSingleScript,
  dominantScript,
  isSingleScript,
  MAX_BRACKET_DEPTH,
  MAX_TEXT_LENGTH,
  resolvedScriptSet,
  restrictionLevel,
  ScriptError,
  scriptLetterCounts,
  scriptRuns,
  scriptsOf,
  UNICODE_VERSION,
} from '../src/index.js';
import * as script from '../src/index.js';
import { join } from 'node:path';
import { NominaError } from '@nomina/core';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

/** What FN throws (undefined when it returns). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('summaries', () => {
  test.each([
    ['abc кот', ['Latn', 'Cyrl'], 'Latn'],
    ['a кот', ['Latn', 'Cyrl'], 'Cyrl'],
    ['東京はトウキョウ', ['Hani', 'Hira', 'Kana'], 'Kana'],
    ['ab кот cd', ['Latn', 'Cyrl'], 'Latn'], // tie (3 letters each): the script seen first
    ['123', [], 'Zyyy'],
    ['', [], 'Zyyy'],
    ['a\ue000', ['Latn', 'Zzzz'], 'Latn'],
  ])('%j: scripts %j, dominant %s', (text, scripts, dominant) => {
    expect(scriptsOf(text)).toEqual(scripts);
    expect(dominantScript(text)).toBe(dominant);
  });
  test('UNICODE_VERSION is re-exported', () => expect(UNICODE_VERSION).toBe('17.0.0'));
});

describe('dominant script: one definition (issue #11)', () => {
  test.each([
    ['кк ab', 'Cyrl'], // the case langid answered Latn: a tie goes to the first in the text
    ['ab кк', 'Latn'],
    // A tie goes to the script whose first letter comes first, not to the one that reached the count first.
    ['a б б a', 'Latn'],
    ['б a a б', 'Cyrl'],
    ['a бб', 'Cyrl'],
  ])('dominantScript(%j) is %s', (text, dominant) => {
    expect(dominantScript(text)).toBe(dominant);
    expect(analyzeScripts(text).dominant).toBe(dominant);
    expect(scriptLetterCounts(text).dominant).toBe(dominant);
  });
  test('scriptLetterCounts gives the numbers behind it', () => {
    const counts = scriptLetterCounts('кк ab, 東京');
    expect(counts.letters).toBe(6);
    expect([...counts.counts]).toEqual([
      ['Cyrl', 2],
      ['Latn', 2],
      ['Hani', 2],
    ]);
    expect(counts.dominant).toBe('Cyrl');
    expect(scriptLetterCounts('123')).toEqual({ letters: 0, counts: new Map(), dominant: 'Zyyy' });
  });
});

describe('public surface (issue #11)', () => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(script, join(import.meta.dirname, '..', 'README.md'));
  });
  test('no exported mutable state', () => {
    for (const [name, value] of Object.entries(script)) {
      if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value), name).toBe(true);
    }
  });
  test('issues are @nomina/core Issues; ScriptError is a NominaError', () => {
    const [issue] = analyzeScripts('a\ud800').issues;
    expect(issue).toEqual({
      code: 'LONE_SURROGATE',
      message: 'lone surrogate U+D800',
      severity: 'error',
      label: -1,
      offset: 1,
      codePoint: 0xd800,
    });
    const error = thrown(() => assertSingleScript('Сirсlе'));
    expect(error).toBeInstanceOf(ScriptError);
    expect(error).toBeInstanceOf(NominaError);
    expect(error).toMatchObject({
      name: 'ScriptError',
      code: 'MIXED_SCRIPT',
      issues: [{ code: 'MIXED_SCRIPT', severity: 'error' }],
    });
  });
});

describe('analyzeScripts', () => {
  test('a clean text', () => {
    expect(analyzeScripts('Tokyo 東京')).toEqual({
      ok: true,
      issues: [],
      runs: [
        { script: 'Latn', start: 0, end: 6 },
        { script: 'Hani', start: 6, end: 8 },
      ],
      scripts: ['Latn', 'Hani'],
      dominant: 'Latn',
      resolved: { all: false, scripts: [] },
      singleScript: false,
      restrictionLevel: 'highly-restrictive',
    });
  });
  test('lone surrogates are reported with their offsets', () => {
    const { ok, issues } = analyzeScripts('a\udc00b\ud800');
    expect(ok).toBe(false);
    expect(issues.map((i) => [i.code, i.offset])).toEqual([
      ['LONE_SURROGATE', 1],
      ['LONE_SURROGATE', 3],
    ]);
  });
  test('at most 100 lone surrogates are listed, then one summary', () => {
    const { issues } = analyzeScripts('\ud800'.repeat(150));
    expect(issues).toHaveLength(101);
    expect(issues[100]!.message).toBe('50 more lone surrogates');
  });
  test('inProfile makes a text with a code point outside the profile unrestricted', () => {
    expect(restrictionLevel('abc', { inProfile: (cp) => cp !== 0x62 })).toBe('unrestricted');
    expect(analyzeScripts('abc', { inProfile: () => true }).restrictionLevel).toBe('ascii-only');
  });
});

describe('limits', () => {
  test.each([
    ['maxLength N: the whole text', 5, 'abcde', 5, true],
    ['maxLength N+1 text: the first N units, TEXT_TOO_LONG', 5, 'abcdef', 5, false],
    ['a surrogate pair is not split at the limit', 5, 'abcd😀', 4, false],
  ])('%s', (_, maxLength, text, analysed, ok) => {
    const runs = scriptRuns(text, { maxLength });
    expect(runs.at(-1)!.end).toBe(analysed);
    const analysis = analyzeScripts(text, { maxLength });
    expect(analysis.ok).toBe(ok);
    if (!ok) expect(analysis.issues[0]).toMatchObject({ code: 'TEXT_TOO_LONG', offset: analysed });
  });

  test('MAX_TEXT_LENGTH: a text of N+1 units is analysed up to N', () => {
    // N itself is covered with the maxLength option above; here N+1 with the default limit.
    const n = 'к'.repeat(MAX_TEXT_LENGTH);
    expect(scriptRuns(n + 'b')).toEqual([{ script: 'Cyrl', start: 0, end: MAX_TEXT_LENGTH }]);
    expect(resolvedScriptSet(n + 'b')).toEqual({ all: false, scripts: ['Cyrl'] }); // the Latin 'b' is not seen
  });

  test('a maxLength above MAX_TEXT_LENGTH is capped', () => {
    expect(scriptRuns('abc', { maxLength: Infinity })).toEqual([{ script: 'Latn', start: 0, end: 3 }]);
  });

  const nested = (depth: number) => 'a' + '('.repeat(depth) + 'б' + ')'.repeat(depth);
  test(`brackets nested ${MAX_BRACKET_DEPTH} deep all match`, () => {
    const runs = scriptRuns(nested(MAX_BRACKET_DEPTH));
    expect(runs.map((r) => r.script)).toEqual(['Latn', 'Cyrl', 'Latn']);
    expect(runs[2]!.start).toBe(MAX_BRACKET_DEPTH + 2);
  });
  test(`a bracket opened at depth ${MAX_BRACKET_DEPTH + 1} stops bracket matching: the closers stay Common`, () => {
    const runs = scriptRuns(nested(MAX_BRACKET_DEPTH + 1));
    expect(runs.map((r) => [r.script, r.start])).toEqual([
      ['Latn', 0],
      ['Cyrl', MAX_BRACKET_DEPTH + 2],
    ]);
  });
});

describe('programmer errors', () => {
  test.each([
    scriptRuns,
    scriptsOf,
    dominantScript,
    resolvedScriptSet,
    isSingleScript,
    restrictionLevel,
    analyzeScripts,
  ])('%o of a non-string is a TypeError', (fn) => {
    expect(() => (fn as (t: unknown) => unknown)(42)).toThrow(TypeError);
  });
});

describe('assert helpers', () => {
  test('assertSingleScript', () => {
    expect(() => assertSingleScript('ラーメン寿司')).not.toThrow();
    expect(() => assertSingleScript('123')).not.toThrow();
    const error = thrown(() => assertSingleScript('Сirсlе'));
    expect(error).toBeInstanceOf(ScriptError);
    expect((error as ScriptError).code).toBe('MIXED_SCRIPT');
  });
  test('assertRestrictionLevel', () => {
    expect(() => assertRestrictionLevel('abc中文', 'highly-restrictive')).not.toThrow();
    expect(() => assertRestrictionLevel('abc', 'ascii-only')).not.toThrow();
    expect(() => assertRestrictionLevel('abcкот', 'moderately-restrictive')).toThrow(
      expect.objectContaining({ code: 'RESTRICTION_LEVEL' }),
    );
    expect(() => assertRestrictionLevel('abc', 'strict' as never)).toThrow(RangeError);
  });
  test.each([-1, 1.5, NaN])('maxLength %s is a RangeError', (maxLength) => {
    expect(() => scriptRuns('abc', { maxLength })).toThrow(RangeError);
  });
});
