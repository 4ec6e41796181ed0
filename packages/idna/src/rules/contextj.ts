// CONTEXTJ rules of IDNA2008 (RFC 5892 Appendix A.1 and A.2) for one label. Shared by UTS #46
// (CheckJoiners, codes C1 and C2) and IDNA2008 registration (code CONTEXTJ).
//
// | RFC 5892 | rule |
// |---|---|
// | A.1 ZERO WIDTH NON-JOINER U+200C | after a Virama (ccc 9), or `(Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D})` |
// | A.2 ZERO WIDTH JOINER U+200D | after a Virama (ccc 9) |
//
// Linear: each scan over transparent (T) characters stops at the first non-T character, and a joiner is
// itself non-T, so every run of T characters is scanned at most twice.
import { getCombiningClass, getJoiningType } from '@nomina/ucd';

export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;
/** Canonical_Combining_Class of the Virama characters (RFC 5892 Appendix A.1: `Virama`). */
const VIRAMA = 9;

/** A joiner of LABEL whose context rule fails. */
export interface ContextJViolation {
  /** `ZWNJ` fails RFC 5892 A.1, `ZWJ` fails A.2. */
  rule: 'ZWNJ' | 'ZWJ';
  /** UTF-16 offset of the joiner in the label. */
  offset: number;
  codePoint: number;
}

/** Code point ending just before UTF-16 offset `end`, or -1 at the start (shared with CONTEXTO). */
export function codePointBefore(label: string, end: number): number {
  if (end <= 0) return -1;
  const low = label.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = label.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Joining_Type of the nearest non-transparent code point before `end` (or 'none'). */
function joiningTypeBefore(label: string, end: number): string {
  for (let i = end; i > 0; ) {
    const cp = codePointBefore(label, i);
    i -= cp > 0xffff ? 2 : 1;
    const type = getJoiningType(cp);
    if (type !== 'T') return type;
  }
  return 'none';
}

/** Joining_Type of the nearest non-transparent code point at or after `start` (or 'none'). */
function joiningTypeAfter(label: string, start: number): string {
  for (let i = start; i < label.length; ) {
    const cp = label.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const type = getJoiningType(cp);
    if (type !== 'T') return type;
  }
  return 'none';
}

/** Every ZWNJ / ZWJ of LABEL whose RFC 5892 Appendix A rule fails (empty when all are allowed). */
export function checkContextJ(label: string): ContextJViolation[] {
  const violations: ContextJViolation[] = [];
  for (let i = label.indexOf('\u200c'), j = label.indexOf('\u200d'); i >= 0 || j >= 0; ) {
    // Visit the joiners in order of offset.
    const offset = j < 0 || (i >= 0 && i < j) ? i : j;
    const codePoint = label.charCodeAt(offset);
    if (codePoint === ZWNJ) i = label.indexOf('\u200c', offset + 1);
    else j = label.indexOf('\u200d', offset + 1);
    // A.1 / A.2: If Canonical_Combining_Class(Before(cp)) .eq. Virama Then True.
    const before = codePointBefore(label, offset);
    if (before >= 0 && getCombiningClass(before) === VIRAMA) continue;
    if (codePoint === ZWNJ) {
      // A.1: If RegExpMatch((Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})) Then True.
      const left = joiningTypeBefore(label, offset);
      if (left === 'L' || left === 'D') {
        const right = joiningTypeAfter(label, offset + 1);
        if (right === 'R' || right === 'D') continue;
      }
      violations.push({ rule: 'ZWNJ', offset, codePoint });
    } else {
      violations.push({ rule: 'ZWJ', offset, codePoint });
    }
  }
  return violations;
}
