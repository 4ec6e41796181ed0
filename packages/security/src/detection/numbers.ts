// Mixed-number detection (UTS #39 §5.3).
//
// | UTS #39 §5.3                                                          | Here                    |
// | --------------------------------------------------------------------- | ----------------------- |
// | for each character with General_Category Nd, find its zero (the       | digitZero: Nd digits    |
// |   character of numeric value 0 of the same decimal system)            |   come in runs of ten   |
// | the string has mixed numbers when the set of zeros has more than one  | detectMixedNumbers      |
//
// Unicode encodes every decimal system as contiguous runs of ten, from 0 to 9 (Unicode §4.6), so the
// zero of a digit is found from General_Category alone, without a Numeric_Value table.
import { formatCodePoint, issue, requireString, type Outcome } from '@nomina/core';
import { getGeneralCategory } from '@nomina/ucd';
import { tooLongIssue, type SecurityIssue, type SecurityIssueCode } from '../issues.js';
import { tooLong } from '../limits.js';

const zeros = new Map<number, number>();

/** The zero of the decimal system of `codePoint` (General_Category Nd), or -1 for any other code point. */
export function digitZero(codePoint: number): number {
  if (getGeneralCategory(codePoint) !== 'Nd') return -1;
  const known = zeros.get(codePoint);
  if (known !== undefined) return known;
  let start = codePoint;
  while (getGeneralCategory(start - 1) === 'Nd') start--;
  const zero = start + Math.floor((codePoint - start) / 10) * 10;
  for (let d = 0; d < 10; d++) zeros.set(zero + d, zero);
  return zero;
}

export interface MixedNumbers extends Outcome<SecurityIssueCode> {
  /** The zero of each decimal system used, in order of appearance (U+0030 for ASCII digits). */
  readonly systems: readonly number[];
}

/** UTS #39 §5.3: the decimal systems of the digits of `text`; more than one is a `MIXED_NUMBERS` error. */
export function detectMixedNumbers(text: string): MixedNumbers {
  requireString(text, 'text');
  if (tooLong(text)) return { ok: false, issues: [tooLongIssue(text)], systems: [] };
  const systems: number[] = [];
  const issues: SecurityIssue[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const zero = cp < 0x80 ? (cp >= 0x30 && cp <= 0x39 ? 0x30 : -1) : digitZero(cp);
    if (zero >= 0 && !systems.includes(zero)) {
      systems.push(zero);
      if (systems.length === 2) {
        issues.push(
          issue(
            'MIXED_NUMBERS',
            `digits of two decimal systems (zeros ${formatCodePoint(systems[0]!)} and ${formatCodePoint(zero)}) (UTS #39 §5.3)`,
            { offset: i, codePoint: cp },
          ),
        );
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return { ok: issues.length === 0, issues, systems };
}
