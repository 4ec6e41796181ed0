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
import type { Detection, Detector, DetectIssue, DetectIssueCode, DetectOptions } from './detect.js';

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

export interface SpanOptions extends Pick<DetectOptions, 'only' | 'exclude'> {
  /** Nats a change of language costs inside a script run (default `SWITCH_COST`): higher, fewer spans. */
  switchCost?: number;
}

/** Cost of a language change between two clauses (nats): ln 20, a switch must be 20 times likelier. */
export const SWITCH_COST = Math.log(20);
/** Least probability of a candidate for one clause: a single clause cannot rule a language out entirely. */
const PROBABILITY_FLOOR = 1e-4;
/** Candidate languages per script run in the Viterbi pass. */
const MAX_SPAN_CANDIDATES = 12;

interface Word {
  start: number;
  end: number;
  script: number;
}

/**
 * Words of `text` with their UTF-16 offsets and script: a change of script inside a run of letters
 * starts a new word (`Tokyo東京`), so a word's letters share one script (0 when it has only
 * Common/Inherited ones).
 */
function words(text: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  let script = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      const s = scriptIndex(cp);
      if (start >= 0 && s !== 0 && script !== 0 && s !== script) {
        out.push({ start, end: i, script });
        start = -1;
      }
      if (start < 0) {
        start = i;
        script = 0;
      }
      if (script === 0) script = s;
    } else if (start >= 0 && !(cp === 0x27 || cp === 0x2019)) {
      out.push({ start, end: i, script });
      start = -1;
    }
    i += size;
  }
  if (start >= 0) out.push({ start, end: text.length, script });
  return out;
}

/** `detector.detect` remembered for short texts within one `detectSpans` call (bounded, then cleared). */
function memoDetect(detector: Detector): (text: string, options: DetectOptions) => Detection {
  const cache = new Map<string, Detection>();
  return (text, options) => {
    if (text.length > SPAN_MEMO_KEY_LIMIT) return detector.detect(text, options);
    const key = `${options.top ?? ''}\u0000${text}`;
    let known = cache.get(key);
    if (known === undefined) {
      known = detector.detect(text, options);
      if (cache.size >= SPAN_MEMO_LIMIT) cache.clear();
      cache.set(key, known);
    }
    return known;
  };
}

export function createSpanDetector(detector: Detector): (text: string, options?: SpanOptions) => SpanResult {
  return function detectSpans(text: string, options: SpanOptions = {}): SpanResult {
    requireString(text, 'detectSpans(text): text');
    const issues: DetectIssue[] = [];
    let input = text;
    if (input.length > MAX_SPANS_LENGTH) {
      input = input.slice(0, MAX_SPANS_LENGTH);
      issues.push(issue('INPUT_TRUNCATED', `only the first ${MAX_SPANS_LENGTH} code units were analysed`, { severity: 'warning', offset: MAX_SPANS_LENGTH }));
    }
    const list = words(input);
    if (list.length === 0) {
      const tag = input.trim() === '' ? undefined : 'zxx';
      return { ok: true, spans: tag ? [{ tag, start: 0, end: input.length, confidence: 0, script: 'Zyyy' }] : [], issues };
    }
    const detect = memoDetect(detector);
    const spans: Span[] = [];
    const known: boolean[] = []; // whether the span's confidence is already its own detection's
    // Step 1: script runs.
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      while (j < list.length && (list[j]!.script === list[i]!.script || list[j]!.script === 0)) j++;
      for (const [span, whole] of languageSpans(detector, detect, input, list, i, j, options)) {
        spans.push(span);
        known.push(whole);
      }
      i = j;
    }
    // Step 4: confidence of each span on its own.
    const restrict: DetectOptions = { only: options.only, exclude: options.exclude, top: MAX_TOP, minConfidence: 0 };
    spans.forEach((span, s) => {
      if (known[s]) return;
      const detection = detect(input.slice(span.start, span.end), restrict);
      const mine = detection.candidates.find((c) => c.tag === span.tag);
      span.confidence = mine?.confidence ?? 0;
      if (span.tag === 'und' && detection.tag !== 'und') {
        span.tag = detection.tag;
        span.confidence = detection.confidence;
      }
    });
    return { ok: true, spans, issues };
  };
}

/** Punctuation that ends a clause: a language may change there. */
const CLAUSE_END = /[.!?;:,\u2014\u2013()\[\]"\u00ab\u00bb\u201c\u201d\u2018\u0964\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a\u060c\u061b\u061f\n\r]/;

/**
 * Steps 2-3 for the script run `all[from, to)`: its spans, each with whether its confidence is final
 * (a span that is the whole run takes the run's detection: the same text, the same options).
 */
function languageSpans(
  detector: Detector, detect: (text: string, options: DetectOptions) => Detection, text: string, all: Word[], from: number, to: number, options: SpanOptions,
): [Span, boolean][] {
  const script = scriptCode(all[from]!.script);
  const start = all[from]!.start;
  const end = all[to - 1]!.end;
  const restrict = { only: options.only, exclude: options.exclude, minConfidence: 0 };
  const whole = detect(text.slice(start, end), { ...restrict, top: MAX_TOP });
  const single = (): [Span, boolean][] => {
    const best = whole.candidates[0];
    return [[{ tag: best?.tag ?? whole.tag, start, end, confidence: best?.confidence ?? 0, script }, true]];
  };

  // Clauses: words between clause punctuation, as [first word, last word + 1).
  const clauses: [number, number][] = [];
  let first = from;
  for (let w = from + 1; w <= to; w++) {
    if (w === to || CLAUSE_END.test(text.slice(all[w - 1]!.end, all[w]!.start))) {
      clauses.push([first, w]);
      first = w;
    }
  }
  if (whole.candidates.length <= 1 || clauses.length === 1) return single();

  // Candidates: the run's best, then the best of each clause, by votes.
  const model = detector.model();
  const votes = new Map<string, number>();
  whole.candidates.slice(0, MAX_SPAN_CANDIDATES).forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + (rank < 3 ? 3 - rank : 0.1)));
  const clauseText = clauses.map(([a, b]) => text.slice(all[a]!.start, all[b - 1]!.end));
  for (const piece of clauseText) {
    detect(piece, { ...restrict, top: 3 }).candidates.forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + 3 - rank));
  }
  const chosen = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SPAN_CANDIDATES).map(([tag]) => tag);
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
      for (const r of detector.rank(piece, ascending)) emission[column.get(r.index)!] = Math.log(Math.max(r.probability, PROBABILITY_FLOOR));
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
  const spans: [Span, boolean][] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && states[j] === states[i]) j++;
    const span: Span = { tag: chosen[states[i]!]!, start: all[clauses[i]![0]]!.start, end: all[clauses[j - 1]![1] - 1]!.end, confidence: 0, script };
    // One span over the whole run is the run itself: its detection is known.
    if (i === 0 && j === n) return single().map(([s]) => [{ ...s, tag: span.tag, confidence: whole.candidates.find((c) => c.tag === span.tag)?.confidence ?? 0 }, true]);
    spans.push([span, false]);
    i = j;
  }
  return spans;
}
