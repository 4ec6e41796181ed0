// The one error catalogue of @nomina/idna. Every function of the package reports problems as `IdnaIssue`
// values (@nomina/core's `Issue`, never exceptions); only the `assert*` helpers throw, always an
// `IdnaAssertionError` (a `NominaError`).
//
// | codes | rule |
// |---|---|
// | `P1`, `V1`…`V8`, `U1`, `A3`, `A4_1`, `A4_2`, `B1`…`B6`, `C1`, `C2`, `X4_2` | UTS #46 status codes, exactly as in IdnaTestV2.txt |
// | `PUNYCODE_*` | RFC 3492 conversion failures (see punycode/rfc3492.ts) |
// | `INPUT_TOO_LONG` | a named limit of limits.ts, checked before any work |
// | `DISALLOWED` … `U_A_MISMATCH` | IDNA2008 registration (RFC 5890-5893), see idna2008/ |
// | `FORBIDDEN_DOMAIN_CODE_POINT` | URL Standard domain to ASCII (uts46/url.ts) |
import { errorIssue, NominaError, type Issue } from '@nomina/core';
import type { PunycodeErrorCode } from './punycode/rfc3492.js';

/** UTS #46 status codes (UTS #46 §4 Processing, §4.1 Validity Criteria, §4.2 ToASCII; IdnaTestV2 header). */
export type Uts46ErrorCode =
  /** Before Unicode 15.1, §4 step 1 (a disallowed code point); since then reported as V7. Never produced. */
  | 'P1'
  /** §4 step 4.1: an `xn--` label that is not ASCII, is not valid Punycode, or decodes to an empty or ASCII-only label. */
  | 'P4'
  /** §4.1 V1: the label is not in Unicode Normalization Form C. */
  | 'V1'
  /** §4.1 V2 (CheckHyphens): hyphen-minus in both the 3rd and 4th positions. */
  | 'V2'
  /** §4.1 V3 (CheckHyphens): the label begins or ends with hyphen-minus. */
  | 'V3'
  /** §4.1 V4: the label (after Punycode decoding) begins with `xn--`. */
  | 'V4'
  /** §4.1 V5: the label contains U+002E FULL STOP (cannot happen after splitting; kept for completeness). */
  | 'V5'
  /** §4.1 V6: the label begins with a combining mark (General_Category Mark). */
  | 'V6'
  /** §4.1 V7: a code point that is not valid (or deviation under transitional processing). */
  | 'V7'
  /** §4.1 V8 (CheckBidi): reserved by UTS #46 for the Bidi rule; reported as B1–B6 here like IdnaTestV2. */
  | 'V8'
  /** UseSTD3ASCIIRules: an ASCII code point other than letters, digits and hyphen-minus. */
  | 'U1'
  /** §4.2 ToASCII step 3: Punycode encoding failed (a lone surrogate, or a label over the Punycode limit). */
  | 'A3'
  /** §4.2 step 4 (VerifyDnsLength): the domain is longer than 253 octets (or empty). */
  | 'A4_1'
  /** §4.2 step 4 (VerifyDnsLength): a label is empty or longer than 63 octets. */
  | 'A4_2'
  /** RFC 5893 §2 conditions 1–6 of the Bidi rule (CheckBidi). */
  | 'B1'
  | 'B2'
  | 'B3'
  | 'B4'
  | 'B5'
  | 'B6'
  /** RFC 5892 Appendix A.1 ZERO WIDTH NON-JOINER (CheckJoiners). */
  | 'C1'
  /** RFC 5892 Appendix A.2 ZERO WIDTH JOINER (CheckJoiners). */
  | 'C2'
  /** ToUnicode: an empty label other than the root (formerly reported as A4_2; IdnaTestV2 header). */
  | 'X4_2';

/** IDNA2008 registration codes (RFC 5890-5893), used by idna2008/. */
export type Idna2008ErrorCode =
  | 'DISALLOWED'
  | 'UNASSIGNED'
  | 'CONTEXTJ'
  | `CONTEXTO:${'MIDDLE_DOT' | 'GREEK_KERAIA' | 'HEBREW_GERESH' | 'HEBREW_GERSHAYIM' | 'KATAKANA_MIDDLE_DOT' | 'ARABIC_INDIC_DIGITS' | 'EXTENDED_ARABIC_INDIC_DIGITS'}`
  | `BIDI:${1 | 2 | 3 | 4 | 5 | 6}`
  | 'HYPHEN_3_4'
  | 'HYPHEN_START'
  | 'HYPHEN_END'
  | 'LEADING_COMBINING_MARK'
  | 'NOT_NFC'
  | 'LABEL_TOO_LONG'
  | 'DOMAIN_TOO_LONG'
  | 'EMPTY_LABEL'
  | 'A_LABEL_INVALID'
  | 'A_LABEL_UPPERCASE'
  | 'A_LABEL_NOT_CANONICAL'
  | 'A_LABEL_ASCII_ONLY'
  | 'U_A_MISMATCH';

/** URL Standard codes (`domainToASCII`), named after its validation errors. */
export type UrlErrorCode =
  /** "domain-invalid-code-point": the result holds a forbidden domain code point (`a:b`, `a%b`, U+001F…). */
  'FORBIDDEN_DOMAIN_CODE_POINT';

/** Every code an `IdnaIssue` can carry. Extend by adding a member to one of the unions above. */
export type IdnaErrorCode =
  | Uts46ErrorCode
  | Idna2008ErrorCode
  | PunycodeErrorCode
  | UrlErrorCode
  /** The input is longer than `MAX_INPUT_LENGTH` (limits.ts); nothing else was checked. */
  | 'INPUT_TOO_LONG';

/** One problem found in a domain name: the one `Issue` shape of @nomina/core, with the codes above. */
export type IdnaIssue = Issue<IdnaErrorCode>;

/**
 * @deprecated Use `IdnaIssue` (the same object: `code`, `message`, `severity`, `label`, `offset`,
 * `codePoint`). `label` is the 0-based label index (-1 for the whole domain), `offset` the UTF-16 offset in
 * the label (-1 when not applicable), `codePoint` the code point concerned (-1 when not applicable).
 */
export type IdnaError = IdnaIssue;

/** Builds an error `IdnaIssue` (positional: hot paths). Internal; the shape is fixed by @nomina/core. */
export const idnaError: (
  code: IdnaErrorCode,
  message: string,
  label?: number,
  offset?: number,
  codePoint?: number,
) => IdnaIssue = errorIssue;

/** The one error class the `assert*` helpers of this package throw: a `NominaError` with IDNA codes. */
export class IdnaAssertionError extends NominaError<IdnaErrorCode> {
  override name = 'IdnaAssertionError';
  /** @deprecated Use `issues` (the same array). */
  get errors(): readonly IdnaIssue[] {
    return this.issues;
  }
}

/** @deprecated Import `formatCodePoint` from @nomina/core (re-exported here for compatibility). */
export { formatCodePoint } from '@nomina/core';
