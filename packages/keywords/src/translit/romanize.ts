// Romanization of keys, so that a Latin query finds a key in any script (`moskva` → Москва, `beijing` → 北京).
//
// | script | scheme | notes |
// |---|---|---|
// | all | `any-ascii` 0.3.3 (per-character ASCII transliteration, pinyin for Han, Revised Romanization for Hangul) | one well-kept table for ~100 scripts |
// | Japanese kana | modified Hepburn without macrons, on top of any-ascii | yōon (きょ → kyo), sokuon (っ → doubled consonant), long vowels (とうきょう → tokyo) |
//
// Input is a folded key (fold.ts), so katakana has already become hiragana.
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
