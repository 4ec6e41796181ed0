// The keyword registry behind /v1/keywords: look-ups, and writes (put, delete) of entries identified by
// (key, target, locale, namespace). A put of an existing entry updates its weight, so writes are
// idempotent: a client that retries after a lost answer never makes a duplicate.
import type { KeywordEntry, KeywordIssue, KeywordMatch, LookupOptions } from '@nomina/keywords';
import { toWellFormed } from '@nomina/keywords/internals';

/** What identifies an entry: everything but its weight. */
export interface EntryId {
  key: string;
  target: string;
  locale?: string;
  namespace?: string;
}

export type WriteOp = { op: 'put'; entry: KeywordEntry } | { op: 'delete'; entry: EntryId };

/** What became of one write: `refused` carries the library's issues (KEY_TOO_LONG, EMPTY_KEY…). */
export interface WriteResult {
  status: 'created' | 'updated' | 'deleted' | 'absent' | 'refused';
  issues: KeywordIssue[];
}

export interface SearchResult {
  ok: boolean;
  matches: KeywordMatch[];
  issues: KeywordIssue[];
}

export interface ListFilter {
  key?: string;
  target?: string;
  namespace?: string;
}

export interface KeywordRegistry {
  readonly backend: 'memory' | 'postgres';
  search(query: string, options: LookupOptions): Promise<SearchResult>;
  /** Applies the writes in order, all or none (one transaction on PostgreSQL). */
  write(ops: readonly WriteOp[]): Promise<WriteResult[]>;
  /** Entries matching every given field, in the order written, at most `limit`. */
  list(filter: ListFilter, limit: number): Promise<KeywordEntry[]>;
  size(): Promise<number>;
  /** Can serve now (the database answers). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** The entry as stored: the key with lone surrogates replaced (as the index stores it), no undefined fields. */
export function normalizeEntry(entry: KeywordEntry): KeywordEntry {
  const out: KeywordEntry = { key: toWellFormed(entry.key), target: entry.target };
  if (entry.locale !== undefined) out.locale = entry.locale;
  if (entry.namespace !== undefined) out.namespace = entry.namespace;
  if (entry.weight !== undefined) out.weight = entry.weight;
  return out;
}

/** A string that is equal for two entries exactly when they are the same entry. */
export function identity(entry: EntryId): string {
  return JSON.stringify([toWellFormed(entry.key), entry.target, entry.locale ?? null, entry.namespace ?? null]);
}
