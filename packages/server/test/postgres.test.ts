// The keyword registry on PostgreSQL, through the HTTP API of two servers sharing one database: writers
// and readers at once, every acknowledged write readable afterwards (counted), no duplicate or lost entry,
// read-your-writes across servers, and one server restarted mid-run with the data intact. Skipped loudly
// without NOMINA_PG_URL (an error under CI). Bounded: ~250 requests.
import { createKeywordIndex, type KeywordEntry } from '@nomina/keywords';
import type PG from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pgClient, postgresUrl } from '../../../test-vectors/postgres.js';
import { openRegistry, startServer, type RunningServer } from '../src/index.js';
import { AUTH, ndjson, TOKEN, type Json } from './helpers.js';

const url = postgresUrl('@nomina/server');
const schema = `nomina_server_test_${process.pid}`;

describe.runIf(url)('keyword registry on PostgreSQL', () => {
  const servers: RunningServer[] = [];
  let client: PG.Client;
  const start = () =>
    startServer(
      { port: 0, logLevel: 'silent', token: TOKEN, rateLimit: 0, db: url!, schema, poolSize: 4 },
      { signals: false },
    );

  beforeAll(async () => {
    const Client = pgClient<typeof PG.Client>(import.meta.url);
    client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    // Two servers installing the schema at once: the lock keeps them from racing.
    servers.push(...(await Promise.all([start(), start()])));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await client?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client?.end();
  });

  /** A request to server `which`, retried while it is restarting (refused connection or 503): writes are idempotent. */
  async function call(which: number, path: string, body?: unknown, type = 'application/json'): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await fetch(`${servers[which]!.url}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: body === undefined ? {} : { ...AUTH, 'content-type': type },
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        });
        if (r.status !== 503 || attempt === 200) return r;
      } catch (error) {
        if (attempt === 200) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  test('writers and readers at once on two servers, one restarted mid-run: nothing lost, nothing doubled', async () => {
    const expected = new Map<string, KeywordEntry>(); // key → the entry as last acknowledged
    const deleted = new Set<string>();
    let acknowledged = 0;
    let restarted = false;

    async function writer(w: number) {
      for (let n = 0; n < 24; n++) {
        const which = (w + n) % 2;
        const entry: KeywordEntry = { key: `Ключ ${w} ${n} bücher`, target: `t:${w}:${n}`, locale: 'ru', weight: 0 };
        if (n % 6 === 5) {
          // A batch of three (NDJSON), all or nothing.
          const batch = [0, 1, 2].map((k) => ({ ...entry, key: `${entry.key} ${k}`, target: `${entry.target}:${k}` }));
          const r = await call(
            which,
            '/v1/keywords/entries/batch',
            batch.map((e) => JSON.stringify(e)).join('\n'),
            'application/x-ndjson',
          );
          expect(r.status).toBe(200);
          const lines = ndjson(await r.text());
          expect(lines.map((l) => l.result.status)).toEqual(['created', 'created', 'created']);
          for (const e of batch) expected.set(e.key, e);
          acknowledged += 3;
        } else {
          const r = await call(which, '/v1/keywords/entries', entry);
          // 201 the first time; 200 (updated) when a lost answer was retried.
          expect([200, 201]).toContain(r.status);
          expected.set(entry.key, entry);
          acknowledged++;
          // Read your write, on the other server.
          const seen = await call(1 - which, `/v1/keywords/lookup?q=${encodeURIComponent(entry.key)}&limit=1`);
          expect(((await seen.json()) as Json).matches[0]?.target).toBe(entry.target);
        }
        if (n % 8 === 3 && n % 6 !== 5) {
          const update = { ...entry, weight: n };
          expect((await call(1 - which, '/v1/keywords/entries', update)).status).toBe(200);
          expected.set(entry.key, update);
        }
        if (n % 8 === 6) {
          const { weight: _, ...id } = entry;
          const r = await call(which, '/v1/keywords/entries/delete', id);
          expect(((await r.json()) as Json).status).toBe('deleted');
          expected.delete(entry.key);
          deleted.add(entry.key);
        }
        if (w === 0 && n === 10 && !restarted) {
          // Restart server 0 while the others write: in-flight requests finish, the rest retry.
          restarted = true;
          const old = servers[0]!;
          await old.close();
          servers[0] = await start();
        }
      }
    }
    async function reader(which: number, stop: () => boolean) {
      let reads = 0;
      while (!stop()) {
        const r = await call(which, `/v1/keywords/lookup?q=${encodeURIComponent('Ключ 1')}`);
        expect(r.status).toBe(200);
        reads++;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return reads;
    }
    let done = false;
    const readers = [reader(0, () => done), reader(1, () => done)];
    await Promise.all([0, 1, 2, 3].map(writer));
    done = true;
    expect((await Promise.all(readers)).every((n) => n > 0)).toBe(true);
    expect(restarted).toBe(true);
    expect(acknowledged).toBe(4 * (20 + 4 * 3));

    // Every acknowledged entry is there once, with its last weight; deleted ones are gone.
    for (const which of [0, 1]) {
      const stats = (await (await call(which, '/v1/keywords/stats')).json()) as Json;
      expect(stats).toEqual({ backend: 'postgres', entries: expected.size });
    }
    for (const [key, entry] of expected) {
      const listed = (await (
        await call(key.length % 2, `/v1/keywords/entries?key=${encodeURIComponent(key)}`)
      ).json()) as Json;
      expect(listed.entries).toEqual([entry]);
    }
    for (const key of deleted) {
      const listed = (await (await call(0, `/v1/keywords/entries?key=${encodeURIComponent(key)}`)).json()) as Json;
      expect(listed.entries).toEqual([]);
    }
    const duplicates = await client.query(
      `SELECT key, target FROM ${schema}.entries GROUP BY key, target, locale, namespace HAVING count(*) > 1`,
    );
    expect(duplicates.rows).toEqual([]);
    const orphans = await client.query(
      `SELECT k.key FROM ${schema}.keys k WHERE NOT EXISTS (SELECT 1 FROM ${schema}.postings p WHERE p.key_id = k.id)`,
    );
    expect(orphans.rows).toEqual([]);

    // The look-ups answer as an in-process index of the same entries.
    const index = createKeywordIndex(expected.values());
    for (const q of ['Ключ 2 4', 'kljuch 3 1 bucher', 'Ключ 0 2 bücher 1', 'КЛЮЧ 1 7 BÜCHER']) {
      const got = (await (await call(1, `/v1/keywords/lookup?q=${encodeURIComponent(q)}`)).json()) as Json;
      expect(got, q).toEqual(JSON.parse(JSON.stringify(index.search(q))));
    }
  });

  test('readiness follows the database; a database that does not answer stops the start', async () => {
    expect(((await (await call(1, '/readyz')).json()) as Json).backend).toBe('postgres');
    const dead = new URL(url!);
    dead.port = '1';
    await expect(openRegistry({ db: dead.href })).rejects.toThrow();
  });
});
