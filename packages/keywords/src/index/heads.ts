// Heads of sorted keys: the first three UTF-16 units of each key (or key suffix) of a sorted list, in
// code-point order, packed in a float64. A search in code-point order (prefix and word type-ahead,
// candidates.ts) then runs over one typed array, and compares strings only among the keys whose head is
// the query's: about 20 string comparisons of a binary search over the keys, each a few cache misses
// away (the id, the string, its characters), become about 20 reads of one array, whose first levels
// stay in cache, and a few string comparisons.
import { codePointOrderUnit } from './key-table.js';

/** Units packed per head. */
const UNITS = 3;
/** Each unit is a digit in this base: 0 where the text has ended, else its code-point-order value + 1. */
const BASE = 0x10001;

/**
 * The head of `text` from `at`. Monotonic: a text before another in code-point order (key-table.ts
 * `compareCodePoints`) has a head no greater; a head smaller than another's means the text is before.
 * Exact: BASE³ < 2^53.
 */
export function headOf(text: string, at = 0): number {
  let head = 0;
  for (let i = at; i < at + UNITS; i++)
    head = head * BASE + (i < text.length ? codePointOrderUnit(text.charCodeAt(i)) + 1 : 0);
  return head;
}

/**
 * The heads of the sorted keys (`sorted`: key ids) and of the sorted word starts (`wordKeys`, `wordAt`:
 * key id and offset), derived when an index is compiled or loaded (they are not saved).
 */
export function headsOf(
  keys: readonly string[],
  sorted: Uint32Array,
  wordKeys: Uint32Array,
  wordAt: Uint16Array,
): { sortedHeads: Float64Array; wordHeads: Float64Array } {
  const sortedHeads = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) sortedHeads[i] = headOf(keys[sorted[i]!]!);
  const wordHeads = new Float64Array(wordKeys.length);
  for (let i = 0; i < wordKeys.length; i++) wordHeads[i] = headOf(keys[wordKeys[i]!]!, wordAt[i]!);
  return { sortedHeads, wordHeads };
}

/**
 * The first index of a sorted list whose text is not before a query of head `head`: the heads first,
 * then `before(i)` (whether text `i` is before the query) among the texts with the query's head only.
 */
export function searchByHead(heads: Float64Array, head: number, before: (i: number) => boolean): number {
  // The first head not below the query's.
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (heads[mid]! < head) lo = mid + 1;
    else hi = mid;
  }
  // A bound past the run of the query's head, galloping (steps bounded by the run's length); then
  // `before` within the run, as every text after it is not before the query.
  let end = lo;
  for (let step = 1; end < heads.length && heads[end] === head; step *= 2) end = lo + step;
  hi = Math.min(end, heads.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (heads[mid] === head && before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
