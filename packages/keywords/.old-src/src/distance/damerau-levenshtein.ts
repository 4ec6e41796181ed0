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

let table = new Int32Array(1024);
const lastRow = new Map<number, number>();

/**
 * Unrestricted Damerau–Levenshtein distance between two code-point arrays; with `max`, any distance
 * above `max` is reported as `max + 1` (and length differences above `max` cost nothing to detect).
 */
export function codePointDistance(a: ArrayLike<number>, b: ArrayLike<number>, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.min(Math.max(n, m), max + 1);
  const width = m + 2;
  const size = (n + 2) * width;
  if (table.length < size) table = new Int32Array(Math.max(size, table.length * 2));
  const d = table;
  const infinity = n + m;
  // Row/column 0 hold "infinity", row/column 1 the edit distance from the empty string (Lowrance–Wagner).
  d[0] = infinity;
  for (let i = 0; i <= n; i++) {
    d[(i + 1) * width] = infinity;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= m; j++) {
    d[j + 1] = infinity;
    d[width + j + 1] = j;
  }
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
  const distance = d[(n + 1) * width + m + 1]!;
  return distance > max ? max + 1 : distance;
}

/**
 * Damerau–Levenshtein distance between two strings, counted in code points after NFC normalization
 * (so canonically equivalent strings are 0 apart). With `max`, distances above it are `max + 1`.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (typeof a !== 'string' || typeof b !== 'string') throw new TypeError('damerauLevenshtein takes two strings');
  if (a === b) return 0;
  return codePointDistance(codePoints(a.normalize('NFC')), codePoints(b.normalize('NFC')), max);
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
