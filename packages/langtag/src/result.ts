// The result shape of the transformations (core `Result`), and the bounded memo they share.
import type { Result } from '@nomina/core';
import type { TagIssue, TagIssueCode } from './issues.js';
import { MEMO_KEY_LIMIT } from './limits.js';

/**
 * The result of a transformation (canonicalize, maximize, minimize): a core `Result` whose `value`
 * is the tag out (null when the input is not well-formed) and whose issues are `TagIssue`s.
 */
export interface TagResult extends Result<string | null, TagIssueCode> {
  issues: TagIssue[];
}

/** A `TagResult` from a value and its issues (`ok` when no issue is an error). */
export function tagResult(value: string | null, issues: TagIssue[]): TagResult {
  return { ok: !issues.some((i) => i.severity === 'error'), value, issues };
}

/**
 * A bounded memo for pure string → result functions: the hot path of an app sees the same few
 * tags again and again. Cleared when full, so memory stays bounded whatever the input stream; keys
 * longer than `keyLimit` are computed every time.
 */
export function memo<R>(limit: number, compute: (key: string) => R, keyLimit = MEMO_KEY_LIMIT): (key: string) => R {
  let cache = new Map<string, R>();
  return (key) => {
    if (key.length > keyLimit) return compute(key);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache = new Map();
      cache.set(key, value);
    }
    return value;
  };
}
