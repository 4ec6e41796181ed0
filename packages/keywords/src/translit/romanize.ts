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
// schemes meet it. A skeleton keeps what schemes agree on and writes alike what they spell
// differently (ISO 9 / BGN / national Cyrillic, Hepburn / Kunrei kana, Revised / McCune Korean,
// pinyin, ALA-LC and IAST Indic, the many Arabic schemes):
//
// | rule | because schemes write |
// |---|---|
// | long vowels and doubled letters once | ā aa a, ī ii i, ṭ tt t |
// | y → i, w → v, q → k; j → i but before a vowel (and in consonant skeletons) z | й y i j, я ya ia, в w v, ق q k, ж zh j ž, じ ji zi |
// | kh → h; another h after a consonant dropped (ch sh th ph bh dh gh zh …) | х kh h, ш sh s, ч ch c, aspirates with or without h |
// | ie → e | е ye ie e |
// | ts, tz → c; ng → n; mb, mp → nb, np; r → l | ц ts c tz, ங ng n, anusvara m n, ㄹ r l, ら ra la |
// | abjads and abugidas: no vowels, semivowels (i, v) or h at all | short vowels unwritten, inherent vowels, و w v u o, ة h a at |
// | ee → i, oo → u; v after n, l → u; digits in a word: 7 → h, 5 → kh, 6 → t, 9 → s, 2 and 3 dropped | informal Indic spelling, pinyin typed with v for ü, Arabizi |
//
// skeleton.ts applies these rules. A Latin query is looked up by its fold and by both of its
// skeletons, exactly and (from `MIN_FUZZY_SKELETON` letters) one edit off.
import { isAscii } from '@nomina/core';
import { dominantScript } from '@nomina/script';
import { getCombiningClass } from '@nomina/ucd';
import anyAscii from 'any-ascii';
import { isClusterExtender } from '../distance/clusters.js';
import { requireText } from '../fold/fold.js';
import { keySpelling, schemeSpellings } from './schemes.js';
import { romanSkeleton } from './skeleton.js';

/** Name of the romanization scheme, reported as `scheme` on `translit` matches. */
export const ROMANIZATION_SCHEME = 'any-ascii';

/**
 * Version of the skeleton rules (`romanSkeleton`): index files record it, and a change means a rebuild.
 * 3: the vowelled skeletons of Arabic, Syriac and Hebrew keys write their vowel letters (`ABJAD_VOWELS`);
 * ee, oo, v after n and l, and Arabizi digits (#19). 4: in consonant skeletons j is z before a
 * consonant too (ج, ज: abjads and abugidas write no vowels after it). 5: anusvara before a letter is n;
 * the vowelled skeletons of abugida keys write their inherent vowels (`INHERENT_VOWELS`). 6: a key whose
 * consonant skeleton has one letter is stored by its vowelled skeleton (`romanizeKey`). 7: Myanmar keys
 * write ော au and ို o (schemes.ts `burmese`).
 */
export const SKELETON_VERSION = 7;

/** Hiragana of the i-row that combine with a small ゃ ゅ ょ (yōon), and the consonant they then write. */
const YOON: Record<string, string> = {
  き: 'k',
  ぎ: 'g',
  し: 'sh',
  じ: 'j',
  ち: 'ch',
  ぢ: 'j',
  に: 'n',
  ひ: 'h',
  び: 'b',
  ぴ: 'p',
  み: 'm',
  り: 'r',
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
 * Linear in the input; at most `MAX_TEXT_LENGTH` units (`RangeError`), a string (`TypeError`).
 */
export function romanize(folded: string): string {
  requireText(folded);
  if (isAscii(folded)) return '';
  const latin = KANA.test(folded) ? romanizeKana(folded) : anyAscii(folded.replace(ANUSVARA, nasal));
  return latin.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Anusvara and candrabindu before a letter: the nasal of the next consonant's place (हिंदी hindi,
 * ఒంటె onte, चांद chand, मुंबई mumbai), which any-ascii writes m (himdi); m before a labial, else n
 * (the skeleton writes ng as n). At a word's end any-ascii's m stays (കൊള്ളാം kollam).
 */
const ANUSVARA =
  /[\u0900-\u0902\u0981\u0982\u0a01\u0a02\u0a70\u0a81\u0a82\u0b01\u0b02\u0b82\u0c00-\u0c02\u0c80-\u0c82\u0d00-\u0d02\u0d81\u0d82\u0f7e\u1036](?=(\p{L}))/gu;

function nasal(_anusvara: string, next: string): string {
  return /^[bpm]/i.test(anyAscii(next)) ? 'm' : 'n';
}

/**
 * Abugidas whose consonant letters carry a vowel that any-ascii leaves unwritten, and how it is written
 * in their vowelled skeletons (`INHERENT_VOWELS`): a (Indic, Myanmar, Tibetan), a or o (Bengali, Odia),
 * e (Ethiopic ə). Not Khmer, Thai, Lao: they write a final consonant as bare as one with its vowel.
 */
const INHERENT: Record<string, string> = {
  Deva: 'A',
  Beng: 'O',
  Guru: 'A',
  Gujr: 'A',
  Orya: 'O',
  Taml: 'A',
  Telu: 'A',
  Knda: 'A',
  Mlym: 'A',
  Sinh: 'A',
  Mymr: 'A',
  Tibt: 'A',
  Ethi: 'E',
};

/** Signs written after a syllable's vowel (anusvara, candrabindu, visarga): the inherent vowel comes before them. */
const AFTER_VOWEL =
  /[\u0900-\u0903\u0981-\u0983\u0a01-\u0a03\u0a70\u0a81-\u0a83\u0b01-\u0b03\u0b82\u0c00-\u0c03\u0c80-\u0c83\u0d00-\u0d03\u0d81-\u0d83\u0f7e\u0f7f\u1036\u17c7]/u;

/**
 * The inherent vowel in a key's vowelled skeleton, by how it may be written: a vowel that schemes write
 * (ISO 15919, ITRANS, Harvard-Kyoto: a; people: a, o; Ethiopic ə: e) or leave out (any-ascii,
 * `transliteration`, schwa deletion). A query's vowel there, or nothing, costs nothing
 * (lookup/resolve.ts `vowelWeightedDistance`).
 */
export const INHERENT_VOWELS: Readonly<Record<string, string>> = { A: 'a', O: 'ao', E: 'e' };

/** Letters without an inherent vowel though any-ascii writes them as consonants: chillus, khanda ta. */
const DEAD_CONSONANT = /[\u09ce\u0d54-\u0d56\u0d7a-\u0d7f]/u;

/**
 * The romanization of a folded abugida key with its `inherent` vowel after each consonant letter whose
 * vowel is not written: a cluster (distance/clusters.ts) with no vowel sign and no virama (combining
 * class 9), before its anusvara or visarga. Otherwise as `romanize`. Linear.
 */
function romanizeInherent(folded: string, inherent: string): string {
  let out = '';
  let pending = false;
  for (const char of folded.replace(ANUSVARA, nasal)) {
    const cp = char.codePointAt(0)!;
    const latin = anyAscii(char)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
    if (pending && isClusterExtender(cp)) {
      if (getCombiningClass(cp) === 9 || /^[aeiou]/.test(latin)) pending = false;
      else if (AFTER_VOWEL.test(char)) {
        out += inherent;
        pending = false;
      }
      out += latin;
      continue;
    }
    if (pending) out += inherent;
    out += latin;
    pending = cp >= 0x80 && !isClusterExtender(cp) && !DEAD_CONSONANT.test(char) && /[b-df-hj-np-tv-z]$/.test(latin);
  }
  return pending ? out + inherent : out;
}

/**
 * Scripts whose romanizations disagree mostly on vowels: abjads (no short vowels written) and abugidas
 * (inherent vowels, long/short vowel conventions differ by scheme). Their stored skeleton is consonants only.
 */
const ABJADS = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Samr',
  'Nkoo',
  'Deva',
  'Beng',
  'Guru',
  'Gujr',
  'Orya',
  'Taml',
  'Telu',
  'Knda',
  'Mlym',
  'Sinh',
  'Ethi',
  'Mymr',
  'Khmr',
  'Laoo',
  'Thai',
  'Tibt',
]);

/** Whether the dominant script of a folded key (@nomina/script) writes consonants only in romanization. */
export function isAbjad(folded: string): boolean {
  return ABJADS.has(dominantScript(folded));
}

/** What the index stores of the romanization of a folded key (`romanizeKey`). */
export interface RomanizedKey {
  /** The stored key: the skeleton of the romanization, '' when the key needs none (ASCII). */
  key: string;
  /**
   * For a consonant skeleton (abjads, abugidas), the vowelled skeleton that ranks its matches, '' when
   * the romanization writes no vowels; undefined for a vowelled `key`.
   */
  vowelled?: string;
}

/**
 * Letters that abjads write for long vowels (matres lectionis) and that any-ascii leaves out or writes
 * as consonants (ا → '', و → w, י → y): written as the vowels they mostly are, for the vowelled skeleton
 * only (the consonant skeleton drops vowels and semivowels alike). Hebrew ה is a only at a word's end.
 */
const ABJAD_VOWELS: Record<string, string> = {
  ا: 'a',
  آ: 'a',
  أ: 'a',
  إ: 'i',
  ى: 'a',
  ة: 'a',
  و: 'u',
  ي: 'i',
  ی: 'i',
  ے: 'e',
  ە: 'e',
  ۆ: 'o',
  ێ: 'e',
  ܐ: 'a',
  ܘ: 'u',
  ܝ: 'i',
  א: 'a',
  ה: 'a',
  ه: 'a',
  ו: 'o',
  י: 'i',
  ע: 'a',
};
const ABJAD_VOWEL_LETTERS = /[اآأإىةويیےەۆێܐܘܝאויע]|[הه](?=\s|$)/g;

/** The stored romanization of a folded key (see `RomanizedKey`). Linear in the input. */
export function romanizeKey(folded: string): RomanizedKey {
  const romanized = romanize(folded);
  if (romanized === '') return { key: '' };
  const script = dominantScript(folded);
  const latin = keySpelling(romanized, script);
  const vowelled = romanSkeleton(latin, false);
  if (!ABJADS.has(script)) return { key: vowelled };
  // Abjads: the vowel letters written as vowels (`ABJAD_VOWELS`), so that the vowels of a Latin query can
  // be checked; abugidas: their inherent vowels (`INHERENT_VOWELS`).
  const inherent = INHERENT[script];
  const written = inherent
    ? romanSkeleton(keySpelling(romanizeInherent(folded, inherent), script), false)
    : ABJAD_VOWEL_LETTERS.test(folded)
      ? romanSkeleton(romanize(folded.replace(ABJAD_VOWEL_LETTERS, (c) => ABJAD_VOWELS[c] ?? 'a')), false)
      : vowelled;
  const key = romanSkeleton(latin, true);
  // A consonant skeleton of one letter is shared by too many words to be looked up (`queryRomanization`):
  // such a key is stored by its vowelled skeleton instead, which only a query with the same vowels meets
  // (lookup/resolve.ts `skeletonScore`), unless its inherent vowels are unwritten (a query spells them).
  if (key.length < 2 && /[aeiou]/.test(written) && !/[AEO]/.test(written)) return { key: written, vowelled: written };
  return { key, vowelled: /[aeiouAEO]/.test(written) ? written : '' };
}

/** The key the index stores for the romanization of a folded key, or '' when it needs none (ASCII). */
export function romanKey(folded: string): string {
  return romanizeKey(folded).key;
}

/**
 * The letters and digits of a folded ASCII query, which its skeletons are made of ('' for a query with
 * other characters). Punctuation that some schemes write (ʹ ʺ ' ~ for soft signs, hamza, alef maksura)
 * is not part of a skeleton.
 */
export function queryLatin(folded: string): string {
  return !isAscii(folded) ? '' : folded.replace(/[^a-z0-9]+/g, '');
}

/** A skeleton a query is looked up by only through a romanization scheme (schemes.ts). */
export interface SchemeSkeleton {
  /** The scheme's name. */
  scheme: string;
  /** Scripts of the keys it may match. */
  scripts: ReadonlySet<string>;
  /** The vowelled skeleton of the query in the scheme's spelling, which ranks consonant-skeleton matches. */
  vowelled: string;
  /** The consonant skeleton of the query in the scheme's spelling. */
  consonants: string;
}

/**
 * The romanization skeletons of a folded query: `vowelled` ('' unless ASCII), which also ranks
 * consonant-skeleton matches, and the `skeletons` it is looked up by: its own (vowelled and
 * consonant-only), then those of its spellings in the schemes of schemes.ts, which are also in `schemes`
 * (with the scripts they may match) unless the query's own skeletons have them; of 2 letters or more,
 * none equal to the query. `spellings`: every spelling of the query in a scheme.
 */
export function queryRomanization(folded: string): {
  vowelled: string;
  skeletons: string[];
  schemes: Map<string, SchemeSkeleton>;
  spellings: SchemeSkeleton[];
} {
  const schemes = new Map<string, SchemeSkeleton>();
  const spellings: SchemeSkeleton[] = [];
  const latin = queryLatin(folded);
  if (latin === '') return { vowelled: '', skeletons: [], schemes, spellings };
  const vowelled = romanSkeleton(latin, false);
  const skeletons: string[] = [];
  const add = (skeleton: string): boolean => {
    if (skeleton.length < 2 || skeleton === folded || skeletons.includes(skeleton)) return false;
    skeletons.push(skeleton);
    return true;
  };
  add(vowelled);
  add(romanSkeleton(latin, true));
  for (const [scheme, spelled] of schemeSpellings(latin)) {
    const info = {
      scheme: scheme.name,
      scripts: scheme.scripts,
      vowelled: romanSkeleton(spelled, false),
      consonants: romanSkeleton(spelled, true),
    };
    spellings.push(info);
    for (const skeleton of [info.vowelled, info.consonants]) if (add(skeleton)) schemes.set(skeleton, info);
  }
  // j before a consonant: i (й) in an alphabet's vowelled skeleton, but ج, ज in abjads and abugidas, as
  // their consonant skeletons write it: their vowelled skeletons are compared with it so too.
  if (/j(?![aeiou])/.test(latin)) {
    const spelled = latin.replace(/j(?![aeiou])/g, 'z');
    spellings.push({
      scheme: ROMANIZATION_SCHEME,
      scripts: ABJADS,
      vowelled: romanSkeleton(spelled, false),
      consonants: romanSkeleton(spelled, true),
    });
  }
  return { vowelled, skeletons, schemes, spellings };
}

/** The skeletons a folded query is also looked up by (`queryRomanization`). */
export function querySkeletons(folded: string): string[] {
  return queryRomanization(folded).skeletons;
}
