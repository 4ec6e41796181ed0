// The fold profile: which differences between a query and a key a person does not see as a difference.
// Data, versioned; every rule has test vectors in test-vectors/keywords/fold-rules.json.
//
// | rule | what it folds | stage |
// |---|---|---|
// | `nfkc` | UAX #15 NFKC: ligatures, circled and super/subscript forms, compatibility ideographs | basic |
// | `width` | full-width ASCII and half-width katakana/Hangul (through NFKC) | basic |
// | `case` | full case folding, CaseFolding.txt C+F (ß → ss, ς → σ, ﬀ → ff) | basic |
// | `marks-lgc` | combining marks on Latin, Greek and Cyrillic letters (é → e, ά → α, ё → е) | basic |
// | `arabic-harakat` | Arabic harakat, hamza/madda marks, Quranic marks, superscript alef; tatweel | basic |
// | `hebrew-niqqud` | Hebrew points and cantillation | basic |
// | `marks-kept` | every other mark is kept: Indic vowel signs and virama, Thai/Lao vowels and tones, Myanmar, Khmer | — |
// | `latin-letters` | ı ø ł đ ð þ æ œ ħ ŧ ǥ ƀ → i o l d d th ae oe h t g b | basic |
// | `separators` | spaces, hyphens, apostrophes and all punctuation (Z*, P*, modifier apostrophes) | basic |
// | `invisible` | zero-width and format characters (Cf), controls (Cc), variation selectors | basic |
// | `arabic-letters` | Persian/Urdu letter variants: ی ى → ي, ک → ك, ٱ → ا, ة ۀ ہ ھ → ه; Arabic-Indic digits → 0-9 | variant |
// | `han-variants` | traditional → simplified Han (Unihan kSimplifiedVariant) | variant |
// | `kana` | katakana → hiragana | variant |
//
// A query and a key match `folded` when their basic folds are equal, `variant` when only their full
// folds (basic + variant stages) are.

/** Version of the profile: indexes saved under another version must be rebuilt. */
export const FOLD_PROFILE_VERSION = '1';

export type FoldRuleId =
  | 'nfkc'
  | 'width'
  | 'case'
  | 'marks-lgc'
  | 'arabic-harakat'
  | 'hebrew-niqqud'
  | 'marks-kept'
  | 'latin-letters'
  | 'separators'
  | 'invisible'
  | 'arabic-letters'
  | 'han-variants'
  | 'kana';

export interface FoldRule {
  id: FoldRuleId;
  /** `basic` rules give `via: 'folded'`, `variant` rules `via: 'variant'`; `marks-kept` folds nothing. */
  stage: 'basic' | 'variant' | 'none';
  summary: string;
}

/** The rules, in the order applied (frozen: exported data is never mutable). */
export const FOLD_RULES: readonly Readonly<FoldRule>[] = Object.freeze([
  Object.freeze({
    id: 'nfkc',
    stage: 'basic',
    summary: 'NFKC (UAX #15): compatibility characters become their plain form',
  }),
  Object.freeze({
    id: 'width',
    stage: 'basic',
    summary: 'full-width and half-width forms become their ordinary width (through NFKC)',
  }),
  Object.freeze({ id: 'case', stage: 'basic', summary: 'full case folding (CaseFolding.txt statuses C and F)' }),
  Object.freeze({
    id: 'marks-lgc',
    stage: 'basic',
    summary: 'combining marks on Latin, Greek and Cyrillic letters are dropped (after NFD)',
  }),
  Object.freeze({
    id: 'arabic-harakat',
    stage: 'basic',
    summary: 'Arabic harakat, hamza and madda marks, Quranic marks and tatweel are dropped',
  }),
  Object.freeze({ id: 'hebrew-niqqud', stage: 'basic', summary: 'Hebrew niqqud and cantillation marks are dropped' }),
  Object.freeze({
    id: 'marks-kept',
    stage: 'none',
    summary: 'marks of other scripts are kept: Indic vowel signs and virama, Thai, Lao, Myanmar, Khmer change words',
  }),
  Object.freeze({
    id: 'latin-letters',
    stage: 'basic',
    summary: 'Latin letters written without their stroke or as two letters: ı ø ł đ ð þ æ œ ħ ŧ',
  }),
  Object.freeze({
    id: 'separators',
    stage: 'basic',
    summary: 'spaces, hyphens, apostrophes and punctuation are dropped',
  }),
  Object.freeze({
    id: 'invisible',
    stage: 'basic',
    summary: 'zero-width, format and control characters and variation selectors are dropped',
  }),
  Object.freeze({
    id: 'arabic-letters',
    stage: 'variant',
    summary: 'Arabic and Persian letter variants and Arabic-Indic digits are unified',
  }),
  Object.freeze({
    id: 'han-variants',
    stage: 'variant',
    summary: 'traditional Han characters become simplified (Unihan kSimplifiedVariant)',
  }),
  Object.freeze({ id: 'kana', stage: 'variant', summary: 'katakana becomes hiragana' }),
]);

/** `latin-letters`: letters whose decomposition does not drop their stroke, and ligature letters. */
export const LATIN_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ı', 'i'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ħ', 'h'],
  ['ŧ', 't'],
  ['ǥ', 'g'],
  ['ƀ', 'b'],
  ['ɨ', 'i'],
  ['ʉ', 'u'],
];

/** `separators`: modifier letters (Lm) that people type as apostrophes, or leave out. */
export const APOSTROPHE_LETTERS = 'ʹʻʼʽʾʿˈ';

/** `arabic-harakat`: code point ranges dropped, whatever precedes them (Arabic block marks and tatweel). */
export const ARABIC_DROPPED: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a], // honorific and Quranic signs
  [0x0640, 0x0640], // ARABIC TATWEEL
  [0x064b, 0x065f], // harakat: fathatan … wavy hamza below (incl. madda 0653, hamza above/below 0654/0655)
  [0x0670, 0x0670], // ARABIC LETTER SUPERSCRIPT ALEF
  [0x06d6, 0x06dc], // Quranic annotation signs
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08ca, 0x08e1], // Arabic Extended-A marks
  [0x08e3, 0x08ff],
];

/** `hebrew-niqqud`: Hebrew points and cantillation (not maqaf, paseq, sof pasuq or nun hafukha, which are punctuation). */
export const HEBREW_DROPPED: ReadonlyArray<readonly [number, number]> = [
  [0x0591, 0x05bd],
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
];

/** `arabic-letters`: Persian, Urdu and other Arabic-script letter forms → the form the index keeps. */
export const ARABIC_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ی', 'ي'],
  ['ى', 'ي'],
  ['ې', 'ي'],
  ['ۍ', 'ي'],
  ['ێ', 'ي'],
  ['ے', 'ي'],
  ['ک', 'ك'],
  ['ڪ', 'ك'],
  ['ګ', 'ك'],
  ['ٱ', 'ا'],
  ['ٲ', 'ا'],
  ['ٳ', 'ا'],
  ['ٵ', 'ا'],
  ['ة', 'ه'],
  ['ۀ', 'ه'],
  ['ہ', 'ه'],
  ['ھ', 'ه'],
  ['ە', 'ه'],
  ['ۃ', 'ه'],
  ['٠', '0'],
  ['١', '1'],
  ['٢', '2'],
  ['٣', '3'],
  ['٤', '4'],
  ['٥', '5'],
  ['٦', '6'],
  ['٧', '7'],
  ['٨', '8'],
  ['٩', '9'],
  ['۰', '0'],
  ['۱', '1'],
  ['۲', '2'],
  ['۳', '3'],
  ['۴', '4'],
  ['۵', '5'],
  ['۶', '6'],
  ['۷', '7'],
  ['۸', '8'],
  ['۹', '9'],
];

/** `kana`: the katakana range that has hiragana counterparts 0x60 below (ァ U+30A1 … ヶ U+30F6, ヽ ヾ). */
export const KATAKANA_TO_HIRAGANA: ReadonlyArray<readonly [number, number]> = [
  [0x30a1, 0x30f6],
  [0x30fd, 0x30fe],
];

/** Scripts whose combining marks `marks-lgc` drops (ISO 15924), and Common, for marks on digits and symbols. */
export const MARK_DROPPING_SCRIPTS: readonly string[] = ['Latn', 'Grek', 'Cyrl', 'Zyyy'];
