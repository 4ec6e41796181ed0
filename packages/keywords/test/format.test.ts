import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { createKeywordIndex, INDEX_FORMAT_VERSION, loadKeywordIndex } from '../src/index.js';
import { generatedEntries, lookupVectors } from './helpers.js';

describe('save / load', () => {
  const index = createKeywordIndex([...lookupVectors.entries, ...generatedEntries(3000)]);
  const bytes = index.save();
  const loaded = loadKeywordIndex(bytes);

  test('round-trip: same entries, same answers to every vector query', () => {
    expect(loaded.ok).toBe(true);
    expect([...loaded.index!.entries()]).toEqual([...index.entries()]);
    for (const q of lookupVectors.queries)
      expect(loaded.index!.lookup(q.query, q.options)).toEqual(index.lookup(q.query, q.options));
  });
  test('round-trip on generated keys and their typos', () => {
    for (const entry of generatedEntries(300)) {
      const typo = entry.key.slice(1);
      expect(loaded.index!.lookup(typo)).toEqual(index.lookup(typo));
    }
  });
  test('save of a loaded index is byte-identical', () => {
    expect(loaded.index!.save()).toEqual(bytes);
  });
  test('a loaded index accepts new entries', () => {
    const copy = loadKeywordIndex(bytes.slice()).index!;
    copy.add({ key: 'Reykjavík', target: 'city:reykjavik' });
    expect(copy.lookup('reykjavik')[0]!.target).toBe('city:reykjavik');
    expect(copy.lookup('Moscow')[0]!.target).toBe('city:moscow');
  });
  test('unaligned bytes load too', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(loadKeywordIndex(shifted.subarray(1)).ok).toBe(true);
  });
  test('another format version is INDEX_VERSION', () => {
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(8, INDEX_FORMAT_VERSION + 1, true);
    expect(loadKeywordIndex(other).issues[0]!.code).toBe('INDEX_VERSION');
  });
  test('not an index is INDEX_CORRUPT', () => {
    expect(loadKeywordIndex(new TextEncoder().encode('hello world, not an index')).issues[0]!.code).toBe(
      'INDEX_CORRUPT',
    );
    expect(loadKeywordIndex(new Uint8Array(0)).issues[0]!.code).toBe('INDEX_CORRUPT');
  });
  test('every truncation is INDEX_CORRUPT', () => {
    for (const length of [8, 16, 100, bytes.length >> 1, bytes.length - 1])
      expect(loadKeywordIndex(bytes.slice(0, length)).issues[0]!.code).toBe('INDEX_CORRUPT');
  });
  prop.prop([fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })], {
    numRuns: 60,
  })('corrupted bytes never throw, and a loaded index still answers without throwing', (flips) => {
    const damaged = bytes.slice();
    for (const [at, mask] of flips) damaged[at % damaged.length]! ^= mask;
    const result = loadKeywordIndex(damaged);
    if (result.ok) for (const q of ['moscow', 'Deutschlnad', 'sao', 'Москва']) result.index!.lookup(q);
    else expect(['INDEX_CORRUPT', 'INDEX_VERSION']).toContain(result.issues[0]!.code);
  });
});
