// Building a model from counted features: the one implementation behind the shipped tiers
// (scripts/train.ts) and the models users train (model/train.ts). Deterministic: same counts, same bytes.
//
// | step                  | what                                                                             |
// |-----------------------|----------------------------------------------------------------------------------|
// | 1. count              | features of each text (features/extract.ts) and letters per script, per language |
// | 2. select             | per language the `maxFeatures` most frequent features seen ≥ `minCount` times    |
// | 3. quantize           | q = round((ln(count/total + e^floor) - floor) / step), 1 … levels                |
// | 4. encode             | postings by ascending feature hash, varint gaps (model/model.ts)                 |
// | 5. calibrate          | softmax temperature (least held-out NLL), isotonic reliability table (20 bins)   |
import { rankLanguages, scriptProfile } from '../detect/rank.js';
import { forEachWord, isWordCodePoint, textFeatures, wordFeature } from '../features/extract.js';
import { scriptCode, scriptIndex } from '../script/classify.js';
import { decodeModel, encodeBase64, type LanguageModel, type ModelData } from './model.js';

/** Features and letters counted for one language. */
export interface LanguageCounts {
  /** Output tag. */
  tag: string;
  counts: Map<number, number>;
  total: number;
  /** Letters per script index. */
  letters: Map<number, number>;
  /** Prior (nats). */
  prior: number;
  /** Whole-word features seen, when the configuration keeps words apart (`maxWords`). */
  words?: Set<number>;
}

export interface BuildConfig {
  tier: string;
  /** Most features kept per language (by count). */
  maxFeatures: number;
  /** Features seen fewer times are dropped. */
  minCount: number;
  /** ln P of an unseen feature when `alpha` is 0; also the quantization range. */
  floor: number;
  /** Additive smoothing: P(f|L) = (count + alpha) / (total + alpha·vocabulary); 0 for the uniform floor. */
  alpha: number;
  vocabulary: number;
  /** Quantization levels of a weight (at most 255). */
  levels: number;
  /** When set, a language's floor is this many nats below ln P of its rarest kept feature (never under `floor`). */
  cutoffMargin?: number;
  /** Whole words kept per language beyond `maxFeatures` (most frequent first; needs `words` counted). */
  maxWords?: number;
}

/** A script holding at least this share of a language's training letters is one it is written with. */
export const SCRIPT_SHARE = 0.1;
export const CALIBRATION_BINS = 20;

/** Step 1: adds the features (× `weight`) and letters of `text` to `entry`. */
export function countText(entry: LanguageCounts, text: string, weight = 1): void {
  const { counts, letters } = entry;
  textFeatures(text, (hash) => {
    counts.set(hash, (counts.get(hash) ?? 0) + weight);
    entry.total += weight;
  });
  const words = entry.words;
  if (words)
    forEachWord(text.toLowerCase(), (word, length) => {
      const hash = wordFeature(word, length);
      if (hash >= 0) words.add(hash);
    });
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (!isWordCodePoint(cp)) continue;
    const index = scriptIndex(cp);
    if (index !== 0) letters.set(index, (letters.get(index) ?? 0) + 1);
  }
}

/** Steps 2-4: the model data of `languages` (in their order), with temperature 1 and an identity calibration. */
export function buildModel(languages: readonly LanguageCounts[], config: BuildConfig): ModelData {
  const step = -config.floor / config.levels;
  const floorProbability = Math.exp(config.floor);
  const postings = new Map<number, { language: number; q: number }[]>();
  const keptOf = languages.map((entry) => {
    const ranked = [...entry.counts.entries()]
      .filter(([, count]) => count >= config.minCount)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = ranked.slice(0, config.maxFeatures);
    // Then the most frequent whole words not kept yet (vocabulary evidence for one- and two-word text).
    const { words } = entry;
    if (config.maxWords && words)
      kept.push(
        ...ranked
          .slice(config.maxFeatures)
          .filter(([hash]) => words.has(hash))
          .slice(0, config.maxWords),
      );
    return kept;
  });
  const floors = languages.map((entry, language) => {
    if (config.alpha > 0) return Math.log(config.alpha / (entry.total + config.alpha * config.vocabulary));
    if (config.cutoffMargin === undefined) return config.floor;
    // An unkept feature is rarer than the rarest kept one: its ln P lies below that one's.
    const kept = keptOf[language]!;
    const rarest = kept.length > 0 ? kept[kept.length - 1]![1] : 1;
    return Math.max(config.floor, Math.log(rarest / entry.total) - config.cutoffMargin);
  });
  languages.forEach((entry, language) => {
    const floor = floors[language]!;
    const kept = keptOf[language]!;
    for (const [hash, count] of kept) {
      const logP =
        config.alpha > 0
          ? Math.log((count + config.alpha) / (entry.total + config.alpha * config.vocabulary))
          : Math.log(count / entry.total + floorProbability);
      const q = Math.max(1, Math.min(config.levels, Math.round((logP - floor) / step)));
      if (!postings.has(hash)) postings.set(hash, []);
      postings.get(hash)!.push({ language, q });
    }
  });
  const bytes: number[] = [];
  const varint = (value: number): void => {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  };
  let previous = 0;
  for (const hash of [...postings.keys()].sort((a, b) => a - b)) {
    const list = postings.get(hash)!;
    varint(hash - previous);
    previous = hash;
    varint(list.length);
    let last = 0;
    for (const { language, q } of list) {
      varint(language - last);
      last = language;
      bytes.push(q);
    }
  }
  const scriptSets = languages.map((entry) => {
    const total = [...entry.letters.values()].reduce((a, b) => a + b, 0);
    const kept = [...entry.letters.entries()]
      .filter(([, n]) => n >= SCRIPT_SHARE * total)
      .map(([index]) => index)
      .sort((a, b) => a - b);
    return kept.map(scriptCode).join('+') || 'Zyyy';
  });
  return {
    tier: config.tier,
    tags: languages.map((entry) => entry.tag).join(' '),
    scripts: scriptSets.join(' '),
    floors: floors.map((f) => round(f, 4)),
    priors: languages.map((entry) => round(entry.prior, 3)),
    step: round(step, 6),
    temperature: 1,
    calibration: Array.from({ length: CALIBRATION_BINS }, (_, i) => round((i + 0.5) / CALIBRATION_BINS, 4)),
    postings: encodeBase64(Uint8Array.from(bytes)),
  };
}

/** A held-out text and its expected tag. */
export interface HeldOutItem {
  text: string;
  tag: string;
}

/**
 * Step 5: fits `data.temperature` (grid, least negative log-likelihood) and `data.calibration` (accuracy per
 * probability bin, made non-decreasing) on held-out items; returns, per item that has candidates, whether
 * the model's best answer was right.
 */
export function calibrateModel<T extends HeldOutItem>(
  data: ModelData,
  items: readonly T[],
): { item: T; ok: boolean }[] {
  const model = decodeModel(data);
  const ranked = items.map((item) => {
    const mask = candidateMask(model, item.text);
    const scores = rankLanguages(model, item.text, mask).slice(0, 20);
    return { item, scores };
  });
  let bestT = 1;
  let bestNll = Infinity;
  for (const t of [1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64]) {
    let nll = 0;
    for (const { item, scores } of ranked) {
      if (scores.length === 0) continue;
      const top = scores[0]!.score;
      let z = 0;
      for (const s of scores) z += Math.exp((s.score - top) / t);
      const truth = scores.find((s) => model.tags[s.index] === item.tag);
      const p = truth ? Math.exp((truth.score - top) / t) / z : 1e-6;
      nll -= Math.log(Math.max(p, 1e-6));
    }
    if (nll < bestNll) [bestNll, bestT] = [nll, t];
  }
  data.temperature = bestT;
  const hits = new Array<number>(CALIBRATION_BINS).fill(0);
  const totals = new Array<number>(CALIBRATION_BINS).fill(0);
  const outcomes: { item: T; ok: boolean }[] = [];
  for (const { item, scores } of ranked) {
    if (scores.length === 0) continue;
    const top = scores[0]!.score;
    let z = 0;
    for (const s of scores) z += Math.exp((s.score - top) / bestT);
    const p = 1 / z;
    const bin = Math.min(CALIBRATION_BINS - 1, Math.floor(p * CALIBRATION_BINS));
    const ok = model.tags[scores[0]!.index] === item.tag;
    totals[bin]!++;
    if (ok) hits[bin]!++;
    outcomes.push({ item, ok });
  }
  data.calibration = isotonic(hits, totals).map((v) => round(v, 4));
  return outcomes;
}

/** Candidate languages of a text: those written with its dominant script (as `detect` does). */
export function candidateMask(model: LanguageModel, text: string): Uint8Array {
  const { dominant } = scriptProfile(text);
  const mask = new Uint8Array(model.tags.length);
  model.scripts.forEach((set, l) => {
    if (set.includes(dominant)) mask[l] = 1;
  });
  return mask;
}

/** Pool-adjacent-violators: the non-decreasing fit of per-bin accuracies (empty bins borrow neighbours). */
function isotonic(hits: number[], totals: number[]): number[] {
  const blocks: { sum: number; weight: number; size: number }[] = [];
  for (let i = 0; i < hits.length; i++) {
    // An empty bin gets a weak prior at its own centre so the table stays defined.
    const weight = totals[i]! + 0.5;
    blocks.push({ sum: hits[i]! + 0.5 * ((i + 0.5) / hits.length), weight, size: 1 });
    while (
      blocks.length > 1 &&
      blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.weight >
        blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.weight
    ) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      prev.sum += last.sum;
      prev.weight += last.weight;
      prev.size += last.size;
    }
  }
  return blocks.flatMap((b) => new Array<number>(b.size).fill(b.sum / b.weight));
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
