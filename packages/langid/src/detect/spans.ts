// Spans of mixed-language text.
//
// 1. Words (runs of letters and marks) are grouped into script runs (UAX #24 Script of their letters).
// 2. A run in a script of one language is one span of that language.
// 3. Inside a run in a shared script, the run is cut into clauses at punctuation; a small candidate
//    set is taken from the run and its clauses, each clause gets the model's probabilities, and a
//    Viterbi pass over the clauses finds the likeliest sequence of languages, paying SWITCH_COST
//    nats for each change (so a short ambiguous clause follows its neighbours).
// 4. Each span is then detected on its own for its confidence (a span that is a whole run keeps the
//    run's detection).
// Linear with a small constant (issue #12, failure 2): a detection or a ranking costs its text's
// features and its candidates, never the model's size; clauses × candidates (at most
// MAX_SPAN_CANDIDATES); input capped at MAX_SPANS_LENGTH; short texts seen again in one call (the
// runs of `aбαא…`) are detected once (a memo of at most SPAN_MEMO_LIMIT entries, per call).
import { isWordCodePoint } from '../features/extract.js';
import { issue, requireString, type Outcome } from '@nomina/core';
import { MAX_SPANS_LENGTH, MAX_TOP, SPAN_MEMO_KEY_LIMIT, SPAN_MEMO_LIMIT } from '../limits.js';
import { scriptCode, scriptIndex } from '../script/classify.js';
import {
  detectorOf,
  type Detection,
  type Detector,
  type DetectIssue,
  type DetectIssueCode,
  type DetectOptions,
} from './detect.js';

export interface Span {
  /** Language of the span (`und` when it could not be told, `zxx` for text without letters). */
  tag: string;
  /** UTF-16 offsets into the input: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** Calibrated confidence of the span's language. */
  confidence: number;
  /** Dominant script of the span. */
  script: string;
}

/** A core `Outcome` (no error is possible: `INPUT_TRUNCATED` is a warning) with the spans. */
export interface SpanResult extends Outcome<DetectIssueCode> {
  spans: Span[];
  issues: DetectIssue[];
}

export interface SpanOptions extends Pick<DetectOptions, 'only' | 'exclude' | 'model'> {
  /** Nats a change of language costs inside a script run (default `SWITCH_COST`): higher, fewer spans. */
  switchCost?: number;
}

/** Cost of a language change between two clauses (nats): ln 20, a switch must be 20 times likelier. */
export const SWITCH_COST = Math.log(20);
/** Least probability of a candidate for one clause: a single clause cannot rule a language out entirely. */
const PROBABILITY_FLOOR = 1e-4;
/** Candidate languages per script run in the Viterbi pass. */
const MAX_SPAN_CANDIDATES = 12;

/** The words of a text: UTF-16 offsets and script index of word i at i (typed arrays: no object per word). */
interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  scripts: Int32Array;
}

/**
 * Words of `text` with their UTF-16 offsets and script: a change of script inside a run of letters
 * starts a new word (`Tokyo東京`), so a word's letters share one script (0 when it has only
 * Common/Inherited ones).
 */
function words(text: string): Words {
  // At most one word per unit (`aбαא`: a change of script ends a word without a separator).
  const capacity = text.length;
  const out: Words = {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    scripts: new Int32Array(capacity),
  };
  const push = (from: number, to: number, script: number): void => {
    out.starts[out.count] = from;
    out.ends[out.count] = to;
    out.scripts[out.count++] = script;
  };
  let start = -1;
  let script = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      const s = scriptIndex(cp);
      if (start >= 0 && s !== 0 && script !== 0 && s !== script) {
        push(start, i, script);
        start = -1;
      }
      if (start < 0) {
        start = i;
        script = 0;
      }
      if (script === 0) script = s;
    } else if (start >= 0 && !(cp === 0x27 || cp === 0x2019)) {
      push(start, i, script);
      start = -1;
    }
    i += size;
  }
  if (start >= 0) push(start, text.length, script);
  return out;
}

/** `detector.detect` with fixed options, remembered for short texts within one `detectSpans` call (bounded, then cleared). */
function memoDetect(detector: Detector, options: DetectOptions): (text: string) => Detection {
  const cache = new Map<string, Detection>();
  return (text) => {
    if (text.length > SPAN_MEMO_KEY_LIMIT) return detector.detect(text, options);
    let known = cache.get(text);
    if (known === undefined) {
      known = detector.detect(text, options);
      if (cache.size >= SPAN_MEMO_LIMIT) cache.clear();
      cache.set(text, known);
    }
    return known;
  };
}

/** What one `detectSpans` call shares between its runs. */
interface Call {
  detector: Detector;
  text: string;
  words: Words;
  options: SpanOptions;
  /** Detection of a run or span (top MAX_TOP, minConfidence 0, only/exclude). */
  wholeDetect: (text: string) => Detection;
  /** Detection of a clause for the candidate votes (top 3). */
  clauseDetect: (text: string) => Detection;
  spans: Span[];
  /** Per span: whether its confidence is already its own detection's. */
  known: boolean[];
}

type SpanDetector = (text: string, options?: SpanOptions) => SpanResult;

/** Span detectors of the detectors of models passed as `options.model`, made once per detector. */
const spanDetectors = new WeakMap<Detector, SpanDetector>();

export function createSpanDetector(detector: Detector): SpanDetector {
  const detectSpans: SpanDetector = (text, options = {}) => {
    requireString(text, 'detectSpans(text): text');
    if (options.model !== undefined) {
      // Spans with another model (`trainModel`, `extendModel`, `loadModel`), as `detect(text, { model })`.
      const other = detectorOf(options.model);
      if (other !== detector) {
        let spans = spanDetectors.get(other);
        if (!spans) spanDetectors.set(other, (spans = createSpanDetector(other)));
        return spans(text, { ...options, model: undefined });
      }
    }
    const issues: DetectIssue[] = [];
    let input = text;
    if (input.length > MAX_SPANS_LENGTH) {
      input = input.slice(0, MAX_SPANS_LENGTH);
      issues.push(
        issue('INPUT_TRUNCATED', `only the first ${MAX_SPANS_LENGTH} code units were analysed`, {
          severity: 'warning',
          offset: MAX_SPANS_LENGTH,
        }),
      );
    }
    const list = words(input);
    if (list.count === 0) {
      const tag = input.trim() === '' ? undefined : 'zxx';
      return {
        ok: true,
        spans: tag ? [{ tag, start: 0, end: input.length, confidence: 0, script: 'Zyyy' }] : [],
        issues,
      };
    }
    const restrict = { only: options.only, exclude: options.exclude, minConfidence: 0 };
    const call: Call = {
      detector,
      text: input,
      words: list,
      options,
      wholeDetect: memoDetect(detector, { ...restrict, top: MAX_TOP }),
      clauseDetect: memoDetect(detector, { ...restrict, top: 3 }),
      spans: [],
      known: [],
    };
    // Step 1: script runs.
    const scripts = list.scripts;
    for (let i = 0; i < list.count; ) {
      let j = i + 1;
      while (j < list.count && (scripts[j] === scripts[i] || scripts[j] === 0)) j++;
      languageSpans(call, i, j);
      i = j;
    }
    // Step 4: confidence of each span on its own.
    const { spans, known } = call;
    for (let s = 0; s < spans.length; s++) {
      if (known[s]) continue;
      const span = spans[s]!;
      const detection = call.wholeDetect(input.slice(span.start, span.end));
      const mine = detection.candidates.find((c) => c.tag === span.tag);
      span.confidence = mine?.confidence ?? 0;
      if (span.tag === 'und' && detection.tag !== 'und') {
        span.tag = detection.tag;
        span.confidence = detection.confidence;
      }
    }
    return { ok: true, spans, issues };
  };
  return detectSpans;
}

/** One span over a whole run, in `tag` (default: the run's best), with the run's detection's confidence. */
function pushRun(
  call: Call,
  whole: Detection,
  start: number,
  end: number,
  script: string,
  tag: string | undefined,
): void {
  const best = tag === undefined ? whole.candidates[0] : whole.candidates.find((c) => c.tag === tag);
  call.spans.push({ tag: tag ?? best?.tag ?? whole.tag, start, end, confidence: best?.confidence ?? 0, script });
  call.known.push(true);
}

/** Punctuation that ends a clause: a language may change there. */
const CLAUSE_END =
  /[.!?;:,\u2014\u2013()\[\]"\u00ab\u00bb\u201c\u201d\u2018\u0964\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a\u060c\u061b\u061f\n\r]/;

/**
 * Steps 2-3 for the script run of words [from, to): its spans, pushed to `call.spans` (a span that is
 * the whole run takes the run's detection: the same text, the same options, so its confidence is known).
 */
function languageSpans(call: Call, from: number, to: number): void {
  const { detector, text, options } = call;
  const { starts, ends } = call.words;
  const script = scriptCode(call.words.scripts[from]!);
  const start = starts[from]!;
  const end = ends[to - 1]!;
  const whole = call.wholeDetect(text.slice(start, end));
  if (to - from === 1 || whole.candidates.length <= 1) return pushRun(call, whole, start, end, script, undefined);

  // Clauses: words between clause punctuation, as [first word, last word + 1).
  const clauses: [number, number][] = [];
  let first = from;
  for (let w = from + 1; w <= to; w++) {
    if (w === to || CLAUSE_END.test(text.slice(ends[w - 1]!, starts[w]!))) {
      clauses.push([first, w]);
      first = w;
    }
  }
  if (clauses.length === 1) return pushRun(call, whole, start, end, script, undefined);

  // Candidates: the run's best, then the best of each clause, by votes.
  const model = detector.model();
  const votes = new Map<string, number>();
  whole.candidates
    .slice(0, MAX_SPAN_CANDIDATES)
    .forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + (rank < 3 ? 3 - rank : 0.1)));
  const clauseText = clauses.map(([a, b]) => text.slice(starts[a]!, ends[b - 1]!));
  for (const piece of clauseText) {
    call.clauseDetect(piece).candidates.forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + 3 - rank));
  }
  const chosen = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SPAN_CANDIDATES)
    .map(([tag]) => tag);
  const indexes = chosen.map((tag) => model.tags.indexOf(tag));
  const column = new Map(indexes.map((index, c) => [index, c]));
  const ascending = [...indexes].sort((a, b) => a - b);
  // Emissions of a clause text seen before in this run are reused (bounded like the detection memo).
  const emissions = new Map<string, Float64Array>();
  const k = chosen.length;

  // Step 3: clause emissions (log probabilities among the candidates), then Viterbi with a switch cost.
  const switchCost = options.switchCost ?? SWITCH_COST;
  const n = clauses.length;
  const back = new Uint8Array(n * k);
  let previous = new Float64Array(k);
  let current = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const piece = clauseText[i]!;
    let emission = emissions.get(piece);
    if (emission === undefined) {
      emission = new Float64Array(k).fill(Math.log(PROBABILITY_FLOOR));
      for (const r of detector.rank(piece, ascending))
        emission[column.get(r.index)!] = Math.log(Math.max(r.probability, PROBABILITY_FLOOR));
      if (piece.length <= SPAN_MEMO_KEY_LIMIT) {
        if (emissions.size >= SPAN_MEMO_LIMIT) emissions.clear();
        emissions.set(piece, emission);
      }
    }
    let bestPrevious = 0;
    for (let c = 1; c < k; c++) if (previous[c]! > previous[bestPrevious]!) bestPrevious = c;
    for (let c = 0; c < k; c++) {
      const stay = previous[c]!;
      const move = previous[bestPrevious]! - switchCost;
      back[i * k + c] = i === 0 || stay >= move ? c : bestPrevious;
      current[c] = (i === 0 ? 0 : Math.max(stay, move)) + emission[c]!;
    }
    [previous, current] = [current, previous];
  }
  let state = 0;
  for (let c = 1; c < k; c++) if (previous[c]! > previous[state]!) state = c;
  const states = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    states[i] = state;
    state = back[i * k + state]!;
  }
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && states[j] === states[i]) j++;
    // One span over the whole run is the run itself: its detection is known.
    if (i === 0 && j === n) return pushRun(call, whole, start, end, script, chosen[states[0]!]!);
    call.spans.push({
      tag: chosen[states[i]!]!,
      start: starts[clauses[i]![0]]!,
      end: ends[clauses[j - 1]![1] - 1]!,
      confidence: 0,
      script,
    });
    call.known.push(false);
    i = j;
  }
}
