// Where two confusable names differ: the offsets (UTF-16, in `a`) of the code points of `a` that are not
// the very code point at the same place of the skeleton of `b`. Both names are walked once, side by side
// (offsets in the skeleton grow in both), so the cost is linear in the two names.
import { skeleton } from '../confusable/skeleton.js';

/** Skeleton length of single code points, cached (bounded: cleared when full). */
const lengths = new Map<number, number>();
function skeletonLength(cp: number, ch: string): number {
  let n = lengths.get(cp);
  if (n === undefined) {
    if (lengths.size >= 4096) lengths.clear();
    n = skeleton(ch).length;
    lengths.set(cp, n);
  }
  return n;
}

/** UTF-16 offsets in `a` of the code points that differ from `b` (both assumed confusable). */
export function differingOffsets(a: string, b: string): number[] {
  if (a === b) return [];
  const out: number[] = [];
  let j = 0; // position in b
  let atB = 0; // skeleton offset of the code point of b at j
  let atA = 0;
  for (let i = 0; i < a.length; ) {
    const cp = a.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // Advance b to the first code point whose skeleton starts at or after atA.
    while (j < b.length && atB < atA) {
      const other = b.codePointAt(j)!;
      const w = other > 0xffff ? 2 : 1;
      atB += skeletonLength(other, b.slice(j, j + w));
      j += w;
    }
    // Of several code points of b at atA (default ignorables have an empty skeleton), the last one counts.
    while (j < b.length && atB === atA) {
      const other = b.codePointAt(j)!;
      const w = other > 0xffff ? 2 : 1;
      if (j + w >= b.length || skeletonLength(other, b.slice(j, j + w)) !== 0) break;
      j += w;
    }
    if (atB !== atA || j >= b.length || b.codePointAt(j) !== cp) out.push(i);
    atA += skeletonLength(cp, a.slice(i, i + width));
    i += width;
  }
  return out;
}
