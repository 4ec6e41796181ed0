// Entries of a keyword index and their checks (limits first).
import { loneSurrogateOffset, requireString, type Outcome } from '@nomina/core';
import { toWellFormed } from '../fold/fold.js';
import { keywordIssue as issue, KeywordError, type KeywordIssue, type KeywordIssueCode } from '../issues.js';
import { MAX_KEY_LENGTH, MAX_LABEL_LENGTH, MAX_TARGET_LENGTH } from '../limits.js';

/** A keyword → target pair. A key may name several targets, and a target have many keys. */
export interface KeywordEntry {
  /** What people type: a name in any script. */
  key: string;
  /** What it resolves to: an identifier (a domain, a record id, a code). */
  target: string;
  /** Locale of the key (BCP 47), for locale preference in ranking. */
  locale?: string;
  /** Namespace (kind of target: "language", "territory", "city"…), for filtering. */
  namespace?: string;
  /** Popularity or priority; ties between equally good matches go to the heavier (default 0). */
  weight?: number;
}

export interface EntryCheck extends Outcome<KeywordIssueCode> {
  readonly issues: KeywordIssue[];
  /** The entry with well-formed strings, when ok. */
  entry?: Required<Pick<KeywordEntry, 'key' | 'target' | 'weight'>> & Pick<KeywordEntry, 'locale' | 'namespace'>;
}

/**
 * Checks an entry against the limits (lengths first, before any other work). Wrong types (not an object,
 * key not a string, weight not a number) are programmer errors: `TypeError`.
 */
export function checkEntry(entry: KeywordEntry): EntryCheck {
  if (typeof entry !== 'object' || entry === null)
    throw new TypeError(`entry must be an object, got ${entry === null ? 'null' : typeof entry}`);
  const { key, target, locale, namespace, weight = 0 } = entry;
  requireString(key, 'entry.key');
  requireString(target, 'entry.target');
  if (locale !== undefined) requireString(locale, 'entry.locale');
  if (namespace !== undefined) requireString(namespace, 'entry.namespace');
  if (typeof weight !== 'number') throw new TypeError(`entry.weight must be a number, got ${typeof weight}`);
  const issues: KeywordIssue[] = [];
  if (key.length > MAX_KEY_LENGTH)
    issues.push(
      issue('KEY_TOO_LONG', `the key has ${key.length} UTF-16 code units; the limit is ${MAX_KEY_LENGTH}`, {
        offset: MAX_KEY_LENGTH,
      }),
    );
  if (target.length === 0 || target.length > MAX_TARGET_LENGTH)
    issues.push(issue('TARGET_INVALID', `the target must have 1 to ${MAX_TARGET_LENGTH} UTF-16 code units`));
  for (const [name, label] of [
    ['locale', locale],
    ['namespace', namespace],
  ] as const) {
    if (label !== undefined && (label.length === 0 || label.length > MAX_LABEL_LENGTH)) {
      issues.push(issue('LABEL_INVALID', `the ${name} must have 1 to ${MAX_LABEL_LENGTH} UTF-16 code units`));
    }
  }
  if (!Number.isFinite(weight)) issues.push(issue('WEIGHT_INVALID', 'the weight must be a finite number'));
  if (issues.length > 0) return { ok: false, issues };
  const clean: NonNullable<EntryCheck['entry']> = { key: toWellFormed(key), target: toWellFormed(target), weight };
  if (locale !== undefined) clean.locale = toWellFormed(locale);
  if (namespace !== undefined) clean.namespace = toWellFormed(namespace);
  if (clean.key !== key) {
    const offset = loneSurrogateOffset(key);
    issues.push(
      issue('LONE_SURROGATE', 'a lone surrogate in the key was replaced by U+FFFD', {
        severity: 'warning',
        offset,
        codePoint: key.charCodeAt(offset),
      }),
    );
  }
  return { ok: true, issues, entry: clean };
}

/** Throws a `KeywordError` (a core `NominaError`) carrying every issue unless the entry can be indexed. */
export function assertEntry(entry: KeywordEntry): void {
  const result = checkEntry(entry);
  if (!result.ok) throw new KeywordError(result.issues);
}
