// Language identification of one text.
//
// | step                          | what                                                                 |
// |-------------------------------|----------------------------------------------------------------------|
// | 1. limits                     | input sampled to SAMPLE_LENGTH code units (start, middle, end)       |
// | 2. non-linguistic content     | URLs, e-mail addresses removed; no letters left → `zxx` (or `und`)   |
// | 2b. repetition                | a text that repeats one unit is analysed once (`REPETITIVE_INPUT`);  |
// |                               | ≥ MIN_LETTERS_FOR_DIVERSITY letters, ≤ MAX_REPETITIVE_DISTINCT       |
// |                               | distinct ones, or one letter repeated → `zxx` (`xxxx…`, `abab…`)     |
// | 3. script first (UAX #24)     | candidates = languages written in the text's dominant script         |
// |                               | (`dominantScript` of @nomina/script);                                |
// |                               | a script used by one language answers from the script alone          |
// | 3b. script and letters (CLDR) | a script no model language uses: `und-<Script>` likely subtags;      |
// |                               | letters rare in the script that the model's languages do not use:   |
// |                               | the language whose exemplars list them (detect/script-names.ts)      |
// | 4. model                      | naive Bayes over character 1-4-grams and words, softmax, calibration |
// |                               | by probability and coverage (share of the features the answer kept)  |
// | 4b. Han variants (Unihan)     | `-Hans`/`-Hant` from simplified-only / traditional-only ideographs   |
// | 5. evidence check             | fewer letters than `minLength`, confidence under `minConfidence` → `und` |
import { errorIssue, issue, requireString, type Issue, type Outcome } from '@nomina/core';
import { MAX_TAG_LIST, MAX_TOP, SAMPLE_LENGTH } from '../limits.js';
import { decodeModel, type LanguageModel, type ModelData } from '../model/model.js';
import type { Model } from '../model/train.js';
import { scriptCode, scriptIndexOf, SCRIPT_COUNT } from '../script/classify.js';
import { hanEvidence } from '../script/han.js';
import { calibrate, rankLanguages, scriptProfile, type Ranked } from './rank.js';
import { createScriptNames, type ScriptNames } from './script-names.js';

const LATIN = scriptIndexOf('Latn');
/** Scripts of Chinese, Japanese and Korean (step 2c). */
const CJK_SCRIPTS = ['Hani', 'Hira', 'Kana', 'Hang'].map(scriptIndexOf);

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
  /** Detect with this model instead of the tier's (`trainModel`, `extendModel`, `loadModel`). */
  model?: Model | ModelData;
}

/**
 * Why the answer is `und` or `zxx` (severity `error`: no language was identified), or a note about the
 * input (severity `warning`: `INPUT_SAMPLED`, `INPUT_TRUNCATED`, `REPETITIVE_INPUT`).
 */
export type DetectIssueCode =
  | 'EMPTY_INPUT'
  | 'NO_LETTERS'
  | 'TOO_SHORT'
  | 'UNSUPPORTED_SCRIPT'
  | 'NO_CANDIDATE'
  | 'LOW_CONFIDENCE'
  | 'REPETITIVE_INPUT'
  | 'INPUT_SAMPLED'
  | 'INPUT_TRUNCATED';

/** A core `Issue` with a `DetectIssueCode` (no position: `label`, `offset`, `codePoint` are -1 unless said). */
export type DetectIssue = Issue<DetectIssueCode>;

export interface Candidate {
  /** BCP 47 tag, script-qualified when the language is written in several scripts. */
  tag: string;
  /** Naive Bayes log score (higher is better; comparable within one call only). */
  score: number;
  /** Calibrated probability that this candidate is right. */
  confidence: number;
}

/** A core `Outcome`: `ok` when a language was identified (`tag` is neither `und` nor `zxx`). */
export interface Detection extends Outcome<DetectIssueCode> {
  /** Best guess; `und` when the evidence is too weak, `zxx` for non-linguistic input. */
  tag: string;
  /** Calibrated: among answers with confidence ≥ c on held-out data, about c were right (0 for `und`/`zxx`). */
  confidence: number;
  /** Best first (empty when no language was scored). */
  candidates: Candidate[];
  /** Dominant script of the letters (ISO 15924), `Zyyy` when there are none. */
  script: string;
  /** The reason for `und`/`zxx` (an error), and notes (warnings: `INPUT_SAMPLED`, `REPETITIVE_INPUT`). */
  issues: DetectIssue[];
}

/**
 * Answers under this calibrated confidence become `und` (LOW_CONFIDENCE): the guess would be right less than 1
 * time in 50. Low because the confidence also counts the chance that the text is in a language the model does
 * not know (model/build.ts): a guess among the model's languages is still worth giving at a few percent.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.02;
const DEFAULT_TOP = 5;

/**
 * Step 2b: with at least this many letters, a text of at most MAX_REPETITIVE_DISTINCT distinct letters
 * is not language (`xxxxxxxx…`, `asasasas…`): no alphabet writes a sentence with so few.
 */
const MIN_LETTERS_FOR_DIVERSITY = 24;
/** See MIN_LETTERS_FOR_DIVERSITY. */
const MAX_REPETITIVE_DISTINCT = 3;
/**
 * Step 3b: rare letters name a language outside the model when there is at least one per this many
 * letters of the script (a stray letter in a long text is a quotation or a typo, not the language).
 */
const RARE_LETTER_SPAN = 50;
/** Step 2b: a text made of one unit repeated at least this many times is analysed as one unit. */
const MIN_REPEATS = 3;

/**
 * URLs, e-mail addresses and handles carry no language. The e-mail part starts only where a run of
 * characters other than space and "@" starts (the lookbehind): the leftmost match is the same, and a
 * long run without "@" is scanned once, not once per position (quadratic before; found by the
 * linearity campaign of issue #12).
 */
const NON_LINGUISTIC =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.[^\s@]+|[@#][\p{L}\p{N}_]+/giu;

export interface Detector {
  /** Tier of the model (`default`, `full`). */
  readonly tier: string;
  /** Every tag the model can answer. */
  languages(): readonly string[];
  detect(text: string, options?: DetectOptions): Detection;
  /** The decoded model (decoded on first use). */
  model(): LanguageModel;
  /**
   * Scores of `text` among the languages `list` (indexes into the model's tags, ascending as `detect`
   * scores them, so the softmax sums in the same order), best first.
   */
  rank(text: string, list: readonly number[]): Ranked[];
}

/** Cuts long input to three slices of SAMPLE_LENGTH/3 code units (start, middle, end), never inside a surrogate pair. */
function sampleSlices(text: string): string[] {
  if (text.length <= SAMPLE_LENGTH) return [text];
  const part = Math.floor(SAMPLE_LENGTH / 3);
  const slice = (start: number): string => {
    let from = start;
    let to = start + part;
    if (isLowSurrogate(text.charCodeAt(from))) from++;
    if (isLowSurrogate(text.charCodeAt(to))) to--;
    return text.slice(from, to);
  };
  const middle = Math.floor((text.length - part) / 2);
  return [slice(0), slice(middle), slice(text.length - part)];
}

/** Cuts long input to three slices of SAMPLE_LENGTH/3 code units, joined by a space, never inside a surrogate pair. */
export function sampleText(text: string): string {
  return sampleSlices(text).join(' ');
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Smallest period p of `text` (KMP failure function, linear): `text` is a prefix of `text.slice(0, p)` repeated. */
function smallestPeriod(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const fail = new Int32Array(n);
  for (let i = 1, k = 0; i < n; i++) {
    while (k > 0 && text.charCodeAt(i) !== text.charCodeAt(k)) k = fail[k - 1]!;
    if (text.charCodeAt(i) === text.charCodeAt(k)) k++;
    fail[i] = k;
  }
  return n - fail[n - 1]!;
}

/**
 * Step 2b: the unit the sampled `slices` repeat (at least MIN_REPEATS times each), or undefined. A
 * rotation of a unit has the same smallest period, so the middle and end slices must show it too.
 */
function repeatedUnit(slices: readonly string[]): string | undefined {
  const first = slices[0]!;
  const period = smallestPeriod(first);
  if (period === 0 || period * MIN_REPEATS > first.length) return undefined;
  for (let i = 1; i < slices.length; i++) if (smallestPeriod(slices[i]!) !== period) return undefined;
  return first.slice(0, period);
}

function checkNumber(name: string, value: number | undefined): void {
  if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value)))
    throw new TypeError(`${name} must be a number`);
}

function checkTagList(name: string, list: readonly string[] | undefined): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || list.some((tag) => typeof tag !== 'string'))
    throw new TypeError(`${name} must be an array of language tags`);
  if (list.length > MAX_TAG_LIST) throw new RangeError(`${name} holds more than ${MAX_TAG_LIST} tags`);
}

/** True when model tag `tag` is named by `wanted` (same tag, or `wanted` is its language). */
function tagMatches(tag: string, wanted: string): boolean {
  const t = tag.toLowerCase();
  const w = wanted.toLowerCase();
  return t === w || t.startsWith(`${w}-`);
}

const note = (code: DetectIssueCode, message: string, offset = -1): DetectIssue =>
  issue(code, message, { severity: 'warning', offset });

/** Detectors of the models passed as `options.model`, made once per model. */
const detectors = new WeakMap<ModelData, Detector>();

/** The detector of a model passed as `options.model` (made once per model's data). */
export function detectorOf(model: Model | ModelData): Detector {
  const data = model !== null && typeof model === 'object' && 'data' in model ? model.data : model;
  if (data === null || typeof data !== 'object' || typeof data.postings !== 'string' || typeof data.tags !== 'string')
    throw new TypeError('model must be a Model (trainModel, extendModel, loadModel) or model data');
  let detector = detectors.get(data);
  if (!detector) detectors.set(data, (detector = createDetector(data)));
  return detector;
}

export function createDetector(data: ModelData): Detector {
  let model: LanguageModel | undefined;
  // Per model, built once: the languages of each script, and scratch arrays of the model's size, so a
  // call costs its own features and candidates, never the size of the model (issue #12, failure 2).
  let byScript: number[][] = [];
  // Per script, the mask of its languages (made on first use): the candidates when there is no only/exclude.
  let scriptMasks: Uint8Array[] = [];
  let mask = new Uint8Array(0);
  let scores = new Float64Array(0);
  let hits = new Uint32Array(0);
  let names: ScriptNames;
  const load = (): LanguageModel => {
    if (model) return model;
    const m = decodeModel(data);
    names = createScriptNames(m);
    byScript = Array.from({ length: SCRIPT_COUNT }, () => []);
    m.scripts.forEach((scripts, l) => {
      for (const script of new Set(scripts)) if (script >= 0) byScript[script]!.push(l);
    });
    scriptMasks = [];
    mask = new Uint8Array(m.tags.length);
    scores = new Float64Array(m.tags.length);
    hits = new Uint32Array(m.tags.length);
    return (model = m);
  };

  const scriptMask = (script: number): Uint8Array => {
    let made = scriptMasks[script];
    if (!made) {
      made = new Uint8Array(mask.length);
      for (const l of byScript[script] ?? []) made[l] = 1;
      scriptMasks[script] = made;
    }
    return made;
  };

  function detect(text: string, options: DetectOptions = {}): Detection {
    requireString(text, 'detect(text): text');
    checkTagList('only', options.only);
    checkTagList('exclude', options.exclude);
    checkNumber('minLength', options.minLength);
    checkNumber('minConfidence', options.minConfidence);
    checkNumber('top', options.top);
    if (options.model !== undefined) {
      const other = detectorOf(options.model);
      if (other.detect !== detect) return other.detect(text, { ...options, model: undefined });
    }
    const m = load();
    const minLength = options.minLength ?? 1;
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const top = Math.max(1, Math.min(Math.floor(options.top ?? DEFAULT_TOP), MAX_TOP));
    const issues: DetectIssue[] = [];

    // Step 1: limits.
    const slices = sampleSlices(text);
    const sampled = slices.join(' ');
    if (slices.length > 1)
      issues.push(
        note('INPUT_SAMPLED', `only ${SAMPLE_LENGTH} of ${text.length} code units were read (start, middle, end)`),
      );
    // Step 2: non-linguistic content.
    const clean = (t: string): string => t.normalize('NFC').replace(NON_LINGUISTIC, ' ');
    let cleaned = clean(sampled);
    let profile = scriptProfile(cleaned);
    const none = (tag: 'und' | 'zxx', code: DetectIssueCode, message: string): Detection => ({
      ok: false,
      tag,
      confidence: 0,
      candidates: [],
      script: scriptCode(profile.dominant),
      issues: [errorIssue(code, message), ...issues],
    });
    if (profile.letters === 0) {
      if (sampled.trim() === '') return none('und', 'EMPTY_INPUT', 'the text is empty or white space');
      return none('zxx', 'NO_LETTERS', 'the text has no letters (numbers, symbols, URLs): no linguistic content');
    }
    // Step 2b: too few distinct letters for any language (`xxxx…`), or one unit repeated: analysed once.
    if (profile.letters >= MIN_LETTERS_FOR_DIVERSITY && profile.distinct <= MAX_REPETITIVE_DISTINCT) {
      return none(
        'zxx',
        'REPETITIVE_INPUT',
        `${profile.letters} letters but only ${profile.distinct} distinct: no linguistic content`,
      );
    }
    const unit = repeatedUnit(slices);
    if (unit !== undefined) {
      issues.push(
        note(
          'REPETITIVE_INPUT',
          `the text repeats ${JSON.stringify(unit.length > 40 ? `${unit.slice(0, 40)}…` : unit)}: one copy is analysed`,
        ),
      );
      cleaned = clean(unit);
      profile = scriptProfile(cleaned);
      if (profile.letters === 0)
        return none('zxx', 'NO_LETTERS', 'the text has no letters (numbers, symbols, URLs): no linguistic content');
      // One letter over and over (`xxxxxxxx`) is no word of any language.
      if (profile.distinct === 1) {
        issues.pop();
        return none('zxx', 'REPETITIVE_INPUT', `one letter repeated: no linguistic content`);
      }
    }
    // Step 2c: Latin names in Chinese, Japanese or Korean text (`Tom幫助Mary嗎？`): a CJK character is about
    // a word, so with at least 2 of them and one per 3 Latin letters or more, the CJK part is analysed.
    const cjk = CJK_SCRIPTS.reduce((sum, index) => sum + profile.counts[index]!, 0);
    if (profile.dominant === LATIN && cjk >= 2 && 3 * cjk >= profile.counts[LATIN]!) {
      cleaned = cleaned.replace(/\p{Script=Latin}+/gu, ' ');
      profile = scriptProfile(cleaned);
    }
    const script = scriptCode(profile.dominant);
    if (profile.letters < minLength)
      return none('und', 'TOO_SHORT', `${profile.letters} letters, fewer than minLength ${minLength}`);

    // Step 3: script first.
    const allowed = (tag: string): boolean =>
      !(options.only && !options.only.some((w) => tagMatches(tag, w))) &&
      !options.exclude?.some((w) => tagMatches(tag, w));
    const inScript = byScript[profile.dominant] ?? [];
    // Without only/exclude the candidates are the script's languages: no list to filter, no mask to fill.
    const filtered = options.only !== undefined || options.exclude !== undefined;
    const candidates = filtered ? inScript.filter((l) => allowed(m.tags[l]!)) : inScript;
    const scriptLetters = profile.counts[profile.dominant]!;
    const scriptShare = scriptLetters / profile.letters;
    // Step 3b: a script no language of the model is written in names its language (CLDR likely subtags of
    // und-<Script>); letters rare in the script that the model's languages of it do not use name theirs.
    let named: Candidate | undefined;
    if (inScript.length === 0) {
      const tag = names.scriptLanguage(profile.dominant);
      if (tag === undefined)
        return none(
          'und',
          'UNSUPPORTED_SCRIPT',
          `no language of this model is written in ${script}, and CLDR names no likely language for it`,
        );
      if (!allowed(tag))
        return none('und', 'NO_CANDIDATE', `${tag}, the language of ${script}, is left out by only/exclude`);
      named = { tag, score: 0, confidence: round(Math.min(0.99, scriptShare)) };
    } else {
      const evidence = names.rareLetters(cleaned.toLowerCase(), profile.dominant, inScript);
      if (evidence && evidence.count * RARE_LETTER_SPAN >= scriptLetters && allowed(evidence.tag))
        named = {
          tag: evidence.tag,
          score: 0,
          confidence: round(Math.min(0.99, 1 - 0.5 ** evidence.count) * scriptShare),
        };
    }
    if (!named && candidates.length === 0)
      return none('und', 'NO_CANDIDATE', `no language written in ${script} is left by only/exclude`);

    // Step 4: the model (a script of one language answers from the script alone).
    let result: Candidate[];
    const candidateMask = filtered ? mask : scriptMask(profile.dominant);
    if (filtered) for (const l of candidates) mask[l] = 1;
    if (named) {
      result = [named];
    } else if (candidates.length === 1) {
      const l = candidates[0]!;
      let own = 0;
      for (const s of m.scripts[l]!) own += profile.counts[s]!;
      const share = own / profile.letters;
      result = [{ tag: m.tags[l]!, score: 0, confidence: round(Math.min(0.99, share)) }];
    } else {
      // The best answer's probability is calibrated; the others are scaled in proportion, never above
      // the best and together never above the rest (1 - its confidence).
      const ranked = rankLanguages(m, cleaned, candidateMask, candidates, scores, top, hits);
      const best = ranked[0]!.probability;
      const calibrated = calibrate(m, best, ranked[0]!.coverage);
      const share = best < 1 ? Math.min(calibrated / best, (1 - calibrated) / (1 - best)) : 0;
      result = ranked.slice(0, top).map((r, i) => ({
        tag: m.tags[r.index]!,
        score: round(r.score),
        confidence: round(i === 0 ? calibrated : r.probability * share),
      }));
    }
    // Step 4b: Hans or Hant from the characters themselves.
    if (/-Han[st]$/.test(result[0]!.tag)) result = applyHanVariant(m, candidateMask, result, cleaned);
    if (filtered) for (const l of candidates) mask[l] = 0;
    // Step 5: enough evidence?
    const best = result[0]!;
    const candidatesOut = result.slice(0, top);
    if (best.confidence < minConfidence) {
      issues.unshift(
        errorIssue(
          'LOW_CONFIDENCE',
          `best guess ${best.tag} has confidence ${best.confidence}, under ${minConfidence}`,
        ),
      );
      return { ok: false, tag: 'und', confidence: 0, candidates: candidatesOut, script, issues };
    }
    return { ok: true, tag: best.tag, confidence: best.confidence, candidates: candidatesOut, script, issues };
  }

  /** Scores of `text` for the languages `list` (for spans): the detector's scratch arrays, no per-call model-size work. */
  function rank(text: string, list: readonly number[]): Ranked[] {
    const m = load();
    for (const l of list) mask[l] = 1;
    const ranked = rankLanguages(m, text, mask, list, scores, Infinity, hits);
    for (const l of list) mask[l] = 0;
    return ranked;
  }

  const detector: Detector = { tier: data.tier, languages: () => load().tags, detect, model: load, rank };
  if (!detectors.has(data)) detectors.set(data, detector);
  return detector;
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
  const promoted: Candidate = {
    tag: wanted,
    score: existing?.score ?? best.score,
    confidence: Math.max(existing?.confidence ?? 0, best.confidence),
  };
  return [promoted, ...result.filter((c) => c.tag !== wanted)];
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
