/**
 * RFC 5646 §2.1 syntax: a linear, single-pass scanner for the Language-Tag ABNF.
 *
 * | production     | RFC 5646 §2.1                                   | field            |
 * |----------------|-------------------------------------------------|------------------|
 * | language       | 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA      | `language`       |
 * | extlang        | 3ALPHA *2("-" 3ALPHA)                           | `extlang`        |
 * | script         | 4ALPHA                                          | `script`         |
 * | region         | 2ALPHA / 3DIGIT                                 | `region`         |
 * | variant        | 5*8alphanum / (DIGIT 3alphanum)                 | `variants`       |
 * | extension      | singleton 1*("-" (2*8alphanum))                 | `extensions`     |
 * | privateuse     | "x" 1*("-" (1*8alphanum))                       | `privateuse`     |
 * | grandfathered  | irregular / regular (§2.2.8, 26 tags)           | `grandfathered`  |
 *
 * No regular expression and no backtracking: each subtag is read once and classified by its
 * length and character classes against the position reached so far.
 */
import type { Outcome } from '@nomina/core';
import { requireString, tagIssue, type SyntaxIssueCode, type TagIssue, type TagIssueCode } from '../issues.js';
import { MAX_TAG_LENGTH } from '../limits.js';
import { emptyTag, type LanguageTag } from './types.js';

/** A core `Outcome` (`ok`: the tag is well-formed, RFC 5646 §2.2.9) with the parts read. */
export interface ParseResult extends Outcome<TagIssueCode> {
  /** The parts read (as far as the scanner got when `ok` is false). */
  tag: LanguageTag;
  /** Every problem found, with its offset. */
  issues: TagIssue[];
}

/** RFC 5646 §2.1 `irregular` and `regular` grandfathered tags, in registry case. */
export const GRANDFATHERED_TAGS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'en-GB-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-BE-FR',
  'sgn-BE-NL',
  'sgn-CH-DE',
  'art-lojban',
  'cel-gaulish',
  'no-bok',
  'no-nyn',
  'zh-guoyu',
  'zh-hakka',
  'zh-min',
  'zh-min-nan',
  'zh-xiang',
]);
const GRANDFATHERED = new Map(GRANDFATHERED_TAGS.map((t) => [t.toLowerCase(), t]));

// Positions of the scanner, in the order the ABNF allows them.
const LANGUAGE = 0,
  EXTLANG = 1,
  SCRIPT = 2,
  REGION = 3,
  VARIANT = 4,
  EXTENSION = 5,
  PRIVATEUSE = 6;

const enum Kind {
  Alpha = 1,
  Digit = 2,
  Other = 4,
}

function issue(code: SyntaxIssueCode, message: string, offset: number, subtag?: string, codePoint = -1): TagIssue {
  return tagIssue(code, message, 'error', offset, subtag, codePoint);
}

/**
 * Parses a BCP 47 language tag. Never throws for any string; a non-string argument is a
 * programmer error (TypeError). Case-insensitive (RFC 5646 §2.1.1); parts come back in the
 * recommended case.
 */
export function parse(input: string): ParseResult {
  requireString(input, 'tag');
  const tag = emptyTag();
  const issues: TagIssue[] = [];
  if (input.length === 0) return { ok: false, tag, issues: [issue('TAG_EMPTY', 'the tag is empty', 0)] };
  // Limits first: nothing is scanned past MAX_TAG_LENGTH.
  if (input.length > MAX_TAG_LENGTH) {
    return {
      ok: false,
      tag,
      issues: [issue('TAG_TOO_LONG', `the tag is longer than ${MAX_TAG_LENGTH} characters`, MAX_TAG_LENGTH)],
    };
  }
  // RFC 5646 §2.2.8: the grandfathered tags are matched whole, before the langtag production.
  if (input.length <= 11) {
    const g = GRANDFATHERED.get(input.toLowerCase());
    if (g !== undefined) {
      tag.grandfathered = g;
      return { ok: true, tag, issues };
    }
  }

  let state = LANGUAGE;
  let failed = false;
  let extension: { singleton: string; subtags: string[] } | null = null;
  let start = 0;
  const n = input.length;
  while (start <= n) {
    // Read one subtag: its end and character classes.
    let end = start;
    let kinds = 0;
    let other = -1; // offset of the first character that is not an ASCII letter or digit
    for (; end < n; end++) {
      const c = input.charCodeAt(end);
      if (c === 0x2d) break;
      const lower = c | 0x20;
      const kind = lower >= 0x61 && lower <= 0x7a ? Kind.Alpha : c >= 0x30 && c <= 0x39 ? Kind.Digit : Kind.Other;
      if (kind === Kind.Other && other < 0) other = end;
      kinds |= kind;
    }
    const length = end - start;
    const raw = input.slice(start, end);
    if (length === 0) {
      issues.push(
        issue('SUBTAG_EMPTY', start === n ? 'the tag ends with "-"' : 'empty subtag (leading or doubled "-")', start),
      );
      failed = true;
    } else if (kinds & Kind.Other) {
      issues.push(
        issue(
          'SUBTAG_CHARACTER',
          'subtags hold ASCII letters and digits only (RFC 5646 §2.1)',
          start,
          raw,
          input.codePointAt(other),
        ),
      );
      failed = true;
    } else if (length > 8) {
      issues.push(issue('SUBTAG_TOO_LONG', 'subtags are at most 8 characters (RFC 5646 §2.1)', start, raw));
      failed = true;
    } else if (!failed) {
      const alpha = kinds === Kind.Alpha;
      const sub = raw.toLowerCase();
      const problem = consume(sub, length, alpha, kinds === Kind.Digit);
      if (problem) {
        issues.push(issue(problem[0], problem[1], start, raw));
        failed = true;
      }
    }
    start = end + 1;
  }
  if (!failed) {
    // RFC 5646 §2.1: an extension or private use needs at least one subtag after its singleton.
    if (state === EXTENSION && extension!.subtags.length === 0) {
      issues.push(
        issue(
          'EXTENSION_EMPTY',
          `extension "${extension!.singleton}" has no subtags (RFC 5646 §2.2.6)`,
          n - 1,
          extension!.singleton,
        ),
      );
    } else if (state === PRIVATEUSE && tag.privateuse.length === 0) {
      issues.push(issue('PRIVATEUSE_EMPTY', '"x" has no private-use subtags (RFC 5646 §2.2.7)', n - 1, 'x'));
    }
  }
  return { ok: issues.length === 0, tag, issues };

  /** Places one well-shaped subtag; returns [code, message] when it fits no production here. */
  function consume(
    sub: string,
    length: number,
    alpha: boolean,
    digits: boolean,
  ): [SyntaxIssueCode, string] | undefined {
    if (state === PRIVATEUSE) {
      tag.privateuse.push(sub);
      return;
    }
    if (state === EXTENSION) {
      if (length === 1) {
        if (extension!.subtags.length === 0)
          return ['EXTENSION_EMPTY', `extension "${extension!.singleton}" has no subtags (RFC 5646 §2.2.6)`];
      } else {
        extension!.subtags.push(sub);
        return;
      }
    }
    if (state === LANGUAGE) {
      if (sub === 'x') {
        state = PRIVATEUSE;
        return;
      }
      if (!alpha || length < 2)
        return ['LANGUAGE', 'a tag starts with a 2–8 letter language subtag or "x" (RFC 5646 §2.2.1)'];
      tag.language = sub;
      state = length <= 3 ? EXTLANG : SCRIPT;
      return;
    }
    // A singleton starts an extension or the private use (RFC 5646 §2.2.6, §2.2.7).
    if (length === 1) {
      if (sub === 'x') state = PRIVATEUSE;
      else {
        extension = { singleton: sub, subtags: [] };
        tag.extensions.push(extension);
        state = EXTENSION;
      }
      return;
    }
    if (state === EXTLANG && alpha && length === 3) {
      if (tag.extlang.length === 3)
        return ['EXTLANG_TOO_MANY', 'at most three extended language subtags (RFC 5646 §2.1)'];
      tag.extlang.push(sub);
      return;
    }
    if (state <= SCRIPT && alpha && length === 4) {
      tag.script = sub.charAt(0).toUpperCase() + sub.slice(1);
      state = REGION;
      return;
    }
    if (state <= REGION && ((alpha && length === 2) || (digits && length === 3))) {
      tag.region = sub.toUpperCase();
      state = VARIANT;
      return;
    }
    if (state <= VARIANT && (length >= 5 || (length === 4 && sub.charCodeAt(0) <= 0x39))) {
      tag.variants.push(sub);
      state = VARIANT;
      return;
    }
    return [
      'SUBTAG_UNEXPECTED',
      `no subtag of this shape is allowed here (RFC 5646 §2.1: language, extlang, script, region, variant, extension, private use, in that order)`,
    ];
  }
}

/** True when TAG is a well-formed language tag (RFC 5646 §2.2.9). */
export function isWellFormed(tag: string): boolean {
  return parse(tag).ok;
}
