// The collision index on PostgreSQL, for registries whose names live in a database: each registered label
// is stored with its collision key (the RFC 7940 §8.5 index label for an LGR whose variant relation is an
// equivalence; computed here, by the same code as the in-process index)
// in an indexed column, so a new label's candidates are one b-tree look-up; they are then confirmed with
// `variantOf` exactly as `CollisionIndex.check` does. The client is injected — anything with
// `query(text, params)` returning `{rows}`, as `pg`'s Client and Pool do — so this module has no
// dependency and stays browser-safe (it is simply not useful there).
//
// | table | holds | index |
// |---|---|---|
// | `labels` | label, index_label (both `COLLATE "C"`: code point order, no locale) | primary key (label); b-tree (index_label) |
import { requireString } from '@nomina/core';
import type { LgrIssue } from '../issues.js';
import type { Lgr } from '../model.js';
import { confirmCollisions, type CollisionCheck, type CollisionCheckOptions } from '../collide/collision-index.js';
import { collisionKey } from '../collide/index-label.js';

/** What the store needs of a PostgreSQL client: `pg`'s `Client` and `Pool` fit. */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface PostgresLgrStoreOptions {
  /** Schema holding the table (default `nomina_lgr`): lower-case letters, digits and `_`. */
  schema?: string;
}

/** Rows written per INSERT. */
const BATCH = 5000;

export class PostgresLgrStore {
  private readonly s: string;

  constructor(
    private readonly client: SqlClient,
    readonly lgr: Lgr,
    options: PostgresLgrStoreOptions = {},
  ) {
    const schema = options.schema ?? 'nomina_lgr';
    if (typeof client?.query !== 'function')
      throw new TypeError('PostgresLgrStore: the client must have a query(text, params) method');
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new RangeError('PostgresLgrStore: the schema name must be lower-case letters, digits and _');
    this.s = `"${schema}"`;
  }

  /** Creates the schema, table and index. Idempotent. */
  async install(): Promise<void> {
    await this.client.query(`CREATE SCHEMA IF NOT EXISTS ${this.s}`);
    await this.client.query(
      `CREATE TABLE IF NOT EXISTS ${this.s}.labels (label text COLLATE "C" PRIMARY KEY, index_label text COLLATE "C" NOT NULL)`,
    );
    await this.client.query(`CREATE INDEX IF NOT EXISTS labels_index_label ON ${this.s}.labels (index_label)`);
  }

  /** Drops the schema and everything in it. */
  async drop(): Promise<void> {
    await this.client.query(`DROP SCHEMA IF EXISTS ${this.s} CASCADE`);
  }

  /** Registers labels (duplicates ignored); the ones not eligible under the LGR are refused with their issues. */
  async add(
    labels: Iterable<string>,
  ): Promise<{ added: number; refused: Array<{ position: number; issues: readonly LgrIssue[] }> }> {
    const refused: Array<{ position: number; issues: readonly LgrIssue[] }> = [];
    let added = 0;
    let position = 0;
    let batch: { labels: string[]; keys: string[] } = { labels: [], keys: [] };
    const flush = async () => {
      if (batch.labels.length === 0) return;
      const { rows } = await this.client.query(
        `INSERT INTO ${this.s}.labels (label, index_label) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (label) DO NOTHING RETURNING 1`,
        [batch.labels, batch.keys],
      );
      added += rows.length;
      batch = { labels: [], keys: [] };
    };
    for (const label of labels) {
      const r = collisionKey(this.lgr, label);
      if (r.value === null) refused.push({ position, issues: r.issues });
      else {
        batch.labels.push(label);
        batch.keys.push(r.value);
        if (batch.labels.length >= BATCH) await flush();
      }
      position++;
    }
    await flush();
    await this.client.query(`ANALYZE ${this.s}.labels`);
    return { added, refused };
  }

  /** Number of registered labels. */
  async size(): Promise<number> {
    const { rows } = await this.client.query(`SELECT count(*)::integer AS n FROM ${this.s}.labels`);
    return rows[0]!.n as number;
  }

  /** As `CollisionIndex.check`: the registered labels `label` is a variant of, with its disposition as such. */
  async check(label: string, options?: CollisionCheckOptions): Promise<CollisionCheck> {
    requireString(label, 'label');
    const r = collisionKey(this.lgr, label);
    if (r.value === null) return { ok: false, issues: r.issues, label, indexLabel: null, collisions: [] };
    const { rows } = await this.client.query(
      `SELECT label FROM ${this.s}.labels WHERE index_label = $1 ORDER BY label`,
      [r.value],
    );
    return confirmCollisions(
      this.lgr,
      label,
      r.value,
      r.issues,
      rows.map((row) => row.label as string),
      options,
    );
  }
}
