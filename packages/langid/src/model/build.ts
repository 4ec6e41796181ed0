// Building a model from counted features: the one implementation behind the shipped tiers
// (scripts/train.ts) and the models users train (model/train.ts). Deterministic: same counts, same bytes.
//
// | step                  | what                                                                             |
// |-----------------------|----------------------------------------------------------------------------------|
// | 1. count              | features of each text (features/extract.ts) and letters per script, per language |
// | 2. select             | per language the `maxFeatures` most frequent features seen ≥ `minCount` times    |
// | 3. quantize           | q = round((ln(count/total + e^floor) - floor) / step), 1 … levels                |
// | 4. encode             | postings by ascending feature hash, varint gaps (model/model.ts)                 |
// | 5. calibrate          | softmax temperature (least held-out NLL), isotonic reliability table (20 bins of |
// |                       | probability × 10 rows of coverage), with leave-one-out items as unknown languages |
import { rankLanguages, scriptProfile, type Ranked } from '../detect/rank.js';
import { isWordCodePoint, textFeatures, textWordFeatures } from '../features/extract.js';
import { scriptCode, scriptIndex } from '../script/classify.js';
import { CALIBRATION_BINS, decodeModel, encodeBase64, type LanguageModel, type ModelData } from './model.js';
import { writeVarint } from './varint.js';
import { encodeWords } from './words.js';

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
  /** Most features kept for this language, when not the configuration's `maxFeatures`. */
  maxFeatures?: number;
  /** Whole-word features seen, when the configuration keeps words apart (`maxWords`). */
  words?: Set<number>;
  /** Counts of whole words from word lists, for the word table only (no n-gram feature, not in `total`). */
  wordCounts?: Map<number, number>;
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
/**
 * Rows of the calibration table, by coverage (the share of the text's features the answer's language kept):
 * text in a language the model does not know is answered by a neighbour that kept few of its features.
 */
export const COVERAGE_ROWS = 10;
/**
 * Weight of the leave-one-out items in the calibration: held-out text scored without its own language,
 * standing for text in a language the model does not know (always a wrong answer). 0.25: one such text
 * for four in a language of the model.
 */
export const UNKNOWN_WEIGHT = 0.25;
/** Alternating row and column passes of the table's isotonic fit. */
const CALIBRATION_PASSES = 20;
/** Pseudo-count of a cell's prior (the probability bin's accuracy over every coverage). */
const CELL_PRIOR = 2;

/** Step 1: adds the features (× `weight`) and letters of `text` to `entry`. */
export function countText(entry: LanguageCounts, text: string, weight = 1): void {
  const { counts, letters } = entry;
  textFeatures(text, (hash) => {
    counts.set(hash, (counts.get(hash) ?? 0) + weight);
    entry.total += weight;
  });
  const words = entry.words;
  if (words) textWordFeatures(text, (hash) => words.add(hash));
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
  // Per language the `maxFeatures` most frequent features, then the most frequent whole words not kept yet
  // (vocabulary evidence for one- and two-word text) for the word table (model/words.ts: about half the bytes of
  // a posting).
  const selected = languages.map((entry) => {
    const ranked = [...entry.counts.entries()]
      .filter(([, count]) => count >= config.minCount)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const maxFeatures = entry.maxFeatures ?? config.maxFeatures;
    const kept = ranked.slice(0, maxFeatures);
    const { words, wordCounts } = entry;
    if (!config.maxWords || !words) return { kept, words: [] };
    const candidates = new Map(ranked.slice(maxFeatures).filter(([hash]) => words.has(hash)));
    if (wordCounts) {
      const keptHashes = new Set(kept.map(([hash]) => hash));
      for (const [hash, count] of wordCounts)
        if (!keptHashes.has(hash)) candidates.set(hash, (entry.counts.get(hash) ?? 0) + count);
    }
    return {
      kept,
      words: [...candidates.entries()]
        .filter(([, count]) => count >= config.minCount)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, config.maxWords),
    };
  });
  const keptOf = selected.map((s) => s.kept);
  const wordsOf = selected.map((s) => s.words);
  const floors = languages.map((entry, language) => {
    if (config.alpha > 0) return Math.log(config.alpha / (entry.total + config.alpha * config.vocabulary));
    if (config.cutoffMargin === undefined) return config.floor;
    // An unkept feature is rarer than the rarest kept one: its ln P lies below that one's.
    const kept = [...keptOf[language]!, ...wordsOf[language]!];
    const rarest = kept.length > 0 ? kept[kept.length - 1]![1] : 1;
    return Math.max(config.floor, Math.log(rarest / entry.total) - config.cutoffMargin);
  });
  const quantize = (entry: LanguageCounts, floor: number, count: number): number => {
    const logP =
      config.alpha > 0
        ? Math.log((count + config.alpha) / (entry.total + config.alpha * config.vocabulary))
        : Math.log(count / entry.total + floorProbability);
    return Math.max(1, Math.min(config.levels, Math.round((logP - floor) / step)));
  };
  languages.forEach((entry, language) => {
    for (const [hash, count] of keptOf[language]!) {
      if (!postings.has(hash)) postings.set(hash, []);
      postings.get(hash)!.push({ language, q: quantize(entry, floors[language]!, count) });
    }
  });
  const table = wordsOf.map((words, language) =>
    words.map(([hash, count]) => ({ hash, q: quantize(languages[language]!, floors[language]!, count) })),
  );
  const bytes: number[] = [];
  const varint = (value: number): void => writeVarint(bytes, value);
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
    ...(table.some((words) => words.length > 0) ? { words: encodeBase64(encodeWords(table)) } : {}),
  };
}

/** A held-out text and its expected tag. */
export interface HeldOutItem {
  text: string;
  tag: string;
}

/**
 * Step 5: fits `data.temperature` (grid, least negative log-likelihood) and `data.calibration` (accuracy per
 * probability bin and coverage row, made non-decreasing in both) on held-out items, each also scored without
 * its own language (leave-one-out: a language the model does not know, `UNKNOWN_WEIGHT`); returns, per item
 * that has candidates, whether the model's best answer was right.
 */
export function calibrateModel<T extends HeldOutItem>(
  data: ModelData,
  items: readonly T[],
): { item: T; ok: boolean }[] {
  let model = decodeModel(data);
  const indexOfTag = new Map(model.tags.map((tag, i) => [tag, i]));
  // The 20 best of each text are selected, not every language sorted: linear in the languages.
  const best20 = (text: string, mask: Uint8Array): Ranked[] =>
    rankLanguages(model, text, mask, undefined, undefined, 20);
  const rankAll = (): { item: T; scores: Ranked[]; unknown: Ranked[] }[] =>
    items.map((item) => {
      const mask = candidateMask(model, item.text);
      const scores = best20(item.text, mask);
      // Leave-one-out: the same text when its language is not in the model.
      const own = indexOfTag.get(item.tag);
      let unknown: Ranked[] = [];
      if (own !== undefined && mask[own] && scores.length > 1) {
        mask[own] = 0;
        unknown = best20(item.text, mask);
      }
      return { item, scores, unknown };
    });
  let ranked = rankAll();
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
  // The second stage shares its clusters' mass at the temperature (model/clusters.ts): ranked again at the fitted one.
  if ((data.clusters?.length ?? 0) > 0 && bestT !== 1) {
    model = decodeModel(data);
    ranked = rankAll();
  }
  const cells = CALIBRATION_BINS * COVERAGE_ROWS;
  const hits = new Array<number>(cells).fill(0);
  const totals = new Array<number>(cells).fill(0);
  const cellOf = (scores: readonly Ranked[]): number => {
    const top = scores[0]!.score;
    let z = 0;
    for (const s of scores) z += Math.exp((s.score - top) / bestT);
    const bin = Math.min(CALIBRATION_BINS - 1, Math.floor((1 / z) * CALIBRATION_BINS));
    const row = Math.min(COVERAGE_ROWS - 1, Math.floor(scores[0]!.coverage * COVERAGE_ROWS));
    return row * CALIBRATION_BINS + bin;
  };
  const outcomes: { item: T; ok: boolean }[] = [];
  for (const { item, scores, unknown } of ranked) {
    if (scores.length === 0) continue;
    const ok = model.tags[scores[0]!.index] === item.tag;
    const cell = cellOf(scores);
    totals[cell]!++;
    if (ok) hits[cell]!++;
    if (unknown.length > 0) totals[cellOf(unknown)]! += UNKNOWN_WEIGHT;
    outcomes.push({ item, ok });
  }
  data.calibration = calibrationTable(hits, totals).map((v) => round(v, 4));
  return outcomes;
}

/**
 * The reliability table from hits and totals per cell (row-major: coverage rows of probability bins): each
 * cell starts from its probability bin's accuracy over all rows (`CELL_PRIOR` pseudo-counts), then is made
 * non-decreasing along the probability bins of its row and along the rows of its bin.
 */
function calibrationTable(hits: readonly number[], totals: readonly number[]): number[] {
  const binHits = new Array<number>(CALIBRATION_BINS).fill(0);
  const binTotals = new Array<number>(CALIBRATION_BINS).fill(0);
  hits.forEach((h, cell) => {
    binHits[cell % CALIBRATION_BINS]! += h;
    binTotals[cell % CALIBRATION_BINS]! += totals[cell]!;
  });
  const pooled = isotonic(binHits, binTotals);
  const sums = hits.map((h, cell) => h + CELL_PRIOR * pooled[cell % CALIBRATION_BINS]!);
  const weights = totals.map((t) => t + CELL_PRIOR);
  const table = sums.map((sum, cell) => sum / weights[cell]!);
  const along = (indexes: number[]): void => {
    const fitted = isotonic(
      indexes.map((i) => table[i]! * weights[i]!),
      indexes.map((i) => weights[i]!),
      0,
    );
    indexes.forEach((i, k) => {
      table[i] = fitted[k]!;
    });
  };
  const rows = Array.from({ length: COVERAGE_ROWS }, (_, row) =>
    Array.from({ length: CALIBRATION_BINS }, (_, bin) => row * CALIBRATION_BINS + bin),
  );
  const columns = Array.from({ length: CALIBRATION_BINS }, (_, bin) =>
    Array.from({ length: COVERAGE_ROWS }, (_, row) => row * CALIBRATION_BINS + bin),
  );
  // Alternating passes converge to a table monotone both ways; the last pass is along the rows (the bins
  // `calibrate` interpolates between).
  for (let pass = 0; pass < CALIBRATION_PASSES; pass++) {
    rows.forEach(along);
    columns.forEach(along);
  }
  rows.forEach(along);
  return table;
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

/**
 * Pool-adjacent-violators: the non-decreasing fit of per-bin accuracies (empty bins borrow neighbours). Each
 * bin gets a weak prior at its own centre (`prior` pseudo-counts) so the table stays defined.
 */
function isotonic(hits: number[], totals: number[], prior = 0.5): number[] {
  const blocks: { sum: number; weight: number; size: number }[] = [];
  for (let i = 0; i < hits.length; i++) {
    const weight = totals[i]! + prior;
    blocks.push({ sum: hits[i]! + prior * ((i + 0.5) / hits.length), weight, size: 1 });
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
