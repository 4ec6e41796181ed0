// Canonical_Combining_Class (UAX #44 §5.7.4, UAX #15): 0 for starters, unlisted code points and numbers
// that are not code points.
import { COMBINING_CLASS_TRIE } from '../data/combining-class.js';
import { decodeTrie, type CodePointTrie } from '../trie/decode.js';

let trie: CodePointTrie | undefined;

/** Canonical_Combining_Class of a code point (0..254). Throws TypeError only for a non-number. */
export function getCombiningClass(cp: number): number {
  return (trie ??= decodeTrie(COMBINING_CLASS_TRIE)).get(cp);
}
