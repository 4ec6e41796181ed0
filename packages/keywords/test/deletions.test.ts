import { describe, expect, test } from 'vitest';
import { codePoints } from '../src/distance/damerau-levenshtein.js';
import { buildDeletionTable, fingerprint, FINGERPRINT_BITS, forEachVariant, keyDepth } from '../src/index/deletions.js';

/** Deterministic keys (a linear congruential generator): enough for thousands of buckets. */
function keys(count: number): string[] {
  const letters = 'abcdeéfghiklmnoprstuvyzабвгдеклмнорстאבגדהוזחטיכלמנ';
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () => {
    let key = '';
    for (let n = 3 + (next() % 9); n > 0; n--) key += letters[next() % letters.length];
    return key;
  });
}

describe('deletion table (two-round counting sort)', () => {
  const list = keys(3000);
  const sequences = list.map((key) => [codePoints(key)]);
  const table = buildDeletionTable(list.length, (id) => sequences[id]!);
  const buckets = table.mask + 1;

  test('bucket bounds cover every entry once, in order', () => {
    expect(buckets).toBeGreaterThan(1024);
    expect(table.start.length).toBe(buckets + 1);
    expect(table.start[0]).toBe(0);
    expect(table.start[buckets]).toBe(table.keys.length);
    for (let b = 0; b < buckets; b++) expect(table.start[b]!).toBeLessThanOrEqual(table.start[b + 1]!);
  });

  test('every variant of every key is in its bucket, and a bucket holds its keys in key order', () => {
    for (let id = 0; id < list.length; id++)
      forEachVariant(sequences[id]![0]!, keyDepth(sequences[id]![0]!), (hash) => {
        const b = hash & table.mask;
        const entries = table.keys.subarray(table.start[b]!, table.start[b + 1]!);
        expect(entries).toContain(((id << FINGERPRINT_BITS) | fingerprint(hash)) >>> 0);
      });
    for (let b = 0; b < buckets; b++)
      for (let i = table.start[b]! + 1; i < table.start[b + 1]!; i++)
        expect(table.keys[i]! >>> FINGERPRINT_BITS).toBeGreaterThanOrEqual(table.keys[i - 1]! >>> FINGERPRINT_BITS);
  });
});
