import type { TagIssue } from './issues.js';

/** The result of a transformation (canonicalize, maximize, minimize): the tag out, and the issues. */
export interface TagResult {
  /** True when the transformation applied without error. */
  ok: boolean;
  /** The resulting tag; null when the input is not well-formed. */
  value: string | null;
  issues: TagIssue[];
}

/**
 * Longest key a memo keeps: longer inputs (not well-formed tags, since MAX_TAG_LENGTH is 1,024) are
 * computed every time, so a stream of huge strings cannot fill memory through the caches.
 */
export const MEMO_KEY_LIMIT = 2048;

/**
 * A bounded memo for pure string → result functions: the hot path of an app sees the same few
 * tags again and again. Cleared when full, so memory stays bounded whatever the input stream.
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
