import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { codePoints } from '../src/distance/damerau-levenshtein.js';
import { keySketchesOf, lettersOf, mayBeNear } from '../src/index/key-sketches.js';
import { prepareQuery } from '../src/lookup/query.js';
import { fuzzyDistance } from '../src/lookup/resolve.js';

/**
 * Texts that meet every way `fuzzyDistance` measures: Latin letters 32 code points apart (one letter bit),
 * combining marks (clusters of several code points), Devanagari consonants, vowel signs and the virama
 * (conjunct clusters), Hangul syllables.
 */
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'A', 'B', '\u0301', 'क', 'ष', '\u094d', 'ि', 'ा', '가', '각'),
  minLength: 1,
  maxLength: 9,
});

describe('key sketches', () => {
  prop.prop([text, text], { numRuns: 3000 })(
    'never leave out a key within the edit budget of the query',
    (key, raw) => {
      const query = prepareQuery(raw);
      const cps = codePoints(key);
      if (query.budget === 0 || fuzzyDistance(query, cps) < 0) return;
      expect(mayBeNear(keySketchesOf([key]), 0, query, lettersOf(query.cps), query.budget)).toBe(true);
    },
  );

  test('leave out keys of other lengths, and of other letters', () => {
    const query = prepareQuery('abcdef');
    const near = (key: string) => mayBeNear(keySketchesOf([key]), 0, query, lettersOf(query.cps), query.budget);
    expect(query.budget).toBe(1);
    expect(near('abcdex')).toBe(true);
    expect(near('abcdefgh')).toBe(false);
    expect(near('abcxyz')).toBe(false);
    // With a cluster of several code points, letters are not compared (a cluster replaced is one edit).
    expect(near('abc\u0301xyz')).toBe(true);
    // Code points, clusters, conjunct clusters.
    expect(keySketchesOf(['क्षा']).lengths).toEqual(Uint16Array.of(4, 2, 1));
  });
});
