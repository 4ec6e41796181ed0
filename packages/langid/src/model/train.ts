// Models users train: `trainModel` builds one from labelled text, `extendModel` adds languages to one,
// `model.save()` / `loadModel(bytes)` store it, `detect(text, { model })` uses it.
//
// | step        | what                                                                                  |
// |-------------|---------------------------------------------------------------------------------------|
// | stream      | samples from any iterable or async iterable, counted one at a time                     |
// | bound       | at most MAX_TRAINING_FEATURES distinct features per language: past it, the rarest are   |
// |             | dropped (a deterministic lossy count); at most MAX_HELDOUT_PER_LANGUAGE held-out texts  |
// |             | per language; at most MAX_TRAINING_LANGUAGES languages, a base model's included         |
// | hold out    | one sample in ten (FNV-1a of its text) calibrates instead of training                  |
// | build       | model/build.ts, the same code as the shipped tiers                                      |
// | store       | `NLID` + format version + JSON header + postings + CRC-32 (model/bytes.ts)             |
import { requireString, type Result } from '@nomina/core';
import {
  MAX_CALIBRATION_PAIRS,
  MAX_CALIBRATION_TEXTS,
  MAX_HELDOUT_PER_LANGUAGE,
  MAX_TRAINING_FEATURES,
  MAX_TRAINING_LANGUAGES,
} from '../limits.js';
import { decodeBase64, decodeModel, encodeBase64 } from './model.js';
import { decodeWords, encodeWords, wordsByLanguage } from './words.js';
import type { LanguageModel, ModelData } from './model.js';
import { buildModel, calibrateModel, countText, type LanguageCounts } from './build.js';
import { decodeModelBytes, encodeModel, type ModelIssueCode } from './bytes.js';

/** One labelled text: a BCP 47 tag (as it should be answered: `quy`, `sr-Latn`) and text in that language. */
export interface TrainingSample {
  tag: string;
  text: string;
}

export interface TrainOptions {
  /** Name of the model (`tier` of its data; default `custom`). */
  name?: string;
  /** Most features kept per language (default 3,000, as the full tier). */
  maxFeatures?: number;
  /** Quantization levels, 1-255 (default 31, as the full tier). */
  levels?: number;
  /** Prior of each tag in nats (default 0: no language favoured). */
  priors?: Readonly<Record<string, number>>;
}

/** A model: its data (the shipped format) and its bytes. */
export interface Model {
  readonly data: ModelData;
  /** Every tag of the model. */
  readonly tags: readonly string[];
  /** The model as bytes, for `loadModel`. */
  save(): Uint8Array;
}

type Samples = Iterable<TrainingSample> | AsyncIterable<TrainingSample>;

const DEFAULTS = { name: 'custom', maxFeatures: 3000, levels: 31, minCount: 2, floor: -15 } as const;

/** Wraps model data as a `Model`. */
export function modelOf(data: ModelData): Model {
  return { data, tags: data.tags.split(' '), save: () => encodeModel(data) };
}

function checkOptions(options: TrainOptions): void {
  if (options.maxFeatures !== undefined && !(Number.isInteger(options.maxFeatures) && options.maxFeatures > 0))
    throw new RangeError('maxFeatures must be a positive integer');
  if (
    options.levels !== undefined &&
    !(Number.isInteger(options.levels) && options.levels >= 1 && options.levels <= 255)
  )
    throw new RangeError('levels must be an integer from 1 to 255');
}

/** The held-out split, as the shipped tiers make it: FNV-1a of the text, one in ten. */
export function isHeldOut(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 10 === 0;
}

/** Held-out text as calibration reads it: at most about 160 code units. */
function heldOutText(text: string): string {
  if (text.length <= 160) return text;
  const space = text.indexOf(' ', 120);
  return text.slice(0, space > 0 && space <= 160 ? space : 160);
}

interface Counting {
  languages: Map<string, LanguageCounts>;
  heldOut: Map<string, string[]>;
}

/** The counts of a language's features, ascending. */
function sortedCounts(entry: LanguageCounts): Float64Array {
  const counts = new Float64Array(entry.counts.size);
  let i = 0;
  for (const count of entry.counts.values()) counts[i++] = count;
  return counts.sort();
}

/**
 * Drops the rarest features of a language past MAX_TRAINING_FEATURES: every count ≤ k, for the least k ≥ 1 that
 * leaves at most 3/4 of the limit (as deleting counts ≤ 1, ≤ 2, … until under it would, in two passes: the
 * count that must go is the one ranked just past 3/4 of the limit).
 */
function prune(entry: LanguageCounts): void {
  const keep = Math.floor((MAX_TRAINING_FEATURES * 3) / 4);
  const counts = sortedCounts(entry);
  const k = Math.max(1, Math.ceil(counts[counts.length - 1 - keep]!));
  for (const [hash, count] of entry.counts) if (count <= k) entry.counts.delete(hash);
}

/** Checks one sample and counts it into its language (or keeps it for calibration). */
function countSample(sample: TrainingSample, into: Counting): void {
  if (sample === null || typeof sample !== 'object') throw new TypeError('a sample must be {tag, text}');
  requireString(sample.tag, 'sample.tag');
  requireString(sample.text, 'sample.text');
  const tag = sample.tag.trim();
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag))
    throw new RangeError(`sample.tag ${JSON.stringify(tag)} is no language tag`);
  const text = sample.text.normalize('NFC');
  let entry = into.languages.get(tag);
  if (!entry) {
    if (into.languages.size >= MAX_TRAINING_LANGUAGES)
      throw new RangeError(`more than ${MAX_TRAINING_LANGUAGES} languages`);
    entry = { tag, counts: new Map(), total: 0, letters: new Map(), prior: 0 };
    into.languages.set(tag, entry);
    into.heldOut.set(tag, []);
  }
  if (isHeldOut(text)) {
    const kept = into.heldOut.get(tag)!;
    if (kept.length < MAX_HELDOUT_PER_LANGUAGE) kept.push(heldOutText(text));
    return;
  }
  countText(entry, text);
  if (entry.counts.size > MAX_TRAINING_FEATURES) prune(entry);
}

/**
 * Counts every sample into a new `Counting`: synchronously for a plain iterable (an array trains without a
 * turn of the event loop per sample), else awaiting each sample.
 */
function count(samples: Samples): Counting | Promise<Counting> {
  if (
    samples === null ||
    typeof samples !== 'object' ||
    !(Symbol.iterator in samples || Symbol.asyncIterator in samples)
  )
    throw new TypeError('samples must be an iterable or async iterable of {tag, text}');
  const into: Counting = { languages: new Map(), heldOut: new Map() };
  if (!(Symbol.asyncIterator in samples)) {
    for (const sample of samples) countSample(sample, into);
    return into;
  }
  return (async () => {
    for await (const sample of samples) countSample(sample, into);
    return into;
  })();
}

/**
 * The features `buildModel` keeps of a language, and no others: the `maxFeatures` most frequent (ties: the
 * smaller hash first) of those counted at least `minCount` times. Selected in linear time, so that the build
 * sorts what it keeps rather than every feature counted (up to MAX_TRAINING_FEATURES); the model is the same.
 */
function keptOnly(entry: LanguageCounts, maxFeatures: number, minCount: number): LanguageCounts {
  if (entry.counts.size <= maxFeatures) return entry;
  const counts = sortedCounts(entry);
  const threshold = Math.max(minCount, counts[counts.length - maxFeatures]!);
  const kept = new Map<number, number>();
  const ties: number[] = [];
  for (const [hash, count] of entry.counts)
    if (count > threshold) kept.set(hash, count);
    else if (count === threshold) ties.push(hash);
  const smallest = Float64Array.from(ties).sort();
  for (const hash of smallest.subarray(0, maxFeatures - kept.size)) kept.set(hash, threshold);
  return { ...entry, counts: kept };
}

/**
 * The held-out texts that calibrate a model of `languages` languages: every one while they are at most
 * MAX_CALIBRATION_TEXTS and MAX_CALIBRATION_PAIRS / languages, else that many taken in turn from each
 * language (each language's first, then its second…), in tag order within a turn.
 */
export function calibrationItems(
  heldOut: ReadonlyMap<string, readonly string[]>,
  languages: number,
): { tag: string; text: string }[] {
  const most = Math.min(MAX_CALIBRATION_TEXTS, Math.floor(MAX_CALIBRATION_PAIRS / Math.max(1, languages)));
  const items = [...heldOut.entries()].flatMap(([tag, texts]) => texts.map((text) => ({ tag, text })));
  if (items.length <= most) return items;
  const tags = [...heldOut.keys()].sort();
  const turns: { tag: string; text: string }[] = [];
  for (let turn = 0; turns.length < most; turn++)
    for (const tag of tags) {
      const text = heldOut.get(tag)![turn];
      if (text !== undefined && turns.length < most) turns.push({ tag, text });
    }
  return turns;
}

function finish(
  counting: Counting,
  options: TrainOptions,
  extra: readonly LanguageCounts[] = [],
  calibrate = true,
): ModelData {
  const maxFeatures = options.maxFeatures ?? DEFAULTS.maxFeatures;
  const languages = [
    ...extra,
    ...[...counting.languages.values()].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)),
  ].map((entry) => keptOnly(entry, maxFeatures, DEFAULTS.minCount));
  if (languages.length > MAX_TRAINING_LANGUAGES)
    throw new RangeError(`more than ${MAX_TRAINING_LANGUAGES} languages (${languages.length})`);
  for (const entry of languages) entry.prior = options.priors?.[entry.tag] ?? entry.prior;
  const data = buildModel(languages, {
    tier: options.name ?? DEFAULTS.name,
    maxFeatures,
    minCount: DEFAULTS.minCount,
    floor: DEFAULTS.floor,
    alpha: 0,
    vocabulary: 0,
    levels: options.levels ?? DEFAULTS.levels,
  });
  const items = calibrationItems(counting.heldOut, languages.length);
  if (calibrate && items.length > 0) calibrateModel(data, items);
  return data;
}

/**
 * Trains a model on labelled text (streamed: memory is bounded by the languages, not the text).
 * Deterministic: the same samples in the same order give the same bytes.
 */
export async function trainModel(samples: Samples, options: TrainOptions = {}): Promise<Model> {
  checkOptions(options);
  const counting = count(samples);
  return counting instanceof Promise ? counting.then((c) => trained(c, options)) : trained(counting, options);
}

function trained(counting: Counting, options: TrainOptions): Model {
  if (counting.languages.size === 0) throw new RangeError('trainModel needs at least one sample');
  return modelOf(finish(counting, options));
}

/**
 * Adds the languages of `samples` to `model` (shipped data, or a `Model`): its languages keep their weights,
 * priors, temperature and calibration; a tag the model has already is trained again from the new samples only.
 * New languages keep as many features as the model's largest language unless `maxFeatures` says otherwise.
 */
export async function extendModel(
  model: Model | ModelData,
  samples: Samples,
  options: TrainOptions = {},
): Promise<Model> {
  checkOptions(options);
  const base = 'data' in model ? model.data : model;
  const counted = count(samples);
  const counting = counted instanceof Promise ? await counted : counted;
  const decoded = decodeModel(base);
  // The base's word table stays a word table (its words are no features of the postings budget).
  const table = base.words ? decodeWords(decodeBase64(base.words), decoded.tags.length) : new Float64Array();
  if (typeof table === 'string') throw new RangeError(`the word table is damaged: ${table}`);
  const words = wordsByLanguage(table, decoded.tags.length);
  const keptIndexes = decoded.tags.map((_, l) => l).filter((l) => !counting.languages.has(decoded.tags[l]!));
  const kept = keptIndexes.map((l) => languageCounts(decoded, base, l, new Set(words[l]!.map((w) => w.hash))));
  // Same quantization and feature budget as the base model (its weights come back unchanged, and a new
  // language keeps no more features than the base's languages: more would win on coverage alone); its
  // calibration stays.
  const levels = Math.round(-DEFAULTS.floor / base.step);
  const maxFeatures = options.maxFeatures ?? Math.max(1, ...kept.map((entry) => entry.counts.size));
  const data = finish(counting, { name: base.tier, levels, maxFeatures, priors: options.priors }, kept, false);
  // Kept languages come first, in the base's order: their words keep their weights.
  const newWords = data.tags.split(' ').map((_, l) => (l < keptIndexes.length ? words[keptIndexes[l]!]! : []));
  if (newWords.some((list) => list.length > 0)) data.words = encodeBase64(encodeWords(newWords));
  data.temperature = base.temperature;
  data.calibration = [...base.calibration];
  // The base's second stage stays for its clusters whose members are all still in the model.
  const tags = new Set(data.tags.split(' '));
  const clusters = base.clusters?.filter((cluster) => cluster.tags.split(' ').every((tag) => tags.has(tag)));
  if (clusters && clusters.length > 0) data.clusters = clusters;
  return modelOf(data);
}

/** A total large enough that every kept weight's count passes `minCount`. */
const REBUILD_TOTAL = 1e12;

/**
 * Counts that rebuild language `l` of a model: each kept feature (but the words of its word table, `tableWords`)
 * with a count whose ln P quantizes back to the same weight: count/total + e^floor = e^(floor + q·step).
 */
function languageCounts(model: LanguageModel, data: ModelData, l: number, tableWords: Set<number>): LanguageCounts {
  const counts = new Map<number, number>();
  const floorProbability = Math.exp(DEFAULTS.floor);
  const { keys, offsets, languages, weights } = model;
  for (let i = 0; i < keys.length; i++)
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++)
      if (languages[j] === l && !tableWords.has(keys[i]!))
        counts.set(keys[i]!, REBUILD_TOTAL * (Math.exp(DEFAULTS.floor + weights[j]! * data.step) - floorProbability));
  const letters = new Map<number, number>();
  for (const s of model.scripts[l]!) if (s >= 0) letters.set(s, 1);
  return { tag: model.tags[l]!, counts, total: REBUILD_TOTAL, letters, prior: data.priors[l]! };
}

/** Reads bytes written by `model.save()`: `{ok, value, issues}`; `MODEL_CORRUPT` / `MODEL_VERSION` issues, never a throw. */
export function loadModel(bytes: Uint8Array): Result<Model | undefined, ModelIssueCode> {
  const read = decodeModelBytes(bytes);
  return { ok: read.ok, value: read.value && modelOf(read.value), issues: read.issues };
}
