// Every limit of src/limits.ts at N and at N + 1 (the query, key, target, label, limit and edit limits
// also have their own tests in lookup.test.ts and entries.test.ts).
import { describe, expect, test } from 'vitest';
import * as limits from '../src/limits.js';
import {
  createKeywordIndex,
  damerauLevenshtein,
  fold,
  foldBasic,
  KeywordIndex,
  loadKeywordIndex,
  MAX_CACHED_SEGMENTERS,
  MAX_DISTANCE_LENGTH,
  MAX_ENTRIES,
  MAX_FUZZY_CANDIDATES,
  MAX_INDEX_BYTES,
  MAX_LABELS,
  MAX_PREFIX_SCAN,
  MAX_SEGMENT_LENGTH,
  MAX_TEXT_LENGTH,
  romanize,
  segmentWords,
} from '../src/index.js';
import { CandidateFinder } from '../src/index/candidates.js';
import { indexState } from '../src/index/keyword-index.js';
import { prepareQuery } from '../src/lookup/query.js';
import { cachedSegmenterCount } from '../src/segment/words.js';

test('every limit is a documented, exported positive integer', () => {
  for (const [name, value] of Object.entries(limits)) {
    expect(name).toMatch(/^MAX_[A-Z_]+$/);
    expect(Number.isInteger(value) && value > 0).toBe(true);
  }
});

describe('limits at N and N + 1', () => {
  test(`MAX_ENTRIES (${MAX_ENTRIES}): the last entry is added, the next is TOO_MANY_ENTRIES`, () => {
    const index = new KeywordIndex();
    // The entry count is the length of the key list: make it N − 1 without adding 2^24 entries.
    indexState(index).entryKeys.length = MAX_ENTRIES - 1;
    expect(index.add({ key: 'last', target: 't' }).ok).toBe(true);
    expect(index.add({ key: 'one more', target: 't' }).issues[0]!.code).toBe('TOO_MANY_ENTRIES');
  });

  test(`MAX_LABELS (${MAX_LABELS}) distinct locales are accepted, one more is LABEL_INVALID`, () => {
    const index = new KeywordIndex();
    for (let i = 0; i < MAX_LABELS; i++) expect(index.add({ key: 'k', target: 't', locale: `l${i}` }).ok).toBe(true);
    expect(index.add({ key: 'k', target: 't', locale: 'one-more' }).issues[0]!.code).toBe('LABEL_INVALID');
    expect(index.add({ key: 'k', target: 't', locale: 'l7' }).ok).toBe(true);
  });

  test.each([
    MAX_PREFIX_SCAN,
    MAX_PREFIX_SCAN + 1,
  ])(`MAX_PREFIX_SCAN (${MAX_PREFIX_SCAN}): of %i keys with one prefix, at most N are prefix candidates`, (count) => {
    const index = createKeywordIndex(
      Array.from({ length: count }, (_, i) => ({ key: `zq${String(i).padStart(3, '0')}`, target: `t${i}` })),
    );
    const answers = index.lookup('zq', { limit: 1000, minScore: 0 }).filter((m) => m.via === 'prefix');
    expect(answers).toHaveLength(Math.min(count, MAX_PREFIX_SCAN));
  });

  test.each([
    MAX_FUZZY_CANDIDATES,
    MAX_FUZZY_CANDIDATES + 1,
  ])(`MAX_FUZZY_CANDIDATES (${MAX_FUZZY_CANDIDATES}): of %i keys one edit off, at most N are verified`, (count) => {
    // Keys one substitution from the query at its last position, each with another Hangul syllable there (no fold merges two).
    const query = 'abcdefgh';
    const keys = Array.from({ length: count }, (_, i) => `${query.slice(0, 7)}${String.fromCodePoint(0xac00 + i)}`);
    const index = createKeywordIndex(keys.map((key, i) => ({ key, target: `t${i}` })));
    index.compile();
    const candidates = new CandidateFinder(indexState(index)).find(prepareQuery(query));
    expect(candidates.filter((c) => c.match === 'fuzzy')).toHaveLength(Math.min(count, MAX_FUZZY_CANDIDATES));
  });

  test(`MAX_INDEX_BYTES (${MAX_INDEX_BYTES}): a file of N bytes is read (bad magic here), N + 1 is refused before any reading`, () => {
    let huge: Uint8Array;
    try {
      huge = new Uint8Array(MAX_INDEX_BYTES + 1); // zero pages: not resident until written
    } catch {
      return; // an engine that cannot reserve 2 GiB cannot hold such a file either
    }
    expect(loadKeywordIndex(huge.subarray(0, MAX_INDEX_BYTES)).issues[0]!.message).toContain('magic');
    expect(loadKeywordIndex(huge).issues[0]).toMatchObject({ code: 'INDEX_CORRUPT', byteOffset: MAX_INDEX_BYTES });
  });

  test(`MAX_TEXT_LENGTH (${MAX_TEXT_LENGTH}): fold, foldBasic and romanize take N units, N + 1 is a RangeError`, () => {
    for (const run of [fold, foldBasic, romanize]) {
      expect(run('A'.repeat(MAX_TEXT_LENGTH))).toBeTypeOf('string');
      expect(() => run('A'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(RangeError);
    }
  });

  test(`MAX_SEGMENT_LENGTH (${MAX_SEGMENT_LENGTH}): segmentWords takes N units, N + 1 is a RangeError`, () => {
    expect(segmentWords('ab '.repeat(MAX_SEGMENT_LENGTH / 2).slice(0, MAX_SEGMENT_LENGTH)).length).toBeGreaterThan(0);
    expect(() => segmentWords('a'.repeat(MAX_SEGMENT_LENGTH + 1))).toThrow(RangeError);
  });

  test(`MAX_DISTANCE_LENGTH (${MAX_DISTANCE_LENGTH}): damerauLevenshtein takes N units, N + 1 is a RangeError`, () => {
    expect(damerauLevenshtein('a'.repeat(MAX_DISTANCE_LENGTH), 'b')).toBe(MAX_DISTANCE_LENGTH);
    expect(() => damerauLevenshtein('a'.repeat(MAX_DISTANCE_LENGTH + 1), 'b')).toThrow(RangeError);
    expect(() => damerauLevenshtein('b', 'a'.repeat(MAX_DISTANCE_LENGTH + 1), 1)).toThrow(RangeError);
  });

  test(`MAX_CACHED_SEGMENTERS (${MAX_CACHED_SEGMENTERS}): N locales are all cached, one more drops the least recently used`, () => {
    for (let i = 0; i < MAX_CACHED_SEGMENTERS; i++) segmentWords('a b', `en-x-c${i}`);
    expect(cachedSegmenterCount()).toBe(MAX_CACHED_SEGMENTERS);
    segmentWords('a b', 'en-x-more');
    expect(cachedSegmenterCount()).toBe(MAX_CACHED_SEGMENTERS);
  });
});
