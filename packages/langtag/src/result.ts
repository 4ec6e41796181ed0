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
 * A bounded memo for pure string → result functions: the hot path of an app sees the same few
 * tags again and again. Cleared when full, so memory stays bounded whatever the input stream.
 */
export function memo<R>(limit: number, compute: (key: string) => R): (key: string) => R {
  let cache = new Map<string, R>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache = new Map();
      cache.set(key, value);
    }
    return value;
  };
}
