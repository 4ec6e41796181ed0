// The one issue catalogue of @nomina/keywords. Functions report problems as `KeywordIssue` values, never
// exceptions; only `assertEntry` and the programmer-error checks (wrong argument types) throw, always a
// `KeywordError`.

export type KeywordIssueCode =
  /** A query longer than `MAX_QUERY_LENGTH` (limits.ts): not searched. */
  | 'QUERY_TOO_LONG'
  /** A query that folds to nothing (only spaces, punctuation, controls): nothing to look up. */
  | 'EMPTY_QUERY'
  /** A lone surrogate (ill-formed UTF-16) was replaced by U+FFFD before matching. */
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
  /** `loadKeywordIndex`: not an index file, a truncated or inconsistent one, or one larger than `MAX_INDEX_BYTES`. */
  | 'INDEX_CORRUPT'
  /** `loadKeywordIndex`: an index written by another format or fold-profile version (rebuild it). */
  | 'INDEX_VERSION';

/** One problem, with where it happened when that applies. */
export interface KeywordIssue {
  code: KeywordIssueCode;
  message: string;
  /** UTF-16 offset in the query or key, when the problem is at one place. */
  offset?: number;
  /** Byte offset in an index file, for `INDEX_*` issues. */
  byteOffset?: number;
}

export function issue(code: KeywordIssueCode, message: string, where: { offset?: number; byteOffset?: number } = {}): KeywordIssue {
  return { code, message, ...where };
}

/** The one error class this package throws: from `assert*` helpers (with the issues) and for programmer errors. */
export class KeywordError extends Error {
  override name = 'KeywordError';
  readonly code: KeywordIssueCode | 'INVALID_ARGUMENT';
  constructor(
    code: KeywordIssueCode | 'INVALID_ARGUMENT',
    message: string,
    readonly issues: readonly KeywordIssue[] = [],
  ) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

/** Throws `KeywordError` with code INVALID_ARGUMENT unless `ok` (wrong argument types are programmer errors). */
export function requireArgument(ok: boolean, message: string): asserts ok {
  if (!ok) throw new KeywordError('INVALID_ARGUMENT', message);
}
