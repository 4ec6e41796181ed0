// RFC 5892 Appendix A.3–A.9: the contextual rules of the CONTEXTO code points, in linear time.
//
// | RFC 5892 | code point(s)      | rule (True when…)                                         | code                            |
// |----------|--------------------|-----------------------------------------------------------|---------------------------------|
// | A.3      | U+00B7 MIDDLE DOT  | Before(cp) = U+006C and After(cp) = U+006C ("l·l")          | CONTEXTO:MIDDLE_DOT             |
// | A.4      | U+0375 KERAIA      | Script(After(cp)) = Greek                                 | CONTEXTO:GREEK_KERAIA           |
// | A.5      | U+05F3 GERESH      | Script(Before(cp)) = Hebrew                               | CONTEXTO:HEBREW_GERESH          |
// | A.6      | U+05F4 GERSHAYIM   | Script(Before(cp)) = Hebrew                               | CONTEXTO:HEBREW_GERSHAYIM       |
// | A.7      | U+30FB KATAKANA ·  | some code point of the label is Hiragana, Katakana or Han | CONTEXTO:KATAKANA_MIDDLE_DOT    |
// | A.8      | U+0660..U+0669     | no code point of the label is in U+06F0..U+06F9           | CONTEXTO:ARABIC_INDIC_DIGITS    |
// | A.9      | U+06F0..U+06F9     | no code point of the label is in U+0660..U+0669           | CONTEXTO:EXTENDED_ARABIC_INDIC_DIGITS |
//
// The "For All Characters" rules (A.7–A.9) are answered from three flags gathered in one pass before
// the rules are checked, so a label of n code points costs O(n) whatever it holds — not O(n²) as in
// implementations that rescan the label for every U+0660 or U+30FB (CVE-2026-45409 in Python `idna`).
import { getScript } from '@nomina/ucd';
import { codePointBefore } from './contextj.js';

/** The CONTEXTO rules of RFC 5892 Appendix A, named as in the error codes (`CONTEXTO:<name>`). */
export type ContextoRule =
  | 'MIDDLE_DOT'
  | 'GREEK_KERAIA'
  | 'HEBREW_GERESH'
  | 'HEBREW_GERSHAYIM'
  | 'KATAKANA_MIDDLE_DOT'
  | 'ARABIC_INDIC_DIGITS'
  | 'EXTENDED_ARABIC_INDIC_DIGITS';

/** A CONTEXTO code point whose rule is not satisfied. */
export interface ContextoFailure {
  rule: ContextoRule;
  /** UTF-16 offset of the code point in the label. */
  offset: number;
  codePoint: number;
}

const MIDDLE_DOT = 0x00b7;
const GREEK_KERAIA = 0x0375;
const HEBREW_GERESH = 0x05f3;
const HEBREW_GERSHAYIM = 0x05f4;
const KATAKANA_MIDDLE_DOT = 0x30fb;
const SMALL_L = 0x006c;

// Script values as returned by @nomina/ucd `getScript` (ISO 15924 codes).
const GREEK = 'Grek';
const HEBREW = 'Hebr';
const JAPANESE = new Set(['Hira', 'Kana', 'Hani']);

const isArabicIndicDigit = (cp: number) => cp >= 0x0660 && cp <= 0x0669;
const isExtendedArabicIndicDigit = (cp: number) => cp >= 0x06f0 && cp <= 0x06f9;

/** The Appendix A rule that governs `codePoint`, or `undefined` when it is not a CONTEXTO code point. */
export function contextoRuleOf(codePoint: number): ContextoRule | undefined {
  switch (codePoint) {
    case MIDDLE_DOT:
      return 'MIDDLE_DOT';
    case GREEK_KERAIA:
      return 'GREEK_KERAIA';
    case HEBREW_GERESH:
      return 'HEBREW_GERESH';
    case HEBREW_GERSHAYIM:
      return 'HEBREW_GERSHAYIM';
    case KATAKANA_MIDDLE_DOT:
      return 'KATAKANA_MIDDLE_DOT';
  }
  if (isArabicIndicDigit(codePoint)) return 'ARABIC_INDIC_DIGITS';
  if (isExtendedArabicIndicDigit(codePoint)) return 'EXTENDED_ARABIC_INDIC_DIGITS';
  return undefined;
}

/**
 * Every CONTEXTO code point of `label` whose RFC 5892 Appendix A rule fails, in label order. `label` is a
 * U-label candidate (code points, not yet checked otherwise); O(length) time.
 */
export function checkContextO(label: string): ContextoFailure[] {
  const failures: ContextoFailure[] = [];
  // One pass for the "For All Characters" rules (A.7, A.8, A.9); most labels stop here.
  let japanese = false;
  let arabicIndic = false;
  let extendedArabicIndic = false;
  let anyContexto = false;
  for (let i = 0; i < label.length; i++) {
    const cp = label.codePointAt(i)!;
    if (cp < MIDDLE_DOT) continue;
    if (cp > 0xffff) i++;
    arabicIndic ||= isArabicIndicDigit(cp);
    extendedArabicIndic ||= isExtendedArabicIndicDigit(cp);
    anyContexto ||= contextoRuleOf(cp) !== undefined;
    // A.7: the rule reads Script (not Script_Extensions; U+30FB itself is Common). No Han, Hiragana or
    // Katakana code point lies below U+2E80 (CJK Radicals Supplement).
    if (!japanese && cp >= 0x2e80 && JAPANESE.has(getScript(cp))) japanese = true;
  }
  if (!anyContexto) return failures;
  for (let offset = 0; offset < label.length; offset++) {
    const cp = label.codePointAt(offset)!;
    const rule = contextoRuleOf(cp);
    if (rule === undefined) {
      if (cp > 0xffff) offset++;
      continue;
    }
    // Every CONTEXTO code point is in the BMP, so its neighbours start at offset - 1 (or - 2) and + 1.
    let ok: boolean;
    switch (rule) {
      case 'MIDDLE_DOT':
        ok = label.charCodeAt(offset - 1) === SMALL_L && label.charCodeAt(offset + 1) === SMALL_L;
        break; // A.3
      case 'GREEK_KERAIA':
        ok = offset + 1 < label.length && getScript(label.codePointAt(offset + 1)!) === GREEK;
        break; // A.4
      case 'HEBREW_GERESH': // A.5
      case 'HEBREW_GERSHAYIM':
        ok = offset > 0 && getScript(codePointBefore(label, offset)) === HEBREW;
        break; // A.6
      case 'KATAKANA_MIDDLE_DOT':
        ok = japanese;
        break; // A.7
      case 'ARABIC_INDIC_DIGITS':
        ok = !extendedArabicIndic;
        break; // A.8
      case 'EXTENDED_ARABIC_INDIC_DIGITS':
        ok = !arabicIndic;
        break; // A.9
    }
    if (!ok) failures.push({ rule, offset, codePoint: cp });
  }
  return failures;
}
