// Languages users add (issue #17): trainModel / extendModel build models in the shipped format, save()
// and loadModel round-trip them, detect(text, { model }) uses them. Deterministic, streaming, and
// loadModel never throws on damaged bytes. The CI sample is tiny: made-up languages from a fixed seed.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  detect,
  detectSpans,
  extendModel,
  languages,
  loadModel,
  model as shipped,
  MODEL_FORMAT_VERSION,
  trainModel,
  type TrainingSample,
} from '../src/index.js';

/** Sentences of a made-up language: words drawn (by a fixed LCG) from its syllables. */
function sentences(syllables: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + next(6) }, () =>
      Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join(''),
    ).join(' '),
  );
}

const A = ['ka', 'lo', 'mi', 'tu', 'na', 'wè', 'pi'];
const B = ['zor', 'blim', 'xa', 'qu', 'vex', 'dri', 'ŋo'];
const samples = (): TrainingSample[] => [
  ...sentences(A, 300, 1).map((text) => ({ tag: 'qaa', text })),
  ...sentences(B, 300, 2).map((text) => ({ tag: 'qab', text })),
];
const heldOutA = sentences(A, 50, 99);
const heldOutB = sentences(B, 50, 98);

describe('trainModel', () => {
  test('a model of two made-up languages tells them apart on unseen sentences', async () => {
    const model = await trainModel(samples());
    expect(model.tags).toEqual(['qaa', 'qab']);
    expect(heldOutA.filter((t) => detect(t, { model }).tag === 'qaa').length).toBeGreaterThanOrEqual(48);
    expect(heldOutB.filter((t) => detect(t, { model }).tag === 'qab').length).toBeGreaterThanOrEqual(48);
  });

  test('text in a language the model does not know gets a low confidence (coverage calibration)', async () => {
    const model = await trainModel(samples());
    // A third made-up language: its syllables share letters with A and B, not their n-grams and words.
    const unknown = sentences(['fu', 'sel', 'gor', 'hiy', 'te'], 30, 7);
    const confident = unknown.filter((t) => detect(t, { model }).confidence >= 0.9);
    expect(confident.length).toBeLessThanOrEqual(3);
    // Text of a language the model knows keeps its high confidence.
    expect(heldOutA.filter((t) => detect(t, { model }).confidence >= 0.9).length).toBeGreaterThanOrEqual(40);
  });

  test('deterministic: the same samples give the same bytes, from an array or an async stream', async () => {
    async function* stream(): AsyncGenerator<TrainingSample> {
      for (const sample of samples()) yield sample;
    }
    const a = (await trainModel(samples())).save();
    const b = (await trainModel(stream())).save();
    expect(b).toEqual(a);
  });

  test('programmer errors throw: no iterable, a sample without text, a bad tag, no sample', async () => {
    await expect(trainModel(42 as never)).rejects.toThrow(TypeError);
    await expect(trainModel([{ tag: 'qaa' } as never])).rejects.toThrow(TypeError);
    await expect(trainModel([{ tag: 'not a tag', text: 'x' }])).rejects.toThrow(RangeError);
    await expect(trainModel([])).rejects.toThrow(RangeError);
    await expect(trainModel(samples(), { levels: 256 })).rejects.toThrow(RangeError);
  });
});

describe('detectSpans with a model', () => {
  test('spans of a text mixing two made-up languages, as detect(text, { model }) answers each part', async () => {
    const model = await trainModel(samples());
    const [a, b] = [heldOutA[0]!, heldOutB[0]!];
    const text = `${a}. ${b}.`;
    const spans = detectSpans(text, { model }).spans;
    expect(spans.map((s) => s.tag)).toEqual([detect(a, { model }).tag, detect(b, { model }).tag]);
    expect(spans.map((s) => s.tag)).toEqual(['qaa', 'qab']);
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toContain(b);
    // A copy of the tier's model gives the tier's spans.
    expect(detectSpans('I told her: la vida es bella.', { model: shipped() }).spans).toEqual(
      detectSpans('I told her: la vida es bella.').spans,
    );
  });
});

describe('extendModel', () => {
  test('adds languages to the shipped model and keeps its own weights byte for byte', async () => {
    const same = await extendModel(shipped(), []);
    expect(same.data.postings).toBe(shipped().data.postings);
    expect(same.data.tags).toBe(shipped().data.tags);
    const extended = await extendModel(shipped(), samples());
    expect(extended.tags).toEqual([...languages(), 'qaa', 'qab']);
    expect(heldOutA.filter((t) => detect(t, { model: extended }).tag === 'qaa').length).toBeGreaterThanOrEqual(45);
    // The shipped languages still answer as the shipped model does.
    for (const text of ['Das ist ein kleines Haus am See.', 'La casa es muy grande y bonita.'])
      expect(detect(text, { model: extended }).tag).toBe(detect(text).tag);
  });
});

describe('save and loadModel', () => {
  test('save → loadModel round-trips the model; detect answers alike', async () => {
    const model = await trainModel(samples());
    const loaded = loadModel(model.save());
    expect(loaded.ok).toBe(true);
    expect(loaded.value!.data).toEqual(model.data);
    for (const text of heldOutA.slice(0, 10))
      expect(detect(text, { model: loaded.value! })).toEqual(detect(text, { model }));
  });

  test('another format version: MODEL_VERSION; not a model: MODEL_CORRUPT', async () => {
    const bytes = (await trainModel(samples())).save();
    bytes[4] = MODEL_FORMAT_VERSION + 1;
    expect(loadModel(bytes).issues.map((i) => i.code)).toEqual(['MODEL_VERSION']);
    expect(loadModel(new Uint8Array([1, 2, 3])).issues.map((i) => i.code)).toEqual(['MODEL_CORRUPT']);
  });

  const saved = (async () => (await trainModel(samples().slice(0, 40).concat(samples().slice(300, 340)))).save())();
  prop.prop([fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 })], { numRuns: 200 })(
    'never throws on damaged bytes: any flipped byte or cut is an issue, never a wrong model',
    async (at, cut, flip) => {
      const bytes = await saved;
      const damaged = bytes.slice();
      damaged[at % bytes.length]! ^= flip;
      const flipped = loadModel(damaged);
      expect(flipped.ok).toBe(false);
      expect(flipped.value).toBeUndefined();
      const truncated = loadModel(bytes.slice(0, cut % bytes.length));
      expect(truncated.ok).toBe(false);
      expect(['MODEL_CORRUPT', 'MODEL_VERSION']).toContain(truncated.issues[0]!.code);
    },
  );
});
