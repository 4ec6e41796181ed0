// The registry on PostgreSQL, over the store of @nomina/keywords/postgres (its tables, folds and ranking).
// Writes run in one transaction under a transaction-level advisory lock on the schema: writers in this
// process and in every other server on the same database are serialized (the store numbers entries from
// max(id) + 1), and a write is acknowledged only after COMMIT, so every reader — any server — sees it.
//
// | operation | SQL |
// |---|---|
// | put, new entry | the store's `add` (entries, keys, postings, words) |
// | put, existing entry | UPDATE entries SET weight |
// | delete | DELETE the entry and its postings; then the keys no posting names, with their word starts |
// | install | the store's `install`, plus an index on entries (key, target) for the identity look-ups |
import { createRequire } from 'node:module';
import { ProblemError } from '../problem.js';
import { checkEntry, type KeywordEntry, type KeywordIssue, type LookupOptions } from '@nomina/keywords';
import { toWellFormed } from '@nomina/keywords/internals';
import { PostgresKeywordStore, type SqlClient } from '@nomina/keywords/postgres';
import {
  identity,
  normalizeEntry,
  type EntryId,
  type KeywordRegistry,
  type ListFilter,
  type SearchResult,
  type WriteOp,
  type WriteResult,
} from './registry.js';

interface PoolClient extends SqlClient {
  release(error?: Error | boolean): void;
}

interface Pool extends SqlClient {
  connect(): Promise<PoolClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface PostgresRegistryOptions {
  schema?: string;
  poolSize?: number;
  /** Milliseconds a statement may run (PostgreSQL `statement_timeout`). */
  statementTimeout?: number;
}

/** pg's Pool, loaded with Node's own resolver (pg is an optional peer dependency, CommonJS). */
function loadPool(): new (config: Record<string, unknown>) => Pool {
  try {
    return (createRequire(import.meta.url)('pg') as { Pool: new (config: Record<string, unknown>) => Pool }).Pool;
  } catch {
    throw new Error('--db needs the pg package (npm install pg)');
  }
}

/**
 * Database errors as problems: a database that cannot be reached or is shutting down (SQLSTATE class 08,
 * 57P01–57P03, socket errors) is a 503 UNAVAILABLE, a statement cancelled by `statement_timeout` (57014) a
 * 503 HANDLER_TIMEOUT; anything else stays an internal error (logged, never shown).
 */
function databaseError(error: unknown): unknown {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === '57014') return new ProblemError(503, 'HANDLER_TIMEOUT', 'the database statement timed out');
  if (
    /^08|^57P0[123]$|^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH)$/.test(code) ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(String((error as Error)?.message))
  )
    return new ProblemError(503, 'UNAVAILABLE', 'the keyword database does not answer');
  return error;
}

/** `work`, with database errors turned into problems. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw databaseError(error);
  }
}

const IDENTITY_MATCH = `e.key = u.key AND e.target = u.target AND e.locale IS NOT DISTINCT FROM u.locale
  AND e.namespace IS NOT DISTINCT FROM u.namespace`;

export class PostgresKeywordRegistry implements KeywordRegistry {
  readonly backend = 'postgres';
  readonly #pool: Pool;
  readonly #store: PostgresKeywordStore;
  readonly #schema: string;
  readonly #s: string;

  private constructor(pool: Pool, schema: string) {
    this.#pool = pool;
    this.#schema = schema;
    this.#store = new PostgresKeywordStore(pool, { schema }); // checks the schema name (RangeError)
    this.#s = `"${schema}"`;
  }

  /** Connects, and installs the store's tables if they are missing (under the lock: servers may start together). */
  static async open(url: string, options: PostgresRegistryOptions = {}): Promise<PostgresKeywordRegistry> {
    const Pool = loadPool();
    const pool = new Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      ...(options.statementTimeout ? { statement_timeout: options.statementTimeout } : {}),
    });
    // An idle connection that dies (server restart) is dropped by the pool; the next query reconnects.
    pool.on('error', () => {});
    const registry = new PostgresKeywordRegistry(pool, options.schema ?? 'nomina_keywords');
    try {
      await registry.#locked(async (client) => {
        await new PostgresKeywordStore(client, { schema: registry.#schema }).install();
        await client.query(`CREATE INDEX IF NOT EXISTS entries_identity ON ${registry.#s}.entries (key, target)`);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return registry;
  }

  /** Runs `work` in a transaction holding the schema's advisory lock. */
  async #locked<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`nomina_keywords:${this.#schema}`]);
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release(true);
      throw error;
    }
  }

  search(query: string, options: LookupOptions): Promise<SearchResult> {
    return guarded(() => this.#store.search(query, options));
  }

  write(ops: readonly WriteOp[]): Promise<WriteResult[]> {
    return guarded(() => this.#write(ops));
  }

  #write(ops: readonly WriteOp[]): Promise<WriteResult[]> {
    return this.#locked(async (client) => {
      const results: WriteResult[] = [];
      // Runs of the same operation go in one statement each.
      for (let start = 0; start < ops.length; ) {
        let end = start + 1;
        while (end < ops.length && ops[end]!.op === ops[start]!.op) end++;
        const run = ops.slice(start, end);
        results.push(...(await (run[0]!.op === 'put' ? this.#put(client, run) : this.#delete(client, run))));
        start = end;
      }
      return results;
    });
  }

  async #put(client: PoolClient, ops: readonly WriteOp[]): Promise<WriteResult[]> {
    const results: WriteResult[] = [];
    const accepted = new Map<string, { entry: KeywordEntry; positions: number[] }>();
    ops.forEach((op, position) => {
      const entry = normalizeEntry(op.entry as KeywordEntry);
      const check = checkEntry(entry);
      results.push({ status: check.ok ? 'created' : 'refused', issues: check.issues });
      if (!check.ok) return;
      const id = identity(entry);
      const seen = accepted.get(id);
      if (seen) {
        seen.entry = entry; // the last put of an entry in a batch wins
        seen.positions.push(position);
        results[position]!.status = 'updated';
      } else accepted.set(id, { entry, positions: [position] });
    });
    const unique = [...accepted.values()];
    const { rows } = await client.query(
      `SELECT DISTINCT u.n FROM ${this.#s}.entries e
       JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(key, target, locale, namespace, n)
       ON ${IDENTITY_MATCH}`,
      columns(unique.map((u) => u.entry)),
    );
    const existing = new Set(rows.map((row) => Number(row.n) - 1));
    const updates = unique.filter((_, n) => existing.has(n));
    if (updates.length > 0) {
      await client.query(
        `UPDATE ${this.#s}.entries e SET weight = u.weight
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::real[]) AS u(key, target, locale, namespace, weight)
         WHERE ${IDENTITY_MATCH}`,
        [...columns(updates.map((u) => u.entry)), updates.map((u) => u.entry.weight ?? 0)],
      );
      for (const u of updates) for (const p of u.positions) results[p]!.status = 'updated';
    }
    const additions = unique.filter((_, n) => !existing.has(n));
    if (additions.length > 0) {
      const store = new PostgresKeywordStore(client, { schema: this.#schema });
      const { refused } = await store.add(additions.map((u) => u.entry));
      for (const { position, issues } of refused)
        for (const p of additions[position]!.positions) results[p] = { status: 'refused', issues };
    }
    return results;
  }

  async #delete(client: PoolClient, ops: readonly WriteOp[]): Promise<WriteResult[]> {
    const s = this.#s;
    const { rows } = await client.query(
      `DELETE FROM ${s}.entries e
       USING unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(key, target, locale, namespace, n)
       WHERE ${IDENTITY_MATCH} RETURNING e.id, u.n`,
      columns(ops.map((op) => op.entry)),
    );
    const deleted = new Set(rows.map((row) => Number(row.n) - 1));
    const ids = rows.map((row) => row.id as number);
    if (ids.length > 0) {
      const postings = await client.query(
        `DELETE FROM ${s}.postings WHERE entry_id = ANY($1::integer[]) RETURNING key_id`,
        [ids],
      );
      const keyIds = [...new Set(postings.rows.map((row) => row.key_id as number))];
      const orphans = await client.query(
        `DELETE FROM ${s}.keys k WHERE k.id = ANY($1::integer[])
         AND NOT EXISTS (SELECT 1 FROM ${s}.postings p WHERE p.key_id = k.id) RETURNING id`,
        [keyIds],
      );
      await client.query(`DELETE FROM ${s}.words WHERE key_id = ANY($1::integer[])`, [
        orphans.rows.map((row) => row.id as number),
      ]);
    }
    // A batch that deletes an entry twice: the first deletes it, the second finds it absent.
    const seen = new Set<string>();
    return ops.map((op, n) => {
      const id = identity(op.entry);
      const first = !seen.has(id);
      seen.add(id);
      return { status: deleted.has(n) && first ? 'deleted' : 'absent', issues: [] as KeywordIssue[] };
    });
  }

  async list(filter: ListFilter, limit: number): Promise<KeywordEntry[]> {
    const { rows } = await guarded(() =>
      this.#pool.query(
        `SELECT key, target, locale, namespace, weight FROM ${this.#s}.entries
       WHERE ($1::text IS NULL OR key = $1) AND ($2::text IS NULL OR target = $2) AND ($3::text IS NULL OR namespace = $3)
       ORDER BY id LIMIT $4`,
        [filter.key ?? null, filter.target ?? null, filter.namespace ?? null, limit],
      ),
    );
    return rows.map((row) =>
      normalizeEntry({
        key: row.key,
        target: row.target,
        locale: row.locale ?? undefined,
        namespace: row.namespace ?? undefined,
        weight: Number(row.weight),
      }),
    );
  }

  size(): Promise<number> {
    return guarded(() => this.#store.size());
  }

  async ready(): Promise<boolean> {
    try {
      await this.#pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}

/** The identity columns of entries, as unnest parameters. */
function columns(entries: readonly EntryId[]): unknown[][] {
  return [
    entries.map((e) => toWellFormed(e.key)),
    entries.map((e) => e.target),
    entries.map((e) => e.locale ?? null),
    entries.map((e) => e.namespace ?? null),
  ];
}
