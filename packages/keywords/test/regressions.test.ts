// Regression tests of issue #12 for @nomina/keywords, each named after the failure it reproduces.
import { describe, expect, test } from 'vitest';
import {
  createKeywordIndex,
  damerauLevenshtein,
  INDEX_FORMAT_VERSION,
  loadKeywordIndex,
  MAX_CACHED_SEGMENTERS,
  MAX_DISTANCE_LENGTH,
  segmentWords,
} from '../src/index.js';
import { KeyTable } from '../src/index/key-table.js';
import { cachedSegmenterCount } from '../src/segment/words.js';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { collectGarbage, reseal, sections } from './file-tools.js';
import { generatedEntries, lookupVectors } from './helpers.js';

const distinctCjk = (n: number): string => {
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCodePoint(0x4e00 + ((i * 7919) % 20000));
  return out;
};

describe("#12 failure 1: a loaded keyword index writes into the caller's buffer and can hang", () => {
  const bytes = createKeywordIndex([...lookupVectors.entries, ...generatedEntries(500)]).save();

  test("#12 failure 1: add() after loading leaves the caller's bytes unchanged, and they load again", () => {
    const original = bytes.slice();
    const index = loadKeywordIndex(bytes).index!;
    for (let i = 0; i < 2000; i++) expect(index.add({ key: `Added key ${i}`, target: `new:${i}` }).ok).toBe(true);
    expect(bytes).toEqual(original);
    expect(loadKeywordIndex(bytes).ok).toBe(true);
    expect(index.lookup('Added key 1999')[0]!.target).toBe('new:1999');
  });

  test('#12 failure 1: indexes loaded from the same bytes share no table, and look-ups end', () => {
    const a = loadKeywordIndex(bytes).index!;
    const b = loadKeywordIndex(bytes).index!;
    // Before the fix, these adds filled the shared slot table, and b's look-ups then probed forever.
    for (let i = 0; i < 5000; i++) a.add({ key: `only in a ${i}`, target: `a:${i}` });
    expect(b.lookup('only in a 42', { maxEdits: 0, prefix: false })).toEqual([]);
    expect(b.lookup('Moscow')[0]!.target).toBe('city:moscow');
    expect(a.lookup('only in a 42', { maxEdits: 0, prefix: false })[0]!.target).toBe('a:42');
  });

  test("#12 failure 1: changing the caller's bytes after loading does not change the index (copy on load)", () => {
    const mine = bytes.slice();
    const index = loadKeywordIndex(mine).index!;
    const answer = index.lookup('Moskva');
    mine.fill(0xff);
    expect(index.lookup('Moskva')).toEqual(answer);
  });

  test('#12 failure 1: a full or altered slot table cannot make a probe loop (bounded probing)', () => {
    const full = new Int32Array(16).fill(1);
    const table = new KeyTable(['a'], full);
    expect(table.get('not there')).toBe(-1);
    expect(table.intern('b')).toBe(1); // the borrowed slots are copied, never written
    expect(full.every((slot) => slot === 1)).toBe(true);
    expect(table.get('a')).toBe(0);
  });
});

describe('#12 failure 3: segmentWords has no length cap, is quadratic, and caches segmenters without bound', () => {
  test('#12 failure 3: linear on distinct CJK, Thai and spaced text (16n vs n)', () => {
    expectLinear(distinctCjk, (text) => segmentWords(text), { small: 1024 });
    expectLinear(
      (n) => 'ภาษาไทย'.repeat(Math.ceil(n / 7)).slice(0, n),
      (text) => segmentWords(text),
      { small: 1024 },
    );
    expectLinear(
      (n) => 'word '.repeat(n / 5),
      (text) => segmentWords(text),
      { small: 1000 },
    );
  });
  test('#12 failure 3: chunking keeps the words of spaced text', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    expect(segmentWords(text)).toEqual(text.split(' '));
  });
  test(`#12 failure 3: at most MAX_CACHED_SEGMENTERS (${MAX_CACHED_SEGMENTERS}) segmenters, whatever locales callers pass`, () => {
    for (let i = 0; i < 500; i++) segmentWords('a b', `en-x-p${i}`);
    expect(cachedSegmenterCount()).toBeLessThanOrEqual(MAX_CACHED_SEGMENTERS);
    expect(segmentWords('New York', 'en-US')).toEqual(['New', 'York']);
    expect(segmentWords('New York', 'EN-us')).toEqual(['New', 'York']);
    expect(segmentWords('New York', 'not a locale!')).toEqual(['New', 'York']);
  });
});

describe('#12 failure 4: damerauLevenshtein without max allocates a full table never freed', () => {
  test(`#12 failure 4: MAX_DISTANCE_LENGTH (${MAX_DISTANCE_LENGTH}) units compare, one more is a RangeError checked first`, () => {
    const a = 'a'.repeat(MAX_DISTANCE_LENGTH);
    const b = 'b'.repeat(MAX_DISTANCE_LENGTH);
    expect(damerauLevenshtein(a, b)).toBe(MAX_DISTANCE_LENGTH);
    expect(() => damerauLevenshtein(`${a}a`, b)).toThrow(RangeError);
    expect(() => damerauLevenshtein(a, 'x'.repeat(1_000_000))).toThrow(RangeError);
    // U+0958 is two code points in NFC (a composition exclusion): the cap holds after normalization too.
    expect(() => damerauLevenshtein('\u0958'.repeat(MAX_DISTANCE_LENGTH), 'x')).toThrow(RangeError);
  });
  test('#12 failure 4: no table outlives its call', async () => {
    // V8 frees array buffers' backing stores after a collection, on a background thread: collect and wait
    // a few times before reading the count, so a store that is already garbage is not counted as kept.
    const settled = async () => {
      for (let i = 0; i < 3; i++) {
        collectGarbage();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return process.memoryUsage().arrayBuffers;
    };
    const before = await settled();
    for (let i = 0; i < 5; i++) damerauLevenshtein('ab'.repeat(512), 'ba'.repeat(512));
    // The scratch table kept between calls is 256 KiB; a 1024² table is 4 MiB.
    expect((await settled()) - before).toBeLessThan(2 ** 20);
  });
});

describe('#12 warning: index files have no checksum, and NaN/∞ weights load', () => {
  const bytes = createKeywordIndex([
    { key: 'Moscow', target: 'm', weight: 1 },
    { key: 'Berlin', target: 'b' },
  ]).save();

  test('#12 warning: every single-bit flip of an index file is refused with INDEX_*', () => {
    let loaded = 0;
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = bytes.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const result = loadKeywordIndex(flipped);
      if (result.ok) loaded++;
      else expect(result.issues[0]!.code).toMatch(/^INDEX_(CORRUPT|VERSION)$/);
    }
    expect(loaded).toBe(0);
  });
  test.each([
    Number.NaN,
    Infinity,
    -Infinity,
  ])('#12 warning: a weight of %s in a file with a valid checksum is INDEX_CORRUPT', (weight) => {
    const crafted = bytes.slice();
    const at = sections(crafted).get('entryWeight')!.at;
    new DataView(crafted.buffer).setFloat32(at, weight, true);
    const result = loadKeywordIndex(reseal(crafted));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'INDEX_CORRUPT', byteOffset: at });
  });
  test.each([
    2, 3, 4, 5, 6, 7, 8,
  ])(`#12 warning, #19: the format is ${INDEX_FORMAT_VERSION}; a format %i file is INDEX_VERSION at byte 8`, (version) => {
    expect(INDEX_FORMAT_VERSION).toBe(9);
    const old = bytes.slice();
    new DataView(old.buffer).setUint32(8, version, true);
    expect(loadKeywordIndex(old).issues).toEqual([
      expect.objectContaining({
        code: 'INDEX_VERSION',
        byteOffset: 8,
        message: expect.stringContaining(`index format ${version}; this version reads format 9: rebuild the index`),
      }),
    ]);
  });
  test('#12 warning: a slot table that does not find its keys is refused even with a valid checksum', () => {
    const crafted = bytes.slice();
    const { at, length } = sections(crafted).get('keySlots')!;
    const slots = new Int32Array(crafted.buffer, at, length / 4);
    const used = slots.findIndex((s) => s !== 0);
    const free = slots.findIndex((s, i) => s === 0 && i !== used);
    [slots[used], slots[free]] = [slots[free]!, slots[used]!];
    expect(loadKeywordIndex(reseal(crafted)).issues[0]!.code).toBe('INDEX_CORRUPT');
  });
});
