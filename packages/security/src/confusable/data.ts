// Lazily decoded tables of the skeleton (UTS #39 §4): one trie look-up per code point.
import { decodeTrie, type CodePointTrie } from '@nomina/ucd/trie';
import { CONFUSABLE_TARGETS, SKELETON_TRIE } from '../data/confusables.js';

let trie: CodePointTrie | undefined;
let targets: string[] | undefined;
let ascii: string[] | undefined;

/** Skeleton trie: 0 = unchanged, 1 = removed (Default_Ignorable_Code_Point), k ≥ 2 = prototype k − 2. */
export function skeletonTrie(): CodePointTrie {
  return (trie ??= decodeTrie(SKELETON_TRIE));
}

/** The prototypes of confusables.txt, indexed by trie value − 2. */
export function prototypes(): string[] {
  return (targets ??= CONFUSABLE_TARGETS.split('\n'));
}

/** Replacement of each ASCII character (itself when unmapped), for the fast path. */
export function asciiReplacements(): string[] {
  if (ascii) return ascii;
  const t = skeletonTrie();
  const p = prototypes();
  ascii = Array.from({ length: 128 }, (_, c) => {
    const v = t.get(c);
    return v === 0 ? String.fromCharCode(c) : v === 1 ? '' : p[v - 2]!;
  });
  return ascii;
}
