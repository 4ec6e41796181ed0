// @nomina/ucd/case-folding — Unicode case folding (CaseFolding.txt; Unicode §3.13 toCaseFold, UAX #44).
//
// | Function           | Folding                     | CaseFolding.txt statuses |
// | ------------------ | --------------------------- | ------------------------ |
// | caseFolding        | full, one code point        | C + F                    |
// | foldCase           | full, a whole string        | C + F                    |
// | simpleCaseFolding  | simple, one code point      | C + S                    |
// The Turkic foldings (status T) are not applied, as in the default folding.
import { CASE_FOLDING_PAIRS, SIMPLE_CASE_FOLDING_PAIRS } from '../data/case-folding.js';
import { decodePairs, requireNumber } from '../pairs.js';

export { CASE_FOLDING_PAIRS, SIMPLE_CASE_FOLDING_PAIRS };
export { UNICODE_VERSION } from '../data/version.js';

let full: Map<number, string> | undefined;
let simple: Map<number, string> | undefined;

/**
 * Full case folding of a code point (statuses C + F): its folding as a string, or `undefined` when it
 * folds to itself (also for numbers that are not code points). `caseFolding(0xDF)` is `'ss'`. A non-number
 * is a programmer error (TypeError).
 */
export function caseFolding(cp: number): string | undefined {
  requireNumber(cp);
  return (full ??= decodePairs(CASE_FOLDING_PAIRS)).get(cp);
}

/** Simple case folding of a code point (statuses C + S): one code point, `cp` itself when it has none. */
export function simpleCaseFolding(cp: number): number {
  requireNumber(cp);
  const s = (simple ??= decodePairs(SIMPLE_CASE_FOLDING_PAIRS)).get(cp);
  if (s !== undefined) return s.codePointAt(0)!;
  const f = caseFolding(cp);
  return f !== undefined && f.length === (f.codePointAt(0)! > 0xffff ? 2 : 1) ? f.codePointAt(0)! : cp;
}

/** Full case folding of a string (toCaseFold), linear. Lone surrogates are kept as they are; a non-string throws TypeError. */
export function foldCase(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`expected a string, got ${typeof text}`);
  let out = '';
  for (const char of text) out += caseFolding(char.codePointAt(0)!) ?? char;
  return out;
}
