// Where two confusable names differ: the offsets (UTF-16, in `a`) of the code points of `a` that are not
// the very code point at the same place of the skeleton of `b`.
import { skeleton } from '../confusable/skeleton.js';

function pieces(text: string): Map<number, string> {
  const out = new Map<number, string>();
  let at = 0;
  for (const ch of text) {
    out.set(at, ch);
    at += skeleton(ch).length;
  }
  return out;
}

/** UTF-16 offsets in `a` of the code points that differ from `b` (both assumed confusable). */
export function differingOffsets(a: string, b: string): number[] {
  if (a === b) return [];
  const other = pieces(b);
  const out: number[] = [];
  let at = 0;
  let offset = 0;
  for (const ch of a) {
    if (other.get(at) !== ch) out.push(offset);
    at += skeleton(ch).length;
    offset += ch.length;
  }
  return out;
}
