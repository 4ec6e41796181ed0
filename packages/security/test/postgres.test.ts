// PostgreSQL parity: the same names in the in-process skeleton index and in a real PostgreSQL 15 server
// (started by .ci/postgres.sh, which exports NOMINA_PG_URL) give identical answers.
import type PG from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pgClient, postgresUrl } from '../../../test-vectors/postgres.js';
import { createSkeletonIndex, LDH_FOLDING } from '../src/index.js';
import { PostgresSkeletonStore } from '../src/postgres.js';
import { lookalike, lcg, zone } from '../../../test-vectors/security/zone.js';

const Client = pgClient<typeof PG.Client>(import.meta.url);
const url = postgresUrl('@nomina/security');

const names = [...zone(3000, 5), 'paypal', 'paypal', 'ѕсоре', 'g00gle', 'google', 'pay\tpal'];
const rnd = lcg(9);
const queries = [
  ...names.slice(0, 400).map((n) => lookalike(n, rnd)),
  ...names.slice(-6),
  'pаypal',
  'scope',
  'nothing-here',
  'a'.repeat(2000),
];

describe.skipIf(!url)('PostgreSQL skeleton store (NOMINA_PG_URL)', () => {
  const schema = `nomina_sec_test_${process.pid}_${Date.now()}`;
  const client = url ? new Client({ connectionString: url }) : undefined;
  const store = client ? new PostgresSkeletonStore(client, { schema, fold: LDH_FOLDING }) : undefined;
  const index = createSkeletonIndex({ fold: LDH_FOLDING });

  beforeAll(async () => {
    await client!.connect();
    await store!.install();
    await store!.install(); // idempotent
    names.forEach((n, i) => index.add(n, `id${i}`));
    const r = await store!.add([...names.map((n, i) => [n, `id${i}`] as const), 'a'.repeat(2000)]);
    expect(r.added).toBe(names.length);
    expect(r.refused.map((x) => [x.position, x.issues[0]!.code])).toEqual([[names.length, 'INPUT_TOO_LONG']]);
  });
  afterAll(async () => {
    await store?.drop();
    await client?.end();
  });

  test('lookup: identical answers (names, ids, kinds, offsets, order)', async () => {
    for (const q of queries) expect(await store!.lookup(q), q).toEqual(index.lookup(q));
  });
  test('matchBatch: identical answers in one query', async () => {
    expect(await store!.matchBatch(queries)).toEqual([...index.matchBatch(queries)]);
  });
  test('remove: identical counts and answers after', async () => {
    expect(await store!.remove('paypal')).toBe(index.remove('paypal'));
    expect(await store!.remove('google', 'nope')).toBe(index.remove('google', 'nope'));
    expect(await store!.size()).toBe(index.size);
    for (const q of ['pаypal', 'g00gle']) expect(await store!.lookup(q)).toEqual(index.lookup(q));
  });
});
