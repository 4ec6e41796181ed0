// Laws of script runs and resolved script sets, on any string (lone surrogates included).
import { fc, test } from '@fast-check/vitest';
import { getScript, getScriptExtensions } from '@nomina/ucd';
import { describe, expect } from 'vitest';
import {
  analyzeScripts,
  dominantScript,
  isSingleScript,
  resolvedScriptSet,
  restrictionLevel,
  scriptRuns,
  scriptsOf,
} from '../src/index.js';

/** Strings of any UTF-16 code units (lone surrogates included), mixed with real text of many scripts. */
const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((u) => String.fromCharCode(...u));
const pieces = fc.constantFrom(
  'abc',
  'кот',
  ' ',
  '(',
  ')',
  '[',
  ']',
  '\u0301',
  'ー',
  'カ',
  'す',
  '日本',
  '、',
  'ـ',
  'مرحبا',
  '।',
  'नमस्ते',
  '१',
  '😀',
  '\ud800',
  '\udc00',
  '123',
  'Ελλ',
  '한',
  'ㄅ',
);
const texts = fc.oneof(
  units,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')),
);

const setOf = (text: string): 'ALL' | readonly string[] => {
  const r = resolvedScriptSet(text);
  return r.all ? 'ALL' : r.scripts;
};

describe('scriptRuns', () => {
  test.prop([texts], { numRuns: 400 })('partitions the text exactly, into non-empty runs', (text) => {
    const runs = scriptRuns(text);
    let at = 0;
    for (const run of runs) {
      expect(run.start).toBe(at);
      expect(run.end).toBeGreaterThan(run.start);
      at = run.end;
    }
    expect(at).toBe(text.length);
  });

  test.prop([texts], { numRuns: 400 })('adjacent runs have different scripts', (text) => {
    const runs = scriptRuns(text);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.script).not.toBe(runs[i - 1]!.script);
  });

  test.prop([texts], { numRuns: 400 })('every letter of a run has the run script in its Script_Extensions', (text) => {
    for (const run of scriptRuns(text)) {
      for (const ch of text.slice(run.start, run.end)) {
        const cp = ch.codePointAt(0)!;
        const sc = getScript(cp);
        if (sc !== 'Zyyy' && sc !== 'Zinh') expect(getScriptExtensions(cp)).toContain(run.script);
      }
    }
  });

  test.prop([texts], { numRuns: 200 })('never splits a surrogate pair', (text) => {
    for (const run of scriptRuns(text)) {
      const before = text.charCodeAt(run.start - 1);
      const after = text.charCodeAt(run.start);
      expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
    }
  });
});

describe('resolved script set', () => {
  test.prop([texts, texts], { numRuns: 300 })(
    'of a concatenation is the intersection (ALL is the identity)',
    (a, b) => {
      const [sa, sb, sab] = [setOf(a), setOf(b), setOf(a + b)];
      const expected = sa === 'ALL' ? sb : sb === 'ALL' ? sa : sa.filter((s) => sb.includes(s));
      // Concatenation can pair a high surrogate at the end of a with a low one at the start of b.
      fc.pre(!/[\ud800-\udbff]$/.test(a) || !/^[\udc00-\udfff]/.test(b));
      expect(sab).toEqual(expected);
    },
  );

  test.prop([texts], { numRuns: 300 })('isSingleScript ⇔ the resolved set is ALL or not empty', (text) => {
    const set = setOf(text);
    expect(isSingleScript(text)).toBe(set === 'ALL' || set.length > 0);
  });
});

describe('never throws, on any string', () => {
  test.prop([texts], { numRuns: 300 })('every function', (text) => {
    const analysis = analyzeScripts(text);
    expect(analysis.runs).toEqual(scriptRuns(text));
    expect(analysis.scripts).toEqual(scriptsOf(text));
    expect(analysis.dominant).toBe(dominantScript(text));
    expect(analysis.restrictionLevel).toBe(restrictionLevel(text));
    expect(analysis.ok).toBe(analysis.issues.length === 0);
  });
});
