// Language identification of one text.
//
// | step                          | what                                                                 |
// |-------------------------------|----------------------------------------------------------------------|
// | 1. limits                     | input sampled to SAMPLE_LENGTH code units (start, middle, end)       |
// | 2. non-linguistic content     | URLs, e-mail addresses removed; no letters left → `zxx` (or `und`)   |
// | 3. script first (UAX #24)     | candidates = languages written in the text's dominant script;        |
// |                               | a script used by one language answers from the script alone          |
// | 4. model                      | naive Bayes over character 1-4-grams and words, softmax, calibration |
// | 4b. Han variants (Unihan)     | `-Hans`/`-Hant` from simplified-only / traditional-only ideographs   |
// | 5. evidence check             | fewer letters than `minLength`, confidence under `minConfidence` → `und` |
import { MAX_TAG_LIST, MAX_TOP, SAMPLE_LENGTH } from '../limits.js';
import { decodeModel, type LanguageModel, type ModelData } from '../model/model.js';
import { scriptCode } from '../script/classify.js';
import { hanEvidence } from '../script/han.js';
import { calibrate, rankLanguages, scriptProfile } from './rank.js';

export interface DetectOptions {
  /** Only these languages are candidates: a tag matches itself and its script variants (`sr` → `sr-Latn`, `sr-Cyrl`). */
  only?: readonly string[];
  /** These languages are never answered (same matching as `only`). */
  exclude?: readonly string[];
  /** Fewer letters than this → `und` with `TOO_SHORT` (default 1). */
  minLength?: number;
  /** A best confidence under this → `und` with `LOW_CONFIDENCE` (default `DEFAULT_MIN_CONFIDENCE`). */
  minConfidence?: number;
  /** How many candidates to return (default 5, at most `MAX_TOP`). */
  top?: number;
}

/** Why the answer is `und` or `zxx`, or a note about the input. */
export type DetectIssueCode =
  | 'EMPTY_INPUT'
  | 'NO_LETTERS'
  | 'TOO_SHORT'
  | 'UNSUPPORTED_SCRIPT'
  | 'NO_CANDIDATE'
  | 'LOW_CONFIDENCE'
  | 'INPUT_SAMPLED'
  | 'INPUT_TRUNCATED';

export interface DetectIssue {
  code: DetectIssueCode;
  message: string;
}

export interface Candidate {
  /** BCP 47 tag, script-qualified when the language is written in several scripts. */
  tag: string;
  /** Naive Bayes log score (higher is better; comparable within one call only). */
  score: number;
  /** Calibrated probability that this candidate is right. */
  confidence: number;
}

export interface Detection {
  /** Best guess; `und` when the evidence is too weak, `zxx` for non-linguistic input. */
  tag: string;
  /** Calibrated: among answers with confidence ≥ c on held-out data, about c were right (0 for `und`/`zxx`). */
  confidence: number;
  /** Best first (empty when no language was scored). */
  candidates: Candidate[];
  /** Dominant script of the letters (ISO 15924), `Zyyy` when there are none. */
  script: string;
  /** The reason for `und`/`zxx`, and notes (`INPUT_SAMPLED`). */
  issues: DetectIssue[];
}

/** Answers under this calibrated confidence become `und` (LOW_CONFIDENCE): the guess would be right less than 1 time in 10. */
export const DEFAULT_MIN_CONFIDENCE = 0.1;
const DEFAULT_TOP = 5;

/** URLs, e-mail addresses and handles carry no language. */
const NON_LINGUISTIC = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|[@#][\p{L}\p{N}_]+/giu;

export interface Detector {
  /** Tier of the model (`default`, `full`). */
  readonly tier: string;
  /** Every tag the model can answer. */
  languages(): readonly string[];
  detect(text: string, options?: DetectOptions): Detection;
  /** The decoded model (decoded on first use). */
  model(): LanguageModel;
}

/** Cuts long input to three slices of SAMPLE_LENGTH/3 code units, never inside a surrogate pair. */
export function sampleText(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text;
  const part = Math.floor(SAMPLE_LENGTH / 3);
  const slice = (start: number): string => {
    let from = start;
    let to = start + part;
    if (isLowSurrogate(text.charCodeAt(from))) from++;
    if (isLowSurrogate(text.charCodeAt(to))) to--;
    return text.slice(from, to);
  };
  const middle = Math.floor((text.length - part) / 2);
  return `${slice(0)} ${slice(middle)} ${slice(text.length - part)}`;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function checkNumber(name: string, value: number | undefined): void {
  if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value))) throw new TypeError(`${name} must be a number`);
}

function checkTagList(name: string, list: readonly string[] | undefined): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || list.some((tag) => typeof tag !== 'string')) throw new TypeError(`${name} must be an array of language tags`);
  if (list.length > MAX_TAG_LIST) throw new RangeError(`${name} holds more than ${MAX_TAG_LIST} tags`);
}

/** True when model tag `tag` is named by `wanted` (same tag, or `wanted` is its language). */
function tagMatches(tag: string, wanted: string): boolean {
  const t = tag.toLowerCase();
  const w = wanted.toLowerCase();
  return t === w || t.startsWith(`${w}-`);
}

export function createDetector(data: ModelData): Detector {
  let model: LanguageModel | undefined;
  const load = (): LanguageModel => (model ??= decodeModel(data));

  function detect(text: string, options: DetectOptions = {}): Detection {
    if (typeof text !== 'string') throw new TypeError('detect(text): text must be a string');
    checkTagList('only', options.only);
    checkTagList('exclude', options.exclude);
    checkNumber('minLength', options.minLength);
    checkNumber('minConfidence', options.minConfidence);
    checkNumber('top', options.top);
    const m = load();
    const minLength = options.minLength ?? 1;
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const top = Math.max(1, Math.min(Math.floor(options.top ?? DEFAULT_TOP), MAX_TOP));
    const issues: DetectIssue[] = [];

    // Step 1: limits.
    const sampled = sampleText(text);
    if (sampled.length < text.length) issues.push({ code: 'INPUT_SAMPLED', message: `only ${SAMPLE_LENGTH} of ${text.length} code units were read (start, middle, end)` });
    // Step 2: non-linguistic content.
    const cleaned = sampled.normalize('NFC').replace(NON_LINGUISTIC, ' ');
    const profile = scriptProfile(cleaned);
    const none = (tag: 'und' | 'zxx', code: DetectIssueCode, message: string): Detection => ({
      tag,
      confidence: 0,
      candidates: [],
      script: scriptCode(profile.dominant),
      issues: [{ code, message }, ...issues],
    });
    if (profile.letters === 0) {
      if (sampled.trim() === '') return none('und', 'EMPTY_INPUT', 'the text is empty or white space');
      return none('zxx', 'NO_LETTERS', 'the text has no letters (numbers, symbols, URLs): no linguistic content');
    }
    if (profile.letters < minLength) return none('und', 'TOO_SHORT', `${profile.letters} letters, fewer than minLength ${minLength}`);

    // Step 3: script first.
    const mask = new Uint8Array(m.tags.length);
    let candidates = 0;
    m.scripts.forEach((scripts, l) => {
      if (!scripts.includes(profile.dominant)) return;
      const tag = m.tags[l]!;
      if (options.only && !options.only.some((w) => tagMatches(tag, w))) return;
      if (options.exclude && options.exclude.some((w) => tagMatches(tag, w))) return;
      mask[l] = 1;
      candidates++;
    });
    if (candidates === 0) {
      const known = m.scripts.some((scripts) => scripts.includes(profile.dominant));
      return known
        ? none('und', 'NO_CANDIDATE', `no language written in ${scriptCode(profile.dominant)} is left by only/exclude`)
        : none('und', 'UNSUPPORTED_SCRIPT', `no language of this model is written in ${scriptCode(profile.dominant)}`);
    }

    // Step 4: the model (a script of one language answers from the script alone).
    let result: Candidate[];
    if (candidates === 1) {
      const l = mask.indexOf(1);
      let own = 0;
      for (const script of m.scripts[l]!) own += profile.counts[script]!;
      const share = own / profile.letters;
      result = [{ tag: m.tags[l]!, score: 0, confidence: round(Math.min(0.99, share)) }];
    } else {
      // The best answer's probability is calibrated; the others are scaled in proportion, never above
      // the best and together never above the rest (1 - its confidence).
      const ranked = rankLanguages(m, cleaned, mask);
      const best = ranked[0]!.probability;
      const calibrated = calibrate(m, best);
      const share = best < 1 ? Math.min(calibrated / best, (1 - calibrated) / (1 - best)) : 0;
      result = ranked
        .slice(0, top)
        .map((r, i) => ({ tag: m.tags[r.index]!, score: round(r.score), confidence: round(i === 0 ? calibrated : r.probability * share) }));
    }
    // Step 4b: Hans or Hant from the characters themselves.
    if (/-Han[st]$/.test(result[0]!.tag)) result = applyHanVariant(m, mask, result, cleaned);
    // Step 5: enough evidence?
    const best = result[0]!;
    const detection: Detection = { tag: best.tag, confidence: best.confidence, candidates: result.slice(0, top), script: scriptCode(profile.dominant), issues };
    if (best.confidence < minConfidence) {
      detection.tag = 'und';
      detection.confidence = 0;
      issues.unshift({ code: 'LOW_CONFIDENCE', message: `best guess ${best.tag} has confidence ${best.confidence}, under ${minConfidence}` });
    }
    return detection;
  }

  return { tier: data.tier, languages: () => load().tags, detect, model: load };
}

/**
 * When the best tag is `X-Hans` or `X-Hant` and the text holds more simplified-only than
 * traditional-only ideographs (or the converse), the matching variant comes first with the pair's
 * best confidence.
 */
function applyHanVariant(m: LanguageModel, mask: Uint8Array, result: Candidate[], text: string): Candidate[] {
  const { simplified, traditional } = hanEvidence(text);
  if (simplified === traditional) return result;
  const best = result[0]!;
  const wanted = best.tag.slice(0, -4) + (simplified > traditional ? 'Hans' : 'Hant');
  if (wanted === best.tag) return result;
  const index = m.tags.indexOf(wanted);
  if (index < 0 || mask[index] !== 1) return result;
  const existing = result.find((c) => c.tag === wanted);
  const promoted: Candidate = { tag: wanted, score: existing?.score ?? best.score, confidence: Math.max(existing?.confidence ?? 0, best.confidence) };
  return [promoted, ...result.filter((c) => c.tag !== wanted)];
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
