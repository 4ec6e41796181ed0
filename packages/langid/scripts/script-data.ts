// Generates src/data/scripts.ts from CLDR: which languages are written in several scripts (their tags
// always carry the script), the language a script alone names (likely subtags of `und-<Script>`), and
// the letters few languages of a script use (exemplar characters). Run through `pnpm gen`.
//
// | data                | CLDR source (cldr-core, cldr-misc-full 48)                                            |
// |---------------------|----------------------------------------------------------------------------------------|
// | scripts of language | languageData primary `_scripts`; territoryInfo `L_Scrp` used by ≥ 1% of its speakers   |
// |                     | (so not hi_Latn, 0.24%); likely subtags `L-Scrp`, `L-REGION` and `und-Scrp` (scripts   |
// |                     | CLDR marks EXCLUSION only when a region writes the language in them: `mn-CN` → Mong)   |
// | script → language   | likely subtags `und-Scrp` (none when CLDR answers `und`)                               |
// | rare letters        | main exemplars that at most RARE_IN languages of the script list (cldr-misc-full)      |
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Table } from '../../../scripts/gen-lib.js';
import { canonicalLanguage } from './corpus.js';
import { scriptCode, scriptIndex } from '../src/script/classify.js';

const require = createRequire(import.meta.url);
const supplemental = (name: string): any => require(`cldr-core/supplemental/${name}.json`).supplemental;

const TAG = /^([a-z]{2,3})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|\d{3}))?$/;

/** Scripts CLDR marks EXCLUSION (historic, notations): used only where a region writes the language in them. */
function excludedScripts(): Set<string> {
  const metadata = require('cldr-core/scriptMetadata.json').scriptMetadata as Record<string, { idUsage: string }>;
  return new Set(
    Object.entries(metadata)
      .filter(([, m]) => m.idUsage === 'EXCLUSION' || m.idUsage === 'UNKNOWN')
      .map(([code]) => code),
  );
}

/** CLDR likely subtags: `und-Olck` → `sat-Olck-IN`. */
export function likelySubtags(): Record<string, string> {
  return supplemental('likelySubtags').likelySubtags as Record<string, string>;
}

/** Share of a language's speakers (CLDR territoryInfo) from which a script they write it in counts. */
const MIN_SCRIPT_SHARE = 0.01;

/** Every script CLDR says each language is written in (see the table at the top). */
export function languageScripts(): Map<string, Set<string>> {
  const excluded = excludedScripts();
  const scripts = new Map<string, Set<string>>();
  const add = (language: string, script: string, byRegion = false): void => {
    if (script === 'Zyyy' || script === 'Zinh' || script === 'Zzzz') return;
    if (excluded.has(script) && !byRegion) return;
    const canonical = canonicalLanguage(language);
    if (!scripts.has(canonical)) scripts.set(canonical, new Set());
    scripts.get(canonical)!.add(script);
  };
  const data = supplemental('languageData').languageData as Record<string, { _scripts?: string[] }>;
  for (const [key, value] of Object.entries(data))
    if (!key.includes('-alt-')) for (const script of value._scripts ?? []) add(key, script);
  // A territory's share: a script counts when at least MIN_SCRIPT_SHARE of the language's speakers use it.
  const territories = supplemental('territoryInfo').territoryInfo as Record<
    string,
    { _population: string; languagePopulation?: Record<string, { _populationPercent: string }> }
  >;
  const speakers = new Map<string, number>();
  for (const info of Object.values(territories))
    for (const [key, value] of Object.entries(info.languagePopulation ?? {}))
      speakers.set(key, (speakers.get(key) ?? 0) + (Number(info._population) * Number(value._populationPercent)) / 100);
  for (const [key, people] of speakers) {
    const [language, script] = key.split('_');
    if (script && people >= MIN_SCRIPT_SHARE * (speakers.get(language!) ?? 0)) add(language!, script);
  }
  for (const [key, value] of Object.entries(likelySubtags())) {
    const from = TAG.exec(key);
    const to = TAG.exec(value);
    if (!from || !to?.[2]) continue;
    if (from[1] === 'und') {
      if (from[2] && to[1] !== 'und') add(to[1]!, to[2]);
    } else add(to[1]!, to[2], from[3] !== undefined && from[2] === undefined);
  }
  // A script that is part of another of the language's scripts (Hira of Jpan, Hang of Kore) is no second script.
  for (const set of scripts.values())
    for (const script of [...set]) {
      if (script === 'Hans' || script === 'Hant') continue;
      const own = [script, ...baseScripts(script)];
      const inOther = [...set].some((other) => other !== script && closure(other).some((b) => own.includes(b)));
      if (inOther) set.delete(script);
    }
  return scripts;
}

/** The CLDR likely script of a language (`sr` → `Cyrl`). */
export function likelyScriptOf(language: string): string | undefined {
  return TAG.exec(likelySubtags()[language] ?? '')?.[2];
}

/** Code points of a CLDR exemplar set (`[a b {ch} \u200C d-f]`); strings in braces are left out. */
export function exemplarCodePoints(set: string): number[] {
  const body = set.replace(/^\[|\]$/g, '');
  const out: number[] = [];
  const chars: number[] = [];
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c === '{') {
      i = body.indexOf('}', i) + 1 || body.length;
      chars.push(-1);
      continue;
    }
    if (c === '\\') {
      const u = /^\\u([0-9a-fA-F]{4})|^\\U([0-9a-fA-F]{8})|^\\u\{([0-9a-fA-F]+)\}/.exec(body.slice(i));
      if (u) {
        chars.push(parseInt(u[1] ?? u[2] ?? u[3]!, 16));
        i += u[0].length;
      } else {
        chars.push(body.codePointAt(i + 1)!);
        i += 1 + String.fromCodePoint(body.codePointAt(i + 1)!).length;
      }
      continue;
    }
    const cp = body.codePointAt(i)!;
    i += String.fromCodePoint(cp).length;
    if (c === ' ') continue;
    // A range `a-z` (an escaped `\-` was pushed above as a character).
    if (c === '-' && chars.length > 0 && chars[chars.length - 1]! >= 0 && i < body.length) {
      const next = body.codePointAt(i)!;
      i += String.fromCodePoint(next).length;
      for (let x = chars[chars.length - 1]! + 1; x <= next; x++) chars.push(x);
      continue;
    }
    chars.push(cp);
  }
  for (const cp of chars) if (cp >= 0) out.push(cp);
  return out;
}

/** Lower-case letters of a language's main and auxiliary exemplar sets (`cldr-misc-full`), by script. */
function exemplars(): { language: string; script: string; main: Set<number>; auxiliary: Set<number> }[] {
  const base = join(dirname(require.resolve('cldr-misc-full/package.json')), 'main');
  const out: { language: string; script: string; main: Set<number>; auxiliary: Set<number> }[] = [];
  for (const locale of readdirSync(base).sort()) {
    const match = TAG.exec(locale);
    // Language and language-script locales only (region variants repeat their parent).
    if (!match || match[3] || match[1] === 'und') continue;
    const file = join(base, locale, 'characters.json');
    let characters: { exemplarCharacters?: string; auxiliary?: string };
    try {
      characters = JSON.parse(readFileSync(file, 'utf8')).main[locale].characters;
    } catch {
      continue;
    }
    const letters = (set: string | undefined): Set<number> =>
      new Set(
        exemplarCodePoints(set ?? '[]')
          .map((cp) => String.fromCodePoint(cp).toLowerCase().codePointAt(0)!)
          .filter((cp) => scriptIndex(cp) !== 0 && /\p{L}/u.test(String.fromCodePoint(cp))),
      );
    const main = letters(characters.exemplarCharacters);
    const counts = new Map<number, number>();
    for (const cp of main) counts.set(scriptIndex(cp), (counts.get(scriptIndex(cp)) ?? 0) + 1);
    const script = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    if (script === undefined) continue;
    out.push({
      language: canonicalLanguage(match[1]!),
      script: scriptCode(script),
      main,
      auxiliary: letters(characters.auxiliary),
    });
  }
  return out;
}

/** Scripts whose letters are too many to list (Han, syllabaries): the model or the script alone decides. */
const NO_LETTER_TABLE = new Set(['Hani', 'Hang', 'Hira', 'Kana', 'Yiii', 'Vaii']);
/** A letter is rare in a script when at most this many CLDR languages of the script list it as a main exemplar. */
const RARE_IN = 3;

/** Speakers of `language` written in `script` (CLDR territoryInfo `L_Scrp`, or `L` when `script` is its likely one). */
function populationIn(language: string, script: string): number {
  const territories = supplemental('territoryInfo').territoryInfo as Record<
    string,
    { _population: string; languagePopulation?: Record<string, { _populationPercent: string }> }
  >;
  const likely = likelyScriptOf(language);
  let total = 0;
  for (const info of Object.values(territories))
    for (const [key, value] of Object.entries(info.languagePopulation ?? {})) {
      const [code, written] = key.split('_');
      if (canonicalLanguage(code!) !== language || (written ?? likely) !== script) continue;
      total += (Number(info._population) * Number(value._populationPercent)) / 100;
    }
  return total;
}

/**
 * Per script (of at least two CLDR languages), each language's rare letters: main exemplars that at most
 * RARE_IN languages of the script list. Languages in descending order of speakers in that script.
 */
export function rareLetters(): Map<string, [string, number[]][]> {
  const sets = exemplars().filter((e) => !NO_LETTER_TABLE.has(e.script));
  const out = new Map<string, [string, number[]][]>();
  const scripts = [...new Set(sets.map((e) => e.script))].sort();
  for (const script of scripts) {
    const inScript = sets.filter((e) => e.script === script);
    if (new Set(inScript.map((e) => e.language)).size < 2) continue;
    const listedBy = new Map<number, Set<string>>();
    for (const e of inScript)
      for (const cp of e.main) {
        if (!listedBy.has(cp)) listedBy.set(cp, new Set());
        listedBy.get(cp)!.add(e.language);
      }
    const byLanguage = new Map<string, Set<number>>();
    for (const e of inScript)
      for (const cp of e.main)
        if (scriptCode(scriptIndex(cp)) === script && listedBy.get(cp)!.size <= RARE_IN) {
          if (!byLanguage.has(e.language)) byLanguage.set(e.language, new Set());
          byLanguage.get(e.language)!.add(cp);
        }
    const rows = [...byLanguage.entries()]
      .map(([language, letters]) => ({
        language,
        letters: [...letters].sort((a, b) => a - b),
        people: populationIn(language, script),
      }))
      .sort((a, b) => b.people - a.people || (a.language < b.language ? -1 : 1));
    if (rows.length > 0)
      out.set(
        script,
        rows.map((r) => [r.language, r.letters]),
      );
  }
  return out;
}

/** The tag of `language` written in `script`: the script is named when the language has several or it is not the likely one. */
export function scriptTag(language: string, script: string, multi: Set<string>): string {
  const likely = likelyScriptOf(language);
  const within = likely === undefined ? [] : closure(likely);
  const inLikely = likely === script || within.includes(script) || baseScripts(script).some((b) => within.includes(b));
  return multi.has(language) || !inLikely ? `${language}-${script}` : language;
}

/** Every script `script` is (transitively) written with. */
function closure(script: string): string[] {
  return baseScripts(script).flatMap((base) => [base, ...closure(base)]);
}

/** Scripts a compound or subset script is written with (`Jpan` → Hani, Hira, Kana; `Hans` → Hani). */
function baseScripts(script: string): string[] {
  const variants = supplemental('scriptData').scriptData.scriptVariants;
  const entry = variants?.compound?.[script] ?? variants?.subset?.[script];
  return entry?._base ?? [];
}

export function multiScriptLanguages(): Set<string> {
  return new Set(
    [...languageScripts().entries()]
      .filter(([, set]) => set.size > 1)
      .map(([language]) => language)
      .sort(),
  );
}

/** The generator contract (scripts/gen-lib.ts). */
export function tables(): Table[] {
  const multi = multiScriptLanguages();
  const byScript: [string, string][] = [];
  for (const [key, value] of Object.entries(likelySubtags()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const from = TAG.exec(key);
    const to = TAG.exec(value);
    if (from?.[1] !== 'und' || !from[2] || from[3] || !to || to[1] === 'und') continue;
    byScript.push([from[2], scriptTag(canonicalLanguage(to[1]!), from[2], multi)]);
  }
  const rare = rareLetters();
  const rareLines: string[] = [];
  for (const [script, rows] of rare)
    for (const [language, letters] of rows)
      rareLines.push(
        `  [${JSON.stringify(script)}, ${JSON.stringify(scriptTag(language, script, multi))}, ${JSON.stringify(String.fromCodePoint(...letters))}],`,
      );
  const body = [
    `/** Languages CLDR writes in more than one script: their tags always carry the script (\`sr-Cyrl\`, \`pa-Arab\`). */`,
    `export const MULTI_SCRIPT_LANGUAGES: string = ${JSON.stringify([...multi].join(' '))};`,
    ``,
    `/** Script → the tag CLDR's likely subtags give \`und-<Script>\`: the language a script alone names. */`,
    `export const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {`,
    ...byScript.map(([script, tag]) => `  ${script}: ${JSON.stringify(tag)},`),
    `};`,
    ``,
    `/**`,
    ` * [script, tag, letters]: the letters of the tag's main exemplars that at most ${RARE_IN} CLDR languages of the script`,
    ` * list, per script in descending order of speakers in that script.`,
    ` */`,
    `export const RARE_LETTERS: readonly (readonly [string, string, string])[] = [`,
    ...rareLines,
    `];`,
    ``,
  ].join('\n');
  return [{ path: 'packages/langid/src/data/scripts.ts', sources: ['cldr-core', 'cldr-misc-full'], body }];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [table] = tables();
  console.log(table!.body);
}
