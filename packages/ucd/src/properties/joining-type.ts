// Joining_Type (Unicode §9.2, DerivedJoiningType.txt), short value aliases. Code points not listed there,
// and numbers that are not code points: U (Non_Joining).
import { JOINING_TYPE_TRIE, JOINING_TYPE_VALUES, type JoiningType } from '../data/joining-type.js';
import { decodeTrie, type CodePointTrie } from '../trie/decode.js';

let trie: CodePointTrie | undefined;

/** Joining_Type of a code point: `'U'`, `'D'`, `'R'`, `'L'`, `'C'` or `'T'`. Throws TypeError only for a non-number. */
export function getJoiningType(cp: number): JoiningType {
  return JOINING_TYPE_VALUES[(trie ??= decodeTrie(JOINING_TYPE_TRIE)).get(cp)]!;
}
