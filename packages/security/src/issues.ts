// The issue codes of @nomina/security, each named after the UTS #39 rule it reports.
//
// | code                         | UTS #39 rule                                                           |
// | ---------------------------- | ---------------------------------------------------------------------- |
// | INPUT_TOO_LONG               | limits.ts MAX_INPUT_LENGTH (nothing analysed)                          |
// | RESTRICTED_CHARACTER         | §3.1 General Security Profile: Identifier_Status = Restricted          |
// | RESTRICTION_LEVEL            | §5.2 the text is less restrictive than required                        |
// | MIXED_SCRIPT                 | §5.1 empty resolved script set                                         |
// | MIXED_NUMBERS                | §5.3 decimal digits from more than one numbering system                |
// | NONSPACING_MARK_REPEATED     | §5.4 the same nonspacing mark twice in a row                           |
// | NONSPACING_MARKS_EXCESSIVE   | §5.4 more than 4 nonspacing marks in a row                             |
// | INVISIBLE_CHARACTER          | §5.4 invisible / Default_Ignorable_Code_Point characters               |
// | MIXED_BIDI                   | §5.4 (and RFC 5893) strong LTR and RTL characters in one label         |
// | HAN_KANA_LOOKALIKE           | §5.4 Han next to kana/Hangul that look like Han strokes (ー ノ 一 丶 …)  |
// | WHOLE_SCRIPT_LOOKALIKE       | §4 whole-script confusable: only Cyrillic/Greek letters that look Latin |
// | CONFUSABLE                   | §4 the skeleton equals a protected or indexed name                     |
// | display policy reasons (display/policy.ts):                                                           |
// | NOT_A_DOMAIN                 | UTS #46 ToUnicode failed: shown as given                               |
// | BLOCKED_CHARACTER            | the profile's blocked characters (Mozilla network.IDN.blacklist_chars)  |
// | LATIN_NOT_ASCII              | Chromium: Latin mixed with another script must be ASCII                |
// | MIXED_SCRIPT_CONFUSABLE      | §4 a mixed-script label whose skeleton is single-script                |
// | SLASH_LOOKALIKE_KANA         | Chromium: ノ ソ ゾ ン among non-Japanese letters                        |
// | DEVIATION_CHARACTER          | UTS #46 deviation (ß ς ZWJ ZWNJ) in an ACE label                        |
// | DIGIT_LOOKALIKE              | Chromium: a label of digits and digit look-alikes only                 |
// | MIDDLE_DOT                   | Chromium: U+00B7 outside l·l (ela geminada)                            |
// | TOP_DOMAIN_LOOKALIKE         | §4 the domain's skeleton is a protected top domain's                    |
import { errorIssue, type Issue } from '@nomina/core';
import { MAX_INPUT_LENGTH, MAX_ISSUES_PER_CODE, MAX_NAME_LENGTH } from './limits.js';

export type SecurityIssueCode =
  | 'INPUT_TOO_LONG'
  | 'RESTRICTED_CHARACTER'
  | 'RESTRICTION_LEVEL'
  | 'MIXED_SCRIPT'
  | 'MIXED_NUMBERS'
  | 'NONSPACING_MARK_REPEATED'
  | 'NONSPACING_MARKS_EXCESSIVE'
  | 'INVISIBLE_CHARACTER'
  | 'MIXED_BIDI'
  | 'HAN_KANA_LOOKALIKE'
  | 'WHOLE_SCRIPT_LOOKALIKE'
  | 'CONFUSABLE'
  | 'NOT_A_DOMAIN'
  | 'BLOCKED_CHARACTER'
  | 'LATIN_NOT_ASCII'
  | 'MIXED_SCRIPT_CONFUSABLE'
  | 'SLASH_LOOKALIKE_KANA'
  | 'DEVIATION_CHARACTER'
  | 'DIGIT_LOOKALIKE'
  | 'MIDDLE_DOT'
  | 'TOP_DOMAIN_LOOKALIKE'
  /** loadSkeletonIndex: not a saved index, or a damaged one (a line that is not name, id, key; a name over MAX_NAME_LENGTH). */
  | 'INDEX_CORRUPT'
  /** loadSkeletonIndex: an index of another format or format version. */
  | 'INDEX_VERSION';

export type SecurityIssue = Issue<SecurityIssueCode>;

/** The issue of an input over MAX_INPUT_LENGTH. */
export function tooLongIssue(text: string): SecurityIssue {
  return errorIssue(
    'INPUT_TOO_LONG',
    `input of ${text.length} UTF-16 units is longer than MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH}); not analysed`,
    -1,
    MAX_INPUT_LENGTH,
  );
}

/** The issue of an index name over MAX_NAME_LENGTH. */
export function tooLongName(name: string): SecurityIssue {
  return errorIssue(
    'INPUT_TOO_LONG',
    `name of ${name.length} UTF-16 units is longer than MAX_NAME_LENGTH (${MAX_NAME_LENGTH})`,
    -1,
    MAX_NAME_LENGTH,
  );
}

/** Appends `make()` unless MAX_ISSUES_PER_CODE issues of `code` were already appended (counted in `counts`). */
export function pushCapped(
  issues: SecurityIssue[],
  counts: Map<string, number>,
  code: SecurityIssueCode,
  make: () => SecurityIssue,
): void {
  const count = counts.get(code) ?? 0;
  counts.set(code, count + 1);
  if (count < MAX_ISSUES_PER_CODE) issues.push(make());
}
