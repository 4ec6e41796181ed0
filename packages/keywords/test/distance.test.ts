import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { damerauLevenshtein } from '../src/index.js';
import { bagDistance, codePoints } from '../src/distance/damerau-levenshtein.js';

/** Reference: the textbook Lowrance–Wagner recurrence over arrays of code points, no shortcuts. */
function reference(a: string, b: string): number {
  const x = [...a.normalize('NFC')];
  const y = [...b.normalize('NFC')];
  const max = x.length + y.length;
  const d: number[][] = Array.from({ length: x.length + 2 }, () => new Array<number>(y.length + 2).fill(0));
  d[0]![0] = max;
  for (let i = 0; i <= x.length; i++) [d[i + 1]![0], d[i + 1]![1]] = [max, i];
  for (let j = 0; j <= y.length; j++) [d[0]![j + 1], d[1]![j + 1]] = [max, j];
  const da = new Map<string, number>();
  for (let i = 1; i <= x.length; i++) {
    let db = 0;
    for (let j = 1; j <= y.length; j++) {
      const k = da.get(y[j - 1]!) ?? 0;
      const l = db;
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      if (cost === 0) db = j;
      d[i + 1]![j + 1] = Math.min(
        d[i]![j]! + cost,
        d[i + 1]![j]! + 1,
        d[i]![j + 1]! + 1,
        d[k]![l]! + (i - k - 1) + 1 + (j - l - 1),
      );
    }
    da.set(x[i - 1]!, i);
  }
  return d[x.length + 1]![y.length + 1]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'e\u0301', '𠀋', 'ж'), maxLength: 8 });

describe('Damerau–Levenshtein on code points', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['ca', 'ac', 1],
    ['ca', 'abc', 2],
    ['Deutschland', 'Deutschlnad', 1],
    ['𠀋𠀌', '𠀌𠀋', 1],
    ['😀', '😃', 1],
    ['São', 'Sa\u0303o', 0],
    ['москва', 'моксва', 1],
  ] as const)('%j ↔ %j = %i', (a, b, expected) => {
    expect(damerauLevenshtein(a, b)).toBe(expected);
    expect(damerauLevenshtein(b, a)).toBe(expected);
  });

  test('max: distances above it are max + 1', () => {
    expect(damerauLevenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
    expect(damerauLevenshtein('abc', 'abd', 1)).toBe(1);
  });

  prop.prop([word, word])('matches the reference recurrence', (a, b) => {
    expect(damerauLevenshtein(a, b)).toBe(reference(a, b));
  });
  // The one-pass check for max 0 and 1 (withinOne) against the full recurrence, on words that are
  // mostly one edit apart (a random edit of a random word) and on unrelated pairs.
  const oneEdit = word.chain((w) =>
    fc.tuple(fc.constant(w), fc.nat(8), fc.constantFrom('a', 'b', 'ж'), fc.nat(3)).map(([x, at, c, kind]) => {
      const cps = [...x.normalize('NFC')];
      const i = cps.length === 0 ? 0 : at % cps.length;
      if (kind === 0) cps.splice(i, 1, c);
      else if (kind === 1) cps.splice(i, 1);
      else if (kind === 2) cps.splice(i, 0, c);
      else if (i + 1 < cps.length) [cps[i], cps[i + 1]] = [cps[i + 1]!, cps[i]!];
      return [x, cps.join('')] as const;
    }),
  );
  prop.prop([fc.oneof(oneEdit, fc.tuple(word, word))], { numRuns: 3000 })(
    'with max 0 or 1, is the full distance capped at max + 1',
    ([a, b]) => {
      const full = reference(a.normalize('NFC'), b.normalize('NFC'));
      expect(damerauLevenshtein(a, b, 1)).toBe(Math.min(full, 2));
      expect(damerauLevenshtein(a, b, 0)).toBe(Math.min(full, 1));
    },
  );
  // Long words over two letters: many near pairs, repeated symbols and transpositions far from the diagonal.
  const long = fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 16 });
  prop.prop([fc.oneof(oneEdit, fc.tuple(word, word), fc.tuple(long, long)), fc.integer({ min: 2, max: 5 })], {
    numRuns: 5000,
  })('with a small max, is the full distance capped at max + 1 (banded)', ([a, b], max) => {
    expect(damerauLevenshtein(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
  });
  prop.prop([fc.oneof(oneEdit, fc.tuple(word, word), fc.tuple(long, long))])(
    'bagDistance is a lower bound',
    ([a, b]) => {
      const x = codePoints(a.normalize('NFC'));
      const y = codePoints(b.normalize('NFC'));
      expect(bagDistance(x, y)).toBeLessThanOrEqual(reference(a, b));
    },
  );
  prop.prop([word, word])('is symmetric', (a, b) => {
    expect(damerauLevenshtein(a, b)).toBe(damerauLevenshtein(b, a));
  });
  prop.prop([word])('is 0 from a string to itself, and to its NFD form', (a) => {
    expect(damerauLevenshtein(a, a)).toBe(0);
    expect(damerauLevenshtein(a.normalize('NFD'), a.normalize('NFC'))).toBe(0);
  });
  prop.prop([word, word, word])('obeys the triangle inequality', (a, b, c) => {
    expect(damerauLevenshtein(a, c)).toBeLessThanOrEqual(damerauLevenshtein(a, b) + damerauLevenshtein(b, c));
  });
  prop.prop([word, word])('is positive between different NFC strings', (a, b) => {
    fc.pre(a.normalize('NFC') !== b.normalize('NFC'));
    expect(damerauLevenshtein(a, b)).toBeGreaterThan(0);
  });
  test('throws only for non-strings', () => {
    expect(() => damerauLevenshtein(1 as never, 'a')).toThrow(TypeError);
  });
});
