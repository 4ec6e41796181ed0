// Bidi_Paired_Bracket and Bidi_Paired_Bracket_Type (UAX #9 §3.1.3 BD14–BD16, BidiBrackets.txt).
// Used to match paired punctuation, e.g. by script runs (UAX #24 §5.1).
import { BIDI_BRACKET_PAIRS } from '../data/bidi-brackets.js';

/** Bidi_Paired_Bracket_Type short values: opening, closing, none. */
export type BidiPairedBracketType = 'o' | 'c' | 'n';

let pairOf: Map<number, number> | undefined;
let opening: Set<number> | undefined;

function load(): Map<number, number> {
  if (!pairOf) {
    pairOf = new Map();
    opening = new Set();
    for (let i = 0; i < BIDI_BRACKET_PAIRS.length; i += 2) {
      const [open, close] = [BIDI_BRACKET_PAIRS[i]!, BIDI_BRACKET_PAIRS[i + 1]!];
      pairOf.set(open, close).set(close, open);
      opening.add(open);
    }
  }
  return pairOf;
}

/** Bidi_Paired_Bracket: the matching bracket of `cp`, or `cp` itself when it is not a paired bracket. */
export function getBidiPairedBracket(cp: number): number {
  if (typeof cp !== 'number') throw new TypeError(`Expected a code point number, got ${typeof cp}`);
  return load().get(cp) ?? cp;
}

/** Bidi_Paired_Bracket_Type: `'o'` (Open), `'c'` (Close) or `'n'` (None, also for non-code-points). */
export function getBidiPairedBracketType(cp: number): BidiPairedBracketType {
  if (typeof cp !== 'number') throw new TypeError(`Expected a code point number, got ${typeof cp}`);
  if (!load().has(cp)) return 'n';
  return opening!.has(cp) ? 'o' : 'c';
}
