// The trained model: a multinomial naive Bayes over hashed features (see features/extract.ts).
// For each kept feature f of language L the tables hold q = round((ln P(f|L) - floor[L]) / step);
// a feature L did not keep scores floor[L]. A text of n features scores, for L,
// n·floor[L] + step·Σq + prior[L] (its log-likelihood plus the log prior, up to a constant).
import type { FeatureCounts } from '../features/extract.js';
import { scriptIndexOf } from '../script/classify.js';
import { type ClusterData, decodeClusters, keyIndex, type LanguageCluster } from './clusters.js';
import { readVarint } from './varint.js';
import { decodeWords } from './words.js';

/** The serialized form, as checked in under src/data/ (written by scripts/train.ts). */
export interface ModelData {
  /** Tier name (`default`, `full`). */
  tier: string;
  /** Output BCP 47 tag of each language, space-separated. */
  tags: string;
  /** Unicode scripts each language is written with in its training text: `Latn`, `Hani+Hira+Kana`…, space-separated. */
  scripts: string;
  /** ln P of a feature a language did not keep (nats), per language. */
  floors: readonly number[];
  /** Prior of each language (nats); the shipped tiers': CLDR speaker populations and amount of training text (scripts/train.ts). */
  priors: readonly number[];
  /** Nats per unit of a quantized weight. */
  step: number;
  /** Softmax temperature fitted on held-out training data. */
  temperature: number;
  /**
   * Calibration: accuracy on held-out data of answers whose softmax probability falls in bin i of 20, in
   * rows of 20 by coverage (the share of the text's features the answer's language kept): with K rows, row
   * k holds coverage [k/K, (k+1)/K) (K = 1: one row, coverage not read).
   */
  calibration: readonly number[];
  /** Base64: per feature in ascending order, varint(gap), varint(n), then n × (varint(language gap), byte q). */
  postings: string;
  /** The second stage: log-linear models of clusters of close languages (model/clusters.ts); none in a user's model. */
  clusters?: readonly ClusterData[];
  /** Base64: the word table (model/words.ts), whole words kept beyond the postings; merged into them when decoded. */
  words?: string;
}

export interface LanguageModel {
  readonly tier: string;
  readonly tags: readonly string[];
  /** Per language, the script indexes (see script/classify.ts) it is written with. */
  readonly scripts: readonly (readonly number[])[];
  readonly floors: Float64Array;
  readonly priors: Float64Array;
  readonly step: number;
  readonly temperature: number;
  readonly calibration: readonly number[];
  /** Feature hashes in ascending order (feature i of `offsets`). */
  readonly keys: Uint32Array;
  /** Index of a feature hash in `offsets`, or -1. */
  find(hash: number): number;
  /** Postings of feature i are languages[offsets[i] .. offsets[i+1]) with weights at the same places. */
  readonly offsets: Uint32Array;
  readonly languages: Uint16Array;
  readonly weights: Uint8Array;
  /** The second stage's clusters (model/clusters.ts). */
  readonly clusters: readonly LanguageCluster[];
  /** Per language, its cluster's index in `clusters`, or -1. */
  readonly clusterOf: Int32Array;
}

/** Probability bins of a row of the calibration table. */
export const CALIBRATION_BINS = 20;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes without Buffer or atob (runs anywhere). */
export function decodeBase64(text: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i++) lookup[BASE64.charCodeAt(i)] = i;
  let length = (text.length * 3) >> 2;
  if (text.endsWith('==')) length -= 2;
  else if (text.endsWith('=')) length -= 1;
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (lookup[text.charCodeAt(i)]! << 18) |
      (lookup[text.charCodeAt(i + 1)]! << 12) |
      (lookup[text.charCodeAt(i + 2)]! << 6) |
      lookup[text.charCodeAt(i + 3)]!;
    if (o < length) out[o++] = n >> 16;
    if (o < length) out[o++] = (n >> 8) & 0xff;
    if (o < length) out[o++] = n & 0xff;
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  // Built in chunks of 8,192 characters joined once: appending four characters at a time would leave a
  // rope of millions of pieces (87.6 MB held for a 65,535-language model).
  const chunks: string[] = [];
  const codes = new Array<number>(8192);
  let at = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    codes[at++] = BASE64.charCodeAt(n >> 18);
    codes[at++] = BASE64.charCodeAt((n >> 12) & 63);
    codes[at++] = i + 1 < bytes.length ? BASE64.charCodeAt((n >> 6) & 63) : 61; // '='
    codes[at++] = i + 2 < bytes.length ? BASE64.charCodeAt(n & 63) : 61;
    if (at === codes.length) {
      chunks.push(String.fromCharCode(...codes));
      at = 0;
    }
  }
  chunks.push(String.fromCharCode(...codes.slice(0, at)));
  return chunks.join('');
}

/** Decodes the checked-in form once (a few milliseconds) into typed arrays and an open-addressing index. */
export function decodeModel(data: ModelData): LanguageModel {
  const bytes = decodeBase64(data.postings);
  const cursor = { at: 0 };
  // Checked-in tables and bytes that passed `decodeModelBytes` (model/bytes.ts) hold whole varints.
  const varint = (): number => readVarint(bytes, cursor)!;
  const keys: number[] = [];
  const offsets: number[] = [0];
  const languages: number[] = [];
  const weights: number[] = [];
  // The word table's entries (hash · 2^24 + language · 2^8 + q, ascending) join the postings of their hash.
  const table = data.words ? decodeWords(decodeBase64(data.words), data.tags.split(' ').length) : new Float64Array();
  if (typeof table === 'string') throw new RangeError(`the word table is damaged: ${table}`);
  let w = 0;
  const wordKey = (i: number): number => Math.floor(table[i]! / 2 ** 24);
  const takeWords = (hash: number): void => {
    for (; w < table.length && wordKey(w) === hash; w++) {
      const rest = table[w]! % 2 ** 24;
      languages.push(rest >> 8);
      weights.push(rest & 255);
    }
  };
  const wordsBefore = (limit: number): void => {
    while (w < table.length && wordKey(w) < limit) {
      const hash = wordKey(w);
      takeWords(hash);
      keys.push(hash);
      offsets.push(languages.length);
    }
  };
  let key = 0;
  while (cursor.at < bytes.length) {
    key += varint();
    wordsBefore(key);
    const count = varint();
    let language = 0;
    for (let i = 0; i < count; i++) {
      language += varint();
      languages.push(language);
      weights.push(bytes[cursor.at++]!);
    }
    takeWords(key);
    keys.push(key);
    offsets.push(languages.length);
  }
  wordsBefore(Infinity);
  const find = keyIndex(keys);
  const tags = data.tags.split(' ');
  const { clusters, clusterOf } = decodeClusters(data.clusters, tags, decodeBase64);
  return {
    tier: data.tier,
    tags,
    scripts: data.scripts.split(' ').map((set) => set.split('+').map(scriptIndexOf)),
    floors: Float64Array.from(data.floors),
    priors: Float64Array.from(data.priors),
    step: data.step,
    temperature: data.temperature,
    calibration: data.calibration,
    keys: Uint32Array.from(keys),
    find,
    offsets: Uint32Array.from(offsets),
    languages: Uint16Array.from(languages),
    weights: Uint8Array.from(weights),
    clusters,
    clusterOf,
  };
}

/**
 * Texts of fewer features than this are scored in one pass, each language's weight sum and hit count held in
 * one double (`sum · HITS_RANGE + hits`): the hits stay under HITS_RANGE and the whole under
 * 2^22 · (255 · 2^22 + 1) < 2^53 (weights are bytes), so both are exact. Longer texts (training's calibration
 * texts have no length limit) are scored in two passes, one per sum.
 */
export const HITS_RANGE = 2 ** 22;

/**
 * A text of at most this many words is short: its prior weighs `SHORT_TEXT_PRIOR_SCALE` times as much. One or two
 * words give naive Bayes some 40–80 overlapping features, scored as if independent: their likelihood is too sure of
 * itself against the prior, and a language known from one small text (a UDHR) or a rare one took common words of the
 * big ones (bench/results/langid-short.md).
 */
export const SHORT_TEXT_WORDS = 2;
/** How many times the prior counts in short text (`SHORT_TEXT_WORDS`). */
export const SHORT_TEXT_PRIOR_SCALE = 10;

/**
 * Naive Bayes scores of the `candidates` (the languages whose `mask` entry is 1), for a text's features
 * (`textFeatureCounts`): score[L] = prior[L] (× SHORT_TEXT_PRIOR_SCALE in short text) + step · Σ q(f, L),
 * written to `scores`, and to `hits` the number of the text's features each kept (its coverage of the text);
 * other entries are left as they are (scratch arrays of the model's size can be reused). Linear in the distinct
 * features and the candidates: a feature seen n times is looked up once and counts n times.
 */
export function scoreFeatures(
  model: LanguageModel,
  features: FeatureCounts,
  mask: Uint8Array,
  candidates: readonly number[],
  scores: Float64Array,
  hits: Uint32Array,
): void {
  const { total } = features;
  if (total < HITS_RANGE) {
    sumPostings(model, features, mask, candidates, scores, HITS_RANGE, 1);
    for (const l of candidates) {
      hits[l] = scores[l]! % HITS_RANGE;
      scores[l] = (scores[l]! - hits[l]!) / HITS_RANGE;
    }
  } else {
    sumPostings(model, features, mask, candidates, scores, 0, 1);
    for (const l of candidates) hits[l] = scores[l]!;
    sumPostings(model, features, mask, candidates, scores, 1, 0);
  }
  const priorScale = features.words <= SHORT_TEXT_WORDS ? SHORT_TEXT_PRIOR_SCALE : 1;
  for (const l of candidates)
    scores[l] = scores[l]! * model.step + total * model.floors[l]! + model.priors[l]! * priorScale;
}

/**
 * Σ over the text's features f kept by L of count(f) · (q(f, L) · `scale` + `unit`), into `sums[L]` for each
 * candidate L. Integer sums (weights are bytes), exact while under 2^53: the same as adding one occurrence at a time.
 */
function sumPostings(
  model: LanguageModel,
  features: FeatureCounts,
  mask: Uint8Array,
  candidates: readonly number[],
  sums: Float64Array,
  scale: number,
  unit: number,
): void {
  const { offsets, languages, weights } = model;
  const { hashes, counts, distinct } = features;
  for (const l of candidates) sums[l] = 0;
  for (let i = 0; i < distinct; i++) {
    const index = model.find(hashes[i]!);
    if (index < 0) continue;
    const times = counts[i]!;
    const perWeight = times * scale;
    const perHit = times * unit;
    for (let j = offsets[index]!, end = offsets[index + 1]!; j < end; j++) {
      const language = languages[j]!;
      if (mask[language] === 1) sums[language]! += weights[j]! * perWeight + perHit;
    }
  }
}
