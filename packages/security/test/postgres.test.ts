// PostgreSQL parity: the same names in the in-process skeleton index and in a real PostgreSQL 15 server
// (started by .ci/postgres.sh, which exports NOMINA_PG_URL) give identical answers.
import { createRequire } from 'node:module';
import type PG from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSkeletonIndex, LDH_FOLDING } from '../src/index.js';
import { PostgresSkeletonStore } from '../src/postgres.js';
import { lookalike, lcg, zone } from '../../../test-vectors/security/zone.js';

// pg's Client is loaded alone (see packages/keywords/test/postgres.test.ts for why).
const Client = createRequire(import.meta.url)('pg/lib/client') as typeof PG.Client;
const url = process.env.NOMINA_PG_URL;
if (!url) {
  const message =
    "\n!!! NOMINA_PG_URL is not set: the PostgreSQL parity tests of @nomina/security are SKIPPED.\n!!! Run them with: bash -c 'source .ci/postgres.sh && npx vitest run packages/security'\n";
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

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
