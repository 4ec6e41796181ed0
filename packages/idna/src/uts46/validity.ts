// UTS #46 §4.1 Validity Criteria for one label (V1–V7, U1, and C1/C2 through the shared CONTEXTJ rules).
// The Bidi rule (V8, reported as B1–B6) needs the whole domain and is applied in ./process.ts.
import { isLowerLdh } from '../ascii.js';
import { formatCodePoint } from '@nomina/core';
import { idnaError, type IdnaIssue } from '../errors.js';
import { KIND, mappingValue } from '../mapping/lookup.js';
import { checkContextJ } from '../rules/contextj.js';
import type { ResolvedOptions } from './options.js';

const HYPHEN = 0x2d;

const isHighSurrogate = (unit: number): boolean => (unit & 0xfc00) === 0xd800;

/** UTF-16 offset (from START) of the third code point of the label TEXT[START, END). */
function offsetOfThirdCodePoint(text: string, start: number, end: number): number {
  if (!isHighSurrogate(text.charCodeAt(start)) && !isHighSurrogate(text.charCodeAt(start + 1))) return 2;
  let offset = start;
  for (let n = 0; n < 2 && offset < end; n++) {
    const unit = text.charCodeAt(offset);
    offset += unit >= 0xd800 && unit <= 0xdbff && offset + 1 < end ? 2 : 1;
  }
  return offset - start;
}

/**
 * Appends to ERRORS every §4.1 criterion the label TEXT[START, END) (number INDEX) fails, offsets relative
 * to START (labels are ranges of the mapped domain: no slice). TRANSITIONAL chooses the criteria
 * (deviations are invalid under transitional processing). SCAN checks every code point (V7, U1, C1/C2; and
 * V1 NFC for a label decoded from Punycode): the caller skips it for mapped labels the mapping pass found
 * clean. Returns whether the label has an R, AL or AN character (known only when scanned).
 */
export function validateLabel(
  text: string,
  start: number,
  end: number,
  index: number,
  options: ResolvedOptions,
  transitional: boolean,
  scan: boolean,
  decoded: boolean,
  errors: IdnaIssue[],
): boolean {
  const length = end - start;
  if (length === 0) return false;
  if (options.checkHyphens) {
    // V2: no U+002D HYPHEN-MINUS in both the third and fourth positions (code points, not UTF-16 units).
    if (length >= 4) {
      const third = offsetOfThirdCodePoint(text, start, end);
      if (
        third + 1 < length &&
        text.charCodeAt(start + third) === HYPHEN &&
        text.charCodeAt(start + third + 1) === HYPHEN
      ) {
        errors.push(idnaError('V2', 'hyphen-minus in the 3rd and 4th positions', index, third, HYPHEN));
      }
    }
    // V3: neither begin nor end with U+002D HYPHEN-MINUS.
    if (text.charCodeAt(start) === HYPHEN)
      errors.push(idnaError('V3', 'label begins with hyphen-minus', index, 0, HYPHEN));
    if (text.charCodeAt(end - 1) === HYPHEN)
      errors.push(idnaError('V3', 'label ends with hyphen-minus', index, length - 1, HYPHEN));
  }
  // V4: the label must not begin with "xn--" (a Punycode label that decodes to another ACE label).
  if (decoded && text.startsWith('xn--', start)) errors.push(idnaError('V4', 'label begins with "xn--"', index, 0));
  // V5 (no U+002E FULL STOP) holds by construction: labels are split at every full stop.
  // V6: the label must not begin with a combining mark (General_Category Mark).
  const first = text.charCodeAt(start) < 0x300 ? 0 : text.codePointAt(start)!;
  if (first !== 0 && mappingValue(first) & KIND.MARK_FLAG) {
    errors.push(idnaError('V6', `label begins with the combining mark ${formatCodePoint(first)}`, index, 0, first));
  }
  if (!scan) return false;
  // V7: each code point valid (or, for nontransitional processing, deviation); U1 for UseSTD3ASCIIRules.
  let joiners = false;
  let flags = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (isLowerLdh(unit)) continue;
      if (unit >= 0x41 && unit <= 0x5a) {
        errors.push(
          idnaError('V7', `${formatCodePoint(unit)} is mapped (upper case), not valid`, index, i - start, unit),
        );
      }
      if (options.useSTD3ASCIIRules) {
        errors.push(
          idnaError(
            'U1',
            `${formatCodePoint(unit)} is not a letter, digit or hyphen-minus (STD3)`,
            index,
            i - start,
            unit,
          ),
        );
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const at = i - start;
    if (cp > 0xffff) i++;
    const value = mappingValue(cp);
    flags |= value;
    const kind = value & KIND.KIND_MASK;
    if (kind === KIND.VALID) continue;
    if (kind === KIND.DEVIATION && !transitional) {
      joiners ||= cp === 0x200c || cp === 0x200d;
      continue;
    }
    errors.push(idnaError('V7', `${formatCodePoint(cp)} is not valid in a label`, index, at, cp));
  }
  // V1: the label must be in Unicode Normalization Form NFC (mapped labels were normalized in step 2).
  if (decoded && flags & KIND.NFC_FLAG) {
    const label = text.slice(start, end);
    if (label.normalize('NFC') !== label) errors.push(idnaError('V1', 'label is not in NFC', index, 0));
  }
  // C1, C2 (CheckJoiners): RFC 5892 Appendix A.1 / A.2.
  if (options.checkJoiners && joiners) {
    for (const v of checkContextJ(text.slice(start, end))) {
      const code = v.rule === 'ZWNJ' ? 'C1' : 'C2';
      errors.push(
        idnaError(
          code,
          `${v.rule} at ${v.offset} fails its CONTEXTJ rule (RFC 5892 Appendix A)`,
          index,
          v.offset,
          v.codePoint,
        ),
      );
    }
  }
  return (flags & KIND.RTL_FLAG) !== 0;
}
