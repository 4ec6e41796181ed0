// The one issue catalogue of @nomina/keywords. Functions report problems as `KeywordIssue` values (the
// `Issue` of @nomina/core), never exceptions. Exceptions are for programmer errors only: a wrong argument
// type or option throws `TypeError`/`RangeError` (core's `requireString`/`requireOption`), and
// `assertEntry` throws `KeywordError`, a `NominaError`.
import { issue, NominaError, type Issue, type IssueAt } from '@nomina/core';

export type KeywordIssueCode =
  /** A query longer than `MAX_QUERY_LENGTH` (limits.ts): not searched. */
  | 'QUERY_TOO_LONG'
  /** A query that folds to nothing (only spaces, punctuation, controls): nothing to look up. */
  | 'EMPTY_QUERY'
  /** A lone surrogate (ill-formed UTF-16) was replaced by U+FFFD before matching (a warning). */
  | 'LONE_SURROGATE'
  /** An entry key longer than `MAX_KEY_LENGTH`: the entry is not indexed. */
  | 'KEY_TOO_LONG'
  /** An entry key that folds to nothing: the entry could never be found, so it is not indexed. */
  | 'EMPTY_KEY'
  /** An empty target, or one longer than `MAX_TARGET_LENGTH`. */
  | 'TARGET_INVALID'
  /** A locale or namespace longer than `MAX_LABEL_LENGTH`, or more distinct ones than `MAX_LABELS`. */
  | 'LABEL_INVALID'
  /** A weight that is not a finite number. */
  | 'WEIGHT_INVALID'
  /** The index already holds `MAX_ENTRIES` entries. */
  | 'TOO_MANY_ENTRIES'
  /** `loadKeywordIndex`: not an index file, a truncated, altered (checksum) or inconsistent one, or one larger than `MAX_INDEX_BYTES`. */
  | 'INDEX_CORRUPT'
  /** `loadKeywordIndex`: an index written by another format or fold-profile version (rebuild it). */
  | 'INDEX_VERSION';

/**
 * One problem: the core `Issue` (code, message, severity, label, offset, codePoint; -1 where not
 * applicable), then `byteOffset`, the byte offset in an index file for `INDEX_*` issues (-1 otherwise).
 * `offset` is a UTF-16 offset in the query or key; `label` is not used (-1).
 */
export interface KeywordIssue extends Issue<KeywordIssueCode> {
  readonly byteOffset: number;
}

/** Where a keyword issue happened: the core fields, and the byte offset in an index file. */
export interface KeywordIssueAt extends IssueAt {
  byteOffset?: number;
}

/** Builds a `KeywordIssue` (core field order, `byteOffset` last). */
export function keywordIssue(code: KeywordIssueCode, message: string, at: KeywordIssueAt = {}): KeywordIssue {
  return { ...issue(code, message, at), byteOffset: at.byteOffset ?? -1 };
}

/** The error `assertEntry` throws: a `NominaError` (`code` of the first error, every issue). */
export class KeywordError extends NominaError<KeywordIssueCode> {
  override name = 'KeywordError';
  declare readonly issues: readonly KeywordIssue[];
}
