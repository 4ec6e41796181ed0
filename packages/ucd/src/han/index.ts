// @nomina/ucd/han — Unihan variants (UAX #38 kSimplifiedVariant, kTraditionalVariant).
// NB: UNIHAN_VERSION is 16.0.0: no npm package carries the Unihan database of Unicode 17.0.0 yet.
//
// | Export                                    | What                                                      |
// | ----------------------------------------- | --------------------------------------------------------- |
// | simplifiedHan, HAN_SIMPLIFIED_PAIRS        | traditional → simplified (first kSimplifiedVariant)       |
// | hanVariantKind, HAN_SIMPLIFIED_ONLY, …     | simplified-only / traditional-only ideographs, U+4E00..U+9FFF |
import { HAN_SIMPLIFIED_ONLY, HAN_SIMPLIFIED_PAIRS, HAN_TRADITIONAL_ONLY, UNIHAN_VERSION } from '../data/han.js';
import { decodePairs, requireNumber } from '../pairs.js';

export { HAN_SIMPLIFIED_ONLY, HAN_SIMPLIFIED_PAIRS, HAN_TRADITIONAL_ONLY, UNIHAN_VERSION };

let toSimplified: Map<number, string> | undefined;
let kinds: Map<number, 'simplified' | 'traditional'> | undefined;

/**
 * The simplified form of a traditional ideograph: the first code point its kSimplifiedVariant names, or
 * `undefined` when it has none or is its own simplified form (乾 U+4E7E).
 */
export function simplifiedHan(cp: number): number | undefined {
  requireNumber(cp);
  return (toSimplified ??= decodePairs(HAN_SIMPLIFIED_PAIRS)).get(cp)?.codePointAt(0);
}

function decodeGaps(
  gaps: string,
  kind: 'simplified' | 'traditional',
  into: Map<number, 'simplified' | 'traditional'>,
): void {
  let cp = 0x4e00;
  for (const gap of gaps.split(',')) into.set((cp += parseInt(gap, 36)), kind);
}

/**
 * Whether an ideograph of U+4E00..U+9FFF marks simplified or traditional text: `'simplified'` when it has a
 * different kTraditionalVariant and no different kSimplifiedVariant, `'traditional'` for the converse,
 * else `undefined`.
 */
export function hanVariantKind(cp: number): 'simplified' | 'traditional' | undefined {
  requireNumber(cp);
  if (!kinds) {
    kinds = new Map();
    decodeGaps(HAN_SIMPLIFIED_ONLY, 'simplified', kinds);
    decodeGaps(HAN_TRADITIONAL_ONLY, 'traditional', kinds);
  }
  return kinds.get(cp);
}
