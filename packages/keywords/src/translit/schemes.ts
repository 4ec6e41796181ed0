// Romanization schemes people type, as data per script: each rewrites the Latin letters of a query into
// the spelling the stored romanizations use (any-ascii, and modified Hepburn for kana: romanize.ts), so
// that a spelling of another scheme meets the stored skeleton exactly. A match through a scheme counts
// only on keys of that scheme's scripts (a Greeklish reading of a query says nothing of Arabic keys).
//
// | scheme | scripts | people write | stored spelling |
// |---|---|---|---|
// | Kunrei-shiki / Nihon-shiki, wāpuro | Hira, Kana | si ti tu hu zi di du, sya tyu zyo, ou oo uu oh | shi chi tsu fu ji ji zu, sha chu jo, o o u o |
// | ELOT 743 / ISO 843 | Grek | ou, av ev (αυ ευ before a consonant), ks | oy, ay ey, x |
// | Greeklish | Grek | 8 (θ), 3 (ξ), w (ω), u (ου), x (χ), h (η after a vowel, χ before one) | th, x, o, oy, ch, i / ch |
// | chat Cyrillic | Cyrl | ja ju jo je (я ю ё е), x (х), w and 6 (ш), 4 (ч), shh (щ) | ya yu yo ye, kh, sh, ch, shch |
// | Arabizi (French and Levantine) | Arab | 8 (ق), dj (ج), ch (ش), ou | q, j, sh, u |
// | Harvard-Kyoto, ITRANS | Indic abugidas | z (श), x (क्ष), gy (ज्ञ) | sh, ksh, jn |
// | long ē ō doubled (`transliteration`, ITRANS) | Guru, Taml, Telu, Knda, Mlym | ee, oo (ੇ ੋ, ே ோ, ೇ ೋ…) | e, o (skeletons read ee, oo as the informal ī ū) |
// | ISO 15919, IAST, Harvard-Kyoto, ITRANS anusvara | Indic abugidas | ṁ ṃ M (folded m) before a consonant | n (romanize.ts writes it as the nasal before a consonant) |
// | Burmese (MLCTS, BGN/PCGN, common usage, `transliteration`) | Mymr | au, eaa for ော (ကြောင် kraung); o, ui for ို (ကိုကို koko) | au, o (any-ascii: ea, iu); keys too (`keys`) |
// | Khmer (UNGEGN, ALA-LC, `transliteration`, people) | Khmr | b p, d t, g k for one letter (ប ព, ដ ទ…; not ng), q ' for អ, ny for ញ; ao oo, ei, ou for ោ ី ូ | p, t, k, nothing, nh; o, i, u; keys too (`keys`) |
//
// The digits of Arabizi (7 3 2 5 6 9), toneless pinyin with v for ü, ee/oo of informal Indic spelling
// and the many spellings of aspirates and long vowels are already alike in every skeleton (romanize.ts
// `romanSkeleton`): only what skeletons cannot unite is here.

/** A romanization scheme: rules applied in order to a query's lower-case Latin letters and digits. */
export interface QueryScheme {
  readonly name: string;
  /** ISO 15924 codes of the scripts whose keys the scheme's spellings may match. */
  readonly scripts: ReadonlySet<string>;
  readonly rules: ReadonlyArray<readonly [RegExp, string]>;
  /**
   * The stored romanizations of keys of its scripts are spelled in the scheme too (romanize.ts
   * `romanizeKey`): for letters schemes disagree on in both directions (Khmer b and p), a spelling both sides meet.
   */
  readonly keys?: boolean;
}

const INDIC = ['Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh'];

/** Greek rules both ELOT 743 and Greeklish writers need: ου, and αυ ευ before a consonant. */
const GREEK_DIPHTHONGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ou/g, 'oy'],
  [/(?<=[ae])[vf](?=[bcdfgklmnpqrstvxz]|$)/g, 'y'],
  [/ks/g, 'x'],
];

export const QUERY_SCHEMES: readonly QueryScheme[] = [
  {
    name: 'kunrei',
    scripts: new Set(['Hira', 'Kana']),
    rules: [
      [/oh(?![aeiou])/g, 'o'],
      [/ou|oo/g, 'o'],
      [/uu/g, 'u'],
      [/sy(?=[aueo])/g, 'sh'],
      [/[tc]y(?=[aueo])/g, 'ch'],
      [/[zdj]y(?=[aueo])/g, 'j'],
      [/si/g, 'shi'],
      [/ti/g, 'chi'],
      [/tu/g, 'tsu'],
      [/(?<![sc])hu/g, 'fu'],
      [/[zd]i/g, 'ji'],
      [/du/g, 'zu'],
    ],
  },
  { name: 'elot', scripts: new Set(['Grek']), rules: GREEK_DIPHTHONGS },
  {
    name: 'greeklish',
    scripts: new Set(['Grek']),
    rules: [
      [/8/g, 'th'],
      [/3/g, 'x'],
      [/w/g, 'o'],
      [/x/g, 'ch'],
      [/(?<![oae])u/g, 'ou'],
      [/(?<![tcpks])h(?=[aeiouy])/g, 'ch'],
      [/(?<![tcpks])h/g, 'i'],
      ...GREEK_DIPHTHONGS,
    ],
  },
  {
    name: 'chat-cyrillic',
    scripts: new Set(['Cyrl']),
    rules: [
      [/shh|sch/g, 'shch'],
      [/j(?=[aeiou])/g, 'y'],
      [/x/g, 'kh'],
      [/[w6]/g, 'sh'],
      [/4/g, 'ch'],
    ],
  },
  {
    name: 'arabizi',
    scripts: new Set(['Arab']),
    rules: [
      [/8/g, 'q'],
      [/dj/g, 'j'],
      [/ch/g, 'sh'],
      [/ou/g, 'u'],
    ],
  },
  {
    name: 'harvard-kyoto',
    scripts: new Set(INDIC),
    rules: [
      [/x/g, 'ksh'],
      [/gy/g, 'jn'],
      [/z/g, 'sh'],
    ],
  },
  { name: 'anusvara', scripts: new Set(INDIC), rules: [[/m(?=[cdfghjklqrstvwxyz])/g, 'n']] },
  {
    name: 'doubled-long-vowels',
    scripts: new Set(['Guru', 'Taml', 'Telu', 'Knda', 'Mlym']),
    rules: [
      [/ee/g, 'e'],
      [/oo/g, 'o'],
    ],
  },
  {
    name: 'khmer',
    scripts: new Set(['Khmr']),
    keys: true,
    rules: [
      [/b/g, 'p'],
      [/d/g, 't'],
      [/(?<!n)g/g, 'k'],
      [/q/g, ''],
      [/ny/g, 'nh'],
      [/ao|oo/g, 'o'],
      [/ei/g, 'i'],
      [/ou/g, 'u'],
    ],
  },
  {
    name: 'burmese',
    scripts: new Set(['Mymr']),
    keys: true,
    rules: [
      [/eaa?/g, 'au'],
      [/iu|ui/g, 'o'],
    ],
  },
];

/** The spelling of a key's lower-case romanization in the scheme of its script that has `keys` (or itself). */
export function keySpelling(latin: string, script: string): string {
  for (const scheme of QUERY_SCHEMES) if (scheme.keys && scheme.scripts.has(script)) return spell(scheme, latin);
  return latin;
}

/**
 * Each scheme's rules as one pattern that matches where any of them does: where it matches nowhere, no
 * rule changes the text (each rule meets the text as it was), and the scheme is passed over with one
 * scan instead of one a rule.
 */
const ANY_RULE = new WeakMap<QueryScheme, RegExp>();

function spell(scheme: QueryScheme, latin: string): string {
  let any = ANY_RULE.get(scheme);
  if (any === undefined) ANY_RULE.set(scheme, (any = new RegExp(scheme.rules.map(([rule]) => rule.source).join('|'))));
  if (!any.test(latin)) return latin;
  let spelled = latin;
  for (const [pattern, replacement] of scheme.rules) spelled = spelled.replace(pattern, replacement);
  return spelled;
}

/** The query's Latin letters in the spelling of each scheme that changes them: [scheme, spelling]. Linear. */
export function schemeSpellings(latin: string): Array<[QueryScheme, string]> {
  const out: Array<[QueryScheme, string]> = [];
  for (const scheme of QUERY_SCHEMES) {
    const spelled = spell(scheme, latin);
    if (spelled !== latin) out.push([scheme, spelled]);
  }
  return out;
}
