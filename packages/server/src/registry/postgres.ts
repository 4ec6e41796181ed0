// The registry on PostgreSQL, over the store of @nomina/keywords/postgres (its tables, folds and ranking).
// Writes run in one transaction under a transaction-level advisory lock on the schema: writers in this
// process and in every other server on the same database are serialized (the store numbers entries from
// max(id) + 1), and a write is acknowledged only after COMMIT, so every reader — any server — sees it.
//
// | operation | SQL |
// |---|---|
// | put, existing entry | the store's `update` (the weight) |
// | put, new entry | the store's `add` (entries, keys, postings, words) |
// | delete | the store's `remove` (the entry, its postings, then the keys no posting names, with their word starts) |
// | install | the store's `install` |
import { createRequire } from 'node:module';
import { ProblemError } from '../problem.js';
import { checkEntry, type KeywordEntry, type LookupOptions } from '@nomina/keywords';
import { PostgresKeywordStore, type SqlClient } from '@nomina/keywords/postgres';
import type { KeywordRegistry, ListFilter, SearchResult, WriteOp, WriteResult } from './registry.js';
import { identity, normalizeEntry } from './registry.js';

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

export class PostgresKeywordRegistry implements KeywordRegistry {
  readonly backend = 'postgres';
  readonly #pool: Pool;
  readonly #store: PostgresKeywordStore;
  readonly #schema: string;

  private constructor(pool: Pool, schema: string) {
    this.#pool = pool;
    this.#schema = schema;
    this.#store = new PostgresKeywordStore(pool, { schema }); // checks the schema name (RangeError)
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
      await registry.#locked((client) => new PostgresKeywordStore(client, { schema: registry.#schema }).install());
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
    const store = new PostgresKeywordStore(client, { schema: this.#schema });
    const existing = new Set((await store.update(unique.map((u) => u.entry))).updated);
    for (const n of existing) for (const p of unique[n]!.positions) results[p]!.status = 'updated';
    const additions = unique.filter((_, n) => !existing.has(n));
    if (additions.length > 0) {
      const { refused } = await store.add(additions.map((u) => u.entry));
      for (const { position, issues } of refused)
        for (const p of additions[position]!.positions) results[p] = { status: 'refused', issues };
    }
    return results;
  }

  async #delete(client: PoolClient, ops: readonly WriteOp[]): Promise<WriteResult[]> {
    const store = new PostgresKeywordStore(client, { schema: this.#schema });
    const removed = new Set((await store.remove(ops.map((op) => op.entry))).removed);
    return ops.map((_, n) => ({ status: removed.has(n) ? 'deleted' : 'absent', issues: [] }));
  }

  list(filter: ListFilter, limit: number): Promise<KeywordEntry[]> {
    return guarded(() => this.#store.list(filter, limit));
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
