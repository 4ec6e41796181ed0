// Punycode (RFC 3492) for one label, without the `xn--` prefix.
//
// | RFC 3492 | here |
// |---|---|
// | §5 parameters (base 36, tmin 1, tmax 26, skew 38, damp 700, initial bias 72, initial n 128) | constants below |
// | §6.1 bias adaptation | `adapt` |
// | §6.2 decoding, §6.3 encoding | `decode`, `encode` |
// | §6.4 overflow handling | every `> MAX_INT` check (integers kept below 2³¹ − 1, like 32-bit implementations) |
// | mixed-case annotations (Appendix A) | not produced; `decode` accepts digits of either case |
//
// Results, never exceptions (only a non-string argument throws a TypeError): @nomina/core's `Result`,
//
//   { ok: true, value: string, issues: [] } | { ok: false, value: null, issues: [issue], error: issue }
//
// where the one issue's `offset` is the UTF-16 offset in the input label where the problem was found (-1
// when it is the whole label); `error` is a deprecated alias of `issues[0]`.
import { errorIssue, formatCodePoint, type Issue } from '@nomina/core';
import { MAX_PUNYCODE_LENGTH } from '../limits.js';

/** Why a label could not be converted. */
export type PunycodeErrorCode =
  /** Input longer than `MAX_PUNYCODE_LENGTH` (checked before any work). */
  | 'PUNYCODE_TOO_LONG'
  /** `decode`: a non-ASCII character before the last delimiter (RFC 3492 §6.2: basic code points only). */
  | 'PUNYCODE_NON_BASIC'
  /** `decode`: a character that is not a base-36 digit in the extended part. */
  | 'PUNYCODE_INVALID_DIGIT'
  /** `decode`: the input ends inside a variable-length integer. */
  | 'PUNYCODE_TRUNCATED'
  /** RFC 3492 §6.4: an integer would exceed 2³¹ − 1. */
  | 'PUNYCODE_OVERFLOW'
  /** `decode`: the decoded value is a basic code point, a surrogate or beyond U+10FFFF (RFC 3492 §6.2). */
  | 'PUNYCODE_INVALID_CODE_POINT'
  /** `encode`: the input holds an unpaired surrogate, which has no code point to encode. */
  | 'PUNYCODE_LONE_SURROGATE';

/** Why a label could not be converted: an `Issue` whose `offset` is the UTF-16 offset in the input (-1: the whole label). */
export type PunycodeIssue = Issue<PunycodeErrorCode>;

/** @deprecated Use `PunycodeIssue` (the same object). */
export type PunycodeError = PunycodeIssue;

/** @nomina/core's `Result` of a conversion; `error` is a deprecated alias of `issues[0]`. */
export type PunycodeResult =
  | { readonly ok: true; readonly value: string; readonly issues: readonly PunycodeIssue[]; readonly error?: undefined }
  | {
      readonly ok: false;
      readonly value: null;
      readonly issues: readonly PunycodeIssue[] /** @deprecated Use `issues[0]`. */;
      readonly error: PunycodeIssue;
    };

/** The result of a conversion: its value, or its one issue (with the deprecated `error` alias). */
export function punycodeResult<I extends PunycodeIssue>(
  converted: string | I,
):
  | { ok: true; value: string; issues: readonly I[]; error?: undefined }
  | { ok: false; value: null; issues: readonly I[]; error: I } {
  return typeof converted === 'string'
    ? { ok: true, value: converted, issues: NO_ISSUES }
    : { ok: false, value: null, issues: [converted], error: converted };
}

const NO_ISSUES: readonly never[] = /* @__PURE__ */ Object.freeze([]);

// RFC 3492 §5 parameter values for Punycode.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const DELIMITER = 0x2d; // '-'
/** RFC 3492 §6.4: the largest integer the algorithm may hold (a signed 32-bit integer, as in punycode.js and ICU). */
const MAX_INT = 0x7fffffff;

function failure(code: PunycodeErrorCode, message: string, offset: number, codePoint = -1): PunycodeIssue {
  return errorIssue(code, message, -1, offset, codePoint);
}

/** A successful conversion is a string, a failure its error: no result object on the hot path. */
type Converted = string | PunycodeIssue;

/** The largest delta after the loop of `adapt`: ((base − tmin) × tmax) div 2. */
const ADAPT_LIMIT = ((BASE - T_MIN) * T_MAX) >> 1;
/** The last step of `adapt`, ((base − tmin + 1) × delta) div (delta + skew), for every delta ≤ ADAPT_LIMIT. */
const ADAPT_TAIL = /* @__PURE__ */ Uint8Array.from(
  { length: ADAPT_LIMIT + 1 },
  (_, d) => ((BASE - T_MIN + 1) * d) / (d + SKEW),
);

/** RFC 3492 §6.1 bias adaptation function. */
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  // Integer division by `| 0`: every value here stays below 2³¹ (RFC 3492 §6.4 checks).
  let d = firstTime ? (delta / DAMP) | 0 : delta >> 1;
  d += (d / numPoints) | 0;
  let k = 0;
  while (d > ADAPT_LIMIT) {
    d = (d / (BASE - T_MIN)) | 0;
    k += BASE;
  }
  return k + ADAPT_TAIL[d]!;
}

/** RFC 3492 §5: digit values 0..25 are a..z, 26..35 are 0..9 (lower case on output), as UTF-16 code units. */
const DIGIT_CODES: readonly number[] = /* @__PURE__ */ Array.from('abcdefghijklmnopqrstuvwxyz0123456789', (c) =>
  c.charCodeAt(0),
);

/** Indices fit in 13 bits (MAX_PUNYCODE_LENGTH < 8192): a sort key is code point × 8192 + index. */
const POSITION_SPAN = 8192;

/** Value of a base-36 digit (either case), or BASE when the character is not a digit. */
function digitValue(unit: number): number {
  if (unit >= 0x61 && unit <= 0x7a) return unit - 0x61;
  if (unit >= 0x41 && unit <= 0x5a) return unit - 0x41;
  if (unit >= 0x30 && unit <= 0x39) return unit - 22;
  return BASE;
}

function threshold(k: number, bias: number): number {
  return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
}

/**
 * RFC 3492 §6.3: the Punycode of LABEL (basic code points copied, then the delimiter if there were any,
 * then the deltas). `encode('bücher')` is `{ ok: true, value: 'bcher-kva' }`.
 */
export function encode(label: string): PunycodeResult {
  if (typeof label !== 'string') throw new TypeError('punycode.encode expects a string');
  return punycodeResult(encodeLabel(label));
}

/** The ACE prefix `xn--` (RFC 5890 §2.3.2.5) as UTF-16 code units. */
const ACE_PREFIX: readonly number[] = [0x78, 0x6e, DELIMITER, DELIMITER];

/**
 * Labels of at most this many UTF-16 units (every DNS label) take the short paths: the decoder inserts in
 * place as §6.2 is written, the encoder sorts by insertion and counts without a tree (both O(n²) on at most
 * 64 code points, cheaper there than the O(n log n) forms that long labels take).
 */
const SHORT_LABEL = 64;

/**
 * `encode` for the package's own callers: the Punycode of LABEL[START, END) (ToASCII passes a label of the
 * mapped domain: no slice), after the ACE prefix `xn--` when WITH_ACE_PREFIX (no concatenation
 * afterwards), or the error (offsets relative to START). No state outlives a call: every array is the
 * call's own.
 */
export function encodeLabel(label: string, withAcePrefix = false, start = 0, end = label.length): Converted {
  if (end - start > MAX_PUNYCODE_LENGTH) {
    return failure('PUNYCODE_TOO_LONG', `label longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  // §6.3 "copy them to the output in order": the basic code points (after the prefix). The output is
  // collected as UTF-16 code units and made a string once (a flat string, cheaper for the caller to join).
  const output = withAcePrefix ? ACE_PREFIX.slice() : [];
  // A short label's non-basic code points as sort keys (see `encodeDeltas`), kept sorted by insertion.
  const keys: number[] | undefined = end - start <= SHORT_LABEL ? [] : undefined;
  let basicCount = 0;
  let count = 0; // non-basic code points
  for (let i = start, position = 0; i < end; i++, position++) {
    let c = label.charCodeAt(i);
    if (c < INITIAL_N) {
      output.push(c);
      basicCount++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < end ? label.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) {
        return failure('PUNYCODE_LONE_SURROGATE', `unpaired surrogate ${formatCodePoint(c)}`, i - start, c);
      }
      c = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      i++;
    }
    if (keys !== undefined) {
      const key = c * KEY_CODE_POINT + position;
      let k = count;
      for (; k > 0 && keys[k - 1]! > key; k--) keys[k] = keys[k - 1]!;
      keys[k] = key;
    }
    count++;
  }
  // §6.3 "if b > 0 then output a delimiter".
  if (basicCount > 0) output.push(DELIMITER);
  if (count > 0) {
    const overflow =
      keys !== undefined
        ? encodeDeltas(keys, basicCount, output)
        : encodeDeltasSorted(label, start, end, basicCount, count, output);
    if (overflow) return failure('PUNYCODE_OVERFLOW', 'delta overflow (RFC 3492 §6.4)', -1);
  }
  return fromCharCodes(output, output.length);
}

/**
 * §6.3 "represent delta as a generalized variable-length integer": the digits of Q appended to OUTPUT.
 */
function pushInteger(output: number[], q: number, bias: number): void {
  for (let k = BASE; ; k += BASE) {
    const t = threshold(k, bias);
    if (q < t) break;
    // One division for the quotient and the remainder of (q − t) / (base − t).
    const rest = q - t;
    const quotient = (rest / (BASE - t)) | 0;
    output.push(DIGIT_CODES[t + rest - quotient * (BASE - t)]!);
    q = quotient;
  }
  output.push(DIGIT_CODES[q]!);
}

// Sort key of a non-basic code point of a short label: code point × 2⁶ + its position in the label (in
// code points, below SHORT_LABEL = 2⁶): below 2²⁷, a small integer for the engine.
const KEY_CODE_POINT = 1 << 6;
const KEY_POSITION = KEY_CODE_POINT - 1;

/**
 * The §6.3 main loop for a short label (the basic code points already in OUTPUT), in the form of
 * `encodeDeltasSorted` with no tree: KEYS are the sorted keys of the non-basic code points. The code
 * points present before one at position j are the j before it but the non-basic ones not yet encoded,
 * found by a scan of the keys after it (at most SHORT_LABEL² steps). Returns true on overflow (§6.4).
 */
function encodeDeltas(keys: readonly number[], basicCount: number, output: number[]): boolean {
  let n = INITIAL_N;
  let i = 0; // the decoder's insertion index after the last insertion
  let bias = INITIAL_BIAS;
  let handled = basicCount;
  for (let s = 0; s < keys.length; s++) {
    const key = keys[s]!;
    const m = key >> 6;
    const position = key & KEY_POSITION;
    let before = position;
    for (let e = s + 1; e < keys.length; e++) if ((keys[e]! & KEY_POSITION) < position) before--;
    const delta = (m - n) * (handled + 1) + before - i;
    if (delta > MAX_INT) return true; // §6.4, as in encodeDeltasSorted
    pushInteger(output, delta, bias);
    bias = adapt(delta, handled + 1, handled === basicCount);
    handled++;
    n = m;
    i = before + 1;
  }
  return false;
}

/**
 * The §6.3 main loop in O(n log n), for a long label (issue #12: the textbook loops scan the whole label
 * once per distinct code point, O(n²) on a label of distinct CJK characters). The decoder's state before
 * each insertion is <n, i>; encoding the code point m at position j moves it from <n, i> to <m, p>, where
 * p counts the code points already present before j: the basic ones and the non-basic ones below m, or
 * equal to m and earlier. The §6.3 delta is exactly that move, (m − n) × (h + 1) + p − i, the value the
 * textbook loops accumulate one increment at a time. So the non-basic code points are taken in (value,
 * label order) order (one sort), p is the number of basic code points before j plus a prefix count in a
 * Fenwick tree of the non-basic ones already encoded. Returns true on overflow (§6.4).
 */
function encodeDeltasSorted(
  label: string,
  start: number,
  end: number,
  basicCount: number,
  count: number,
  output: number[],
): boolean {
  const points = new Int32Array(count); // the non-basic code points
  const gaps = new Int32Array(count); // the number of basic code points before each
  for (let j = start, k = 0, basic = 0; j < end; j++) {
    const c = label.codePointAt(j)!;
    if (c > 0xffff) j++;
    if (c < INITIAL_N) basic++;
    else {
      points[k] = c;
      gaps[k++] = basic;
    }
  }
  const order = sortByCodePoint(points);
  const encoded = new Int32Array(count + 1); // Fenwick tree of the label positions already encoded
  let n = INITIAL_N;
  let i = 0; // the decoder's insertion index after the last insertion
  let bias = INITIAL_BIAS;
  let handled = basicCount;
  // The non-basic code points in ascending order, equal ones in label order.
  for (let s = 0; s < count; s++) {
    const index = order[s]!;
    const m = points[index]!;
    let before = gaps[index]!;
    for (let p = index; p > 0; p -= p & -p) before += encoded[p]!;
    // Every factor is below 2²¹ and 2¹³: exact in a double.
    const delta = (m - n) * (handled + 1) + before - i;
    // §6.4: the textbook delta only grows until it is encoded, so this one check fails exactly the inputs
    // that a check at every increment fails.
    if (delta > MAX_INT) return true;
    pushInteger(output, delta, bias);
    bias = adapt(delta, handled + 1, handled === basicCount);
    handled++;
    for (let p = index + 1; p <= count; p += p & -p) encoded[p] = encoded[p]! + 1;
    n = m;
    i = before + 1;
  }
  return false;
}

/**
 * The indices of POINTS sorted by their value, equal points in index order (the native sort of (point,
 * index) keys).
 */
function sortByCodePoint(points: Int32Array): Int32Array {
  const count = points.length;
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) keys[k] = points[k]! * POSITION_SPAN + k;
  keys.sort();
  const order = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    const key = keys[s]!;
    order[s] = key - Math.floor(key / POSITION_SPAN) * POSITION_SPAN;
  }
  return order;
}

/**
 * RFC 3492 §6.2: the label whose Punycode is INPUT (without `xn--`). `decode('bcher-kva')` is
 * `{ ok: true, value: 'bücher' }`. Digits may be upper or lower case; basic code points keep their case.
 */
export function decode(input: string): PunycodeResult {
  if (typeof input !== 'string') throw new TypeError('punycode.decode expects a string');
  return punycodeResult(decodeLabel(input));
}

/**
 * `decode` for the package's own callers: the decoded label, or the error. The Punycode is INPUT[START,
 * END) (after an `xn--` prefix, in a label of a domain: no slice), and error offsets are offsets in INPUT.
 * No state outlives a call: every array is the call's own.
 */
export function decodeLabel(input: string, start = 0, end = input.length): Converted {
  const length = end;
  if (length - start > MAX_PUNYCODE_LENGTH) {
    return failure('PUNYCODE_TOO_LONG', `input longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  // The basic code points are those before the last delimiter (a loop: lastIndexOf is a runtime call).
  let basicEnd = length - 1;
  while (basicEnd >= start && input.charCodeAt(basicEnd) !== DELIMITER) basicEnd--;
  if (basicEnd < start) basicEnd = start;
  // The basic code points, then every insertion <n, i> of §6.2 as it is decoded. Inserting into an array
  // moves the code points after i each time: a short label (at most SHORT_LABEL code points: every digit
  // of the input is worth at most one) is decoded so, in place; on a long one that is O(n²) (issue #12),
  // so its insertions are recorded instead and placed at the end (`placeInsertions`), in O(n log n).
  const output: number[] = [];
  const insertions: number[] | undefined = end - start <= SHORT_LABEL ? undefined : [];
  let basicCount = 0;
  for (let j = start; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= INITIAL_N) return failure('PUNYCODE_NON_BASIC', 'non-ASCII character before the last delimiter', j);
    if (insertions === undefined) output.push(c);
    basicCount++;
  }
  let count = basicCount;
  let astral = false;

  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let pos = basicEnd > start ? basicEnd + 1 : start; pos < length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= length) return failure('PUNYCODE_TRUNCATED', 'input ends inside a delta', pos);
      const digit = digitValue(input.charCodeAt(pos));
      if (digit >= BASE)
        return failure('PUNYCODE_INVALID_DIGIT', `${JSON.stringify(input[pos])} is not a base-36 digit`, pos);
      pos++;
      if (i + digit * w > MAX_INT) return failure('PUNYCODE_OVERFLOW', 'delta overflow (RFC 3492 §6.4)', pos - 1);
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w * (BASE - t) > MAX_INT) return failure('PUNYCODE_OVERFLOW', 'weight overflow (RFC 3492 §6.4)', pos - 1);
      w *= BASE - t;
    }
    const outLength = count + 1;
    bias = adapt(i - oldI, outLength, oldI === 0);
    const step = (i / outLength) | 0;
    if (step > MAX_INT - n) return failure('PUNYCODE_OVERFLOW', 'code point overflow (RFC 3492 §6.4)', pos - 1);
    n += step;
    i -= step * outLength;
    if (n < INITIAL_N || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) {
      return failure('PUNYCODE_INVALID_CODE_POINT', `decodes to the invalid code point ${formatCodePoint(n)}`, pos - 1);
    }
    // "insert n into output at position i, increment i".
    if (insertions === undefined) {
      for (let j = count; j > i; j--) output[j] = output[j - 1]!;
      output[i++] = n;
    } else insertions.push(n, i++);
    count++;
    if (n > 0xffff) astral = true;
  }
  if (insertions !== undefined) placeInsertions(input, start, basicCount, count, insertions, output);
  return astral ? fromCodePoints(output, count) : fromCharCodes(output, count);
}

/**
 * The decoded label in OUTPUT (empty): COUNT code points, the BASIC_COUNT basic ones of INPUT from START,
 * with the insertions <n, i> of INSERTIONS applied in order. Taken backwards, each insertion's final slot
 * is known: the code points inserted after it are elsewhere, and among the other slots it is the i-th
 * (0-based) — a Fenwick tree of the free slots finds it in O(log n). The basic code points fill the slots
 * left, in order.
 */
function placeInsertions(
  input: string,
  start: number,
  basicCount: number,
  count: number,
  insertions: readonly number[],
  output: number[],
): void {
  output.length = count;
  const free = new Int32Array(count + 1);
  // Every slot free: tree[p] = p & -p.
  for (let p = 1; p <= count; p++) free[p] = p & -p;
  let top = 1;
  while (top * 2 <= count) top *= 2;
  for (let t = count - basicCount - 1; t >= 0; t--) {
    // The slot of the (i + 1)-th free one: a descent of the tree.
    let rank = insertions[2 * t + 1]! + 1;
    let slot = 0;
    for (let step = top; step > 0; step >>= 1) {
      const next = slot + step;
      if (next <= count && free[next]! < rank) {
        slot = next;
        rank -= free[next]!;
      }
    }
    output[slot] = insertions[2 * t]!;
    for (let p = slot + 1; p <= count; p += p & -p) free[p] = free[p]! - 1;
  }
  // The basic code points, in order, in the slots no insertion took.
  for (let slot = 0, j = start; j < start + basicCount; slot++) {
    if (output[slot] === undefined) output[slot] = input.charCodeAt(j++);
  }
}

/** String of the first COUNT UTF-16 code units, in chunks so a long label never overflows the argument stack. */
function fromCharCodes(units: number[], count: number): string {
  if (count <= 1024) return String.fromCharCode.apply(null, units);
  let out = '';
  for (let start = 0; start < count; start += 1024)
    out += String.fromCharCode.apply(null, units.slice(start, start + 1024));
  return out;
}

/** String of the first COUNT code points, in chunks so a long label never overflows the argument stack. */
function fromCodePoints(points: number[], count: number): string {
  if (count <= 1024) return String.fromCodePoint.apply(null, points);
  let out = '';
  for (let start = 0; start < count; start += 1024)
    out += String.fromCodePoint.apply(null, points.slice(start, start + 1024));
  return out;
}
