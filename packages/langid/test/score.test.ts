// First-stage scoring (src/model/model.ts `scoreFeatures`): a text under HITS_RANGE features is scored in one
// pass with each language's weight sum and hit count packed in one double, a longer one in two passes; both
// must give exactly the scores and hits of summing every posting into two arrays. Short text (at most
// SHORT_TEXT_WORDS words) weighs the prior SHORT_TEXT_PRIOR_SCALE times.
import { describe, expect, test } from 'vitest';
import { MODEL } from '../src/data/model-default.js';
import { type FeatureCounts, textFeatureCounts } from '../src/features/extract.js';
import {
  decodeModel,
  HITS_RANGE,
  type LanguageModel,
  SHORT_TEXT_PRIOR_SCALE,
  SHORT_TEXT_WORDS,
  scoreFeatures,
} from '../src/model/model.js';

const model = decodeModel(MODEL);
const all = model.tags.map((_, l) => l);
const mask = new Uint8Array(model.tags.length).fill(1);

/** The plain two-array sums (the code before packing), for comparison. */
function reference(m: LanguageModel, features: FeatureCounts): { scores: Float64Array; hits: Uint32Array } {
  const sums = new Float64Array(m.tags.length);
  const hits = new Uint32Array(m.tags.length);
  for (let i = 0; i < features.distinct; i++) {
    const index = m.find(features.hashes[i]!);
    if (index < 0) continue;
    for (let j = m.offsets[index]!; j < m.offsets[index + 1]!; j++) {
      sums[m.languages[j]!]! += m.weights[j]! * features.counts[i]!;
      hits[m.languages[j]!]! += features.counts[i]!;
    }
  }
  const priorScale = features.words > SHORT_TEXT_WORDS ? 1 : SHORT_TEXT_PRIOR_SCALE;
  const scores = sums.map((s, l) => s * m.step + features.total * m.floors[l]! + m.priors[l]! * priorScale);
  return { scores, hits };
}

/** The features of `text` (copied out of the shared scratch), with counts scaled so that they add up to `total`. */
function scaledTo(text: string, total?: number): FeatureCounts {
  const features = textFeatureCounts(text);
  const hashes = features.hashes.slice(0, features.distinct);
  const factor = Math.floor((total ?? features.total) / features.total);
  const counts = features.counts.slice(0, features.distinct).map((c) => c * factor);
  counts[0]! += (total ?? features.total) - features.total * factor;
  return { hashes, counts, distinct: features.distinct, total: total ?? features.total, words: features.words };
}

describe('scoreFeatures', () => {
  const text = 'Der schnelle braune Fuchs springt über den faulen Hund, und the quick brown fox too.';
  test.each([
    ['a sentence', scaledTo(text)],
    ['two words (short text)', scaledTo('schnelle Fuchs')],
    ['HITS_RANGE - 1 features (one pass)', scaledTo(text, HITS_RANGE - 1)],
    ['HITS_RANGE features (two passes)', scaledTo(text, HITS_RANGE)],
    ['2^31 features (two passes)', scaledTo(text, 2 ** 31)],
  ])('%s: the same scores and hits as two plain sums', (_, features) => {
    const scores = new Float64Array(model.tags.length);
    const hits = new Uint32Array(model.tags.length);
    scoreFeatures(model, features, mask, all, scores, hits);
    const expected = reference(model, features);
    expect(scores).toEqual(expected.scores);
    expect(hits).toEqual(expected.hits);
  });

  test('the prior weighs SHORT_TEXT_PRIOR_SCALE times in text of at most SHORT_TEXT_WORDS words, once in longer text', () => {
    const short = scaledTo('schnelle Fuchs');
    expect([short.words, scaledTo(text).words, scaledTo("l'homme-orchestre").words]).toEqual([2, 15, 2]);
    const scores = (words: number): Float64Array => {
      const out = new Float64Array(model.tags.length);
      scoreFeatures(model, { ...short, words }, mask, all, out, new Uint32Array(model.tags.length));
      return out;
    };
    const atBound = scores(SHORT_TEXT_WORDS);
    const past = scores(SHORT_TEXT_WORDS + 1);
    const l = model.priors.findIndex((p) => p > 1);
    expect(atBound[l]! - past[l]!).toBeCloseTo(model.priors[l]! * (SHORT_TEXT_PRIOR_SCALE - 1), 9);
  });
});
