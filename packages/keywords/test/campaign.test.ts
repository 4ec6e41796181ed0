// Reliability (issue #12's campaign, for this package): every export covered (main entry, ./internals,
// ./postgres); never a throw on hostile strings (lone surrogates, the documented maximum size; one beyond
// is the documented RangeError or issue); time linear in the input by ratio (distinct CJK, alternating
// scripts, combining marks, separators, long repeated letters); memory per input unit bounded; index
// files fuzzed (truncation, bit flips, hostile length fields) are refused with an INDEX_* issue.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as keywords from '../src/index.js';
import * as internals from '../src/internals.js';
import * as postgres from '../src/postgres.js';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';
import { collectGarbage, reseal, sections } from './file-tools.js';
import { generatedEntries, lookupVectors } from './helpers.js';

const {
  createKeywordIndex,
  loadKeywordIndex,
  checkEntry,
  assertEntry,
  fold,
  foldBasic,
  romanize,
  damerauLevenshtein,
  segmentWords,
  KeywordError,
  MAX_TEXT_LENGTH,
  MAX_SEGMENT_LENGTH,
  MAX_DISTANCE_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_KEY_LENGTH,
  MAX_LIMIT,
} = keywords;

/** Worst cases known for folding, segmentation and romanization. */
const generators: [string, (n: number) => string][] = [
  [
    'distinct CJK',
    (n) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join(''),
  ],
  ['alternating scripts (aбαא…)', (n) => 'aбαאก'.repeat(Math.ceil(n / 5)).slice(0, n)],
  ['combining marks', (n) => 'e\u0301\u0302\u0323'.repeat(Math.ceil(n / 4)).slice(0, n)],
  ['separators', (n) => 'a. -\u200d\u30fb'.repeat(Math.ceil(n / 6)).slice(0, n)],
  ['long repeated letter', (n) => 'a'.repeat(n)],
  ['lone surrogates', (n) => '\ud800a\udc00б'.repeat(Math.ceil(n / 4)).slice(0, n)],
];

const index = createKeywordIndex([...lookupVectors.entries, ...generatedEntries(2000)]);
const file = index.save();

/** The functions of every entry point, each with a call on one hostile string (its own limits are checked elsewhere). */
const cases: Record<string, (text: string) => unknown> = {
  createKeywordIndex: (text) =>
    createKeywordIndex([{ key: text, target: text || 't', locale: text.slice(0, 8) || undefined }]).lookup(text),
  KeywordIndex: (text) => {
    const r = index.search(text, { limit: MAX_LIMIT });
    expect(r.matches.length).toBeLessThanOrEqual(MAX_LIMIT);
    expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
    return new keywords.KeywordIndex().add({ key: text, target: 't' });
  },
  loadKeywordIndex: (text) => loadKeywordIndex(new TextEncoder().encode(text)),
  checkEntry: (text) => checkEntry({ key: text, target: text }),
  assertEntry: (text) => {
    try {
      assertEntry({ key: text, target: 't' });
    } catch (error) {
      expect(error).toBeInstanceOf(KeywordError);
    }
  },
  fold,
  foldBasic,
  romanize,
  damerauLevenshtein: (text) => damerauLevenshtein(text, 'abc') + damerauLevenshtein(text, text.slice(1), 2),
  segmentWords: (text) => segmentWords(text, text.slice(0, 10)),
  foldWords: internals.foldWords,
  toWellFormed: internals.toWellFormed,
  editBudget: (text) => internals.editBudget(fold(text)),
  prepareQuery: (text) => internals.prepareQuery(text),
  fuzzyDistance: (text) => internals.fuzzyDistance(internals.prepareQuery('deutschland'), internals.codePoints(text)),
  skeletonDistance: (text) => internals.skeletonDistance(internals.prepareQuery('moskva'), internals.codePoints(text)),
  resolve: (text) => internals.resolve(internals.prepareQuery(text), []),
  isAbjad: internals.isAbjad,
  queryLatin: internals.queryLatin,
  queryRomanization: internals.queryRomanization,
  querySkeletons: internals.querySkeletons,
  schemeSpellings: internals.schemeSpellings,
  wordCount: internals.wordCount,
  romanizeKey: (text) => internals.romanizeKey(fold(text)),
  romanKey: (text) => internals.romanKey(fold(text)),
  romanSkeleton: (text) => internals.romanSkeleton(text, true) + internals.romanSkeleton(text, false),
  codePoints: internals.codePoints,
  dictionaryWordStarts: (text) => internals.dictionaryWordStarts(text, []),
  trigramText: postgres.trigramText,
};

describe('every export has a reliability case', () => {
  test('main entry, ./internals and ./postgres', () => {
    const exempt = {
      KeywordError: 'an error class (assertEntry)',
      PostgresKeywordStore: 'needs a server: test/postgres.test.ts runs the vectors and hostile queries on one',
    };
    const of = (module: object) => Object.keys(cases).filter((name) => name in module);
    expectEveryExportCovered(keywords as unknown as Record<string, unknown>, of(keywords), {
      KeywordError: exempt.KeywordError,
    });
    expectEveryExportCovered(internals as unknown as Record<string, unknown>, of(internals));
    expect(of(keywords).length + of(internals).length + 1).toBe(Object.keys(cases).length);
    expectEveryExportCovered(postgres as unknown as Record<string, unknown>, ['trigramText'], {
      PostgresKeywordStore: exempt.PostgresKeywordStore,
    });
  });
});

describe('never throws on hostile strings', () => {
  prop.prop([hostileString(300)], { numRuns: 150 })('every function', (text) => {
    for (const run of Object.values(cases)) run(text.slice(0, MAX_DISTANCE_LENGTH));
  });

  test.each(generators)('%s: index operations at 1 MB answer at once with an issue', (_name, make) => {
    const huge = make(1 << 20);
    const found = index.search(huge);
    expect(found).toMatchObject({
      ok: false,
      matches: [],
      issues: [expect.objectContaining({ code: 'QUERY_TOO_LONG', offset: MAX_QUERY_LENGTH })],
    });
    expect(index.add({ key: huge, target: 't' }).issues[0]!.code).toBe('KEY_TOO_LONG');
    expect(checkEntry({ key: 'k', target: huge }).issues[0]!.code).toBe('TARGET_INVALID');
    expect(index.search(make(MAX_QUERY_LENGTH)).issues.map((i) => i.code)).not.toContain('QUERY_TOO_LONG');
    expect(checkEntry({ key: make(MAX_KEY_LENGTH), target: 't' }).issues.map((i) => i.code)).not.toContain(
      'KEY_TOO_LONG',
    );
  });

  test.each(
    generators,
  )('%s: utilities at their documented maximum (two worst cases), and a RangeError one beyond', (name, make) => {
    const caps: Array<[number, (text: string) => unknown]> = [
      [MAX_TEXT_LENGTH, fold],
      [MAX_TEXT_LENGTH, foldBasic],
      [MAX_TEXT_LENGTH, romanize],
      [MAX_SEGMENT_LENGTH, (text) => segmentWords(text)],
      [MAX_DISTANCE_LENGTH, (text) => damerauLevenshtein(text, text.split('').reverse().join(''))],
    ];
    for (const [cap, run] of caps) {
      // The generators cut at a length: a lone surrogate at the end is fine, NFC may lengthen (U+0958 is tested in regressions).
      if (name === 'distinct CJK' || name === 'lone surrogates') expect(() => run(make(cap))).not.toThrow();
      expect(() => run(make(cap + 1))).toThrow(RangeError);
    }
  });
});

describe('linear in the input (time of 16n over time of n)', () => {
  test.each(generators)('%s: fold, foldBasic, romanize, toWellFormed, codePoints', (_name, make) => {
    for (const run of [fold, foldBasic, romanize, internals.toWellFormed, internals.codePoints])
      expectLinear(make, run, { small: 1024 });
  });
  test.each(generators)('%s: segmentWords', (_name, make) => {
    // From 4096 units (16n is then MAX_SEGMENT_LENGTH): below, the segmenter's per-unit cost is lower.
    expectLinear(make, (text) => segmentWords(text), { small: 4096 });
  });
  test.each(
    generators.filter(([name]) => name !== 'distinct CJK'),
  )('%s: damerauLevenshtein with a small max (banded)', (_name, make) => {
    expectLinear(
      (n) => [make(n), make(n).replace(/a/g, 'b')] as const,
      ([a, b]) => damerauLevenshtein(a, b, 2),
      { small: 64 },
    );
  });
  test('building and loading an index (generated entries in five scripts)', () => {
    // Both allocate a heap in proportion to the entries, and its collection in proportion to what is
    // already live: 4n vs n from 4000 entries, where both sizes are in the same garbage-collection regime.
    expectLinear(generatedEntries, (entries) => createKeywordIndex(entries).compile(), { small: 4000, factor: 4 });
    expectLinear(
      (n) => createKeywordIndex(generatedEntries(n)).save(),
      (bytes) => loadKeywordIndex(bytes),
      { small: 4000, factor: 4 },
    );
  });
});

describe('memory per input unit', () => {
  const perUnit = (make: () => unknown, units: number): number => {
    collectGarbage();
    const before = process.memoryUsage();
    const kept = make();
    collectGarbage();
    const after = process.memoryUsage();
    expect(kept).toBeDefined();
    return (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / units;
  };
  test.each(
    generators.filter(([name]) => name === 'distinct CJK' || name === 'separators'),
  )('%s: fold, segmentWords and codePoints keep at most a few dozen bytes a unit', (_name, make) => {
    const text = make(MAX_SEGMENT_LENGTH);
    // A string is 1–2 bytes a unit; arrays of words ~50 bytes a word; an Int32Array 4 bytes a unit.
    expect(perUnit(() => fold(text), text.length)).toBeLessThan(16);
    expect(perUnit(() => segmentWords(text), text.length)).toBeLessThan(64);
    expect(perUnit(() => internals.codePoints(text), text.length)).toBeLessThan(8);
  });
  test('a loaded index holds at most a few times its file size', () => {
    const bytes = createKeywordIndex(generatedEntries(5000)).save();
    expect(perUnit(() => loadKeywordIndex(bytes).index, bytes.length)).toBeLessThan(6);
  });
});

describe('corrupted index files are refused with an INDEX_* issue, never a throw, hang or large allocation', () => {
  const refused = (bytes: Uint8Array): void => {
    const result = loadKeywordIndex(bytes);
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.code).toMatch(/^INDEX_(CORRUPT|VERSION)$/);
  };

  test('truncation at every length of a small file, and at many lengths of a larger one', () => {
    const small = createKeywordIndex([
      { key: 'Москва', target: 'm' },
      { key: '北京', target: 'b' },
    ]).save();
    for (let length = 0; length < small.length; length++) refused(small.subarray(0, length));
    for (let length = 0; length < file.length; length += Math.ceil(file.length / 300))
      refused(file.subarray(0, length));
  });

  prop.prop([fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 })], {
    numRuns: 200,
  })('random bit flips', (flips) => {
    const damaged = file.slice();
    for (const [at, bit] of flips) damaged[at % damaged.length]! ^= 1 << bit;
    if (damaged.every((byte, i) => byte === file[i])) return;
    refused(damaged);
  });

  test('hostile length fields, with a valid checksum (a crafted file)', () => {
    const table = sections(file);
    const hostile: Array<(bytes: Uint8Array, view: DataView) => void> = [
      // The header length, past the end.
      (_bytes, view) => view.setUint32(12, 0xffffffff, true),
      // A string table's count, at the largest u32 and just over what its section holds.
      (_bytes, view) => view.setUint32(table.get('keys')!.at, 0xffffffff, true),
      (_bytes, view) => view.setUint32(table.get('entryKeys')!.at, table.get('entryKeys')!.length / 4, true),
      // An offset of a string table beyond its text.
      (_bytes, view) => view.setUint32(table.get('targets')!.at + 8, 0x7fffffff, true),
      // A posting start beyond the postings, a deletion bucket start beyond its keys.
      (_bytes, view) => view.setUint32(table.get('postingStart')!.at + 4, 0xffffffff, true),
      (_bytes, view) => view.setUint32(table.get('deletionStart')!.at + 4, 0xfffffff0, true),
      // A slot pointing past the keys.
      (_bytes, view) => view.setInt32(table.get('keySlots')!.at, 0x7fffffff, true),
    ];
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    for (const alter of hostile) {
      const crafted = file.slice();
      alter(crafted, new DataView(crafted.buffer));
      refused(reseal(crafted));
    }
    // Copies of the file and of some sections at most: never an allocation sized by a hostile field.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * hostile.length * file.length + 2 ** 20);
  });

  test('a header with hostile sections (huge, negative, unaligned, duplicate, unknown types)', () => {
    const length = new DataView(file.buffer).getUint32(12, true);
    const header = JSON.parse(new TextDecoder().decode(file.subarray(24, 24 + length))) as {
      sections: Array<Record<string, unknown>>;
    };
    const variants = [
      { ...header, sections: [{ name: 'keys', type: 'strings', offset: 0, length: 2 ** 40 }] },
      { ...header, sections: [{ name: 'keys', type: 'strings', offset: -8, length: 8 }] },
      { ...header, sections: [{ name: 'keys', type: 'u32', offset: 3, length: 8 }] },
      { ...header, sections: [...header.sections, header.sections[0]] },
      { ...header, sections: [{ name: 'keys', type: 'f64', offset: 0, length: 8 }] },
      { ...header, deletionMask: 2 ** 40 },
      { ...header, deletionMask: 6 },
      { ...header, sections: null },
    ];
    for (const variant of variants) {
      const json = new TextEncoder().encode(JSON.stringify(variant));
      const crafted = new Uint8Array(
        Math.ceil((24 + json.length) / 8) * 8 + (file.length - Math.ceil((24 + length) / 8) * 8),
      );
      crafted.set(file.subarray(0, 24));
      new DataView(crafted.buffer).setUint32(12, json.length, true);
      crafted.set(json, 24);
      crafted.set(file.subarray(Math.ceil((24 + length) / 8) * 8), Math.ceil((24 + json.length) / 8) * 8);
      refused(reseal(crafted));
    }
  });
});
