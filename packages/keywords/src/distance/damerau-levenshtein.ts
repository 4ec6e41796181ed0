// Damerau–Levenshtein distance on Unicode code points (Lowrance & Wagner 1975, "An Extension of the
// String-to-String Correction Problem"): the fewest insertions, deletions, substitutions and
// transpositions of two adjacent code points turning one string into the other.
//
// | property | how |
// |---|---|
// | a transposition is one edit | unrestricted (true) Damerau–Levenshtein, not optimal string alignment, so it is a metric (triangle inequality holds) |
// | code points, not UTF-16 units | an astral character (𠀋, 😀) is one symbol; `fastest-levenshtein` counts two |
// | NFD and NFC are 0 apart | both strings are compared in NFC (`damerauLevenshtein`); `codePointDistance` takes prepared arrays |
// | bounded | with `max`, strings whose lengths differ by more than `max` return `max + 1` at once |
// | bounded memory | `damerauLevenshtein` takes strings of at most `MAX_DISTANCE_LENGTH` units; a table larger than `SCRATCH_CELLS` is allocated for the call only (#12 failure 4) |
import { requireString } from '@nomina/core';
import { MAX_DISTANCE_LENGTH } from '../limits.js';

/** Code points of `text` (well-formed or not: a lone surrogate is one symbol). */
export function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[n++] = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = unit;
  }
  return n === out.length ? out : out.subarray(0, n);
}

/**
 * Cells of the table kept between calls (64 Ki cells, 256 KiB): every comparison of keys and queries
 * (at most 256 code points each, so up to 258² cells) reuses it; a larger table is allocated for its call.
 */
const SCRATCH_CELLS = 1 << 16;
const scratch = new Int32Array(SCRATCH_CELLS);
const lastRow = new Map<number, number>();

/**
 * The (n + 2) × (m + 2) table, row-major, with D(p, q) — the distance between the prefixes of lengths p
 * and q — at [(p + 1) · (m + 2) + q + 1]: row and column 0 hold `infinity`, row and column 1 the distance
 * from the empty string (Lowrance–Wagner). The scratch table when it is large enough, else a new one.
 */
function startTable(n: number, m: number, infinity: number): Int32Array {
  const width = m + 2;
  const size = (n + 2) * width;
  const d = size <= SCRATCH_CELLS ? scratch : new Int32Array(size);
  d[0] = infinity;
  for (let p = 0; p <= n; p++) {
    d[(p + 1) * width] = infinity;
    d[(p + 1) * width + 1] = p;
  }
  for (let q = 0; q <= m; q++) {
    d[q + 1] = infinity;
    d[width + q + 1] = q;
  }
  return d;
}

/**
 * Unrestricted Damerau–Levenshtein distance between two code-point arrays; with `max`, any distance
 * above `max` is reported as `max + 1` (and length differences above `max` cost nothing to detect).
 */
export function codePointDistance(a: ArrayLike<number>, b: ArrayLike<number>, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.min(Math.max(n, m), max + 1);
  if (max <= 1) return Math.min(withinOne(a, b), max + 1);
  if (max <= BANDED_MAX) return bagDistance(a, b) > max ? max + 1 : banded(a, b, max);
  const width = m + 2;
  const d = startTable(n, m, n + m);
  // lastRow[c]: the last row (1-based) of `a` where symbol c occurred (one map, cleared per call).
  lastRow.clear();
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1]!;
    let lastMatchColumn = 0;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1]!;
      const k = lastRow.get(bj) ?? 0;
      const l = lastMatchColumn;
      let cost = 1;
      if (ai === bj) {
        cost = 0;
        lastMatchColumn = j;
      }
      const substitution = d[i * width + j]! + cost;
      const insertion = d[(i + 1) * width + j]! + 1;
      const deletion = d[i * width + j + 1]! + 1;
      const transposition = d[k * width + l]! + (i - k - 1) + 1 + (j - l - 1);
      let best = substitution < insertion ? substitution : insertion;
      if (deletion < best) best = deletion;
      if (transposition < best) best = transposition;
      d[(i + 1) * width + j + 1] = best;
    }
    lastRow.set(ai, i);
  }
  lastRow.clear();
  const distance = d[(n + 1) * width + m + 1]!;
  return distance > max ? max + 1 : distance;
}

const bag = new Int32Array(64);

/**
 * A lower bound of the distance in O(n + m): the larger of the symbols of `a` that `b` lacks and those
 * of `b` that `a` lacks, counted as multisets (a substitution changes one of each, an insertion or
 * deletion one, a transposition none). Symbols are counted by code point mod 64, which only merges
 * counts and so keeps it a lower bound.
 */
export function bagDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) bag[a[i]! & 63]!++;
  for (let j = 0; j < b.length; j++) bag[b[j]! & 63]!--;
  let surplus = 0;
  let deficit = 0;
  for (let i = 0; i < a.length; i++) {
    const slot = a[i]! & 63;
    const count = bag[slot]!;
    if (count > 0) surplus += count;
    bag[slot] = 0;
  }
  for (let j = 0; j < b.length; j++) {
    const slot = b[j]! & 63;
    const count = bag[slot]!;
    if (count < 0) deficit -= count;
    bag[slot] = 0;
  }
  return surplus > deficit ? surplus : deficit;
}

/** Largest `max` for which `banded` is used (its look-backs scan up to `max` symbols a cell). */
const BANDED_MAX = 4;

/**
 * The recurrence of `codePointDistance` for a small `max`, in O((n + m) · max): a prefix pair more than
 * `max` apart in length is more than `max` edits apart, so only the band |p − q| ≤ max is computed
 * (the cells beside it hold "infinity"), and a transposition that costs at most `max` comes from
 * within `max` rows and columns, so the last occurrences are looked up in that window instead of a map.
 * Cells whose distance is at most `max` are exact (their best option is kept); the others are only
 * ever over-estimated, so the result, capped at `max + 1`, is exact.
 */
function banded(a: ArrayLike<number>, b: ArrayLike<number>, max: number): number {
  const n = a.length;
  const m = b.length;
  const width = m + 2;
  const infinity = n + m + max + 1;
  const d = startTable(n, m, infinity);
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    const row = (i + 1) * width;
    if (lo > 1) d[row + lo] = infinity; // D(i, lo − 1)
    if (hi < m) d[row + hi + 2] = infinity; // D(i, hi + 1)
    const ai = a[i - 1]!;
    for (let j = lo; j <= hi; j++) {
      const bj = b[j - 1]!;
      let best = d[i * width + j]! + (ai === bj ? 0 : 1);
      const insertion = d[row + j]! + 1;
      const deletion = d[i * width + j + 1]! + 1;
      if (insertion < best) best = insertion;
      if (deletion < best) best = deletion;
      if (ai !== bj) {
        // k: last row before i holding bj; l: last column before j holding ai (1-based, 0 for none).
        let k = 0;
        for (let r = i - 1; r >= 1 && r >= i - max; r--)
          if (a[r - 1] === bj) {
            k = r;
            break;
          }
        let l = 0;
        for (let c = j - 1; c >= 1 && c >= j - max; c--)
          if (b[c - 1] === ai) {
            l = c;
            break;
          }
        // D(k − 1, l − 1) is known on the first row and column and inside the band.
        if (k > 0 && l > 0 && (k === 1 || l === 1 || Math.abs(k - l) <= max)) {
          const transposition = d[k * width + l]! + (i - k - 1) + 1 + (j - l - 1);
          if (transposition < best) best = transposition;
        }
      }
      d[row + j + 1] = best;
    }
  }
  const distance = d[(n + 1) * width + m + 1]!;
  return distance > max ? max + 1 : distance;
}

/**
 * Distance 0 or 1, or 2 for "more than one", in one pass: after the common prefix, the rest must be
 * equal but for one substitution, one insertion or deletion, or one transposition of adjacent symbols
 * (the only one-edit scripts). Lengths differ by at most one (the caller checks).
 */
function withinOne(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const m = b.length;
  let i = 0;
  while (i < n && i < m && a[i] === b[i]) i++;
  if (i === n && i === m) return 0;
  const rest = (x: ArrayLike<number>, from: number, y: ArrayLike<number>, to: number): boolean => {
    if (x.length - from !== y.length - to) return false;
    for (; from < x.length; from++, to++) if (x[from] !== y[to]) return false;
    return true;
  };
  if (n === m) {
    if (rest(a, i + 1, b, i + 1)) return 1; // substitution
    if (i + 1 < n && a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2)) return 1; // transposition
    return 2;
  }
  return (n > m ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1)) ? 1 : 2; // deletion or insertion
}

/**
 * Damerau–Levenshtein distance between two strings, counted in code points after NFC normalization
 * (so canonically equivalent strings are 0 apart). With `max`, distances above it are `max + 1`.
 * Programmer errors: a string longer than `MAX_DISTANCE_LENGTH` units before or after NFC (`RangeError`,
 * checked first), an argument that is not a string (`TypeError`), a `max` that is not a number ≥ 0.
 * Time O(n · m) (O((n + m) · max) for `max` ≤ 4), memory O(n · m) for the call only.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  requireString(a, 'a');
  requireString(b, 'b');
  if (typeof max !== 'number' || !(max >= 0)) throw new RangeError(`max must be a number ≥ 0, got ${String(max)}`);
  const tooLong = (text: string) => {
    if (text.length > MAX_DISTANCE_LENGTH)
      throw new RangeError(
        `damerauLevenshtein takes strings of at most ${MAX_DISTANCE_LENGTH} UTF-16 code units (NFC), got ${text.length}`,
      );
  };
  tooLong(a);
  tooLong(b);
  if (a === b) return 0;
  const x = a.normalize('NFC');
  const y = b.normalize('NFC');
  tooLong(x);
  tooLong(y);
  return codePointDistance(codePoints(x), codePoints(y), max);
}

/**
 * Length of the longest common subsequence of two code-point arrays. The index uses it to state its
 * fuzzy candidate rule exactly (see lookup/resolve.ts), identically for every store.
 */
export function longestCommonSubsequence(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const m = b.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      current[j] = ai === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}
