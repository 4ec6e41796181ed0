// Ranking of candidate languages for one text: letters counted per script, features hashed,
// naive Bayes scores turned into probabilities (softmax at the fitted temperature) and calibrated.
import { dominantScript } from '@nomina/script';
import { isWordCodePoint, textFeatureCounts } from '../features/extract.js';
import { applyCluster } from '../model/clusters.js';
import { CALIBRATION_BINS, scoreFeatures, type LanguageModel } from '../model/model.js';
import { scriptIndex, scriptIndexOf, SCRIPT_COUNT } from '../script/classify.js';

export interface ScriptProfile {
  /** Letters (and marks) in the text. */
  letters: number;
  /** Letters per script index. */
  counts: Uint32Array;
  /**
   * Script index of the text's dominant script (0 when there is none): `dominantScript` of
   * @nomina/script, the one implementation of the concept (issue #11).
   */
  dominant: number;
  /** Code points that are neither letters nor white space (digits, symbols, punctuation). */
  others: number;
  /** Distinct letters (lower-cased code points), counted up to DISTINCT_CAP. */
  distinct: number;
}

/** `distinct` stops counting here: the repetition check only needs to know "a handful or more". */
const DISTINCT_CAP = 8;
const SPACE = /\s/u;

export function scriptProfile(text: string): ScriptProfile {
  const counts = new Uint32Array(SCRIPT_COUNT);
  const seen: number[] = [];
  let letters = 0;
  let others = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isWordCodePoint(cp)) {
      letters++;
      counts[scriptIndex(cp)]!++;
      if (seen.length < DISTINCT_CAP) {
        const lower = cp < 0x80 ? cp | 0x20 : cp;
        if (!seen.includes(lower)) seen.push(lower);
      }
    } else if (cp > 0x20 && (cp < 0x80 || !SPACE.test(String.fromCodePoint(cp)))) others++;
  }
  const dominant = letters === 0 ? 0 : Math.max(scriptIndexOf(dominantScript(text)), 0);
  return { letters, counts, dominant, others, distinct: seen.length };
}

export interface Ranked {
  /** Language index in the model. */
  index: number;
  /** Naive Bayes log score. */
  score: number;
  /** Softmax probability among the candidates. */
  probability: number;
  /** Share of the text's features this language kept (an unknown language's text has few of them). */
  coverage: number;
}

/** Indexes of the languages whose `mask` entry is 1. */
function indexesOf(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let l = 0; l < mask.length; l++) if (mask[l] === 1) out.push(l);
  return out;
}

/**
 * Scores, probabilities, best first, of the candidates in `mask` (at least one). `candidates` (the
 * indexes set in `mask`) and `scores` (scratch of the model's size) spare the per-call work of the
 * model's size; `limit` keeps only the best ones (their probabilities are still among all
 * candidates), picked without sorting them all. With those, a call costs its features, its candidates
 * and `limit` × the candidates that make the list. `hits` is scratch of the model's size too.
 */
export function rankLanguages(
  model: LanguageModel,
  text: string,
  mask: Uint8Array,
  candidates: readonly number[] = indexesOf(mask),
  scores: Float64Array = new Float64Array(model.tags.length),
  limit = Infinity,
  hits: Uint32Array = new Uint32Array(model.tags.length),
): Ranked[] {
  const features = textFeatureCounts(text);
  scoreFeatures(model, features, mask, candidates, scores, hits);
  // The second stage: a cluster of close languages decided by its own log-linear model (model/clusters.ts).
  if (model.clusters.length > 0)
    applyCluster(model.clusters, model.clusterOf, features, scores, candidates, mask, model.temperature);
  const coverage = (l: number): number => (features.total === 0 ? 0 : hits[l]! / features.total);
  let best = -Infinity;
  for (const l of candidates) if (scores[l]! > best) best = scores[l]!;
  let total = 0;
  for (const l of candidates) total += Math.exp((scores[l]! - best) / model.temperature);
  const ranked: Ranked[] = [];
  if (limit >= candidates.length) {
    for (const l of candidates)
      ranked.push({
        index: l,
        score: scores[l]!,
        probability: Math.exp((scores[l]! - best) / model.temperature) / total,
        coverage: coverage(l),
      });
    return ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  }
  // Best first, ties by index: an insertion into a list of at most `limit` entries.
  const before = (l: number, r: Ranked): boolean => scores[l]! > r.score || (scores[l]! === r.score && l < r.index);
  for (const l of candidates) {
    if (ranked.length >= limit && !before(l, ranked[ranked.length - 1]!)) continue;
    let at = ranked.length;
    while (at > 0 && before(l, ranked[at - 1]!)) at--;
    ranked.splice(at, 0, {
      index: l,
      score: scores[l]!,
      probability: Math.exp((scores[l]! - best) / model.temperature) / total,
      coverage: coverage(l),
    });
    if (ranked.length > limit) ranked.pop();
  }
  return ranked;
}

/**
 * Calibrated confidence of a softmax probability and the answer's coverage of the text: piecewise-linear
 * through the row of the model's reliability table that holds `coverage` (model/model.ts `calibration`).
 */
export function calibrate(model: LanguageModel, probability: number, coverage: number): number {
  const table = model.calibration;
  const rows = Math.max(1, Math.floor(table.length / CALIBRATION_BINS));
  const row = Math.min(rows - 1, Math.max(0, Math.floor(coverage * rows))) * CALIBRATION_BINS;
  const x = Math.min(Math.max(probability * CALIBRATION_BINS - 0.5, 0), CALIBRATION_BINS - 1);
  const low = Math.floor(x);
  const high = Math.min(low + 1, CALIBRATION_BINS - 1);
  return table[row + low]! + (table[row + high]! - table[row + low]!) * (x - low);
}
