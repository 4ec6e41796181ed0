// The r and l of a text and of a key's romanization: the letters a consonant skeleton merges (it writes
// every r as l, translit/romanize.ts) but a romanized query must still agree on (lookup/resolve.ts
// `liquidEdits`). Keys are read once, when added (index/add.ts: stored per entry), not at each look-up.
import { isAscii } from '@nomina/core';
import { romanize } from './romanize.js';

/**
 * Scripts with one liquid that romanizations write r or l (ら ra or la, ㄹ r or l): skeletons write every r
 * as l for them (translit/romanize.ts), and for them only is an r of the query an l of the key.
 */
const ONE_LIQUID = new Set(['Hang', 'Hira', 'Kana']);

/** The Arabic article at the start of a word: people write it al-, el-, assimilated (ar-r…) or not at all. */
const ARABIC_ARTICLE = /(?<![\p{L}\p{M}])ال/gu;

/** The r and l of a lower-case Latin text in order, a doubled letter once (`allar` → `lr`, `alal` → `ll`). */
export function liquidsOf(latin: string): string {
  return latin.replace(/(.)\1+/g, '$1').replace(/[^lr]+/g, '');
}

/**
 * The r and l of the romanization of a folded key (`liquidsOf`), with `L` for the l of an Arabic article, or
 * undefined for a key of a script with one liquid (`script`: the dominant script of the key).
 */
export function keyLiquids(folded: string, script: string): string | undefined {
  if (ONE_LIQUID.has(script)) return undefined;
  if (script !== 'Arab') return liquidsOf(romanize(folded));
  const latin = (piece: string) => (isAscii(piece) ? piece.toLowerCase() : romanize(piece));
  return folded
    .split(ARABIC_ARTICLE)
    .map((piece) => liquidsOf(latin(piece)))
    .join('L');
}
