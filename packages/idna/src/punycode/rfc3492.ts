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
// Results, never exceptions (only a non-string argument throws a TypeError):
//
//   type PunycodeResult = { ok: true; value: string }
//                       | { ok: false; error: { code: PunycodeErrorCode; message: string; offset: number } }
//
// `offset` is the UTF-16 offset in the input label where the problem was found (-1 when it is the whole label).
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

export interface PunycodeError {
  code: PunycodeErrorCode;
  message: string;
  /** UTF-16 offset in the input label; -1 when the problem concerns the whole label. */
  offset: number;
}

export type PunycodeResult = { ok: true; value: string } | { ok: false; error: PunycodeError };

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

function failure(code: PunycodeErrorCode, message: string, offset: number): PunycodeResult {
  return { ok: false, error: { code, message, offset } };
}

/** RFC 3492 §6.1 bias adaptation function. */
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** RFC 3492 §5: digit values 0..25 are a..z, 26..35 are 0..9 (lower case on output). */
function digitChar(digit: number): string {
  return String.fromCharCode(digit < 26 ? digit + 0x61 : digit + 22);
}

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
  if (label.length > MAX_PUNYCODE_LENGTH) {
    return failure('PUNYCODE_TOO_LONG', `label longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  // Copy the basic code points and collect all code points.
  const points: number[] = [];
  let output = '';
  for (let i = 0; i < label.length; i++) {
    let c = label.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < label.length ? label.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) {
        return failure('PUNYCODE_LONE_SURROGATE', `unpaired surrogate U+${c.toString(16).toUpperCase()}`, i);
      }
      c = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      i++;
    } else if (c < INITIAL_N) {
      output += label[i];
    }
    points.push(c);
  }
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) output += '-';

  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    // The smallest code point not yet handled.
    let m = MAX_INT;
    for (const c of points) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) {
      return failure('PUNYCODE_OVERFLOW', 'delta overflow (RFC 3492 §6.4)', -1);
    }
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > MAX_INT) return failure('PUNYCODE_OVERFLOW', 'delta overflow (RFC 3492 §6.4)', -1);
      if (c !== n) continue;
      // Represent delta as a generalized variable-length integer.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return { ok: true, value: output };
}

/**
 * RFC 3492 §6.2: the label whose Punycode is INPUT (without `xn--`). `decode('bcher-kva')` is
 * `{ ok: true, value: 'bücher' }`. Digits may be upper or lower case; basic code points keep their case.
 */
export function decode(input: string): PunycodeResult {
  if (typeof input !== 'string') throw new TypeError('punycode.decode expects a string');
  const length = input.length;
  if (length > MAX_PUNYCODE_LENGTH) {
    return failure('PUNYCODE_TOO_LONG', `input longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  // The basic code points are those before the last delimiter.
  let basicEnd = input.lastIndexOf('-');
  if (basicEnd < 0) basicEnd = 0;
  const output: number[] = [];
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= INITIAL_N) return failure('PUNYCODE_NON_BASIC', 'non-ASCII character before the last delimiter', j);
    output.push(c);
  }

  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= length) return failure('PUNYCODE_TRUNCATED', 'input ends inside a delta', pos);
      const digit = digitValue(input.charCodeAt(pos));
      if (digit >= BASE) return failure('PUNYCODE_INVALID_DIGIT', `${JSON.stringify(input[pos])} is not a base-36 digit`, pos);
      pos++;
      if (digit > Math.floor((MAX_INT - i) / w)) return failure('PUNYCODE_OVERFLOW', 'delta overflow (RFC 3492 §6.4)', pos - 1);
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return failure('PUNYCODE_OVERFLOW', 'weight overflow (RFC 3492 §6.4)', pos - 1);
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > MAX_INT - n) return failure('PUNYCODE_OVERFLOW', 'code point overflow (RFC 3492 §6.4)', pos - 1);
    n += Math.floor(i / count);
    i %= count;
    if (n < INITIAL_N || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) {
      return failure('PUNYCODE_INVALID_CODE_POINT', `decodes to the invalid code point ${n.toString(16).toUpperCase()}`, pos - 1);
    }
    output.splice(i, 0, n);
    i++;
  }
  return { ok: true, value: fromCodePoints(output) };
}

/** String of code points, in chunks so a long label never overflows the argument stack. */
function fromCodePoints(points: readonly number[]): string {
  if (points.length <= 1024) return String.fromCodePoint(...points);
  let out = '';
  for (let start = 0; start < points.length; start += 1024) out += String.fromCodePoint(...points.slice(start, start + 1024));
  return out;
}
