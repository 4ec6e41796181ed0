// General_Category (UAX #44 §5.7.1), short value aliases. Unlisted code points and numbers that are
// not code points: Cn.
import { GENERAL_CATEGORY_TRIE, GENERAL_CATEGORY_VALUES, type GeneralCategory } from '../data/general-category.js';
import { decodeTrie, type CodePointTrie } from '../trie/decode.js';

let trie: CodePointTrie | undefined;

/** General_Category short alias of a code point: `'Lu'`, `'Mn'`, `'Cn'`… Throws TypeError only for a non-number. */
export function getGeneralCategory(cp: number): GeneralCategory {
  return GENERAL_CATEGORY_VALUES[(trie ??= decodeTrie(GENERAL_CATEGORY_TRIE)).get(cp)]!;
}
