// The fold profile's `case` rule folds every case pair of Unicode 17.0.0 (CaseFolding.txt C + F, through
// @nomina/ucd/case-folding): a code point and its full case folding fold alike.
import { caseFolding } from '@nomina/ucd/case-folding';
import { describe, expect, test } from 'vitest';
import { fold, foldBasic } from '../src/index.js';

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('case folding of the fold profile (Unicode 17.0.0)', () => {
  test('every code point with a case folding folds like its folding', () => {
    const wrong: string[] = [];
    let pairs = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      const to = caseFolding(cp);
      if (to === undefined) continue;
      pairs++;
      const char = String.fromCodePoint(cp);
      if (foldBasic(char) !== foldBasic(to) || fold(char) !== fold(to)) wrong.push(`${hex(cp)} → ${to}`);
    }
    expect(wrong).toEqual([]);
    expect(pairs).toBeGreaterThan(1500);
  });

  test('the pairs Unicode 17.0.0 added: U+16EA0 BERIA ERFE and U+A7CE fold', () => {
    expect(fold('\u{16EA0}')).toBe('\u{16EBB}');
    expect(fold('\uA7CE')).toBe('\uA7CF');
    expect(foldBasic('\u{16EA0}\uA7CE')).toBe(foldBasic('\u{16EBB}\uA7CF'));
  });
});
