// Spans of mixed-language text.
//
// 1. Words (runs of letters and marks) are grouped into script runs (UAX #24 Script of their letters).
// 2. A run in a script of one language is one span of that language.
// 3. Inside a run in a shared script, the run is cut into clauses at punctuation; a small candidate
//    set is taken from the run and its clauses, each clause gets the model's probabilities, and a
//    Viterbi pass over the clauses finds the likeliest sequence of languages, paying SWITCH_COST
//    nats for each change (so a short ambiguous clause follows its neighbours).
// 4. Each span is then detected on its own for its confidence.
// Linear: clauses × candidates (at most MAX_SPAN_CANDIDATES), input capped at MAX_SPANS_LENGTH.
import { isWordCodePoint } from '../features/extract.js';
import { MAX_SPANS_LENGTH } from '../limits.js';
import { scriptCode, scriptIndex } from '../script/classify.js';
import type { Detector, DetectIssue, DetectOptions } from './detect.js';
import { rankLanguages } from './rank.js';

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

export interface SpanResult {
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

/** Words of `text` with their UTF-16 offsets and script. */
function words(text: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  let counts = new Map<number, number>();
  const close = (end: number): void => {
    let script = 0;
    let best = 0;
    for (const [s, n] of counts) if (s !== 0 && n > best) [script, best] = [s, n];
    out.push({ start, end, script });
    start = -1;
    counts = new Map();
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      const s = scriptIndex(cp);
      // A change of script inside a run of letters starts a new word (`Tokyo東京`).
      if (start >= 0 && s !== 0) {
        let current = 0;
        let best = 0;
        for (const [k, n] of counts) if (k !== 0 && n > best) [current, best] = [k, n];
        if (current !== 0 && current !== s) close(i);
      }
      if (start < 0) start = i;
      counts.set(s, (counts.get(s) ?? 0) + 1);
    } else if (start >= 0 && !(cp === 0x27 || cp === 0x2019)) close(i);
    i += size;
  }
  if (start >= 0) close(text.length);
  return out;
}

export function createSpanDetector(detector: Detector): (text: string, options?: SpanOptions) => SpanResult {
  return function detectSpans(text: string, options: SpanOptions = {}): SpanResult {
    if (typeof text !== 'string') throw new TypeError('detectSpans(text): text must be a string');
    const issues: DetectIssue[] = [];
    let input = text;
    if (input.length > MAX_SPANS_LENGTH) {
      input = input.slice(0, MAX_SPANS_LENGTH);
      issues.push({ code: 'INPUT_TRUNCATED', message: `only the first ${MAX_SPANS_LENGTH} code units were analysed` });
    }
    const list = words(input);
    if (list.length === 0) {
      const tag = input.trim() === '' ? undefined : 'zxx';
      return { spans: tag ? [{ tag, start: 0, end: input.length, confidence: 0, script: 'Zyyy' }] : [], issues };
    }
    const spans: Span[] = [];
    // Step 1: script runs.
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      while (j < list.length && (list[j]!.script === list[i]!.script || list[j]!.script === 0)) j++;
      spans.push(...languageSpans(detector, input, list.slice(i, j), options));
      i = j;
    }
    // Step 4: confidence of each span on its own.
    for (const span of spans) {
      const detection = detector.detect(input.slice(span.start, span.end), { only: options.only, exclude: options.exclude, top: 64, minConfidence: 0 });
      const mine = detection.candidates.find((c) => c.tag === span.tag);
      span.confidence = mine?.confidence ?? 0;
      if (span.tag === 'und' && detection.tag !== 'und') {
        span.tag = detection.tag;
        span.confidence = detection.confidence;
      }
    }
    return { spans, issues };
  };
}

/** Punctuation that ends a clause: a language may change there. */
const CLAUSE_END = /[.!?;:,\u2014\u2013()\[\]"\u00ab\u00bb\u201c\u201d\u2018\u0964\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a\u060c\u061b\u061f\n\r]/;

/** Steps 2-3 for one script run. */
function languageSpans(detector: Detector, text: string, run: Word[], options: SpanOptions): Span[] {
  const script = scriptCode(run[0]!.script);
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const restrict = { only: options.only, exclude: options.exclude, minConfidence: 0 };
  const whole = detector.detect(text.slice(start, end), { ...restrict, top: MAX_SPAN_CANDIDATES });
  const single = (tag: string): Span[] => [{ tag, start, end, confidence: 0, script }];

  // Clauses: words between clause punctuation, as [first word, last word + 1).
  const clauses: [number, number][] = [];
  let first = 0;
  for (let w = 1; w <= run.length; w++) {
    if (w === run.length || CLAUSE_END.test(text.slice(run[w - 1]!.end, run[w]!.start))) {
      clauses.push([first, w]);
      first = w;
    }
  }
  if (whole.candidates.length <= 1 || clauses.length === 1) return single(whole.candidates[0]?.tag ?? whole.tag);

  // Candidates: the run's best, then the best of each clause, by votes.
  const model = detector.model();
  const votes = new Map<string, number>();
  whole.candidates.forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + (rank < 3 ? 3 - rank : 0.1)));
  const clauseText = clauses.map(([a, b]) => text.slice(run[a]!.start, run[b - 1]!.end));
  for (const piece of clauseText) {
    detector.detect(piece, { ...restrict, top: 3 }).candidates.forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + 3 - rank));
  }
  const chosen = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SPAN_CANDIDATES).map(([tag]) => tag);
  const mask = new Uint8Array(model.tags.length);
  const column = new Int16Array(model.tags.length).fill(-1);
  chosen.forEach((tag, c) => {
    const index = model.tags.indexOf(tag);
    mask[index] = 1;
    column[index] = c;
  });
  const k = chosen.length;

  // Step 3: clause emissions (log probabilities among the candidates), then Viterbi with a switch cost.
  const switchCost = options.switchCost ?? SWITCH_COST;
  const n = clauses.length;
  const back = new Uint8Array(n * k);
  let previous = new Float64Array(k);
  let current = new Float64Array(k);
  const emission = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    emission.fill(Math.log(PROBABILITY_FLOOR));
    for (const r of rankLanguages(model, clauseText[i]!, mask)) emission[column[r.index]!] = Math.log(Math.max(r.probability, PROBABILITY_FLOOR));
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
  const spans: Span[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && states[j] === states[i]) j++;
    spans.push({ tag: chosen[states[i]!]!, start: run[clauses[i]![0]]!.start, end: run[clauses[j - 1]![1] - 1]!.end, confidence: 0, script });
    i = j;
  }
  return spans;
}
