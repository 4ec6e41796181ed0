// The Unicode Bidirectional Algorithm (UAX #9, Unicode 17.0.0) over Bidi_Class codes: resolved levels
// of every character and the visual order of a line. bidi.ts feeds it the classes of a string.
//
// | UAX #9 rule                                 | Here                                                        |
// | ------------------------------------------- | ----------------------------------------------------------- |
// | P1 split into paragraphs                    | after each B                                                |
// | P2–P3 paragraph level                       | given, or the first strong character (isolates skipped)     |
// | BD9 matching isolate initiators and PDIs    | one stack pass                                              |
// | X1–X8 explicit levels and directions        | the directional status stack (max_depth 125), overflow counts |
// | X9 remove RLE LRE RLO LRO PDF BN            | level REMOVED                                               |
// | X10, BD13 isolating run sequences, sos/eos  | level runs chained through matching isolate initiator/PDI   |
// | W1–W7 weak types                            | per isolating run sequence                                  |
// | N0, BD14–BD16 paired brackets               | 63-entry bracket stack; canonical equivalents (bidi.ts)     |
// | N1–N2 neutrals, I1–I2 implicit levels       | per isolating run sequence                                  |
// | L1 separators and trailing whitespace       | reset to the paragraph level (original classes)             |
// | L2 reverse from the highest level           | a tree of nested runs, so linear whatever the levels        |
//
// Linear: every pass is O(n); the bracket stack holds at most 63 entries and the direction stack 127;
// N0's inside check uses prefix counts, and its backward context scans never overlap.

/** Bidi_Class values as small integers. */
export const L = 0,
  R = 1,
  AL = 2,
  EN = 3,
  ES = 4,
  ET = 5,
  AN = 6,
  CS = 7,
  NSM = 8,
  BN = 9,
  B = 10,
  S = 11,
  WS = 12,
  ON = 13,
  LRE = 14,
  LRO = 15,
  RLE = 16,
  RLO = 17,
  PDF = 18,
  LRI = 19,
  RLI = 20,
  FSI = 21,
  PDI = 22;

/** Codes of the Bidi_Class short names. */
export const BIDI_CODES: Readonly<Record<string, number>> = {
  L,
  R,
  AL,
  EN,
  ES,
  ET,
  AN,
  CS,
  NSM,
  BN,
  B,
  S,
  WS,
  ON,
  LRE,
  LRO,
  RLE,
  RLO,
  PDF,
  LRI,
  RLI,
  FSI,
  PDI,
};

/** The level of a character removed by X9. */
export const REMOVED = 255;
/** BD2: max_depth. */
const MAX_DEPTH = 125;
/** BD16: the bracket stack holds 63 entries. */
const MAX_BRACKETS = 63;
const NONE = 255;

// Fixed-size stacks, shared by every call (the algorithm is synchronous). X1: the directional status stack
// (level, override, isolate) of max_depth + 2 entries; BD16: the bracket stack.
const stackLevel = new Uint8Array(MAX_DEPTH + 2);
const stackOverride = new Uint8Array(MAX_DEPTH + 2);
const stackIsolate = new Uint8Array(MAX_DEPTH + 2);
const bracketKey = new Int32Array(MAX_BRACKETS);
const bracketAt = new Int32Array(MAX_BRACKETS);

const isInitiator = (t: number): boolean => t === LRI || t === RLI || t === FSI;
const isIsolateControl = (t: number): boolean => t >= LRI;
const isRemovedByX9 = (t: number): boolean => t === BN || (t >= LRE && t <= PDF);
/** N1: NI, the neutral and isolate formatting types. */
const isNeutral = (t: number): boolean => t === B || t === S || t === WS || t === ON || t >= LRI;
/** N1–N2, N0: the direction of a resolved type (EN and AN count as R), NONE for a neutral. */
const strongDirection = (t: number): number => (t === L ? L : t === R || t === EN || t === AN ? R : NONE);

export interface Resolved {
  /** Resolved level of each character after L1, or REMOVED (X9). */
  levels: Uint8Array;
  /** [start, end) of each paragraph, flattened. */
  paragraphs: number[];
  /** The embedding level of each paragraph. */
  paragraphLevels: number[];
}

/**
 * UAX #9 P1–L1 for `classes` (Bidi_Class codes). `direction` is the paragraph level (0 or 1) or −1 for P2–P3.
 * `brackets`, when given, pairs brackets for N0 (BD14–BD15): a positive key for an opening paired bracket,
 * the negative key of its pair for a closing one, 0 otherwise (canonical equivalents share a key).
 */
export function resolveLevels(classes: Uint8Array, direction: -1 | 0 | 1, brackets?: Int32Array): Resolved {
  const n = classes.length;
  const w = new Work(classes, brackets);
  const paragraphs: number[] = [];
  const paragraphLevels: number[] = [];
  // P1: a paragraph ends after each B (kept with the paragraph it ends).
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n && classes[end] !== B) end++;
    end = Math.min(n, end + 1);
    paragraphs.push(start, end);
    paragraphLevels.push(w.paragraph(start, end, direction));
    start = end;
  }
  return { levels: w.levels, paragraphs, paragraphLevels };
}

/** The working arrays of one call, shared by its paragraphs. */
class Work {
  readonly n: number;
  readonly levels: Uint8Array;
  /** Explicit levels (X1–X9), kept while the sequences resolve theirs into `levels`. */
  readonly explicitLevels: Uint8Array;
  /** Current types: the classes, changed rule by rule. */
  readonly types: Uint8Array;
  /** Types entering W1 (after X1–X8 overrides), for N0's NSM rule. */
  readonly afterX: Uint8Array;
  /** BD9: the matching PDI of an isolate initiator (−1: none); the matching initiator of a PDI. */
  readonly match: Int32Array;
  /** Isolating run sequences, one after the other; and the prefix counts of N0. */
  readonly seq: Int32Array;
  strongL: Int32Array | undefined;
  strongR: Int32Array | undefined;
  /** N0: the closing bracket (index in seq) of the pair whose opening bracket is at an index, else −1. */
  readonly closing: Int32Array;

  constructor(
    readonly classes: Uint8Array,
    readonly brackets: Int32Array | undefined,
  ) {
    const n = (this.n = classes.length);
    this.levels = new Uint8Array(n);
    this.explicitLevels = new Uint8Array(n);
    this.types = Uint8Array.from(classes);
    this.afterX = new Uint8Array(n);
    this.match = new Int32Array(n).fill(-1);
    this.seq = new Int32Array(n);
    this.closing = new Int32Array(brackets ? n : 0).fill(-1);
  }

  /** One paragraph [start, end): its level, and the resolved levels of its characters. */
  paragraph(start: number, end: number, direction: number): number {
    const { classes, match } = this;
    // BD9: an isolate initiator matches the first PDI after it at its own depth.
    const open: number[] = [];
    for (let i = start; i < end; i++) {
      const t = classes[i]!;
      if (isInitiator(t)) open.push(i);
      else if (t === PDI && open.length) {
        const j = open.pop()!;
        match[j] = i;
        match[i] = j;
      }
    }
    // P2–P3: the first strong character, isolates skipped; none is level 0.
    const level = direction >= 0 ? direction : Math.max(0, this.firstStrong(start, end));
    this.explicit(start, end, level);
    this.sequences(start, end, level);
    this.lineReset(start, end, level);
    return level;
  }

  /** P2: L → 0, R or AL → 1, none → −1, skipping from each isolate initiator to its matching PDI. */
  firstStrong(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const t = this.classes[i]!;
      if (t === L) return 0;
      if (t === R || t === AL) return 1;
      if (isInitiator(t)) {
        if (this.match[i]! < 0) return -1; // isolated up to the end of the paragraph
        i = this.match[i]!;
      }
    }
    return -1;
  }

  /** X1–X9: explicit levels and overrides; removed characters get REMOVED. */
  explicit(start: number, end: number, paragraphLevel: number): void {
    const { classes, types, levels, match } = this;
    stackLevel[0] = paragraphLevel;
    stackOverride[0] = NONE;
    let top = 0;
    let overflowIsolates = 0;
    let overflowEmbeddings = 0;
    let validIsolates = 0;
    for (let i = start; i < end; i++) {
      const t = classes[i]!;
      if (t >= LRE && t <= RLO) {
        // X2–X5: embeddings and overrides push the next odd (RLE, RLO) or even (LRE, LRO) level.
        const level = t === RLE || t === RLO ? (stackLevel[top]! + 1) | 1 : (stackLevel[top]! + 2) & ~1;
        if (level <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
          top++;
          stackLevel[top] = level;
          stackOverride[top] = t === RLO ? R : t === LRO ? L : NONE;
          stackIsolate[top] = 0;
        } else if (overflowIsolates === 0) overflowEmbeddings++;
        levels[i] = REMOVED;
        continue;
      }
      if (t === PDF) {
        // X7: close an embedding or override (never an isolate).
        if (overflowIsolates === 0) {
          if (overflowEmbeddings > 0) overflowEmbeddings--;
          else if (!stackIsolate[top] && top > 0) top--;
        }
        levels[i] = REMOVED;
        continue;
      }
      if (t === BN) {
        levels[i] = REMOVED; // X9
        continue;
      }
      if (t === B) {
        levels[i] = paragraphLevel; // X8
        continue;
      }
      if (t === PDI) {
        // X6a: close the matching isolate (and every embedding inside it).
        if (overflowIsolates > 0) overflowIsolates--;
        else if (validIsolates > 0) {
          overflowEmbeddings = 0;
          while (!stackIsolate[top]) top--;
          top--;
          validIsolates--;
        }
      }
      // X5a–X5c, X6, X6a: the level of the last entry, and the type its override forces.
      levels[i] = stackLevel[top]!;
      if (stackOverride[top] !== NONE) types[i] = stackOverride[top]!;
      if (isInitiator(t)) {
        // X5a–X5c: FSI is RLI when P2–P3 on its content give 1.
        const rtl = t === RLI || (t === FSI && this.firstStrong(i + 1, match[i]! < 0 ? end : match[i]!) === 1);
        const level = rtl ? (stackLevel[top]! + 1) | 1 : (stackLevel[top]! + 2) & ~1;
        if (level <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
          validIsolates++;
          top++;
          stackLevel[top] = level;
          stackOverride[top] = NONE;
          stackIsolate[top] = 1;
        } else overflowIsolates++;
      }
    }
    this.afterX.set(types.subarray(start, end), start);
    this.explicitLevels.set(levels.subarray(start, end), start);
  }

  /** X10: the isolating run sequences of the paragraph (BD13), each resolved by W1–I2. */
  sequences(start: number, end: number, paragraphLevel: number): void {
    const { classes, explicitLevels: levels, match, seq } = this;
    // Level runs (BD7) of the kept characters, and the run each character starts (for the chaining).
    const runStart: number[] = [];
    const runEnd: number[] = [];
    const runAt = new Map<number, number>(); // start index of a run that begins with a matched PDI → run
    let last = -1;
    for (let i = start; i < end; i++) {
      if (levels[i] === REMOVED) continue;
      if (last < 0 || levels[i] !== levels[last]) {
        if (runStart.length) runEnd.push(last);
        runStart.push(i);
        if (classes[i] === PDI && match[i]! >= 0) runAt.set(i, runStart.length - 1);
      }
      last = i;
    }
    if (last >= 0) runEnd.push(last);
    const chained = new Uint8Array(runStart.length);
    for (let r = 0; r < runStart.length; r++) {
      if (chained[r]) continue;
      // BD13: a run ending with an isolate initiator that has a matching PDI continues with the run of that PDI.
      let length = 0;
      let run = r;
      for (;;) {
        chained[run] = 1;
        for (let i = runStart[run]!; i <= runEnd[run]!; i++) if (levels[i] !== REMOVED) seq[length++] = i;
        const tail = runEnd[run]!;
        const next = isInitiator(classes[tail]!) && match[tail]! >= 0 ? runAt.get(match[tail]!) : undefined;
        if (next === undefined) break;
        run = next;
      }
      this.resolveSequence(length, start, end, paragraphLevel);
    }
  }

  /** The level beside a position, not counting removed characters; the paragraph level at an edge. */
  private neighbourLevel(from: number, step: number, start: number, end: number, paragraphLevel: number): number {
    const levels = this.explicitLevels;
    for (let i = from + step; i >= start && i < end; i += step) if (levels[i] !== REMOVED) return levels[i]!;
    return paragraphLevel;
  }

  /** W1–I2 on one isolating run sequence (seq[0, length)). */
  resolveSequence(length: number, start: number, end: number, paragraphLevel: number): void {
    const { seq, types, levels, classes } = this;
    const first = seq[0]!;
    const lastIndex = seq[length - 1]!;
    const level = this.explicitLevels[first]!;
    // X10: sos and eos from the higher of the sequence's level and the level beside it.
    const before = this.neighbourLevel(first, -1, start, end, paragraphLevel);
    const after = isInitiator(classes[lastIndex]!)
      ? paragraphLevel
      : this.neighbourLevel(lastIndex, 1, start, end, paragraphLevel);
    const sos = Math.max(level, before) & 1 ? R : L;
    const eos = Math.max(level, after) & 1 ? R : L;
    const embedding = level & 1 ? R : L;
    // W1: NSM takes the type of the previous character (ON after an isolate initiator or PDI; sos first).
    for (let k = 0; k < length; k++) {
      if (types[seq[k]!]! !== NSM) continue;
      const prev = k === 0 ? sos : types[seq[k - 1]!]!;
      types[seq[k]!] = isIsolateControl(prev) ? ON : prev;
    }
    // W2: EN preceded (back to sos) by AL as the last strong type becomes AN. W3: AL becomes R.
    let strong = sos;
    for (let k = 0; k < length; k++) {
      const t = types[seq[k]!]!;
      if (t === L || t === R || t === AL) strong = t;
      else if (t === EN && strong === AL) types[seq[k]!] = AN;
    }
    for (let k = 0; k < length; k++) if (types[seq[k]!]! === AL) types[seq[k]!] = R;
    // W4: a single ES between two EN is EN; a single CS between two numbers of one type takes that type.
    for (let k = 1; k < length - 1; k++) {
      const t = types[seq[k]!]!;
      if (t !== ES && t !== CS) continue;
      const a = types[seq[k - 1]!]!;
      if (a === types[seq[k + 1]!]! && (a === EN || (a === AN && t === CS))) types[seq[k]!] = a;
    }
    // W5: a sequence of ET next to EN becomes EN.
    for (let k = 0; k < length; k++) {
      if (types[seq[k]!]! !== ET) continue;
      let j = k;
      while (j < length && types[seq[j]!]! === ET) j++;
      if ((k > 0 && types[seq[k - 1]!]! === EN) || (j < length && types[seq[j]!]! === EN))
        for (let x = k; x < j; x++) types[seq[x]!] = EN;
      k = j - 1;
    }
    // W6: remaining separators and terminators become ON.
    for (let k = 0; k < length; k++) {
      const t = types[seq[k]!]!;
      if (t === ES || t === ET || t === CS) types[seq[k]!] = ON;
    }
    // W7: EN preceded (back to sos) by L as the last strong type becomes L.
    strong = sos;
    for (let k = 0; k < length; k++) {
      const t = types[seq[k]!]!;
      if (t === L || t === R) strong = t;
      else if (t === EN && strong === L) types[seq[k]!] = L;
    }
    if (this.brackets) this.pairedBrackets(length, sos, embedding);
    // N1: a sequence of NI between two strong types of one direction (EN, AN as R; sos, eos at the edges)
    // takes it; N2: otherwise the embedding direction.
    for (let k = 0; k < length; k++) {
      if (!isNeutral(types[seq[k]!]!)) continue;
      let j = k;
      while (j < length && isNeutral(types[seq[j]!]!)) j++;
      const a = k === 0 ? sos : strongDirection(types[seq[k - 1]!]!);
      const b = j === length ? eos : strongDirection(types[seq[j]!]!);
      const t = a === b ? a : embedding;
      for (let x = k; x < j; x++) types[seq[x]!] = t;
      k = j - 1;
    }
    // I1–I2: implicit levels.
    for (let k = 0; k < length; k++) {
      const i = seq[k]!;
      const t = types[i]!;
      if (level & 1) levels[i] = level + (t === L || t === EN || t === AN ? 1 : 0);
      else levels[i] = level + (t === R ? 1 : t === AN || t === EN ? 2 : 0);
    }
  }

  /** N0 on one isolating run sequence: bracket pairs (BD16) take the direction of what they enclose. */
  pairedBrackets(length: number, sos: number, embedding: number): void {
    const { seq, types, afterX, closing } = this;
    const brackets = this.brackets!;
    // BD16: pair brackets whose current type is ON with a stack of 63 openers; stop when it overflows.
    let depth = 0;
    let pairs = 0;
    for (let k = 0; k < length; k++) {
      const i = seq[k]!;
      const key = brackets[i]!;
      if (key === 0 || types[i] !== ON) continue;
      if (key > 0) {
        if (depth === MAX_BRACKETS) break;
        bracketKey[depth] = key;
        bracketAt[depth++] = k;
      } else {
        for (let d = depth - 1; d >= 0; d--) {
          if (bracketKey[d] !== -key) continue;
          closing[bracketAt[d]!] = k;
          pairs++;
          depth = d;
          break;
        }
      }
    }
    if (pairs === 0) return;
    const strongL = (this.strongL ??= new Int32Array(this.n + 1));
    const strongR = (this.strongR ??= new Int32Array(this.n + 1));
    // Strong types (EN and AN as R) before each position, for "is there a strong type inside the pair".
    for (let k = 0; k < length; k++) {
      const d = strongDirection(types[seq[k]!]!);
      strongL[k + 1] = strongL[k]! + (d === L ? 1 : 0);
      strongR[k + 1] = strongR[k]! + (d === R ? 1 : 0);
    }
    const opposite = embedding === L ? R : L;
    const setBracket = (k: number, t: number): void => {
      types[seq[k]!] = t;
      // N0: NSMs (before W1) right after a bracket that changed take its type.
      for (let j = k + 1; j < length && afterX[seq[j]!] === NSM; j++) types[seq[j]!] = t;
    };
    // N0: the pairs in the order of their opening brackets. No bracket resolved before a pair lies inside
    // it, so the prefix counts hold for the inside; the context scan stops at the previous resolved pair.
    for (let k = 0; k < length; k++) {
      const c = closing[k]!;
      if (c < 0) continue;
      closing[k] = -1;
      const insideL = strongL[c]! - strongL[k + 1]!;
      const insideR = strongR[c]! - strongR[k + 1]!;
      let t = NONE;
      if ((embedding === L ? insideL : insideR) > 0)
        t = embedding; // N0 b
      else if ((embedding === L ? insideR : insideL) > 0) {
        // N0 c: the first strong type before the opening bracket (sos if none) decides.
        let context = sos;
        for (let j = k - 1; j >= 0; j--) {
          const d = strongDirection(types[seq[j]!]!);
          if (d !== NONE) {
            context = d;
            break;
          }
        }
        t = context === opposite ? opposite : embedding;
      } // N0 d: no strong type inside: left to N1–N2.
      if (t !== NONE) {
        setBracket(k, t);
        setBracket(c, t);
      }
    }
  }

  /** L1: segment and paragraph separators, and whitespace and isolate controls before them or at the end. */
  lineReset(start: number, end: number, paragraphLevel: number): void {
    const { classes, levels } = this;
    let trailing = -1; // start of the current run of whitespace, isolate controls and removed characters
    for (let i = start; i < end; i++) {
      const t = classes[i]!;
      if (t === S || t === B) {
        for (let j = trailing < 0 ? i : trailing; j <= i; j++) if (levels[j] !== REMOVED) levels[j] = paragraphLevel;
        trailing = -1;
      } else if (t === WS || isIsolateControl(t) || isRemovedByX9(t)) {
        if (trailing < 0) trailing = i;
      } else trailing = -1;
    }
    if (trailing >= 0) for (let j = trailing; j < end; j++) if (levels[j] !== REMOVED) levels[j] = paragraphLevel;
  }
}

/**
 * L2: the visual order of the line [from, to), as indexes (removed characters left out), appended to `out`
 * from `at`; returns the new end. From the highest level to the lowest odd level, every maximal run at that
 * level or higher is reversed. Nested runs form a tree whose nodes span several levels when the runs of
 * those levels coincide, so the cost is linear whatever the levels.
 */
export function reorderLine(levels: Uint8Array, from: number, to: number, out: Int32Array, at: number): number {
  let highest = 0;
  let lowestOdd = 255;
  let count = 0;
  for (let i = from; i < to; i++) {
    const l = levels[i]!;
    if (l === REMOVED) continue;
    count++;
    if (l > highest) highest = l;
    if ((l | 1) < lowestOdd) lowestOdd = l | 1;
  }
  if (highest < lowestOdd) {
    for (let i = from; i < to; i++) if (levels[i] !== REMOVED) out[at++] = i;
    return at;
  }
  // Items: leaves are characters (index − from), nodes are numbered from `width`. A node spans the levels
  // low..high: the runs of those levels are the same characters.
  const width = to - from;
  const base = lowestOdd - 1; // levels at or below it are never reversed
  const capacity = 2 * count + 1;
  const low = new Uint8Array(capacity);
  const high = new Uint8Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  const next = new Int32Array(width + capacity).fill(-1);
  const prev = new Int32Array(width + capacity).fill(-1);
  let nodes = 0;
  const node = (lo: number, hi: number): number => {
    low[nodes] = lo;
    high[nodes] = hi;
    return width + nodes++;
  };
  const append = (parent: number, item: number): void => {
    const p = parent - width;
    if (lastChild[p]! < 0) firstChild[p] = item;
    else {
      next[lastChild[p]!] = item;
      prev[item] = lastChild[p]!;
    }
    lastChild[p] = item;
  };
  const stack: number[] = [node(base, base)];
  for (let i = from; i < to; i++) {
    if (levels[i] === REMOVED) continue;
    const l = Math.max(levels[i]!, base);
    let top = stack[stack.length - 1]!;
    // Close the runs of higher levels.
    while (low[top - width]! > l) {
      stack.pop();
      const closed = top;
      top = stack[stack.length - 1]!;
      append(top, closed);
    }
    const t = top - width;
    if (high[t]! > l) {
      // The open node spans levels above l: it becomes low..l, holding a closed node l+1..high.
      const inner = node(l + 1, high[t]!);
      firstChild[inner - width] = firstChild[t]!;
      lastChild[inner - width] = lastChild[t]!;
      firstChild[t] = lastChild[t] = -1;
      high[t] = l;
      append(top, inner);
    } else if (high[t]! < l) {
      top = node(high[t]! + 1, l);
      stack.push(top);
    }
    append(top, i - from);
  }
  while (stack.length > 1) {
    const closed = stack.pop()!;
    append(stack[stack.length - 1]!, closed);
  }
  // Emit: a node is reversed once per level of its span at or above the lowest odd level.
  const emit = (item: number, flip: boolean): void => {
    if (item < width) {
      out[at++] = item + from;
      return;
    }
    const t = item - width;
    const flips = high[t]! - Math.max(low[t]!, lowestOdd) + 1;
    const reversed = flip !== (flips > 0 && flips % 2 === 1);
    for (let c = reversed ? lastChild[t]! : firstChild[t]!; c >= 0; c = reversed ? prev[c]! : next[c]!)
      emit(c, reversed);
  };
  emit(width, false);
  return at;
}
