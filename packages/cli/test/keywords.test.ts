import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'nomina-keywords-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tsv = join(dir, 'entries.tsv');
const index = join(dir, 'entries.idx');
writeFileSync(
  tsv,
  [
    '# key\ttarget\tlocale\tnamespace\tweight',
    'Москва\tcity:moscow\tru\tcity\t12',
    'Moscow\tcity:moscow\ten\tcity',
    '北京\tcity:beijing\tzh\tcity',
    'Deutschland\tterritory:DE\tde\tterritory',
    '',
    'no target here',
    'São Paulo\tcity:sao-paulo',
  ].join('\n') + '\n',
);

describe('nomina keywords', () => {
  test('build: writes the index, reports refused lines, exit 1', async () => {
    const { code, err } = await run(['keywords', 'build', tsv, '-o', index]);
    expect(code).toBe(1);
    expect(err).toContain('line 7: INVALID_LINE');
    expect(err).toContain('5 entries');
    expect(readFileSync(index).subarray(0, 8).toString()).toBe('NOMINAKW');
  });

  test('lookup: text output, one line a match', async () => {
    const { code, out } = await run(['keywords', 'lookup', '-i', index, 'moskva', 'beijing']);
    expect(code).toBe(0);
    expect(out).toBe(
      'moskva\t1\tcity:moscow\tМосква\ttranslit:any-ascii\t0.909281\nbeijing\t1\tcity:beijing\t北京\ttranslit:any-ascii\t0.87305\n2 queries, 2 answered, 0 without answer\n',
    );
  });

  test('lookup from standard input, ndjson, with a query without answer: exit 1', async () => {
    const { code, out } = await run(
      ['keywords', 'lookup', '-i', index, '-f', 'ndjson', '--limit', '1'],
      'Deutschlnad\nxyzzyx\n',
    );
    expect(code).toBe(1);
    const records = ndjson(out);
    expect(records[0]).toMatchObject({
      line: 1,
      query: 'Deutschlnad',
      rank: 1,
      target: 'territory:DE',
      via: 'fuzzy',
      distance: 1,
    });
    expect(records[1]).toEqual({ line: 2, query: 'xyzzyx', issues: [] });
    expect(records[2]).toEqual({ summary: { queries: 2, answered: 1, unanswered: 1 } });
  });

  test('lookup: csv with a header', async () => {
    const { out } = await run(['keywords', 'lookup', '-i', index, '-f', 'csv', 'sao paulo']);
    expect(out.split('\r\n')[0]).toBe('line,query,rank,target,key,via,scheme,distance,score,locale,namespace,issues');
    expect(out.split('\r\n')[1]).toBe('1,sao paulo,1,city:sao-paulo,São Paulo,folded,,0,0.96005,,,');
  });

  test('usage errors exit 2', async () => {
    expect((await run(['keywords', 'lookup', 'x'])).code).toBe(2);
    expect((await run(['keywords', 'lookup', '-i', join(dir, 'missing.idx'), 'x'])).code).toBe(2);
    expect((await run(['keywords', 'lookup', '-i', tsv, 'x'])).err).toContain('INDEX_CORRUPT');
    expect((await run(['keywords', 'build', tsv])).code).toBe(2);
    expect((await run(['keywords', 'frobnicate'])).code).toBe(2);
    expect((await run(['keywords', 'lookup', '-i', index, '--max-edits', '3', 'x'])).code).toBe(2);
  });

  test('--help', async () => {
    const { code, out } = await run(['keywords', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('nomina keywords build ENTRIES.tsv');
  });
});

describe.skipIf(!process.env.NOMINA_PG_URL)('nomina keywords --db (NOMINA_PG_URL)', () => {
  const schema = `nomina_cli_test_${process.pid}`;
  test('build into PostgreSQL, look up from it, same answers as the index file', async () => {
    const url = process.env.NOMINA_PG_URL!;
    try {
      expect((await run(['keywords', 'build', tsv, '--db', url, '--schema', schema, '-q'])).code).toBe(1);
      const fromDb = await run([
        'keywords',
        'lookup',
        '--db',
        url,
        '--schema',
        schema,
        '-f',
        'ndjson',
        'moskva',
        'Deutschlnad',
        'sao paulo',
      ]);
      const fromFile = await run([
        'keywords',
        'lookup',
        '-i',
        index,
        '-f',
        'ndjson',
        'moskva',
        'Deutschlnad',
        'sao paulo',
      ]);
      expect(fromDb.code).toBe(0);
      expect(fromDb.out).toBe(fromFile.out);
    } finally {
      const { PostgresKeywordStore } = await import('@nomina/keywords/postgres');
      const Client = createRequire(import.meta.resolve('@nomina/keywords/package.json'))('pg/lib/client');
      const client = new Client({ connectionString: url });
      await client.connect();
      await new PostgresKeywordStore(client, { schema }).drop();
      await client.end();
    }
  });
});
