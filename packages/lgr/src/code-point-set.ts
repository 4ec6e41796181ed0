// Sets of code points as sorted, disjoint, non-adjacent inclusive ranges [lo0, hi0, lo1, hi1, …]: the
// classes of RFC 7940 §6.2 and the set operators of §6.2.5 (union, intersection, difference,
// symmetric-difference, complement), each linear in the ranges of its operands.

/** Sorted, disjoint, non-adjacent inclusive ranges: `[lo0, hi0, lo1, hi1, …]`. */
export type CodePointSet = readonly number[];

export const MAX_CODE_POINT = 0x10ffff;

/** The set of the given code points and inclusive ranges (any order, overlaps allowed). */
export function fromRanges(ranges: Array<[number, number]>): CodePointSet {
  const sorted = ranges.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

export function fromCodePoints(cps: Iterable<number>): CodePointSet {
  const ranges: Array<[number, number]> = [];
  for (const cp of cps) ranges.push([cp, cp]);
  return fromRanges(ranges);
}

export function has(set: CodePointSet, cp: number): boolean {
  let lo = 0;
  let hi = (set.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < set[2 * mid]!) hi = mid - 1;
    else if (cp > set[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export function size(set: CodePointSet): number {
  let total = 0;
  for (let k = 0; k < set.length; k += 2) total += set[k + 1]! - set[k]! + 1;
  return total;
}

export function union(a: CodePointSet, b: CodePointSet): CodePointSet {
  const ranges: Array<[number, number]> = [];
  for (const s of [a, b]) for (let k = 0; k < s.length; k += 2) ranges.push([s[k]!, s[k + 1]!]);
  return fromRanges(ranges);
}

/** Every code point (U+0000..U+10FFFF) not in `set` (RFC 7940 §6.2.5 complement). */
export function complement(set: CodePointSet): CodePointSet {
  const out: number[] = [];
  let next = 0;
  for (let k = 0; k < set.length; k += 2) {
    if (set[k]! > next) out.push(next, set[k]! - 1);
    next = set[k + 1]! + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

export function intersection(a: CodePointSet, b: CodePointSet): CodePointSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

export function difference(a: CodePointSet, b: CodePointSet): CodePointSet {
  return intersection(a, complement(b));
}

export function symmetricDifference(a: CodePointSet, b: CodePointSet): CodePointSet {
  return union(difference(a, b), difference(b, a));
}

/** The code points of `set`, in order (for small sets only). */
export function* codePointsOf(set: CodePointSet): Generator<number> {
  for (let k = 0; k < set.length; k += 2) for (let cp = set[k]!; cp <= set[k + 1]!; cp++) yield cp;
}
