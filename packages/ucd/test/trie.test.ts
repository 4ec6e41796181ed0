// @nomina/ucd/trie: what encodeTrie writes, decodeTrie reads back, for any table.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CODE_POINT_LIMIT, decodeTrie, encodeTrie } from '../src/trie/index.js';

/** A table of runs: [start, value] pairs, sorted by start, values possibly large. */
const runs = fc.array(fc.tuple(fc.integer({ min: 0, max: CODE_POINT_LIMIT - 1 }), fc.nat({ max: 5_000_000 })), {
  maxLength: 40,
});

function valueOfRuns(r: [number, number][]): (cp: number) => number {
  const values = new Uint32Array(CODE_POINT_LIMIT);
  for (const [start, value] of [...r].sort((a, b) => a[0] - b[0])) values.fill(value, start);
  return (cp) => values[cp]!;
}

describe('encodeTrie / decodeTrie', () => {
  test.prop([runs, fc.array(fc.integer({ min: 0, max: CODE_POINT_LIMIT - 1 }), { minLength: 1, maxLength: 50 })], {
    numRuns: 10,
  })('round-trips every value (run boundaries and random code points)', (r, probes) => {
    const valueOf = valueOfRuns(r);
    const trie = decodeTrie(encodeTrie(valueOf, { shifts: [10, 5] }));
    for (const cp of [...probes, ...r.flatMap(([s]) => [s - 1, s, s + 1]), 0, CODE_POINT_LIMIT - 1]) {
      if (cp >= 0 && cp < CODE_POINT_LIMIT) expect(trie.get(cp)).toBe(valueOf(cp));
    }
  });

  test('every code point of a busy table, with the shifts the encoder picks', () => {
    const valueOf = (cp: number) => ((cp * 2654435761) % 7 === 0 ? cp % 1000 : (cp >> 8) % 50);
    const trie = decodeTrie(encodeTrie(valueOf));
    for (let cp = 0; cp < CODE_POINT_LIMIT; cp++) if (trie.get(cp) !== valueOf(cp)) expect.fail(`U+${cp.toString(16)}`);
  });

  test('the serialized form is printable ASCII without quote or backslash', () => {
    const s = encodeTrie((cp) => cp % 3000, { shifts: [11, 5] });
    expect(/^[\x20-\x7e]*$/.test(s) && !/["\\]/.test(s)).toBe(true);
    expect(JSON.stringify(s)).toBe(`"${s}"`);
  });

  const constant = decodeTrie(encodeTrie(() => 3, { outOfRange: 7, shifts: [11, 5] }));
  test.each([-1, -0.5, 0.5, 0x110000, 2 ** 32, NaN, Infinity])('%s is not a code point: outOfRange value', (n) => {
    const trie = constant;
    expect(trie.get(n)).toBe(7);
    expect(trie.outOfRange).toBe(7);
  });

  test('a non-number is a programmer error (TypeError)', () => {
    expect(() => constant.get('65' as unknown as number)).toThrow(TypeError);
  });

  test('values that are not integers ≥ 0 are refused by the encoder', () => {
    expect(() => encodeTrie(() => -1, { shifts: [11, 5] })).toThrow(RangeError);
    expect(() => encodeTrie(() => 1.5, { shifts: [11, 5] })).toThrow(RangeError);
  });

  test.each(['', 'é', '~', '1'])('malformed serialization %j is a SyntaxError', (s) => {
    expect(() => decodeTrie(s)).toThrow(SyntaxError);
  });

  test('a truncated serialization is a SyntaxError', () => {
    const s = encodeTrie((cp) => cp & 0xff, { shifts: [11, 5] });
    expect(() => decodeTrie(s.slice(0, -3))).toThrow(SyntaxError);
  });
});
