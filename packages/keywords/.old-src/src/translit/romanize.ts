// Romanization of keys, so that a Latin query finds a key in any script (`moskva` → Москва, `beijing` → 北京).
//
// | script | scheme | notes |
// |---|---|---|
// | all | `any-ascii` 0.3.3 (per-character ASCII transliteration, pinyin for Han, Revised Romanization for Hangul) | one well-kept table for ~100 scripts |
// | Japanese kana | modified Hepburn without macrons, on top of any-ascii | yōon (きょ → kyo), sokuon (っ → doubled consonant), long vowels (とうきょう → tokyo) |
//
// Input is a folded key (fold.ts), so katakana has already become hiragana.
//
// The index stores the romanization as a *skeleton* (`romanSkeleton`), so that other romanization
// schemes meet it: long vowels and doubled letters written once, y/w/q as i/v/k, an h after a
// consonant dropped (kh/gh/ch/sh/th/dh/ph/bh/zh/jh/rh), and for abjads (Arabic, Hebrew, Syriac,
// Thaana), whose romanization has no short vowels, no vowels at all. A Latin query is looked up by its
// fold and by both of its skeletons.
import { dominantScript } from '@nomina/script';
import anyAscii from 'any-ascii';

/** Name of the romanization scheme, reported as `scheme` on `translit` matches. */
export const ROMANIZATION_SCHEME = 'any-ascii';

/** Hiragana of the i-row that combine with a small ゃ ゅ ょ (yōon), and the consonant they then write. */
const YOON: Record<string, string> = {
  き: 'k', ぎ: 'g', し: 'sh', じ: 'j', ち: 'ch', ぢ: 'j', に: 'n', ひ: 'h', び: 'b', ぴ: 'p', み: 'm', り: 'r',
};
const SMALL_Y: Record<string, string> = { ゃ: 'ya', ゅ: 'yu', ょ: 'yo' };
const KANA = /[\u3041-\u309f]/;

function romanizeKana(text: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    let latin: string;
    if (char === 'っ') {
      double = true;
      continue;
    }
    const consonant = YOON[char];
    const small = next === undefined ? undefined : SMALL_Y[next];
    if (consonant !== undefined && small !== undefined) {
      latin = consonant.length > 1 || consonant === 'j' ? consonant + small.slice(1) : consonant + small;
      i++;
    } else if (char === 'ー') {
      latin = '';
    } else {
      latin = anyAscii(char);
    }
    if (double && /^[bcdfghjkmprstvwz]/.test(latin)) latin = latin[0] + latin;
    double = false;
    out += latin;
  }
  // Long vowels are written single in Hepburn without macrons: とうきょう → tokyo, おおさか → osaka.
  return out.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
}

/**
 * ASCII romanization of a folded key, lower-cased, or '' when it has nothing to romanize (already ASCII).
 * Linear in the input.
 */
export function romanize(folded: string): string {
  if (!/[^\x00-\x7f]/.test(folded)) return '';
  const latin = KANA.test(folded) ? romanizeKana(folded) : anyAscii(folded);
  return latin.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Scripts whose romanizations disagree mostly on vowels: abjads (no short vowels written) and abugidas
 * (inherent vowels, long/short vowel conventions differ by scheme). Their stored skeleton is consonants only.
 */
const ABJADS = new Set([
  'Arab', 'Hebr', 'Syrc', 'Thaa', 'Samr', 'Nkoo',
  'Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh', 'Ethi', 'Mymr', 'Khmr', 'Laoo', 'Thai', 'Tibt',
]);

/** Whether the dominant script of a folded key (@nomina/script) writes consonants only in romanization. */
export function isAbjad(folded: string): boolean {
  return ABJADS.has(dominantScript(folded));
}

/**
 * The skeleton of a lower-case ASCII romanization (see the module comment); with `consonantsOnly`,
 * vowels are dropped too (abjads). Idempotent.
 */
export function romanSkeleton(latin: string, consonantsOnly: boolean): string {
  let out = latin.replace(/y/g, 'i').replace(/w/g, 'v').replace(/q/g, 'k');
  if (consonantsOnly) out = out.replace(/[aeiou]/g, '');
  return out.replace(/([bcdgjkprstz])h+/g, '$1').replace(/(.)\1+/g, '$1');
}

/** The key the index stores for the romanization of a folded key, or '' when it needs none (ASCII). */
export function romanKey(folded: string): string {
  const latin = romanize(folded);
  return latin === '' ? '' : romanSkeleton(latin, isAbjad(folded));
}

/** The skeletons a folded query is also looked up by (an ASCII query only; none equal to the query). */
export function querySkeletons(folded: string): string[] {
  if (!/^[a-z0-9]+$/.test(folded)) return [];
  const out: string[] = [];
  for (const consonantsOnly of [false, true]) {
    const skeleton = romanSkeleton(folded, consonantsOnly);
    if (skeleton.length >= 2 && skeleton !== folded && !out.includes(skeleton)) out.push(skeleton);
  }
  return out;
}
