// The training limits at N and N+1 (issue #12), with the exported constants and the least input that reaches
// each: one text of exactly MAX_TRAINING_FEATURES distinct features, MAX_HELDOUT_PER_LANGUAGE held-out texts
// of one language, MAX_TRAINING_LANGUAGES languages of one tiny sample each.
import { describe, expect, test } from 'vitest';
import { textFeatures } from '../src/features/extract.js';
import {
  extendModel,
  MAX_CALIBRATION_PAIRS,
  MAX_CALIBRATION_TEXTS,
  MAX_HELDOUT_PER_LANGUAGE,
  MAX_TRAINING_FEATURES,
  MAX_TRAINING_LANGUAGES,
  trainModel,
  type TrainingSample,
} from '../src/index.js';
import { decodeModel } from '../src/model/model.js';
import { calibrationItems, isHeldOut } from '../src/model/train.js';

/** A fixed LCG: `next(n)` in 0 … n-1. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

const HAN = 0x4e00;
const HAN_COUNT = 20_000;

/**
 * Words of Han ideographs whose features are exactly `n` distinct hashes (those the trainer counts), their
 * counts, and a word that adds exactly one more: 17-letter words of random ideographs (about 50 new
 * features each, no whole-word feature: the least counting per feature), then words of one or two
 * ideographs (a few new features each, some colliding in the 24-bit hash) to land on `n`.
 */
function wordsWithFeatures(n: number): { words: string[]; counts: Map<number, number>; extra: string } {
  const next = generator(12);
  const counts = new Map<number, number>();
  const words: string[] = [];
  const add = (word: string) => {
    textFeatures(word, (hash) => counts.set(hash, (counts.get(hash) ?? 0) + 1));
    words.push(word);
  };
  while (n - counts.size > 80) add(String.fromCodePoint(...Array.from({ length: 17 }, () => HAN + next(HAN_COUNT))));
  // Then short words, taking each that still fits, until exactly n; the first that adds one is the extra.
  for (let i = 0; i < 4 * HAN_COUNT; i++) {
    const word = String.fromCodePoint(HAN + (i % HAN_COUNT), ...(i < HAN_COUNT ? [] : [HAN + next(HAN_COUNT)]));
    const fresh = new Set<number>();
    textFeatures(word, (hash) => {
      if (!counts.has(hash)) fresh.add(hash);
    });
    if (counts.size === n && fresh.size === 1) return { words, counts, extra: word };
    if (fresh.size > 0 && counts.size + fresh.size <= n) add(word);
  }
  throw new Error('no word lands on n features');
}

/** One training text (not held out) holding WORDS twice, so that every feature is counted at least twice. */
function twice(words: readonly string[]): string {
  const once = words.join(' ');
  // Separators hold no feature: they change the text's hash, not its counts.
  return ['\n', ' ', '. ', ', ', '; ', ': ', '! ', '? ']
    .map((sep) => `${once}${sep}${once}`)
    .find((t) => !isHeldOut(t))!;
}

/** The sorted feature hashes of a one-language model. */
const modelKeys = (model: { data: Parameters<typeof decodeModel>[0] }): number[] =>
  [...decodeModel(model.data).keys].sort((a, b) => a - b);

describe('MAX_TRAINING_FEATURES', () => {
  test('at N every feature is kept; at N+1 the rarest are dropped (counts ≤ k, k rising) down to 3/4 of N', async () => {
    const { words, counts, extra } = wordsWithFeatures(MAX_TRAINING_FEATURES);
    expect(counts.size).toBe(MAX_TRAINING_FEATURES);
    const atN = twice(words);
    textFeatures(extra, (hash) => counts.set(hash, (counts.get(hash) ?? 0) + 1));
    expect(counts.size).toBe(MAX_TRAINING_FEATURES + 1);
    const pastN = twice([...words, extra]);
    // The README's rule, computed here on the counts of pastN (twice those of its words): the least k ≥ 1 that
    // leaves at most 3/4 of N features counted more than k.
    const sorted = Float64Array.from(counts.values(), (count) => 2 * count).sort();
    let k = 1;
    while (sorted.length - sorted.findIndex((count) => count > k) > (MAX_TRAINING_FEATURES * 3) / 4) k++;
    const survivors = [...counts].filter(([, count]) => 2 * count > k).map(([hash]) => hash);
    expect(k).toBeGreaterThan(1); // features counted twice go too: a model can tell
    // A budget above the survivors: at N it is filled (every feature was counted twice), at N+1 only they remain.
    const maxFeatures = survivors.length + 1000;
    const modelAtN = await trainModel([{ tag: 'qaa', text: atN }], { maxFeatures });
    expect(modelKeys(modelAtN).length).toBe(maxFeatures);
    const modelPastN = await trainModel([{ tag: 'qaa', text: pastN }], { maxFeatures });
    expect(modelKeys(modelPastN)).toEqual(survivors.sort((a, b) => a - b));
  }, 120_000);
});

/** Sentences of a made-up language: words drawn (by a fixed LCG) from its syllables. */
function sentences(syllables: readonly string[], count: number, seed: number): string[] {
  const next = generator(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + next(6) }, () =>
      Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join(''),
    ).join(' '),
  );
}

describe('MAX_HELDOUT_PER_LANGUAGE', () => {
  const A = ['ka', 'lo', 'mi', 'tu', 'na', 'wè', 'pi'];
  const B = ['zor', 'blim', 'xa', 'qu', 'vex', 'dri', 'ŋo'];
  const training: TrainingSample[] = [
    ...sentences(A, 300, 1).map((text) => ({ tag: 'qaa', text })),
    ...sentences(B, 300, 2).map((text) => ({ tag: 'qab', text })),
  ].filter((sample) => !isHeldOut(sample.text));
  const heldOut = sentences(A, 20 * MAX_HELDOUT_PER_LANGUAGE, 3)
    .filter(isHeldOut)
    .slice(0, MAX_HELDOUT_PER_LANGUAGE)
    .map((text) => ({ tag: 'qaa', text }));
  // A held-out text of qab labelled qaa: calibrated on, it lowers the model's confidence.
  const wrong = { tag: 'qaa', text: sentences(B, 100, 4).find(isHeldOut)! };
  const bytes = async (samples: TrainingSample[]) => (await trainModel(samples)).save();

  test('the Nth held-out text of a language calibrates the model; the N+1st is skipped', async () => {
    expect(heldOut.length).toBe(MAX_HELDOUT_PER_LANGUAGE);
    const upToN = heldOut.slice(0, MAX_HELDOUT_PER_LANGUAGE - 1);
    expect(await bytes([...training, ...upToN, wrong])).not.toEqual(await bytes([...training, ...upToN]));
    expect(await bytes([...training, ...heldOut, wrong])).toEqual(await bytes([...training, ...heldOut]));
  });
});

describe('MAX_TRAINING_LANGUAGES', () => {
  /** Sample i: a tag of its own (q + four letters) and a one-letter text (not held out): one feature kept each. */
  const text = ['a', 'b', 'c', 'd', 'e', 'f'].find((t) => !isHeldOut(t))!;
  const letters = (i: number) =>
    Array.from({ length: 4 }, (_, d) => String.fromCharCode(0x61 + (Math.floor(i / 26 ** d) % 26))).join('');
  const samples = (count: number, from = 0): TrainingSample[] =>
    Array.from({ length: count }, (_, i) => ({ tag: `q${letters(from + i)}`, text }));

  test('trainModel: N languages make a model (the last one indexed in 16 bits); N+1 is a RangeError', async () => {
    const model = await trainModel(samples(MAX_TRAINING_LANGUAGES));
    expect(model.tags.length).toBe(MAX_TRAINING_LANGUAGES);
    expect(decodeModel(model.data).languages.reduce((a, b) => Math.max(a, b))).toBe(MAX_TRAINING_LANGUAGES - 1);
    await expect(trainModel(samples(MAX_TRAINING_LANGUAGES + 1))).rejects.toThrow(RangeError);
  }, 60_000);

  test('extendModel: the base languages count too (N in all is a model, N+1 a RangeError)', async () => {
    const base = await trainModel(samples(2, MAX_TRAINING_LANGUAGES + 10));
    const extended = await extendModel(base, samples(MAX_TRAINING_LANGUAGES - 2));
    expect(extended.tags.length).toBe(MAX_TRAINING_LANGUAGES);
    await expect(extendModel(base, samples(MAX_TRAINING_LANGUAGES - 1))).rejects.toThrow(RangeError);
  }, 60_000);
});

describe('MAX_CALIBRATION_TEXTS', () => {
  // 20 languages of 1,000 held-out texts each make N; one more, in a 21st language, makes N+1.
  const syllables = ['ka', 'lo', 'mi', 'tu', 'na', 'wè', 'pi', 'zor', 'blim', 'xa'];
  const pool = sentences(syllables, 40 * MAX_HELDOUT_PER_LANGUAGE, 5);
  const heldOut = pool.filter(isHeldOut).slice(0, MAX_HELDOUT_PER_LANGUAGE);
  const training = pool.filter((t) => !isHeldOut(t)).slice(0, 50);
  const tags = Array.from({ length: MAX_CALIBRATION_TEXTS / MAX_HELDOUT_PER_LANGUAGE }, (_, i) => `qa${letter(i)}`);
  function letter(i: number): string {
    return String.fromCharCode(0x61 + i);
  }
  const held = (list: readonly string[]) => new Map(list.map((tag) => [tag, heldOut] as const));

  test('at N every held-out text calibrates; at N+1 the last of the last turn is left out', () => {
    expect(heldOut.length).toBe(MAX_HELDOUT_PER_LANGUAGE);
    expect(calibrationItems(held(tags), tags.length)).toHaveLength(MAX_CALIBRATION_TEXTS);
    const map = held(tags);
    map.set('qzz', [heldOut[0]!]);
    const items = calibrationItems(map, map.size);
    expect(items).toHaveLength(MAX_CALIBRATION_TEXTS);
    // Turn 0 takes every language's first text (qzz's one among them); the final turn ends one short.
    expect(items.filter((i) => i.tag === 'qzz')).toHaveLength(1);
    expect(items.filter((i) => i.tag === tags.at(-1))).toHaveLength(MAX_HELDOUT_PER_LANGUAGE - 1);
    for (const tag of tags.slice(0, -1))
      expect(items.filter((i) => i.tag === tag)).toHaveLength(MAX_HELDOUT_PER_LANGUAGE);
  });

  test('trainModel at N+1 is the model of the N texts it keeps', async () => {
    const samples = (withLast: boolean): TrainingSample[] => [
      ...tags.flatMap((tag) => training.map((text) => ({ tag, text }))),
      ...tags.flatMap((tag, t) =>
        heldOut
          .filter((_, i) => withLast || t < tags.length - 1 || i < heldOut.length - 1)
          .map((text) => ({ tag, text })),
      ),
      { tag: 'qzz', text: training[0]! },
      { tag: 'qzz', text: heldOut[0]! },
    ];
    expect((await trainModel(samples(true))).save()).toEqual((await trainModel(samples(false))).save());
  }, 60_000);
});

describe('MAX_CALIBRATION_PAIRS', () => {
  // 1,000 languages of 8 held-out texts: 8,000 texts × 1,000 languages is N pairs; one text more is N+1.
  const languages = 1000;
  const perLanguage = MAX_CALIBRATION_PAIRS / languages / languages;
  const tagOf = (i: number) =>
    `q${String.fromCharCode(0x61 + Math.floor(i / 26 / 26), 0x61 + (Math.floor(i / 26) % 26), 0x61 + (i % 26))}`;
  const texts = Array.from({ length: perLanguage + 1 }, (_, i) => `text ${i}`);

  test('at N pairs every held-out text calibrates; at N+1 one text fewer than offered', () => {
    expect(Number.isInteger(perLanguage)).toBe(true);
    const atN = new Map(Array.from({ length: languages }, (_, i) => [tagOf(i), texts.slice(0, perLanguage)] as const));
    expect(calibrationItems(atN, languages)).toHaveLength(MAX_CALIBRATION_PAIRS / languages);
    const pastN = new Map(atN);
    pastN.set(tagOf(0), texts);
    const items = calibrationItems(pastN, languages);
    expect(items).toHaveLength(MAX_CALIBRATION_PAIRS / languages);
    // Eight full turns make N: the first language's ninth text, the only one of a ninth turn, is left out.
    expect(items.filter((i) => i.tag === tagOf(0))).toHaveLength(perLanguage);
    // A model of twice the languages calibrates on half the texts.
    expect(calibrationItems(atN, 2 * languages)).toHaveLength(MAX_CALIBRATION_PAIRS / languages / 2);
  });
});
