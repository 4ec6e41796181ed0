// The keyword store on PostgreSQL: the same entries, folds, romanizations and ranking as the
// in-process index, for registries that outgrow one process (replicas, partitioning). The client is
// injected — anything with `query(text, params)` returning `{rows}`, as `pg`'s Client and Pool do — so
// this module has no dependency and stays browser-safe (it is simply not useful there).
//
// | table | holds | index |
// |---|---|---|
// | `entries` | id, key, target, locale, namespace, weight | primary key |
// | `keys` | id, stored key (folded or romanized), length in clusters (distance/clusters.ts), `grams` | unique btree on `key COLLATE "C"` (exact and prefix ranges); GIN `gin_trgm_ops` on `grams` (fuzzy candidates) |
// | `postings` | key id → entry id, translit flag | primary key (key_id, entry_id, translit) |
// | `words` | key id, the suffix of the key from each later word start (fold.ts `foldWords`) | primary key (suffix COLLATE "C", key_id): word-prefix ranges |
//
// An entry is identified by (key, target, locale, namespace), as `KeywordIndex` entries are: `update`
// sets the weight of stored entries (an index on entries (key, target) finds them), `remove` deletes
// them with their postings, then the keys no posting names any more with their word starts.
//
// `grams` writes each code point of the key as one CJK ideograph (U+4E00 + code point mod 20902), so
// pg_trgm sees one alphanumeric word whatever the script and the server's locale (its word splitting
// would otherwise break Indic words at every vowel sign). Candidates come from pg_trgm (`%`, similarity
// ≥ `TRIGRAM_THRESHOLD`, or `SHORT_TWO_EDIT_THRESHOLD`); the exact fuzzy rule and the ranking are
// resolve.ts, as for the in-process index.
import { hasErrors, type Outcome } from '@nomina/core';
import type { KeywordIssue, KeywordIssueCode } from '../issues.js';
import { indexState, KeywordIndex } from '../index/keyword-index.js';
import { entryAt, storedKeys } from '../index/state.js';
import { checkEntry, type KeywordEntry } from '../index/entry.js';
import { toWellFormed } from '../fold/fold.js';
import { MAX_PREFIX_SCAN } from '../limits.js';
import { prepareQuery, type LookupOptions } from '../lookup/query.js';
import {
  fuzzyDistance,
  MIN_FUZZY_SKELETON,
  resolve,
  skeletonDistance,
  type Candidate,
  type CandidateEntry,
  type KeywordMatch,
} from '../lookup/resolve.js';
import { clusterLength, MAX_CONJUNCT_CLUSTERS, mayHaveConjuncts } from '../distance/clusters.js';
import { codePoints } from '../distance/damerau-levenshtein.js';

/** What the store needs of a PostgreSQL client: `pg`'s `Client` and `Pool` fit. */
export interface SqlClient {
  // biome-ignore lint/suspicious/noExplicitAny: rows as any SQL client returns them (pg types them so)
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

/** pg_trgm similarity from which a key is a fuzzy candidate: low, because the exact rule decides after. */
export const TRIGRAM_THRESHOLD = 0.1;

/**
 * The same for a query of two edits and at most `SHORT_TWO_EDIT_LENGTH` characters: two edits to a key of
 * 6 to 8 characters may leave it one trigram of 17 in common with the query (a swap and a replacement, or
 * two swaps; test/postgres.test.ts tries every two-edit neighbour).
 */
export const SHORT_TWO_EDIT_THRESHOLD = 0.05;
const SHORT_TWO_EDIT_LENGTH = 10;

/** Candidate kinds, in the order the in-process index lists them (4: skeletons one edit off). */
const KINDS = ['exact', 'skeleton', 'prefix', 'fuzzy', 'skeleton', 'word'] as const;

/** Rows written per INSERT. */
const BATCH = 5000;

/** The `grams` column: one CJK ideograph per code point (see the module comment). */
export function trigramText(key: string): string {
  let out = '';
  for (const char of key) out += String.fromCharCode(0x4e00 + (char.codePointAt(0)! % 20902));
  return out;
}

/**
 * The neighbours of a query that share no trigram with it, looked up whole: of three characters, the first
 * two swapped (`["bac"]` for "abc": "  a", " ab", "abc", "bc " and "  b", " ba", "bac", "ac " have none
 * in common); of seven with a budget of two, the first two and the fifth and sixth swapped. Every other
 * neighbour within the budget shares a trigram with the query.
 */
function wholeNeighbours(folded: string, budget: number): string[] {
  const c = [...folded];
  if (c.length === 3 && c[0] !== c[1]) return [c[1]! + c[0]! + c[2]!];
  if (c.length === 7 && budget >= 2) return [c[1]! + c[0]! + c[2]! + c[3]! + c[5]! + c[4]! + c[6]!];
  return [];
}

export interface PostgresStoreOptions {
  /** Schema holding the tables (default `nomina_keywords`): lower-case letters, digits and `_`. */
  schema?: string;
}

/** What identifies a stored entry: everything but its weight. */
export type EntryIdentity = Pick<KeywordEntry, 'key' | 'target' | 'locale' | 'namespace'>;

/** Entries refused by a write, by their position in the entries given. */
export type Refused = Array<{ position: number; issues: KeywordIssue[] }>;

/** The identity columns of entries as unnest parameters (keys with lone surrogates replaced, as stored). */
function identityColumns(entries: readonly EntryIdentity[]): unknown[][] {
  return [
    entries.map((e) => toWellFormed(e.key)),
    entries.map((e) => e.target),
    entries.map((e) => e.locale ?? null),
    entries.map((e) => e.namespace ?? null),
  ];
}

/** Positions of `entries`, one per identity: the last (`last`) or the first of each, in order. */
function distinctIdentities(entries: readonly EntryIdentity[], last: boolean): number[] {
  const seen = new Map<string, number>();
  entries.forEach((e, position) => {
    const id = JSON.stringify([toWellFormed(e.key), e.target, e.locale ?? null, e.namespace ?? null]);
    if (last || !seen.has(id)) seen.set(id, position);
  });
  return [...seen.values()].sort((a, b) => a - b);
}

/** Joins `entries e` to the unnest of `identityColumns` as `u`. */
const IDENTITY_MATCH = `e.key = u.key AND e.target = u.target AND e.locale IS NOT DISTINCT FROM u.locale
  AND e.namespace IS NOT DISTINCT FROM u.namespace`;

/** What `search` returns, as `KeywordIndex.search` does. */
export interface PostgresLookupResult extends Outcome<KeywordIssueCode> {
  readonly matches: KeywordMatch[];
  readonly issues: KeywordIssue[];
}

export class PostgresKeywordStore {
  private readonly s: string;

  constructor(
    private readonly client: SqlClient,
    options: PostgresStoreOptions = {},
  ) {
    const schema = options.schema ?? 'nomina_keywords';
    if (typeof client?.query !== 'function') throw new TypeError('the client must have a query(text, params) method');
    if (typeof schema !== 'string') throw new TypeError(`options.schema must be a string, got ${typeof schema}`);
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new RangeError(
        'options.schema must be 1 to 63 lower-case letters, digits and _, not starting with a digit',
      );
    this.s = `"${schema}"`;
  }

  /** Creates pg_trgm (if missing), the schema, tables, indexes and the candidate functions. Idempotent. */
  async install(): Promise<void> {
    const s = this.s;
    await this.client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await this.client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await this.client.query(`CREATE TABLE IF NOT EXISTS ${s}.entries (
      id integer PRIMARY KEY, key text NOT NULL, vowelled text, target text NOT NULL, locale text, namespace text, weight real NOT NULL DEFAULT 0)`);
    await this.client.query(`CREATE INDEX IF NOT EXISTS entries_identity ON ${s}.entries (key, target)`);
    await this.client.query(`CREATE TABLE IF NOT EXISTS ${s}.keys (
      id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, key text COLLATE "C" NOT NULL UNIQUE, length integer NOT NULL, grams text NOT NULL)`);
    await this.client.query(`CREATE TABLE IF NOT EXISTS ${s}.postings (
      key_id integer NOT NULL, entry_id integer NOT NULL, translit boolean NOT NULL, PRIMARY KEY (key_id, entry_id, translit))`);
    await this.client.query(`CREATE TABLE IF NOT EXISTS ${s}.words (
      suffix text COLLATE "C" NOT NULL, key_id integer NOT NULL, PRIMARY KEY (suffix, key_id))`);
    await this.client.query(`CREATE INDEX IF NOT EXISTS keys_grams ON ${s}.keys USING gin (grams gin_trgm_ops)`);
    // A function-level SET applies the threshold to this statement only, whatever the pool connection: one
    // function for each threshold, so that other queries search the index at the usual one.
    for (const [name, threshold] of [
      ['fuzzy_candidates', TRIGRAM_THRESHOLD],
      ['short_two_edit_candidates', SHORT_TWO_EDIT_THRESHOLD],
    ] as const)
      await this.client.query(`CREATE OR REPLACE FUNCTION ${s}.${name}(q text, lo integer, hi integer)
        RETURNS TABLE (id integer, key text) LANGUAGE sql STABLE
        SET pg_trgm.similarity_threshold = ${threshold}
        AS $$ SELECT k.id, k.key FROM ${s}.keys k WHERE k.grams % q AND k.length BETWEEN lo AND hi $$`);
  }

  /** Drops the schema and everything in it. */
  async drop(): Promise<void> {
    await this.client.query(`DROP SCHEMA IF EXISTS ${this.s} CASCADE`);
  }

  /**
   * Adds entries (folded and romanized exactly as `KeywordIndex.add` does); returns the issues of
   * entries that were refused, by their position in `entries`.
   */
  async add(entries: Iterable<KeywordEntry> | KeywordIndex): Promise<{ added: number; refused: Refused }> {
    const batch = new KeywordIndex();
    const state = indexState(batch);
    const refused: Refused = [];
    let position = 0;
    for (const entry of entries instanceof KeywordIndex ? entries.entries() : entries) {
      const result = batch.add(entry);
      if (!result.ok) refused.push({ position, issues: result.issues });
      position++;
    }
    const s = this.s;
    const { rows } = await this.client.query(`SELECT coalesce(max(id) + 1, 0)::integer AS base FROM ${s}.entries`);
    const base = rows[0].base as number;
    for (let start = 0; start < batch.size; start += BATCH) {
      const end = Math.min(batch.size, start + BATCH);
      const ids: number[] = [],
        keys: string[] = [],
        vowelledKeys: (string | null)[] = [],
        targets: string[] = [],
        locales: (string | null)[] = [],
        namespaces: (string | null)[] = [],
        weights: number[] = [];
      const stored = new Map<string, Array<[number, boolean]>>();
      const starts = new Map<string, number[]>();
      for (let id = start; id < end; id++) {
        const entry = entryAt(state, id);
        ids.push(base + id);
        keys.push(entry.key);
        targets.push(entry.target);
        locales.push(entry.locale ?? null);
        namespaces.push(entry.namespace ?? null);
        weights.push(entry.weight ?? 0);
        const { folded, starts: wordStarts, roman, vowelled } = storedKeys(state, id);
        vowelledKeys.push(vowelled ?? null);
        if (!starts.has(folded)) starts.set(folded, wordStarts);
        for (const [key, translit] of [
          [folded, false],
          [roman, true],
        ] as const) {
          if (key === undefined) continue;
          let list = stored.get(key);
          if (!list) stored.set(key, (list = []));
          list.push([base + id, translit]);
        }
      }
      await this.client.query(
        `INSERT INTO ${s}.entries (id, key, vowelled, target, locale, namespace, weight)
         SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::real[])`,
        [ids, keys, vowelledKeys, targets, locales, namespaces, weights],
      );
      const keyList = [...stored.keys()];
      const inserted = await this.client.query(
        `INSERT INTO ${s}.keys (key, length, grams) SELECT * FROM unnest($1::text[], $2::integer[], $3::text[])
         ON CONFLICT (key) DO UPDATE SET length = EXCLUDED.length RETURNING id, key, (xmax = 0) AS inserted`,
        [keyList, keyList.map(clusterLength), keyList.map(trigramText)],
      );
      const keyIds: number[] = [],
        entryIds: number[] = [],
        translits: boolean[] = [];
      // A key keeps the word starts it was first stored with, as in the in-process index.
      const suffixes: string[] = [],
        suffixKeys: number[] = [];
      for (const row of inserted.rows) {
        if (row.inserted)
          for (const start of starts.get(row.key) ?? []) suffixes.push(row.key.slice(start)), suffixKeys.push(row.id);
        for (const [entryId, translit] of stored.get(row.key)!) {
          keyIds.push(row.id);
          entryIds.push(entryId);
          translits.push(translit);
        }
      }
      await this.client.query(
        `INSERT INTO ${s}.postings (key_id, entry_id, translit) SELECT * FROM unnest($1::integer[], $2::integer[], $3::boolean[])`,
        [keyIds, entryIds, translits],
      );
      await this.client.query(
        `INSERT INTO ${s}.words (suffix, key_id) SELECT * FROM unnest($1::text[], $2::integer[])`,
        [suffixes, suffixKeys],
      );
    }
    await this.client.query(`ANALYZE ${s}.keys`);
    return { added: batch.size, refused };
  }

  /**
   * Sets the weight of the stored entries that have the identity of each of `entries`; returns the
   * positions in `entries` that were found (the others are not stored: `add` them) and those refused
   * (`checkEntry`). Of entries with the same identity the last wins, and only its position is listed.
   */
  async update(entries: readonly KeywordEntry[]): Promise<{ updated: number[]; refused: Refused }> {
    const refused: Refused = [];
    const checked: KeywordEntry[] = [];
    const positions: number[] = [];
    entries.forEach((entry, position) => {
      const check = checkEntry(entry);
      if (!check.ok) return void refused.push({ position, issues: check.issues });
      checked.push(entry);
      positions.push(position);
    });
    const valid = distinctIdentities(checked, true).map((n) => positions[n]!);
    if (valid.length === 0) return { updated: [], refused };
    const chosen = valid.map((p) => entries[p]!);
    const { rows } = await this.client.query(
      `UPDATE ${this.s}.entries e SET weight = u.weight
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::real[]) WITH ORDINALITY AS u(key, target, locale, namespace, weight, n)
       WHERE ${IDENTITY_MATCH} RETURNING u.n`,
      [...identityColumns(chosen), chosen.map((e) => e.weight ?? 0)],
    );
    const found = new Set(rows.map((row) => Number(row.n) - 1));
    return { updated: [...found].sort((a, b) => a - b).map((n) => valid[n]!), refused };
  }

  /**
   * Removes the stored entries that have the identity of each of `entries`, their postings, and the keys
   * (with their word starts) that no entry uses any more; returns the positions in `entries` that were
   * found (an identity given twice is removed at its first position).
   */
  async remove(entries: readonly EntryIdentity[]): Promise<{ removed: number[] }> {
    const s = this.s;
    const distinct = distinctIdentities(entries, false);
    if (distinct.length === 0) return { removed: [] };
    const { rows } = await this.client.query(
      `DELETE FROM ${s}.entries e
       USING unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(key, target, locale, namespace, n)
       WHERE ${IDENTITY_MATCH} RETURNING e.id, u.n`,
      identityColumns(distinct.map((p) => entries[p]!)),
    );
    const ids = rows.map((row) => row.id as number);
    if (ids.length > 0) {
      const postings = await this.client.query(
        `DELETE FROM ${s}.postings WHERE entry_id = ANY($1::integer[]) RETURNING key_id`,
        [ids],
      );
      const keyIds = [...new Set(postings.rows.map((row) => row.key_id as number))];
      const orphans = await this.client.query(
        `DELETE FROM ${s}.keys k WHERE k.id = ANY($1::integer[])
         AND NOT EXISTS (SELECT 1 FROM ${s}.postings p WHERE p.key_id = k.id) RETURNING id`,
        [keyIds],
      );
      await this.client.query(`DELETE FROM ${s}.words WHERE key_id = ANY($1::integer[])`, [
        orphans.rows.map((row) => row.id as number),
      ]);
    }
    const found = new Set(rows.map((row) => distinct[Number(row.n) - 1]!));
    return { removed: [...found].sort((a, b) => a - b) };
  }

  /**
   * Stored entries with every given field equal (`key` as stored: lone surrogates replaced), in the
   * order added, at most `limit`; fields that are not set are absent, as in entries given to `add`.
   */
  async list(
    filter: Partial<Pick<KeywordEntry, 'key' | 'target' | 'namespace'>>,
    limit: number,
  ): Promise<KeywordEntry[]> {
    const { rows } = await this.client.query(
      `SELECT key, target, locale, namespace, weight FROM ${this.s}.entries
       WHERE ($1::text IS NULL OR key = $1) AND ($2::text IS NULL OR target = $2) AND ($3::text IS NULL OR namespace = $3)
       ORDER BY id LIMIT $4`,
      [
        filter.key === undefined ? null : toWellFormed(filter.key),
        filter.target ?? null,
        filter.namespace ?? null,
        limit,
      ],
    );
    return rows.map((row) => {
      const entry: KeywordEntry = { key: row.key, target: row.target };
      if (row.locale !== null) entry.locale = row.locale;
      if (row.namespace !== null) entry.namespace = row.namespace;
      entry.weight = Number(row.weight);
      return entry;
    });
  }

  /** Number of entries in the store. */
  async size(): Promise<number> {
    const { rows } = await this.client.query(`SELECT count(*)::integer AS n FROM ${this.s}.entries`);
    return rows[0].n as number;
  }

  /** Ranked targets for a query, as `KeywordIndex.lookup` gives them. */
  async lookup(query: string, options?: LookupOptions): Promise<KeywordMatch[]> {
    return (await this.search(query, options)).matches;
  }

  /** `lookup` with the issues found in the query. Bad queries are reported; SQL errors are thrown by the client. */
  async search(query: string, options?: LookupOptions): Promise<PostgresLookupResult> {
    const prepared = prepareQuery(query, options);
    const ok = !hasErrors(prepared.issues);
    if (prepared.folded === '') return { ok, matches: [], issues: prepared.issues };
    const s = this.s;
    // One round trip: the exact key, the romanization skeletons of the query, the first MAX_PREFIX_SCAN keys of the prefix range in code-point
    // order (COLLATE "C"), the trigram candidates within the length budget, and those of the skeletons long
    // enough for one edit, with their entries.
    const fuzzySkeletons =
      prepared.budget > 0
        ? prepared.skeletons.filter((k) => k.length >= MIN_FUZZY_SKELETON && !prepared.schemes.has(k))
        : [];
    const { rows } = await this.client.query(
      `WITH c AS (
         SELECT id, key, 0 AS kind FROM ${s}.keys WHERE key = $1
         UNION ALL
         SELECT id, key, 1 FROM ${s}.keys WHERE key = ANY($7::text[])
         UNION ALL
         (SELECT id, key, 2 FROM ${s}.keys
           WHERE $4 AND key > $1 AND key < $1 || chr(1114111) AND starts_with(key, $1) ORDER BY key LIMIT ${MAX_PREFIX_SCAN})
         UNION ALL
         SELECT f.id, f.key, 3 FROM (SELECT id, key FROM ${s}.fuzzy_candidates($2, $5, $6) WHERE NOT $11
           UNION ALL SELECT id, key FROM ${s}.short_two_edit_candidates($2, $5, $6) WHERE $11
           UNION SELECT id, key FROM ${s}.keys WHERE key = ANY($10::text[])) f WHERE $3 AND f.key <> $1
         UNION ALL
         SELECT DISTINCT f.id, f.key, 4 FROM unnest($8::text[], $9::integer[]) AS k(grams, length)
           CROSS JOIN LATERAL ${s}.fuzzy_candidates(k.grams, k.length - 1, k.length + 1) f
         UNION ALL
         SELECT DISTINCT w.id, w.key, 5 FROM (SELECT k.id, k.key FROM ${s}.words w JOIN ${s}.keys k ON k.id = w.key_id
           WHERE $4 AND w.suffix >= $1 AND w.suffix < $1 || chr(1114111) AND starts_with(w.suffix, $1)
           ORDER BY w.suffix, k.key LIMIT ${MAX_PREFIX_SCAN}) w
       )
       SELECT c.key, c.kind, e.key AS entry_key, e.vowelled, e.target, e.locale, e.namespace, e.weight, p.translit
       FROM c JOIN ${s}.postings p ON p.key_id = c.id JOIN ${s}.entries e ON e.id = p.entry_id
       ORDER BY c.kind, c.key COLLATE "C", e.id`,
      [
        prepared.folded,
        trigramText(prepared.folded),
        prepared.budget > 0 || prepared.dropOnly,
        prepared.prefixable,
        prepared.conjuncts.length - prepared.budget,
        // A key of conjuncts (distance/clusters.ts) may be longer in clusters than the query by more than the budget.
        (mayHaveConjuncts(prepared.cps) ? MAX_CONJUNCT_CLUSTERS : 1) *
          (prepared.conjuncts.length + (prepared.dropOnly ? 1 : prepared.budget)),
        prepared.skeletons,
        fuzzySkeletons.map(trigramText),
        fuzzySkeletons.map((k) => k.length),
        prepared.budget > 0 ? wholeNeighbours(prepared.folded, prepared.budget) : [],
        prepared.budget >= 2 && prepared.cps.length <= SHORT_TWO_EDIT_LENGTH,
      ],
    );
    const candidates: Candidate[] = [];
    let current: (Candidate & { entries: CandidateEntry[] }) | undefined;
    let currentKind = -1;
    // Keys found whole or by prefix are not word-prefix candidates too (as in the in-process index).
    const whole = new Set<string>();
    for (const row of rows) {
      const kind = row.kind as 0 | 1 | 2 | 3 | 4 | 5;
      const match = KINDS[kind];
      if (kind === 0 || kind === 2) whole.add(row.key);
      else if (kind === 5 && whole.has(row.key)) continue;
      // Skeletons one edit off only when the query is not itself a key, and never a key that is one of the
      // query's own skeletons (found exactly: as in the in-process index).
      else if (
        kind === 4 &&
        (whole.has(prepared.folded) || (prepared.skeletons.includes(row.key) && !prepared.schemes.has(row.key)))
      )
        continue;
      if (!current || current.key !== row.key || currentKind !== kind) {
        const distance =
          kind === 3
            ? fuzzyDistance(prepared, codePoints(row.key))
            : kind === 4
              ? skeletonDistance(prepared, codePoints(row.key))
              : 0;
        current = { key: row.key, match, distance, entries: [] };
        currentKind = kind;
        if (kind < 3 || kind === 5 || distance > 0) candidates.push(current);
      }
      current.entries.push({
        key: row.entry_key,
        target: row.target,
        locale: row.locale ?? undefined,
        namespace: row.namespace ?? undefined,
        weight: Number(row.weight),
        translit: row.translit,
        vowelled: row.vowelled ?? undefined,
      });
    }
    return { ok, matches: resolve(prepared, candidates), issues: prepared.issues };
  }
}
