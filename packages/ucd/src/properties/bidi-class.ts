// Bidi_Class (UAX #9 Table 4), short value aliases. Unassigned code points take the defaults of
// DerivedBidiClass.txt (`@missing` lines: R in Hebrew/… blocks, AL in Arabic blocks, ET in Currency
// Symbols, BN for noncharacters and default ignorables, else L). Numbers that are not code points: L.
import { BIDI_CLASS_TRIE, BIDI_CLASS_VALUES, type BidiClass } from '../data/bidi-class.js';
import { decodeTrie, type CodePointTrie } from '../trie/decode.js';

let trie: CodePointTrie | undefined;

/** Bidi_Class short alias of a code point: `'L'`, `'R'`, `'AL'`, `'NSM'`… Throws TypeError only for a non-number. */
export function getBidiClass(cp: number): BidiClass {
  return BIDI_CLASS_VALUES[(trie ??= decodeTrie(BIDI_CLASS_TRIE)).get(cp)]!;
}
