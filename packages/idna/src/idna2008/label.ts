// RFC 5891 §4 (registration) and §5 (lookup) checks of one label, as a registry receives it.
//
// | RFC                | check                                                        | code                      | lookup (§5.4) |
// |--------------------|--------------------------------------------------------------|---------------------------|---------------|
// | 5891 §4.1          | the U-label is in NFC                                        | NOT_NFC                   | yes           |
// | 5891 §4.2.2        | no DISALLOWED or UNASSIGNED code point (RFC 5892)            | DISALLOWED, UNASSIGNED    | yes           |
// | 5891 §4.2.3.1      | no "--" in positions 3 and 4                                 | HYPHEN_3_4                | yes           |
// | 5891 §4.2.3.1      | does not start / end with "-"                                | HYPHEN_START, HYPHEN_END  | no            |
// | 5891 §4.2.3.2      | does not begin with a combining mark (General_Category M)    | LEADING_COMBINING_MARK    | yes           |
// | 5891 §4.2.3.3      | CONTEXTJ rules (RFC 5892 A.1, A.2)                            | CONTEXTJ                  | yes           |
// | 5891 §4.2.3.3      | CONTEXTO rules (RFC 5892 A.3–A.9)                             | CONTEXTO:<rule>           | no (§5.4: only "a rule exists") |
// | 5891 §4.2.1, §5.3  | an A-label is lower case                                     | A_LABEL_UPPERCASE         | no (§5.3 lower-cases it) |
// | 5890 §2.3.2.1      | an A-label decodes (RFC 3492) to a non-ASCII U-label          | A_LABEL_INVALID, A_LABEL_ASCII_ONLY | yes |
// | 5891 §4.2.1, §5.3  | the decoded U-label re-encodes to the same A-label           | A_LABEL_NOT_CANONICAL     | yes           |
// | 5891 §4.4, 5890 §2.3.2.1 | the A-label (or LDH label) has at most 63 octets        | LABEL_TOO_LONG            | yes           |
// | 1123 §2.1, 5890 §2.3.1 | an all-ASCII label is letters, digits and hyphens (case-insensitive) | DISALLOWED     | yes           |
//
// The Bidi rule (RFC 5893) depends on the whole domain name and is applied by domain.ts.
// Offsets are UTF-16 offsets in the U-label (for an A-label: in the U-label it decodes to; for
// A_LABEL_INVALID, in the A-label).
import { getGeneralCategory } from '@nomina/ucd';
import { formatCodePoint, isAscii } from '@nomina/core';
import { idnaError, type IdnaIssue, type IdnaErrorCode } from '../errors.js';
import { MAX_LABEL_OCTETS } from '../limits.js';
import { ACE_PREFIX } from '../punycode/domain.js';
import { decode, encode } from '../punycode/rfc3492.js';
import { checkContextJ } from '../rules/contextj.js';
import { checkContextO } from '../rules/contexto.js';
import { getIdna2008Property, type Idna2008Property } from './property.js';

/** `registration`: RFC 5891 §4, what a registry enforces. `lookup`: RFC 5891 §5.4, what a resolver enforces. */
export type Profile = 'registration' | 'lookup';
export const PROFILES: readonly Profile[] = /* @__PURE__ */ Object.freeze(['registration', 'lookup'] as const);

/** How a label was given: all-ASCII letters-digits-hyphens, `xn--` A-label, Unicode U-label, or empty. */
export type LabelKind = 'ldh' | 'a-label' | 'u-label' | 'empty';

export interface CheckedLabel {
  kind: LabelKind;
  /** The Unicode form: the decoded A-label, the lower-cased LDH label, or the input. */
  uLabel: string;
  /** The ASCII form (`xn--…` for non-ASCII labels); `''` when it cannot be computed. */
  aLabel: string;
  /** Every registration problem (a superset of the lookup problems: see `appliesToLookup`). */
  issues: IdnaIssue[];
}

const HYPHEN = 0x2d;

/** True for the codes RFC 5891 §5.4 also enforces at lookup; the others are registration-only. */
export function appliesToLookup(code: IdnaErrorCode): boolean {
  return !(
    code === 'HYPHEN_START' ||
    code === 'HYPHEN_END' ||
    code === 'A_LABEL_UPPERCASE' ||
    code.startsWith('CONTEXTO:')
  );
}

/** RFC 1123 §2.1 letters, digits and hyphen, either case. */
function isLdhCode(unit: number): boolean {
  return (
    (unit >= 0x61 && unit <= 0x7a) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x30 && unit <= 0x39) ||
    unit === HYPHEN
  );
}

/**
 * Checks one label (no dots) against RFC 5891 §4 / §5.4. `index` is the label's number in its domain,
 * written into each issue. Never throws for a string.
 */
export function checkLabel(input: string, index: number): CheckedLabel {
  if (input === '') {
    return {
      kind: 'empty',
      uLabel: '',
      aLabel: '',
      issues: [idnaError('EMPTY_LABEL', 'empty label (RFC 1034 §3.1: only the root label is empty)', index)],
    };
  }
  if (isAscii(input)) {
    if (input.length >= 4 && input.slice(0, 4).toLowerCase() === ACE_PREFIX) return checkALabel(input, index);
    return checkLdhLabel(input, index);
  }
  const issues = checkULabel(input, index);
  const encoded = encode(input);
  const aLabel = encoded.ok ? ACE_PREFIX + encoded.value : '';
  if (aLabel.length > MAX_LABEL_OCTETS) issues.push(tooLong(aLabel, index));
  return { kind: 'u-label', uLabel: input, aLabel, issues };
}

function tooLong(form: string, index: number): IdnaIssue {
  return idnaError(
    'LABEL_TOO_LONG',
    `label of ${form.length} octets in ASCII form (RFC 5890 §2.3.2.1: at most ${MAX_LABEL_OCTETS})`,
    index,
  );
}

/** RFC 5890 §2.3.1 LDH label (RFC 1123 §2.1): letters, digits and hyphens; DNS compares it case-insensitively. */
function checkLdhLabel(input: string, index: number): CheckedLabel {
  const issues: IdnaIssue[] = [];
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    if (!isLdhCode(unit)) {
      issues.push(
        idnaError(
          'DISALLOWED',
          `${formatCodePoint(unit)} is not a letter, digit or hyphen (RFC 1123 §2.1)`,
          index,
          i,
          unit,
        ),
      );
    }
  }
  hyphenIssues(input, index, issues);
  if (input.length > MAX_LABEL_OCTETS) issues.push(tooLong(input, index));
  const lower = input.toLowerCase();
  return { kind: 'ldh', uLabel: lower, aLabel: lower, issues };
}

/** RFC 5891 §4.2.1 / §5.3: an `xn--` label is decoded, validated as a U-label, and must re-encode to itself. */
function checkALabel(input: string, index: number): CheckedLabel {
  const issues: IdnaIssue[] = [];
  const lower = input.toLowerCase();
  if (lower !== input) {
    issues.push(idnaError('A_LABEL_UPPERCASE', 'an A-label is in lower case (RFC 5891 §4.2.1)', index));
  }
  if (lower.length > MAX_LABEL_OCTETS) issues.push(tooLong(lower, index));
  const decoded = decode(lower.slice(ACE_PREFIX.length));
  if (!decoded.ok) {
    const message = `the A-label is not valid Punycode: ${decoded.error.message} (RFC 5890 §2.3.2.1)`;
    issues.push(
      idnaError(
        'A_LABEL_INVALID',
        message,
        index,
        decoded.error.offset < 0 ? -1 : decoded.error.offset + ACE_PREFIX.length,
      ),
    );
    return { kind: 'a-label', uLabel: '', aLabel: lower, issues };
  }
  const uLabel = decoded.value;
  if (isAscii(uLabel)) {
    issues.push(
      idnaError(
        'A_LABEL_ASCII_ONLY',
        'the A-label decodes to ASCII only, which is not a U-label (RFC 5890 §2.3.2.1)',
        index,
      ),
    );
    return { kind: 'a-label', uLabel, aLabel: lower, issues };
  }
  issues.push(...checkULabel(uLabel, index));
  const encoded = encode(uLabel);
  if (!encoded.ok || ACE_PREFIX + encoded.value !== lower) {
    issues.push(
      idnaError(
        'A_LABEL_NOT_CANONICAL',
        'the A-label decodes to a U-label that does not encode back to it (RFC 5891 §5.3)',
        index,
      ),
    );
  }
  return { kind: 'a-label', uLabel, aLabel: lower, issues };
}

/** RFC 5891 §4.2.3.1 hyphen restrictions, on code point positions. */
function hyphenIssues(label: string, index: number, issues: IdnaIssue[]): void {
  // Positions count code points ("character positions"), not UTF-16 units.
  const third = nthCodePointOffset(label, 2);
  if (third >= 0 && label.charCodeAt(third) === HYPHEN && label.charCodeAt(third + 1) === HYPHEN) {
    issues.push(
      idnaError(
        'HYPHEN_3_4',
        '"--" in the third and fourth positions is reserved (RFC 5891 §4.2.3.1)',
        index,
        third,
        HYPHEN,
      ),
    );
  }
  if (label.charCodeAt(0) === HYPHEN) {
    issues.push(idnaError('HYPHEN_START', 'the label starts with "-" (RFC 5891 §4.2.3.1)', index, 0, HYPHEN));
  }
  if (label.charCodeAt(label.length - 1) === HYPHEN) {
    issues.push(
      idnaError('HYPHEN_END', 'the label ends with "-" (RFC 5891 §4.2.3.1)', index, label.length - 1, HYPHEN),
    );
  }
}

function nthCodePointOffset(text: string, n: number): number {
  let offset = 0;
  for (let i = 0; i < n; i++) {
    if (offset >= text.length) return -1;
    offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  }
  return offset < text.length ? offset : -1;
}

/** RFC 5891 §4.1–§4.2.3.3 checks of a Unicode label (not the Bidi rule, not the length). */
export function checkULabel(label: string, index: number): IdnaIssue[] {
  const issues: IdnaIssue[] = [];
  // RFC 5891 §4.1: "it MUST be in Unicode and in Normalization Form C".
  if (label.normalize('NFC') !== label)
    issues.push(idnaError('NOT_NFC', 'the label is not in Unicode Normalization Form C (RFC 5891 §4.1)', index));
  // RFC 5891 §4.2.2: no DISALLOWED or UNASSIGNED code point (RFC 5892 derived property).
  for (let offset = 0; offset < label.length; ) {
    const cp = label.codePointAt(offset)!;
    const property = getIdna2008Property(cp);
    if (property === 'DISALLOWED' || property === 'UNASSIGNED') {
      issues.push(
        idnaError(property, `${formatCodePoint(cp)} is ${property} in IDNA2008 (RFC 5892)`, index, offset, cp),
      );
    }
    offset += cp > 0xffff ? 2 : 1;
  }
  hyphenIssues(label, index, issues);
  // RFC 5891 §4.2.3.2: no leading combining mark.
  const first = label.codePointAt(0)!;
  if (getGeneralCategory(first).startsWith('M')) {
    issues.push(
      idnaError(
        'LEADING_COMBINING_MARK',
        `the label begins with the combining mark ${formatCodePoint(first)} (RFC 5891 §4.2.3.2)`,
        index,
        0,
        first,
      ),
    );
  }
  // RFC 5891 §4.2.3.3: contextual rules (RFC 5892 Appendix A).
  for (const failure of checkContextJ(label)) {
    issues.push(
      idnaError(
        'CONTEXTJ',
        `${formatCodePoint(failure.codePoint)} is not in a context RFC 5892 Appendix ${failure.codePoint === 0x200c ? 'A.1' : 'A.2'} allows`,
        index,
        failure.offset,
        failure.codePoint,
      ),
    );
  }
  for (const failure of checkContextO(label)) {
    issues.push(
      idnaError(
        `CONTEXTO:${failure.rule}`,
        `${formatCodePoint(failure.codePoint)} is not in a context RFC 5892 Appendix A allows (${failure.rule})`,
        index,
        failure.offset,
        failure.codePoint,
      ),
    );
  }
  return issues;
}

/** The IDNA2008 property of every code point of a U-label, in order. */
export function codePointProperties(uLabel: string): { codePoint: number; property: Idna2008Property }[] {
  return Array.from(uLabel, (c) => {
    const codePoint = c.codePointAt(0)!;
    return { codePoint, property: getIdna2008Property(codePoint) };
  });
}
