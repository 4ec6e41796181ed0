// Entries of a keyword index and their checks (limits first).
import { toWellFormed } from '../fold/fold.js';
import { issue, KeywordError, type KeywordIssue } from '../issues.js';
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

export interface EntryCheck {
  ok: boolean;
  issues: KeywordIssue[];
  /** The entry with well-formed strings, when ok. */
  entry?: Required<Pick<KeywordEntry, 'key' | 'target' | 'weight'>> & Pick<KeywordEntry, 'locale' | 'namespace'>;
}

/** Checks an entry against the limits. Wrong types (not an object, key not a string) are programmer errors and throw. */
export function checkEntry(entry: KeywordEntry): EntryCheck {
  if (typeof entry !== 'object' || entry === null) throw new KeywordError('INVALID_ARGUMENT', 'an entry must be an object');
  const { key, target, locale, namespace, weight = 0 } = entry;
  if (typeof key !== 'string' || typeof target !== 'string') throw new KeywordError('INVALID_ARGUMENT', 'key and target must be strings');
  if ((locale !== undefined && typeof locale !== 'string') || (namespace !== undefined && typeof namespace !== 'string')) {
    throw new KeywordError('INVALID_ARGUMENT', 'locale and namespace must be strings');
  }
  if (typeof weight !== 'number') throw new KeywordError('INVALID_ARGUMENT', 'weight must be a number');
  const issues: KeywordIssue[] = [];
  if (key.length > MAX_KEY_LENGTH) issues.push(issue('KEY_TOO_LONG', `the key has ${key.length} UTF-16 code units; the limit is ${MAX_KEY_LENGTH}`, { offset: MAX_KEY_LENGTH }));
  if (target.length === 0 || target.length > MAX_TARGET_LENGTH) issues.push(issue('TARGET_INVALID', `the target must have 1 to ${MAX_TARGET_LENGTH} UTF-16 code units`));
  for (const [name, label] of [['locale', locale], ['namespace', namespace]] as const) {
    if (label !== undefined && (label.length === 0 || label.length > MAX_LABEL_LENGTH)) {
      issues.push(issue('LABEL_INVALID', `the ${name} must have 1 to ${MAX_LABEL_LENGTH} UTF-16 code units`));
    }
  }
  if (!Number.isFinite(weight)) issues.push(issue('WEIGHT_INVALID', 'the weight must be a finite number'));
  if (issues.length > 0) return { ok: false, issues };
  const clean: NonNullable<EntryCheck['entry']> = { key: toWellFormed(key), target: toWellFormed(target), weight };
  if (locale !== undefined) clean.locale = toWellFormed(locale);
  if (namespace !== undefined) clean.namespace = toWellFormed(namespace);
  if (clean.key !== key) issues.push(issue('LONE_SURROGATE', 'a lone surrogate in the key was replaced by U+FFFD'));
  return { ok: true, issues, entry: clean };
}

/** Throws a `KeywordError` carrying every issue unless the entry can be indexed. */
export function assertEntry(entry: KeywordEntry): void {
  const result = checkEntry(entry);
  if (!result.ok) throw new KeywordError(result.issues[0]!.code, result.issues[0]!.message, result.issues);
}
