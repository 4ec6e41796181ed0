// The issue codes of @nomina/email, each named after the rule it enforces. Positions: `label` is -1
// (or, in parseAddressList, the index of the mailbox in the list), `offset` is the UTF-16 offset in the
// input, `codePoint` the code point concerned.
//
// | codes | rule |
// |---|---|
// | `INPUT_TOO_LONG`, `TOO_MANY_ADDRESSES` | limits.ts, checked before any other work |
// | `LONE_SURROGATE` | Unicode §3.9 D91: ill-formed UTF-16 cannot be sent as UTF-8 (RFC 6532 §3.1) |
// | `EMPTY`, `MISSING_AT`, `TRAILING_TEXT` | RFC 5322 §3.4.1 addr-spec = local-part "@" domain |
// | `LOCAL_PART_*` | RFC 5322 §3.2.3 dot-atom / §3.2.4 quoted-string, RFC 5321 §4.1.2 Local-part |
// | `UTF8_NOT_ALLOWED` | RFC 6531 §3.3 / RFC 6532 §3.2: UTF8-non-ascii only where the profile allows it |
// | `UNSAFE_CHARACTER` | RFC 6532 §3.1 / RFC 5198 §2: no controls, unassigned or private-use code points |
// | `*_TOO_LONG` | RFC 5321 §4.5.3.1.1–3 lengths in octets |
// | `DOMAIN_*` | RFC 5321 §4.1.2 Domain, §4.1.3 address literals, RFC 5322 §3.4.1 domain-literal |
// | `IDNA:<code>` | UTS #46 §4 status codes of the domain (V6, B1, A4_2…, as in @nomina/idna) |
// | `IDNA2008:<code>` | RFC 5891–5893 lookup rules (DISALLOWED, CONTEXTO:…, BIDI:…), registration profile |
// | `CFWS_NOT_ALLOWED`, `DISPLAY_NAME_NOT_ALLOWED`, `OBSOLETE_SYNTAX`, `ANGLE_*`, `GROUP_*`, `COMMENT_*` | RFC 5322 §3.2.2, §3.4, §4.4 |
// | `NOT_NFC` | RFC 6532 §3.1 (SHOULD be NFC): a warning; the normalized forms are NFC |
// | `UTS39:*` | UTS #39 §3.3 email security profile (registration profile) |
// | `INVISIBLE_CHARACTER`, `SPECIAL_USE_DOMAIN`, `SINGLE_LABEL_DOMAIN` | registration-profile policy |
import type { Issue } from '@nomina/core';

export type EmailIssueCode =
  | 'INPUT_TOO_LONG'
  | 'TOO_MANY_ADDRESSES'
  | 'LONE_SURROGATE'
  | 'EMPTY'
  | 'MISSING_AT'
  | 'TRAILING_TEXT'
  | 'LOCAL_PART_EMPTY'
  | 'LOCAL_PART_DOT_START'
  | 'LOCAL_PART_DOT_END'
  | 'LOCAL_PART_CONSECUTIVE_DOTS'
  | 'LOCAL_PART_INVALID_CHARACTER'
  | 'LOCAL_PART_QUOTED'
  | 'LOCAL_PART_QUOTE_UNTERMINATED'
  | 'LOCAL_PART_TOO_LONG'
  | 'UTF8_NOT_ALLOWED'
  | 'UNSAFE_CHARACTER'
  | 'ADDRESS_TOO_LONG'
  | 'DOMAIN_EMPTY'
  | 'DOMAIN_TOO_LONG'
  | 'DOMAIN_INVALID_CHARACTER'
  | 'DOMAIN_LABEL_INVALID'
  | 'DOMAIN_LITERAL_NOT_ALLOWED'
  | 'DOMAIN_LITERAL_INVALID'
  | 'DOMAIN_LITERAL_UNTERMINATED'
  | 'SINGLE_LABEL_DOMAIN'
  | 'SPECIAL_USE_DOMAIN'
  | `IDNA:${string}`
  | `IDNA2008:${string}`
  | 'CFWS_NOT_ALLOWED'
  | 'COMMENT_UNTERMINATED'
  | 'COMMENT_TOO_DEEP'
  | 'DISPLAY_NAME_NOT_ALLOWED'
  | 'DISPLAY_NAME_INVALID_CHARACTER'
  | 'ANGLE_UNTERMINATED'
  | 'GROUP_UNTERMINATED'
  | 'GROUP_NOT_ALLOWED'
  | 'OBSOLETE_SYNTAX'
  | 'LIST_EMPTY_MEMBER'
  | 'NOT_NFC'
  | 'INVISIBLE_CHARACTER'
  | 'UTS39:NOT_NFKC'
  | 'UTS39:RESTRICTED_CHARACTER'
  | 'UTS39:RESTRICTION_LEVEL'
  | 'UTS39:MIXED_NUMBERS'
  | 'SMTPUTF8_REQUIRED';

export type EmailIssue = Issue<EmailIssueCode>;

/** Where issues go: an array, or a capped sink. */
export interface IssueSink {
  push(issue: EmailIssue): void;
}

/**
 * A sink that passes each code on at most `limit` times (MAX_REPEATED_ISSUES), then, on `flush`, adds one
 * issue per code that counts the rest: hostile input gets a few issues, not thousands.
 */
export function cappedIssues(all: IssueSink, limit: number): IssueSink & { flush(offset: number): void } {
  const counts = new Map<EmailIssueCode, number>();
  return {
    push(issue) {
      const n = (counts.get(issue.code) ?? 0) + 1;
      counts.set(issue.code, n);
      if (n <= limit) all.push(issue);
    },
    flush(offset) {
      for (const [code, n] of counts) {
        if (n > limit)
          all.push({
            code,
            message: `and ${n - limit} more of these (MAX_REPEATED_ISSUES)`,
            severity: 'error',
            label: -1,
            offset,
            codePoint: -1,
          });
      }
    },
  };
}
