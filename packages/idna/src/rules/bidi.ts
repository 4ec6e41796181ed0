// The Bidi rule of IDNA2008 (RFC 5893 §2) for one label, and the "Bidi domain name" test (RFC 5893 §1.4).
// Shared by UTS #46 (CheckBidi, codes B1–B6) and IDNA2008 registration (codes BIDI:1–6).
//
// | RFC 5893 §2 condition | checked as |
// |---|---|
// | 1. first character L, R or AL | the first code point |
// | 2. RTL label: only R AL AN EN ES CS ET ON BN NSM | the first other code point is reported |
// | 3. RTL label: ends with R AL EN AN, then NSM* | the last code point that is not NSM (if any) |
// | 4. RTL label: not both EN and AN | the first code point of the second kind |
// | 5. LTR label: only L EN ES CS ET ON BN NSM | the first other code point is reported |
// | 6. LTR label: ends with L EN, then NSM* | the last code point that is not NSM (if any) |
//
// The direction of the label for conditions 2-6 is that of its first character (condition 1: "If it has the
// R or AL property, it is an RTL label; if it has the L property, it is an LTR label"). A label whose first
// character is none of these fails condition 1 only: it has no direction to check the others against (this
// is also what IdnaTestV2 expects). Whether a DOMAIN is a Bidi domain name uses the §1.4 definition of an
// RTL label instead: one that contains an R, AL or AN character.
// One linear pass; at most one violation per condition. Empty labels have no violation (length rules
// such as UTS #46 A4_2 / X4_2 deal with them).
import { getBidiClass, type BidiClass } from '@nomina/ucd';

export type BidiCondition = 1 | 2 | 3 | 4 | 5 | 6;

/** A failed condition of RFC 5893 §2, where it failed. */
export interface BidiViolation {
  condition: BidiCondition;
  /** UTF-16 offset in the label. */
  offset: number;
  codePoint: number;
}

const RTL_ALLOWED: ReadonlySet<BidiClass> = new Set(['R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);
const LTR_ALLOWED: ReadonlySet<BidiClass> = new Set(['L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);

function isRtlClass(bidi: BidiClass): boolean {
  return bidi === 'R' || bidi === 'AL' || bidi === 'AN';
}

/** RFC 5893 §1.4: the label contains a character of Bidi_Class R, AL or AN (an "RTL label"). */
export function isRtlLabel(label: string): boolean {
  return isRtlRange(label, 0, label.length);
}

/** `isRtlLabel` of the label TEXT[START, END) (no slice: UTS #46 works on ranges of the mapped domain). */
export function isRtlRange(label: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const unit = label.charCodeAt(i);
    // Below U+0590 every character is L, EN, ES, CS, ET, ON, BN, NSM, WS, S or B: skip the lookup.
    if (unit < 0x0590) continue;
    const cp = label.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isRtlClass(getBidiClass(cp))) return true;
  }
  return false;
}

/** RFC 5893 §1.4: a domain name with at least one RTL label. Accepts the domain or its labels. */
export function isBidiDomainName(domain: string | readonly string[]): boolean {
  return typeof domain === 'string' ? isRtlLabel(domain) : domain.some(isRtlLabel);
}

/** ASCII letter (Bidi_Class L). */
const isAsciiLetter = (unit: number): boolean => (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;
/** ASCII digit (Bidi_Class EN). */
const isAsciiDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/**
 * An ASCII label of letters (L), digits (EN) and hyphen-minus (ES) that begins with a letter and ends with
 * a letter or digit: an LTR label that satisfies conditions 1, 5 and 6, i.e. the whole rule (the common
 * `com`, `org` of a Bidi domain name), found without the Bidi_Class lookups.
 */
function isLtrLdhLabel(label: string, start: number, end: number): boolean {
  if (!isAsciiLetter(label.charCodeAt(start))) return false;
  const last = label.charCodeAt(end - 1);
  if (!isAsciiLetter(last) && !isAsciiDigit(last)) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const unit = label.charCodeAt(i);
    if (!isAsciiLetter(unit) && !isAsciiDigit(unit) && unit !== 0x2d) return false;
  }
  return true;
}

/** Every condition of RFC 5893 §2 that LABEL fails (empty when the label satisfies the Bidi rule). */
export function checkBidiRule(label: string): BidiViolation[] {
  return checkBidiRange(label, 0, label.length) ?? [];
}

/**
 * `checkBidiRule` of the label TEXT[START, END), offsets relative to START; undefined when the label
 * satisfies the rule (no array for the common case).
 */
export function checkBidiRange(label: string, start: number, end: number): BidiViolation[] | undefined {
  if (end === start || isLtrLdhLabel(label, start, end)) return undefined;
  const violations: BidiViolation[] = [];
  // Condition 1: the first character has Bidi property L, R or AL; it gives the label's direction.
  const first = label.codePointAt(start)!;
  const firstClass = getBidiClass(first);
  if (firstClass !== 'L' && firstClass !== 'R' && firstClass !== 'AL') {
    violations.push({ condition: 1, offset: 0, codePoint: first });
    return violations;
  }
  const rtl = firstClass !== 'L';
  const allowed = rtl ? RTL_ALLOWED : LTR_ALLOWED;

  let disallowed: BidiViolation | undefined; // condition 2 or 5
  let lastOffset = -1; // last code point that is not NSM
  let lastCodePoint = -1;
  let lastClass: BidiClass = 'NSM';
  let seenEN = false;
  let seenAN = false;
  let mixedNumbers: BidiViolation | undefined; // condition 4
  for (let i = start; i < end; i++) {
    const cp = label.codePointAt(i)!;
    const offset = i - start;
    if (cp > 0xffff) i++;
    const bidi = getBidiClass(cp);
    if (!disallowed && !allowed.has(bidi)) disallowed = { condition: rtl ? 2 : 5, offset, codePoint: cp };
    if (bidi !== 'NSM') {
      lastOffset = offset;
      lastCodePoint = cp;
      lastClass = bidi;
    }
    if (bidi === 'EN') seenEN = true;
    else if (bidi === 'AN') seenAN = true;
    if (rtl && !mixedNumbers && seenEN && seenAN) mixedNumbers = { condition: 4, offset, codePoint: cp };
  }
  if (disallowed) violations.push(disallowed);
  // Conditions 3 and 6: the last character that is not NSM.
  if (lastOffset >= 0) {
    const endOk = rtl
      ? lastClass === 'R' || lastClass === 'AL' || lastClass === 'EN' || lastClass === 'AN'
      : lastClass === 'L' || lastClass === 'EN';
    if (!endOk) violations.push({ condition: rtl ? 3 : 6, offset: lastOffset, codePoint: lastCodePoint });
  }
  if (mixedNumbers) violations.push(mixedNumbers);
  if (violations.length === 0) return undefined;
  return violations.sort((a, b) => a.condition - b.condition);
}
