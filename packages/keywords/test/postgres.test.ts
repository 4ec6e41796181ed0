// PostgreSQL parity: the same entries in the in-process index and in a real PostgreSQL 15 server
// (started by .ci/postgres.sh, which exports NOMINA_PG_URL) give identical answers.
import type PG from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pgClient, postgresUrl } from '../../../test-vectors/postgres.js';
import { createKeywordIndex, type KeywordEntry } from '../src/index.js';
import { PostgresKeywordStore } from '../src/postgres.js';
import { generatedEntries, lookupVectors } from './helpers.js';

const Client = pgClient<typeof PG.Client>(import.meta.url);
const url = postgresUrl('@nomina/keywords');

const generated = generatedEntries(2000);
const entries: KeywordEntry[] = [...lookupVectors.entries, ...generated];

describe.skipIf(!url)('PostgreSQL store (NOMINA_PG_URL)', () => {
  const schema = `nomina_kw_test_${process.pid}_${Date.now()}`;
  const client = url ? new Client({ connectionString: url }) : undefined;
  const store = client ? new PostgresKeywordStore(client, { schema }) : undefined;
  const index = createKeywordIndex(entries);

  beforeAll(async () => {
    await client!.connect();
    await store!.install();
    await store!.install(); // idempotent
    const first = await store!.add(entries.slice(0, 30));
    const rest = await store!.add([...entries.slice(30), { key: '', target: 'x' }]);
    expect(first.refused).toEqual([]);
    expect(rest.refused.map((r) => r.issues[0]!.code)).toEqual(['EMPTY_KEY']);
  });
  afterAll(async () => {
    await store?.drop();
    await client?.end();
  });

  test('holds every entry', async () => {
    expect(await store!.size()).toBe(entries.length);
  });

  test.each(
    lookupVectors.queries.map(
      (q, i) => [`#${i + 1} ${JSON.stringify(q.query)}${q.options ? ' ' + JSON.stringify(q.options) : ''}`, q] as const,
    ),
  )('parity on look-up vector %s', async (_name, q) => {
    expect(await store!.lookup(q.query, q.options)).toEqual(index.lookup(q.query, q.options));
  });

  test('parity on generated keys, their prefixes and typos (300 queries)', async () => {
    for (const [i, entry] of generated.slice(0, 100).entries()) {
      const chars = [...entry.key];
      for (const query of [
        entry.key,
        chars.slice(0, 3).join(''),
        [...chars.slice(0, i % chars.length), 'x', ...chars.slice((i % chars.length) + 1)].join(''),
      ]) {
        expect(await store!.lookup(query, { limit: 20 }), query).toEqual(index.lookup(query, { limit: 20 }));
      }
    }
  });

  test('bad queries are reported the same way', async () => {
    expect(await store!.search('a'.repeat(100_000))).toEqual(index.search('a'.repeat(100_000)));
    expect(await store!.search('\u200b')).toEqual(index.search('\u200b'));
    // Hostile strings (the campaign's shapes): lone surrogates, NUL and controls, marks, mixed scripts.
    for (const query of [
      'Moscow\ud800',
      '\udc00'.repeat(256),
      '\0\u0001 x\u202e',
      'e\u0301\u0302'.repeat(50),
      'aбαא'.repeat(64),
    ]) {
      expect(await store!.search(query)).toEqual(index.search(query));
    }
  });
});
