// Spans of mixed-language text.
//
// 1. Words (runs of letters and marks) are grouped into script runs (UAX #24 Script of their letters).
// 2. A run in a script of one language is one span of that language.
// 3. Inside a run in a shared script, a small candidate set is taken from the run and from chunks of
//    it, each word is scored by the naive Bayes model, and a Viterbi pass over the words finds the
//    most likely sequence of languages, paying SWITCH_COST nats for each change of language.
// 4. Each span is then detected on its own for its confidence.
// Linear: words × candidates (at most MAX_SPAN_CANDIDATES), input capped at MAX_SPANS_LENGTH.
import { forEachWord, isWordCodePoint, wordFeatures } from '../features/extract.js';
import { MAX_SPANS_LENGTH } from '../limits.js';
import { scriptCode, scriptIndex } from '../script/classify.js';
import type { Detector, DetectIssue, DetectOptions } from './detect.js';

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

/** Cost of a language change between two words: about the evidence of two typical words. */
export const SWITCH_COST = 12;
/** Candidate languages per script run in the Viterbi pass. */
const MAX_SPAN_CANDIDATES = 12;
/** Words per chunk when collecting candidates. */
const CHUNK_WORDS = 24;

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

/** Steps 2-3 for one script run. */
function languageSpans(detector: Detector, text: string, run: Word[], options: SpanOptions): Span[] {
  const script = scriptCode(run[0]!.script);
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const whole = detector.detect(text.slice(start, end), { only: options.only, exclude: options.exclude, top: MAX_SPAN_CANDIDATES, minConfidence: 0 });
  const single = (tag: string): Span[] => [{ tag, start, end, confidence: 0, script }];
  if (whole.candidates.length <= 1 || run.length === 1) return single(whole.candidates[0]?.tag ?? whole.tag);

  // Candidates: the run's best, then the best of each chunk, by how often they win.
  const model = detector.model();
  const votes = new Map<string, number>();
  whole.candidates.forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + (rank < 3 ? 3 - rank : 0.1)));
  for (let i = 0; i < run.length; i += CHUNK_WORDS) {
    const chunk = run.slice(i, i + CHUNK_WORDS);
    const detection = detector.detect(text.slice(chunk[0]!.start, chunk[chunk.length - 1]!.end), { only: options.only, exclude: options.exclude, top: 3, minConfidence: 0 });
    detection.candidates.forEach((c, rank) => votes.set(c.tag, (votes.get(c.tag) ?? 0) + 3 - rank));
  }
  const chosen = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SPAN_CANDIDATES).map(([tag]) => tag);
  const column = new Int16Array(model.tags.length).fill(-1);
  chosen.forEach((tag, k) => (column[model.tags.indexOf(tag)] = k));
  const k = chosen.length;

  // Step 3: word emissions, then Viterbi with a switch cost.
  const switchCost = options.switchCost ?? SWITCH_COST;
  const n = run.length;
  const back = new Uint8Array(n * k);
  let previous = new Float64Array(k);
  let current = new Float64Array(k);
  const emission = new Float64Array(k);
  for (let w = 0; w < n; w++) {
    emission.fill(0);
    const { start: ws, end: we } = run[w]!;
    forEachWord(text.slice(ws, we).toLowerCase(), (word, length) =>
      wordFeatures(word, length, (hash) => {
        const index = model.find(hash);
        if (index < 0) return;
        for (let j = model.offsets[index]!, stop = model.offsets[index + 1]!; j < stop; j++) {
          const c = column[model.languages[j]!]!;
          if (c >= 0) emission[c]! += model.weights[j]! * model.step;
        }
      }),
    );
    let bestPrevious = 0;
    for (let c = 1; c < k; c++) if (previous[c]! > previous[bestPrevious]!) bestPrevious = c;
    for (let c = 0; c < k; c++) {
      const stay = previous[c]!;
      const move = previous[bestPrevious]! - switchCost;
      const from = w === 0 || stay >= move ? c : bestPrevious;
      back[w * k + c] = from;
      current[c] = (w === 0 ? 0 : Math.max(stay, move)) + emission[c]!;
    }
    [previous, current] = [current, previous];
  }
  let state = 0;
  for (let c = 1; c < k; c++) if (previous[c]! > previous[state]!) state = c;
  const states = new Uint8Array(n);
  for (let w = n - 1; w >= 0; w--) {
    states[w] = state;
    state = back[w * k + state]!;
  }
  const spans: Span[] = [];
  for (let w = 0; w < n; ) {
    let v = w + 1;
    while (v < n && states[v] === states[w]) v++;
    spans.push({ tag: chosen[states[w]!]!, start: run[w]!.start, end: run[v - 1]!.end, confidence: 0, script });
    w = v;
  }
  return spans;
}

