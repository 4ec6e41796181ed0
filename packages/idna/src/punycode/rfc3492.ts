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

/**
 * Scratch of the encoder and decoder (reused: `encodeLabel` and `decodeLabel` are synchronous and never
 * re-entered), MAX_PUNYCODE_LENGTH (+ 1) entries each: the encoder's non-basic code points, the number of
 * basic ones before each, their sorted order and sort keys, a Fenwick tree, and the decoder's insertions.
 * Module-private: never exported.
 */
let nonBasic: Int32Array | undefined;
let basicBefore: Int32Array | undefined;
let sortedOrder: Int32Array | undefined;
let keys: Float64Array | undefined;
let tree: Int32Array | undefined;
let inserted: Int32Array | undefined;

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
 * `encode` for the package's own callers: the Punycode of LABEL[START, END) (ToASCII passes a label of the
 * mapped domain: no slice), after the ACE prefix `xn--` when WITH_ACE_PREFIX (no concatenation
 * afterwards), or the error (offsets relative to START).
 */
export function encodeLabel(label: string, withAcePrefix = false, start = 0, end = label.length): Converted {
  if (end - start > MAX_PUNYCODE_LENGTH) {
    return failure('PUNYCODE_TOO_LONG', `label longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  // §6.3 "copy them to the output in order": the basic code points (after the prefix). The output is
  // collected as UTF-16 code units and made a string once (a flat string, cheaper for the caller to join).
  const output = withAcePrefix ? ACE_PREFIX.slice() : [];
  // O(n log n) form of the §6.3 loops (issue #12: the textbook encoder scans the whole label once per
  // distinct code point, O(n²) on a label of distinct CJK characters). The decoder's state before each
  // insertion is <n, i>; encoding the code point m at position j moves it from <n, i> to <m, p>, where p
  // counts the code points already present before j: the basic ones and the non-basic ones below m, or
  // equal to m and earlier. The §6.3 delta is exactly that move, (m − n) × (h + 1) + p − i, the value the
  // textbook loops accumulate one increment at a time. So the non-basic code points are taken in (value,
  // label order) order (one sort), p is the number of basic code points before j plus a prefix count in a
  // Fenwick tree of the non-basic ones already encoded.
  const points = (nonBasic ??= new Int32Array(MAX_PUNYCODE_LENGTH));
  const gaps = (basicBefore ??= new Int32Array(MAX_PUNYCODE_LENGTH));
  const order = (sortedOrder ??= new Int32Array(MAX_PUNYCODE_LENGTH));
  let count = 0; // non-basic code points
  let basicCount = 0;
  for (let i = start; i < end; i++) {
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
    points[count] = c;
    gaps[count++] = basicCount;
  }
  // §6.3 "if b > 0 then output a delimiter".
  if (basicCount > 0) output.push(DELIMITER);
  if (count === 0) return fromCharCodes(output, output.length);
  sortByCodePoint(points, order, count);
  const encoded = (tree ??= new Int32Array(MAX_PUNYCODE_LENGTH + 1));
  encoded.fill(0, 0, count + 1);

  let n = INITIAL_N;
  let i = 0; // the decoder's insertion index after the last insertion
  let bias = INITIAL_BIAS;
  let handled = basicCount;
  // §6.3 main loop: the non-basic code points in ascending order, equal ones in label order.
  for (let s = 0; s < count; s++) {
    const index = order[s]!;
    const m = points[index]!;
    let before = gaps[index]!;
    for (let p = index; p > 0; p -= p & -p) before += encoded[p]!;
    // Every factor is below 2²¹ and 2¹³: exact in a double.
    const delta = (m - n) * (handled + 1) + before - i;
    // §6.4: the textbook delta only grows until it is encoded, so this one check fails exactly the inputs
    // that a check at every increment fails.
    if (delta > MAX_INT) return failure('PUNYCODE_OVERFLOW', 'delta overflow (RFC 3492 §6.4)', -1);
    // Represent delta as a generalized variable-length integer.
    let q = delta;
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
    bias = adapt(delta, handled + 1, handled === basicCount);
    handled++;
    for (let p = index + 1; p <= count; p += p & -p) encoded[p] = encoded[p]! + 1;
    n = m;
    i = before + 1;
  }
  return fromCharCodes(output, output.length);
}

/**
 * ORDER[0, COUNT) = the indices 0..COUNT-1 sorted by POINTS, equal points in index order: an insertion sort
 * (stable) for a DNS-sized label, the native sort of (point, index) keys beyond.
 */
function sortByCodePoint(points: Int32Array, order: Int32Array, count: number): void {
  if (count <= 64) {
    for (let k = 0; k < count; k++) {
      const value = points[k]!;
      let j = k;
      for (; j > 0 && points[order[j - 1]!]! > value; j--) order[j] = order[j - 1]!;
      order[j] = k;
    }
    return;
  }
  const sortKeys = (keys ??= new Float64Array(MAX_PUNYCODE_LENGTH));
  for (let k = 0; k < count; k++) sortKeys[k] = points[k]! * POSITION_SPAN + k;
  sortKeys.subarray(0, count).sort();
  for (let s = 0; s < count; s++) {
    const key = sortKeys[s]!;
    order[s] = key - Math.floor(key / POSITION_SPAN) * POSITION_SPAN;
  }
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
  // moves the code points after i each time (O(n²) on a long label, issue #12); the insertions are
  // recorded instead and placed at the end (`placeInsertions`), in O(n log n).
  let basicCount = 0;
  for (let j = start; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= INITIAL_N) return failure('PUNYCODE_NON_BASIC', 'non-ASCII character before the last delimiter', j);
    basicCount++;
  }
  const insertions = (inserted ??= new Int32Array(2 * MAX_PUNYCODE_LENGTH));
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
    // "insert n into output at position i": recorded, placed below.
    const insertion = 2 * (count - basicCount);
    insertions[insertion] = n;
    insertions[insertion + 1] = i++;
    count++;
    if (n > 0xffff) astral = true;
  }
  const output = placeInsertions(input, start, basicCount, count, insertions);
  return astral ? fromCodePoints(output, count) : fromCharCodes(output, count);
}

/**
 * The decoded label: COUNT code points, the BASIC_COUNT basic ones of INPUT from START, with the insertions
 * <n, i> of INSERTIONS applied in order. Taken backwards, each insertion's final slot is known: the code
 * points inserted after it are elsewhere, and among the other slots it is the i-th (0-based) — a Fenwick
 * tree of the free slots finds it in O(log n). The basic code points fill the slots left, in order.
 * Labels of at most 64 code points (every DNS label) are built by inserting in place instead.
 */
function placeInsertions(
  input: string,
  start: number,
  basicCount: number,
  count: number,
  insertions: Int32Array,
): number[] {
  if (count <= 64) {
    // A DNS-sized label: inserting in place moves at most 64 × 64 entries, cheaper than the tree.
    const output: number[] = [];
    for (let j = 0; j < basicCount; j++) output.push(input.charCodeAt(start + j));
    for (let t = 0, length = basicCount; length < count; t++, length++) {
      const at = insertions[2 * t + 1]!;
      for (let j = length; j > at; j--) output[j] = output[j - 1]!;
      output[at] = insertions[2 * t]!;
    }
    return output;
  }
  const output: number[] = new Array<number>(count);
  const free = (tree ??= new Int32Array(MAX_PUNYCODE_LENGTH + 1));
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
  return output;
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
