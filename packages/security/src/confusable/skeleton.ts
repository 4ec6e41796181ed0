// Confusable detection (UTS #39 §4), the skeleton transform.
//
// | UTS #39 §4 skeleton(X)                                             | Here                       |
// | ------------------------------------------------------------------ | -------------------------- |
// | 1. Convert X to NFD                                                 | String.prototype.normalize |
// | 2. Remove every Default_Ignorable_Code_Point                        | trie value 1               |
// | 3. Replace each character by its prototype (confusables.txt)        | trie value k ≥ 2           |
// | 4. Reapply NFD                                                      | String.prototype.normalize |
// | bidiSkeleton(α, X): UAX #9 visual order for paragraph direction α,  | bidi.ts, then skeleton     |
// |   mirrored glyphs at odd levels, then skeleton                      |                            |
//
// NFD comes from the engine (Node 20+: ICU 74+; Unicode 17.0.0 needs ICU 78, as in Node 20.20 / 22.20+):
// an older engine leaves new decomposable characters undecomposed, which only matters for characters
// new in that Unicode version.
import { requireString } from '@nomina/core';
import { asciiReplacements, prototypes, skeletonTrie } from './data.js';
import { visualOrder, type ParagraphDirection } from './bidi.js';

/**
 * UTS #39 §4 skeleton of `text`: two strings are confusable when their skeletons are equal. The skeleton
 * is a key for comparison, not for display. Never throws on a string (lone surrogates stay as they are).
 */
export function skeleton(text: string): string {
  requireString(text, 'text');
  // Fast path: ASCII whose characters all map to themselves (e.g. `paypal`; not `m` → `rn`) is its own skeleton.
  const ascii = asciiReplacements();
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || ascii[c]!.length !== 1 || ascii[c]!.charCodeAt(0) !== c) break;
  }
  if (i === text.length) return text;
  // §4 step 1: NFD.
  const nfd = text.normalize('NFD');
  const trie = skeletonTrie();
  const targets = prototypes();
  let out = '';
  for (let j = 0; j < nfd.length; ) {
    const c = nfd.charCodeAt(j);
    if (c < 0x80) {
      out += ascii[c];
      j++;
      continue;
    }
    const cp = nfd.codePointAt(j)!;
    const width = cp > 0xffff ? 2 : 1;
    const v = trie.get(cp);
    // §4 step 2: remove Default_Ignorable_Code_Point; step 3: the prototype of each other character.
    if (v === 0) out += nfd.slice(j, j + width);
    else if (v >= 2) out += targets[v - 2];
    j += width;
  }
  // §4 step 4: reapply NFD.
  return out.normalize('NFD');
}

/**
 * UTS #39 §4 bidiSkeleton(α, X): the skeleton of `text` in its visual order for a paragraph of direction
 * `direction` (UAX #9, characters at odd levels mirrored). Use it for identifiers that mix directions:
 * `A1ا` and `Aا1` look the same in a left-to-right paragraph.
 */
export function bidiSkeleton(text: string, direction: ParagraphDirection = 'ltr'): string {
  requireString(text, 'text');
  return skeleton(visualOrder(text, direction));
}
