// The one table that maps labels of the evaluation sets and answers of every detector to a
// comparable language key.
//
// | source                     | scheme                                   | example            |
// |----------------------------|------------------------------------------|--------------------|
// | Lingua test data           | ISO 639-1 file names                     | `sr`, `zh`, `nb`   |
// | Tatoeba test sample        | ISO 639-3 (some macro/collective) + script | `srp_Latn`, `cmn_Hans`, `ara`, `que` |
// | AmericasNLP 2021 test      | file extensions                          | `aym`, `gn`, `nah`, `oto` |
// | @nomina/langid             | BCP 47 (CLDR-canonical, script when needed) | `sr-Latn`, `zh-Hant`, `qu` |
// | franc, franc-all           | ISO 639-3                                | `srp`, `cmn`, `spa` |
// | eld, tinyld                | ISO 639-1                                | `sr`, `zh`         |
//
// Rule: a key is the language subtag after (1) the script/region part is dropped, (2) CLDR
// canonicalization (`bcp-47-normalize`: overlong ISO 639-3 → 639-1, macrolanguage members → the
// macrolanguage, e.g. `cmn`→`zh`, `pes`→`fa`, `arb`→`ar`, `quz`→`qu`), then (3) MACRO below for the
// members CLDR does not fold. An answer is right when its key equals the label's key. Scripts are
// scored separately (script pairs) because the peers answer no script.
import { bcp47Normalize } from 'bcp-47-normalize';

/**
 * Varieties folded into the language a label or a peer names for them. Arabic varieties, Quechua,
 * Nahuatl and Otomi varieties are folded because the sets use collective codes (`ara`, `que`, `nah`,
 * `oto`) and no peer distinguishes the members.
 */
export const MACRO: Readonly<Record<string, string>> = {
  // Arabic varieties (Tatoeba: acm Mesopotamian, afb Gulf, ary Moroccan, arz Egyptian, arq Algerian, apc Levantine).
  acm: 'ar',
  afb: 'ar',
  ary: 'ar',
  arz: 'ar',
  arq: 'ar',
  apc: 'ar',
  ajp: 'ar',
  aeb: 'ar',
  // Quechua and Quichua varieties (AmericasNLP `quy`; Tatoeba `que`).
  quy: 'qu',
  que: 'qu',
  qub: 'qu',
  qud: 'qu',
  quf: 'qu',
  qug: 'qu',
  quh: 'qu',
  quk: 'qu',
  qul: 'qu',
  qup: 'qu',
  qva: 'qu',
  qvc: 'qu',
  qve: 'qu',
  qvh: 'qu',
  qvm: 'qu',
  qvn: 'qu',
  qvo: 'qu',
  qvw: 'qu',
  qwh: 'qu',
  qxn: 'qu',
  qxu: 'qu',
  // Nahuatl (AmericasNLP `nah` is a collective code).
  nhn: 'nah',
  nhe: 'nah',
  nhw: 'nah',
  nch: 'nah',
  ngu: 'nah',
  azz: 'nah',
  nhi: 'nah',
  nhy: 'nah',
  nsu: 'nah',
  ncj: 'nah',
  nhx: 'nah',
  naz: 'nah',
  // Otomi (AmericasNLP `oto` is the Otomian family code).
  ote: 'oto',
  otm: 'oto',
  otn: 'oto',
  otq: 'oto',
  ots: 'oto',
  ott: 'oto',
  otz: 'oto',
  otx: 'oto',
  // Guarani, Aymara: individual codes of the macrolanguage.
  gug: 'gn',
  gui: 'gn',
  gun: 'gn',
  gnw: 'gn',
  grn: 'gn',
  ayr: 'ay',
  ayc: 'ay',
  aym: 'ay',
  // Tatoeba collective or alternative codes.
  toki: 'tok',
  // Tatoeba-Challenge codes for another language than their text's: `bub` is Buriat (the sentences of
  // `bua_Cyrl`; ISO bub is Bua, of Chad), `pmn` is Kapampangan (as `pam_Latn`; ISO pmn is Pam, of Cameroon).
  bub: 'bua',
  pmn: 'pam',
  kur: 'ku',
  kmr: 'ku',
  zlm: 'ms',
  zsm: 'ms',
  lvs: 'lv',
  ekk: 'et',
  als: 'sq',
  aln: 'sq',
  uzn: 'uz',
  uzs: 'uz',
  azj: 'az',
  khk: 'mn',
  swh: 'sw',
  fil: 'tl',
  tgl: 'tl',
  pes: 'fa',
  prs: 'fa',
  pnb: 'pa',
  bos: 'bs',
  // Malay written by peers as `ms`; Chinese macrolanguage already folded by CLDR.
};

const cache = new Map<string, string>();

/** Comparable language key of a label or answer (`srp_Latn` → `sr`, `cmn` → `zh`, `que` → `qu`). */
export function languageKey(code: string): string {
  let key = cache.get(code);
  if (key !== undefined) return key;
  const base = code.replace('_', '-').split('-')[0]!.toLowerCase();
  const folded = MACRO[base] ?? base;
  let normalized = folded;
  try {
    normalized = bcp47Normalize(folded).split('-')[0]!.toLowerCase() || folded;
  } catch {
    normalized = folded;
  }
  key = MACRO[normalized] ?? normalized;
  cache.set(code, key);
  return key;
}

/** Script part of a label or tag (`srp_Latn` → `Latn`), or undefined. */
export function scriptOf(code: string): string | undefined {
  return code.split(/[-_]/).find((part) => /^[A-Z][a-z]{3}$/.test(part));
}

export function sameLanguage(label: string, answer: string): boolean {
  return languageKey(label) === languageKey(answer);
}
