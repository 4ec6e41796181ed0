import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { headOf, searchByHead } from '../src/index/heads.js';
import { compareCodePoints } from '../src/index/key-table.js';

/** Texts that meet at the places code-point order and UTF-16 order disagree: surrogates and U+E000…U+FFFF. */
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'ab', '\ud800\udc00', '\uffff', '\ue000', 'é', '\u0000'),
  maxLength: 6,
});

describe('heads of sorted keys', () => {
  prop.prop([text, text])('monotonic in code-point order', (x, y) => {
    const order = compareCodePoints(x, y);
    if (order < 0) expect(headOf(x)).toBeLessThanOrEqual(headOf(y));
    if (headOf(x) < headOf(y)) expect(order).toBeLessThan(0);
  });

  test('a head holds three units, in code-point order, the end below any unit', () => {
    expect(headOf('abc')).toBe(headOf('abcd'));
    expect(headOf('ab')).toBeLessThan(headOf('ab\u0000'));
    expect(headOf('\uffff')).toBeLessThan(headOf('\ud800\udc00'));
    expect(headOf('xabc', 1)).toBe(headOf('abc'));
  });

  prop.prop([fc.array(text, { maxLength: 60 }), text])(
    'searchByHead finds the first text not before the query, as a search over the strings does',
    (texts, query) => {
      const sorted = texts.sort(compareCodePoints);
      const heads = Float64Array.from(sorted, (t) => headOf(t));
      const expected = sorted.findIndex((t) => compareCodePoints(t, query) >= 0);
      expect(searchByHead(heads, headOf(query), (i) => compareCodePoints(sorted[i]!, query) < 0)).toBe(
        expected < 0 ? sorted.length : expected,
      );
    },
  );
});
