// Ranking of candidate languages for one text: letters counted per script, features hashed,
// naive Bayes scores turned into probabilities (softmax at the fitted temperature) and calibrated.
import { isWordCodePoint, textFeatures } from '../features/extract.js';
import { scoreFeatures, type LanguageModel } from '../model/model.js';
import { scriptIndex, SCRIPT_COUNT } from '../script/classify.js';

export interface ScriptProfile {
  /** Letters (and marks) in the text. */
  letters: number;
  /** Letters per script index. */
  counts: Uint32Array;
  /** Most frequent script index among the letters (0 when there are none). */
  dominant: number;
  /** Code points that are neither letters nor white space (digits, symbols, punctuation). */
  others: number;
}

export function scriptProfile(text: string): ScriptProfile {
  const counts = new Uint32Array(SCRIPT_COUNT);
  let letters = 0;
  let others = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (isWordCodePoint(cp)) {
      letters++;
      counts[scriptIndex(cp)]!++;
    } else if (!/\s/u.test(char)) others++;
  }
  let dominant = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[dominant]! || (dominant === 0 && counts[i]! > 0)) dominant = i;
  if (counts[dominant] === 0) dominant = 0;
  return { letters, counts, dominant, others };
}

export interface Ranked {
  /** Language index in the model. */
  index: number;
  /** Naive Bayes log score. */
  score: number;
  /** Softmax probability among the candidates. */
  probability: number;
}

/** Scores, probabilities, best first, of the candidates in `mask` (at least one). */
export function rankLanguages(model: LanguageModel, text: string, mask: Uint8Array): Ranked[] {
  const features: number[] = [];
  textFeatures(text, (hash) => features.push(hash));
  const scores = new Float64Array(model.tags.length);
  scoreFeatures(model, features, features.length, mask, scores);
  let best = -Infinity;
  for (let l = 0; l < scores.length; l++) if (mask[l] === 1 && scores[l]! > best) best = scores[l]!;
  const ranked: Ranked[] = [];
  let total = 0;
  for (let l = 0; l < scores.length; l++) {
    if (mask[l] !== 1) continue;
    const weight = Math.exp((scores[l]! - best) / model.temperature);
    total += weight;
    ranked.push({ index: l, score: scores[l]!, probability: weight });
  }
  for (const r of ranked) r.probability /= total;
  return ranked.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** Calibrated confidence of a softmax probability: piecewise-linear through the model's reliability table. */
export function calibrate(model: LanguageModel, probability: number): number {
  const table = model.calibration;
  const bins = table.length;
  const x = Math.min(Math.max(probability * bins - 0.5, 0), bins - 1);
  const low = Math.floor(x);
  const high = Math.min(low + 1, bins - 1);
  return table[low]! + (table[high]! - table[low]!) * (x - low);
}
