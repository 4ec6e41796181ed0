// PostgreSQL parity: the same zone in the in-process CollisionIndex and in a real PostgreSQL 15 server
// (NOMINA_PG_URL, started by .ci/postgres.sh) gives identical collisions for every new label.
import type PG from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pgClient, postgresUrl } from '../../../test-vectors/postgres.js';
import { CollisionIndex, type CollisionCheck } from '../src/index.js';
import { PostgresLgrStore } from '../src/postgres.js';
import { ARABIC, corpusLgr, randomLabels, repertoireChars } from './helpers.js';

const Client = pgClient<typeof PG.Client>(import.meta.url);
const url = postgresUrl('@nomina/lgr');
const arabic = corpusLgr(ARABIC);

describe.skipIf(!url || !arabic)('PostgreSQL store (NOMINA_PG_URL)', () => {
  const schema = `nomina_lgr_test_${process.pid}_${Date.now()}`;
  const client = url ? new Client({ connectionString: url }) : undefined;
  const store = client && arabic ? new PostgresLgrStore(client, arabic, { schema }) : undefined;
  const index = arabic ? new CollisionIndex(arabic) : undefined;
  // A zone of 5,000 short labels (2–4 code points: many collide) plus explicit ones.
  const chars = arabic ? repertoireChars(arabic) : [];
  let seed = 99;
  const random = (n: number) => randomLabels(chars, n, seed++, 2, 4);
  const zone = ['كتاب', 'بيت', 'سلام', 'abc', ...random(5000)];
  const queries = ['کتاب', 'كتآب', 'بیت', 'سلام', 'مكتبة', 'xyz', ...random(1000)];
  const sorted = (c: CollisionCheck) => ({
    ...c,
    collisions: [...c.collisions].sort((a, b) => (a.label < b.label ? -1 : 1)),
    issues: [...c.issues].sort((a, b) => (a.message < b.message ? -1 : 1)),
  });

  beforeAll(async () => {
    await client!.connect();
    await store!.install();
    await store!.install(); // idempotent
    const { refused } = await store!.add(zone);
    expect(refused[0]).toMatchObject({ position: 3 });
    expect(refused[0]!.issues[0]!.code).toBe('RFC7940_8.1_REPERTOIRE');
    for (const label of zone) index!.add(label);
  });
  afterAll(async () => {
    await store?.drop();
    await client?.end();
  });

  test('holds every eligible label once', async () => {
    expect(await store!.size()).toBe(index!.size);
  });

  test('parity on 1,006 new labels (collisions and dispositions)', async () => {
    let colliding = 0;
    for (const q of queries) {
      const ours = index!.check(q);
      expect(sorted(await store!.check(q)), q).toEqual(sorted(ours));
      if (ours.collisions.length > 0) colliding++;
    }
    expect(colliding).toBeGreaterThan(20);
  });

  test('the explicit cases', async () => {
    expect((await store!.check('کتاب')).collisions).toEqual([{ label: 'كتاب', disposition: 'allocatable' }]);
    expect((await store!.check('xyz')).indexLabel).toBeNull();
  });
});
