// The word table (src/model/words.ts): whole words kept beyond the postings, Rice-coded per language and weight.
// Round trip, never throwing on damaged bytes, the merge into the decoded postings, and model bytes (format 3;
// format 2 files, which have no word table, are still read).
import { crc32 } from 'node:zlib';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { detect, extendModel, loadModel, MODEL_FORMAT_VERSION, trainModel } from '../src/index.js';
import { buildModel, countText, type LanguageCounts } from '../src/model/build.js';
import { encodeModel } from '../src/model/bytes.js';
import { decodeBase64, decodeModel, encodeBase64 } from '../src/model/model.js';
import { decodeWords, encodeWords, type WordEntry, wordsByLanguage } from '../src/model/words.js';

/** Per language, distinct 24-bit hashes with weights 1-31. */
const tables = fc.array(
  fc.uniqueArray(fc.record({ hash: fc.integer({ min: 0, max: 2 ** 24 - 1 }), q: fc.integer({ min: 1, max: 31 }) }), {
    selector: (e) => e.hash,
    maxLength: 300,
  }),
  { minLength: 1, maxLength: 6 },
);

const sorted = (entries: readonly WordEntry[]): WordEntry[] =>
  [...entries].sort((a, b) => a.hash - b.hash || a.q - b.q);

describe('word table', () => {
  prop.prop([tables])('encode → decode gives every language its words and weights back', (perLanguage) => {
    const decoded = decodeWords(encodeWords(perLanguage), perLanguage.length);
    expect(typeof decoded).not.toBe('string');
    const back = wordsByLanguage(decoded as Float64Array, perLanguage.length);
    perLanguage.forEach((entries, l) => expect(sorted(back[l]!)).toEqual(sorted(entries)));
  });

  prop.prop([tables, fc.nat(), fc.integer({ min: 1, max: 255 }), fc.nat()])(
    'damaged or cut bytes are a problem or a table, never a throw; a wrong language count is a problem',
    (perLanguage, at, flip, cut) => {
      const bytes = encodeWords(perLanguage);
      const damaged = bytes.slice();
      if (damaged.length > 0) damaged[at % damaged.length]! ^= flip;
      expect(() => decodeWords(damaged, perLanguage.length)).not.toThrow();
      const truncated = decodeWords(bytes.slice(0, cut % Math.max(bytes.length, 1)), perLanguage.length);
      if (bytes.length > 0) expect(typeof truncated).toBe('string');
      expect(typeof decodeWords(bytes, perLanguage.length + 1)).toBe('string');
    },
  );

  test('a few hundred words of a language cost under 2.3 bytes each', () => {
    let state = 7;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
    const words = new Map<number, number>();
    while (words.size < 2000) words.set(next() % 2 ** 24, 1 + (next() % 8));
    const bytes = encodeWords([[...words].map(([hash, q]) => ({ hash, q }))]);
    expect(bytes.length / words.size).toBeLessThan(2.3);
  });
});

/** Two made-up languages counted with their words, as the full tier counts them. */
function counted(): LanguageCounts[] {
  const text = (syllables: string[], seed: number): string => {
    let state = seed;
    const next = (n: number): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % n;
    return Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join(''),
    ).join(' ');
  };
  return [
    ['qaa', ['ka', 'lo', 'mi', 'tu', 'na']],
    ['qab', ['zor', 'blim', 'xa', 'qu', 'vex']],
  ].map(([tag, syllables], i) => {
    const entry: LanguageCounts = { tag: tag as string, counts: new Map(), total: 0, letters: new Map(), prior: 0 };
    entry.words = new Set();
    countText(entry, text(syllables as string[], i + 1));
    return entry;
  });
}

const CONFIG = { tier: 'words', maxFeatures: 30, minCount: 2, floor: -15, alpha: 0, vocabulary: 0, levels: 31 };

describe('models with a word table', () => {
  test('words past maxFeatures go to the table, and decode into the postings with their weights', () => {
    const data = buildModel(counted(), { ...CONFIG, maxWords: 40 });
    expect(data.words).toBeDefined();
    const table = decodeWords(decodeBase64(data.words!), 2) as Float64Array;
    const model = decodeModel(data);
    const without = decodeModel({ ...data, words: undefined });
    for (const [l, entries] of wordsByLanguage(table, 2).entries()) {
      expect(entries.length).toBeGreaterThan(10);
      for (const { hash, q } of entries) {
        const at = model.find(hash);
        const postings = [...model.languages.subarray(model.offsets[at]!, model.offsets[at + 1]!)];
        const weights = [...model.weights.subarray(model.offsets[at]!, model.offsets[at + 1]!)];
        expect(weights[postings.indexOf(l)]).toBe(q);
        // Not also a posting of the same language.
        const before = without.find(hash);
        if (before >= 0)
          expect([...without.languages.subarray(without.offsets[before]!, without.offsets[before + 1]!)]).not.toContain(
            l,
          );
      }
    }
  });

  test(`format ${MODEL_FORMAT_VERSION} bytes keep the table; format 2 bytes (no table) still load`, async () => {
    expect(MODEL_FORMAT_VERSION).toBe(3);
    const data = buildModel(counted(), { ...CONFIG, maxWords: 40 });
    const loaded = loadModel(encodeModel(data));
    expect(loaded.ok).toBe(true);
    expect(loaded.value!.data.words).toBe(data.words);
    for (const text of ['kalomi tuna', 'zorblim xa'])
      expect(detect(text, { model: loaded.value! })).toEqual(detect(text, { model: data }));
    // A format 2 file: the same layout without `words` (version byte 2, its checksum again).
    const model = await trainModel([{ tag: 'qaa', text: 'kato lumi sava' }]);
    const old = model.save();
    old[4] = 2;
    new DataView(old.buffer).setUint32(old.length - 4, crc32(old.subarray(0, old.length - 4)), true);
    const read = loadModel(old);
    expect(read.ok).toBe(true);
    expect(read.value!.data).toEqual(model.data);
    // A format 2 file has no word table: one that claims to is damaged.
    const claims = encodeModel(data);
    claims[4] = 2;
    new DataView(claims.buffer).setUint32(claims.length - 4, crc32(claims.subarray(0, claims.length - 4)), true);
    expect(loadModel(claims).issues[0]!.code).toBe('MODEL_CORRUPT');
  });

  test('a damaged word table in a file is MODEL_CORRUPT', () => {
    const data = buildModel(counted(), { ...CONFIG, maxWords: 40 });
    const bytes = decodeBase64(data.words!);
    const read = loadModel(encodeModel({ ...data, words: encodeBase64(bytes.subarray(0, bytes.length - 3)) }));
    expect(read.issues.map((i) => i.code)).toEqual(['MODEL_CORRUPT']);
    expect(read.issues[0]!.message).toMatch(/word table/);
    expect(loadModel(encodeModel({ ...data, words: '%%%%' })).issues[0]!.code).toBe('MODEL_CORRUPT');
  });

  test('extendModel keeps the word table of the languages it keeps', async () => {
    const data = buildModel(counted(), { ...CONFIG, maxWords: 40 });
    const same = await extendModel(data, []);
    expect(same.data.words).toBe(data.words);
    expect(same.data.postings).toBe(data.postings);
    // Retraining qaa from new text drops its words; qab's stay.
    const extended = await extendModel(data, [{ tag: 'qaa', text: 'kalo mitu nalo' }]);
    const before = wordsByLanguage(decodeWords(decodeBase64(data.words!), 2) as Float64Array, 2);
    const after = wordsByLanguage(decodeWords(decodeBase64(extended.data.words!), 2) as Float64Array, 2);
    expect(extended.tags).toEqual(['qab', 'qaa']);
    expect(sorted(after[0]!)).toEqual(sorted(before[1]!));
    expect(after[1]).toEqual([]);
  });
});
