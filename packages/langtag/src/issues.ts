// Results, not exceptions: every function of this package reports problems as `@nomina/core` issues,
// with one extra field after the core ones, `subtag` (the offending subtag or tag as written).
//
// Positions: `offset` is the UTF-16 offset of the offending subtag in the whole tag (or header), so
// `label` is -1; the matching issues name a list entry instead: `label` is its 0-based index.
import { NominaError, type Issue } from '@nomina/core';

export { requireString } from '@nomina/core';
export type { Severity } from '@nomina/core';

/** RFC 5646 §2.1 syntax: why a tag is not well-formed. */
export type SyntaxIssueCode =
  | 'TAG_EMPTY'
  | 'TAG_TOO_LONG'
  | 'SUBTAG_EMPTY'
  | 'SUBTAG_CHARACTER'
  | 'SUBTAG_TOO_LONG'
  | 'LANGUAGE'
  | 'EXTLANG_TOO_MANY'
  | 'SUBTAG_UNEXPECTED'
  | 'EXTENSION_EMPTY'
  | 'PRIVATEUSE_EMPTY';

/** RFC 5646 §2.2.9 validity (errors) and §3.1.6, §4.1 advice (warnings `DEPRECATED`, `SUPPRESS_SCRIPT`, `VARIANT_PREFIX`). */
export type ValidityIssueCode =
  | 'LANGUAGE_UNKNOWN'
  | 'EXTLANG_UNKNOWN'
  | 'EXTLANG_PREFIX'
  | 'EXTLANG_TOO_MANY'
  | 'SCRIPT_UNKNOWN'
  | 'REGION_UNKNOWN'
  | 'VARIANT_UNKNOWN'
  | 'VARIANT_DUPLICATE'
  | 'SINGLETON_DUPLICATE'
  | 'DEPRECATED'
  | 'SUPPRESS_SCRIPT'
  | 'VARIANT_PREFIX';

/** UTS #35 §4.4 likely subtags. */
export type LikelyIssueCode = 'LIKELY_SUBTAGS_NO_MATCH';

/** Best-fit matching (UTS #35 §4.5): a skipped tag, a list over its limit. */
export type MatchIssueCode = 'MATCH_TAG_SKIPPED' | 'MATCH_TOO_MANY_DESIRED' | 'MATCH_TOO_MANY_SUPPORTED';

/** `Accept-Language` (RFC 9110 §12.5.4, RFC 4647 §2.1). */
export type AcceptLanguageIssueCode = 'ACCEPT_LANGUAGE_TOO_LONG' | 'LANGUAGE_RANGE' | 'WEIGHT' | 'TOO_MANY_RANGES';

/** Every code this package reports (stable; named after the rule). */
export type TagIssueCode =
  | SyntaxIssueCode
  | ValidityIssueCode
  | LikelyIssueCode
  | MatchIssueCode
  | AcceptLanguageIssueCode;

/** One problem found in a tag: a core `Issue` plus the offending subtag (absent when none applies). */
export interface TagIssue extends Issue<TagIssueCode> {
  /** The offending subtag (or tag, or range), as written in the input. */
  readonly subtag?: string;
}

/** Builds a `TagIssue` at `offset` of the tag (the one place that fixes its shape and key order). */
export function tagIssue(
  code: TagIssueCode,
  message: string,
  severity: 'error' | 'warning',
  offset: number,
  subtag?: string,
  codePoint = -1,
): TagIssue {
  return subtag === undefined
    ? { code, message, severity, label: -1, offset, codePoint }
    : { code, message, severity, label: -1, offset, codePoint, subtag };
}

/** Builds a `TagIssue` about entry `label` (0-based) of a list of tags. */
export function listIssue(code: MatchIssueCode, message: string, label: number): TagIssue {
  return { code, message, severity: 'warning', label, offset: -1, codePoint: -1 };
}

/** The error the `assert*` helpers throw: a core `NominaError` whose `code` is the first error's code. */
export class LangtagError extends NominaError<TagIssueCode> {
  override name = 'LangtagError';
  declare readonly issues: readonly TagIssue[];
  constructor(issues: readonly TagIssue[], tag?: string) {
    super(issues, tag);
  }
}

/** Throws a LangtagError for the first error among ISSUES (warnings never throw). */
export function throwOnError(tag: string, issues: readonly TagIssue[]): void {
  if (issues.some((i) => i.severity === 'error')) throw new LangtagError(issues, tag);
}
