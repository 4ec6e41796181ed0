// The local part's content under a profile: characters (RFC 5322 §3.2.3 atext, §3.2.4 qtext, RFC 6532
// §3.2 UTF8-non-ascii), dots, NFC (RFC 6532 §3.1) checked again after normalization, octet length
// (RFC 5321 §4.5.3.1.1), and the normalized form.
import { errorIssue, issue } from '@nomina/core';
import { getGeneralCategory } from '@nomina/ucd';
import { cappedIssues, type EmailIssue } from './issues.js';
import { MAX_LOCAL_PART_OCTETS, MAX_REPEATED_ISSUES } from './limits.js';
import { utf8Length } from './octets.js';
import type { Profile } from './profile.js';
import { isAsciiAtext, isDotAtomText } from './syntax/chars.js';

export interface LocalPartOptions {
  profile: Profile;
  quotedAllowed: boolean;
}

/** RFC 5198 §2 / RFC 6532 §3.1: code points no address should carry, whatever its syntax allows. */
function isUnsafe(cp: number): boolean {
  if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return true; // noncharacters
  const gc = getGeneralCategory(cp);
  return gc === 'Cc' || gc === 'Cs' || gc === 'Co' || gc === 'Cn' || gc === 'Zl' || gc === 'Zp';
}

/** The input offset of each UTF-16 unit of a local part's content (see AddrSpecSyntax `localOffsets`). */
type OffsetOf = (index: number) => number;

/**
 * Character problems of `content` (its unit i written at `offsetOf(i)`; `quoted` content may hold any
 * printable), each code at most MAX_REPEATED_ISSUES times, then one issue that counts the rest.
 */
function characterIssues(
  content: string,
  quoted: boolean,
  profile: Profile,
  offsetOf: OffsetOf,
  after: string,
  all: EmailIssue[],
): void {
  let utf8Reported = false;
  const issues = cappedIssues(all, MAX_REPEATED_ISSUES);
  for (let i = 0; i < content.length; ) {
    const cp = content.codePointAt(i)!;
    const at = offsetOf(i);
    if (cp < 0x80) {
      if (!quoted && cp !== 0x2e && !isAsciiAtext(cp)) {
        issues.push(
          errorIssue(
            'LOCAL_PART_INVALID_CHARACTER',
            `${JSON.stringify(String.fromCodePoint(cp))}${after} cannot stand unquoted in a local part (RFC 5322 §3.2.3 atext)`,
            -1,
            at,
            cp,
          ),
        );
      }
    } else if (!profile.utf8) {
      if (!utf8Reported)
        issues.push(
          errorIssue(
            'UTF8_NOT_ALLOWED',
            `the ${profile.name} profile takes ASCII local parts only; this one needs SMTPUTF8 (RFC 6531 §3.3)`,
            -1,
            at,
            cp,
          ),
        );
      utf8Reported = true;
    } else if (isUnsafe(cp)) {
      issues.push(
        errorIssue(
          'UNSAFE_CHARACTER',
          `a control, unassigned, private-use or noncharacter code point${after} (RFC 6532 §3.1, RFC 5198 §2)`,
          -1,
          at,
          cp,
        ),
      );
    }
    i += cp > 0xffff ? 2 : 1;
  }
  issues.flush(offsetOf(0));
}

/** RFC 5322 §3.2.3 dot-atom-text: no dot first, last, or next to another. */
function dotIssues(content: string, offsetOf: OffsetOf, issues: EmailIssue[]): void {
  if (content.charCodeAt(0) === 0x2e)
    issues.push(
      errorIssue(
        'LOCAL_PART_DOT_START',
        'a local part cannot begin with a dot (RFC 5322 §3.2.3 dot-atom)',
        -1,
        offsetOf(0),
        0x2e,
      ),
    );
  if (content.length > 1 && content.charCodeAt(content.length - 1) === 0x2e) {
    issues.push(
      errorIssue(
        'LOCAL_PART_DOT_END',
        'a local part cannot end with a dot (RFC 5322 §3.2.3 dot-atom)',
        -1,
        offsetOf(content.length - 1),
        0x2e,
      ),
    );
  }
  const double = content.indexOf('..');
  if (double >= 0)
    issues.push(
      errorIssue(
        'LOCAL_PART_CONSECUTIVE_DOTS',
        'two dots in a row in a local part (RFC 5322 §3.2.3 dot-atom)',
        -1,
        offsetOf(double),
        0x2e,
      ),
    );
}

/** `content` as a local part: bare when it is a dot-atom, else a quoted-string with `"` and `\` escaped. */
export function quoteLocalPart(content: string): string {
  return isDotAtomText(content, true) ? content : `"${content.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Checks the local part's content, written at `offset` (its unit i at `contentOffsets[i]`), and returns its
 * normalized form (NFC, quoted only when needed), or undefined when it is empty.
 */
export function checkLocalPart(
  written: string,
  content: string,
  quoted: boolean,
  offset: number,
  contentOffsets: readonly number[],
  options: LocalPartOptions,
  issues: EmailIssue[],
): string | undefined {
  const { profile } = options;
  if (content.length === 0 && !quoted) {
    issues.push(errorIssue('LOCAL_PART_EMPTY', 'the local part before "@" is empty (RFC 5322 §3.4.1)', -1, offset));
    return undefined;
  }
  // RFC 5321 §4.1.2: a quoted-string is a Local-part, but a profile may refuse it (a dot-atom in quotes is
  // only written differently, and is accepted: its normalized form drops the quotes).
  const needsQuotes = !isDotAtomText(content, profile.utf8);
  if (quoted && needsQuotes && !options.quotedAllowed) {
    issues.push(
      errorIssue(
        'LOCAL_PART_QUOTED',
        `the ${profile.name} profile takes no quoted local part (allowQuotedLocalPart)`,
        -1,
        offset,
      ),
    );
  }
  // Indices past the map (NFC may lengthen the content) stay at its last unit.
  const offsetOf: OffsetOf = (i) => contentOffsets[Math.min(i, contentOffsets.length - 1)] ?? offset;
  characterIssues(content, quoted, profile, offsetOf, '', issues);
  if (!quoted && profile.dotAtom) dotIssues(content, offsetOf, issues);
  // RFC 6532 §3.1: addresses SHOULD be in NFC. The normalized form is NFC, and it is checked again, since
  // NFC can turn a valid character into one the syntax forbids (U+037E GREEK QUESTION MARK → ";").
  const nfc = content.normalize('NFC');
  if (nfc !== content) {
    issues.push(
      issue('NOT_NFC', 'the local part is not in NFC (RFC 6532 §3.1); the normalized forms use NFC', {
        severity: 'warning',
        offset,
      }),
    );
    const seen = new Set(issues.map((i) => `${i.code} ${i.codePoint}`));
    const again: EmailIssue[] = [];
    characterIssues(nfc, quoted, profile, offsetOf, ' (after NFC)', again);
    if (!quoted && profile.dotAtom) dotIssues(nfc, offsetOf, again);
    for (const i of again) if (!seen.has(`${i.code} ${i.codePoint}`)) issues.push(i);
  }
  const normalized = quoteLocalPart(nfc);
  // RFC 5321 §4.5.3.1.1: 64 octets, as written and as normalized.
  if (profile.lengths) {
    const octets = Math.max(utf8Length(written), utf8Length(normalized));
    if (octets > MAX_LOCAL_PART_OCTETS) {
      issues.push(
        errorIssue(
          'LOCAL_PART_TOO_LONG',
          `the local part has ${octets} octets in UTF-8; RFC 5321 §4.5.3.1.1 allows ${MAX_LOCAL_PART_OCTETS}`,
          -1,
          offset,
        ),
      );
    }
  }
  return normalized;
}
