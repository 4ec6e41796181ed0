// intentional.txt (UTS #39 §4): pairs of characters that are identical by design (Latin A and Greek Α,
// Latin C and Cyrillic С…). Such pairs are confusable by their skeletons too; a registry may accept them
// in its own script variants while still refusing the mixed-script use.
import { INTENTIONAL_PAIRS } from '../data/intentional.js';

let pairs: Map<number, Set<number>> | undefined;

/** True when intentional.txt lists `a` and `b` (code points) as identical by design, in either order. */
export function isIntentional(a: number, b: number): boolean {
  if (!pairs) {
    pairs = new Map();
    const cps = Array.from(INTENTIONAL_PAIRS, (c) => c.codePointAt(0)!);
    for (let i = 0; i + 1 < cps.length; i += 2) {
      for (const [x, y] of [
        [cps[i]!, cps[i + 1]!],
        [cps[i + 1]!, cps[i]!],
      ] as const) {
        if (!pairs.has(x)) pairs.set(x, new Set());
        pairs.get(x)!.add(y);
      }
    }
  }
  return pairs.get(a)?.has(b) ?? false;
}
