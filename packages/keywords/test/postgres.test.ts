// PostgreSQL parity: the same entries in the in-process index and in a real PostgreSQL 15 server
// (started by .ci/postgres.sh, which exports NOMINA_PG_URL) give identical answers.
import type PG from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pgClient, postgresUrl } from '../../../test-vectors/postgres.js';
import { createKeywordIndex, damerauLevenshtein, type KeywordEntry } from '../src/index.js';
import { PostgresKeywordStore } from '../src/postgres.js';
import { generatedEntries, lookupVectors } from './helpers.js';

const Client = pgClient<typeof PG.Client>(import.meta.url);
const url = postgresUrl('@nomina/keywords');

const generated = generatedEntries(2000);
const entries: KeywordEntry[] = [...lookupVectors.entries, ...generated];

/**
 * A store in a schema of its own for the enclosing describe: connected and installed before its tests (with
 * ENTRIES added), dropped after them.
 */
function scratchStore(name: string, entries: readonly KeywordEntry[] = []) {
  const schema = `nomina_kw_${name}_${process.pid}_${Date.now()}`;
  const client = url ? new Client({ connectionString: url }) : undefined;
  const store = client ? new PostgresKeywordStore(client, { schema }) : undefined;
  beforeAll(async () => {
    await client!.connect();
    await store!.install();
    if (entries.length > 0) await store!.add(entries);
  });
  afterAll(async () => {
    await store?.drop();
    await client?.end();
  });
  return { schema, client, store };
}

describe.skipIf(!url)('PostgreSQL store (NOMINA_PG_URL)', () => {
  const { store } = scratchStore('test');
  const index = createKeywordIndex(entries);

  beforeAll(async () => {
    await store!.install(); // idempotent
    const first = await store!.add(entries.slice(0, 30));
    const rest = await store!.add([...entries.slice(30), { key: '', target: 'x' }]);
    expect(first.refused).toEqual([]);
    expect(rest.refused.map((r) => r.issues[0]!.code)).toEqual(['EMPTY_KEY']);
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

  test('parity on generated keys, their prefixes, typos and dropped characters (400 queries)', async () => {
    for (const [i, entry] of generated.slice(0, 100).entries()) {
      const chars = [...entry.key];
      for (const query of [
        entry.key,
        chars.slice(0, 3).join(''),
        [...chars.slice(0, i % chars.length), 'x', ...chars.slice((i % chars.length) + 1)].join(''),
        [...chars.slice(0, i % chars.length), ...chars.slice((i % chars.length) + 1)].join(''),
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

describe.skipIf(!url)('PostgreSQL store: update, remove and list (NOMINA_PG_URL)', () => {
  const entries: KeywordEntry[] = [
    { key: 'Moskva', target: 'RU-MOW', locale: 'ru' },
    { key: 'Москва', target: 'RU-MOW', locale: 'ru' },
    { key: 'Moskva', target: 'moskva-river' },
    { key: 'Berlin', target: 'DE-BE', namespace: 'city' },
    { key: 'Neu Berlin', target: 'DE-NB' },
  ];
  const { schema, client, store } = scratchStore('edit', entries);
  const keyCount = async () => (await client!.query(`SELECT count(*)::int AS n FROM "${schema}".keys`)).rows[0].n;

  test('update sets weights of stored identities only; the last of a repeated identity wins', async () => {
    const result = await store!.update([
      { key: 'Moskva', target: 'moskva-river', weight: 1 },
      { key: 'Moskva', target: 'RU-MOW', weight: 5 }, // no locale: another identity, not stored
      { key: 'Berlin', target: 'DE-BE', namespace: 'city', weight: 2 },
      { key: 'Berlin', target: 'DE-BE', namespace: 'city', weight: 3 },
      { key: 'Berlin', target: 'DE-BE', weight: Number.NaN },
    ]);
    expect(result.updated).toEqual([0, 3]);
    expect(result.refused.map((r) => [r.position, r.issues[0]!.code])).toEqual([[4, 'WEIGHT_INVALID']]);
    const weights = (await store!.list({}, 10)).map((e) => e.weight);
    expect(weights).toEqual([0, 0, 1, 3, 0]);
    const expected = createKeywordIndex(entries.map((e, n) => ({ ...e, weight: weights[n] })));
    for (const query of ['moskva', 'berlin', 'moskv'])
      expect(await store!.lookup(query), query).toEqual(expected.lookup(query));
  });

  test('list filters by key, target and namespace, in the order added, up to the limit', async () => {
    expect((await store!.list({ key: 'Moskva' }, 10)).map((e) => e.target)).toEqual(['RU-MOW', 'moskva-river']);
    expect(await store!.list({ namespace: 'city' }, 10)).toEqual([
      { key: 'Berlin', target: 'DE-BE', namespace: 'city', weight: 3 },
    ]);
    expect(await store!.list({ target: 'RU-MOW' }, 1)).toEqual([
      { key: 'Moskva', target: 'RU-MOW', locale: 'ru', weight: 0 },
    ]);
  });

  test('remove deletes entries, then the keys no entry uses; answers match an index of what is left', async () => {
    const before = await keyCount();
    const result = await store!.remove([
      { key: 'Moskva', target: 'moskva-river' },
      { key: 'Moskva', target: 'moskva-river' }, // the same identity again: removed once, at its first position
      { key: 'Nowhere', target: 'x' },
      { key: 'Neu Berlin', target: 'DE-NB' },
    ]);
    expect(result.removed).toEqual([0, 3]);
    expect(await store!.size()).toBe(3);
    // 'moskva' is still the key of RU-MOW; 'neu berlin' (and its word start 'berlin') is gone.
    expect(await keyCount()).toBe(before - 1);
    const words = await client!.query(`SELECT count(*)::int AS n FROM "${schema}".words`);
    expect(words.rows[0].n).toBe(0);
    const left = (await store!.list({}, 10)).map(({ weight, ...e }) => ({ ...e, weight }));
    const expected = createKeywordIndex(left);
    for (const query of ['moskva', 'berlin', 'neu berlin', 'москва', 'Moskwa'])
      expect(await store!.lookup(query), query).toEqual(expected.lookup(query));
    expect((await store!.remove([])).removed).toEqual([]);
  });
});

describe.skipIf(!url)('PostgreSQL store: romanization schemes (NOMINA_PG_URL)', () => {
  // "matuki" is Kunrei-shiki for まつき; its Hepburn skeleton (macuki) is also that of the Cyrillic key,
  // which is one edit from the query's own skeleton: neither store may answer it through the scheme.
  const entries: KeywordEntry[] = [
    { key: 'まつき', target: 'kana' },
    { key: 'Мацуки', target: 'cyrillic' },
    { key: 'Октябрьский', target: 'oktyabrsky' },
    // Mixed keys whose romanizations are one edit apart (the server's concurrency test writes these).
    ...Array.from({ length: 96 }, (_, i) => ({ key: `Ключ ${i >> 5} ${i & 31} bücher`, target: `t:${i}` })),
  ];
  const { store } = scratchStore('scheme', entries);
  const index = createKeywordIndex(entries);

  test.each([
    'matuki',
    'matsuki',
    'macuki',
    'oktjabrskyj',
    'oktyabrskiy',
    'kljuch 3 1 bucher',
    'kljuch 2 11 bucher',
  ])('parity on %j', async (query) => {
    expect(await store!.lookup(query)).toEqual(index.lookup(query));
  });
});

describe.skipIf(!url)('PostgreSQL store: typos of three syllables (NOMINA_PG_URL)', () => {
  // Three-syllable keys take one edit: the first two swapped share no trigram, so the store looks that
  // neighbour up whole; the others come from pg_trgm. Every swap, replacement and insertion of each key.
  const keys = ['ꆈꌠꉙ', 'ꕚꕆꔷ', '牙买加', '파나마', 'みかん', 'ᏩᎷᎾ', 'ቸክያ', 'ドイツ語', 'ꆈꌠ'];
  const entries: KeywordEntry[] = keys.map((key, i) => ({ key, target: `t:${i}` }));
  const { store } = scratchStore('syllables', entries);
  const index = createKeywordIndex(entries);
  const queries = keys.flatMap((key) => {
    const c = [...key];
    return c.flatMap((_, i) => [
      [...c.slice(0, i), 'ꀀ', ...c.slice(i + 1)].join(''),
      [...c.slice(0, i), 'ꀀ', ...c.slice(i)].join(''),
      i + 1 < c.length ? [...c.slice(0, i), c[i + 1], c[i], ...c.slice(i + 2)].join('') : key,
    ]);
  });

  // Seven syllables take two edits: every pair of replacements of a seven-syllable key.
  const seven = [...'저지소르비아어'];
  const entries7: KeywordEntry[] = [{ key: seven.join(''), target: 'seven' }];
  const store7 = scratchStore('seven', entries7).store;
  const index7 = createKeywordIndex(entries7);
  const pairs = seven.flatMap((_, i) =>
    seven.slice(i + 1).map((_, j) => seven.map((c, k) => (k === i || k === i + 1 + j ? '가' : c)).join('')),
  );

  test('parity on every two replacements of seven syllables', async () => {
    for (const query of pairs) expect(await store7!.lookup(query), query).toEqual(index7.lookup(query));
    expect((await store7!.lookup(pairs[0]!)).map((m) => m.target)).toEqual(['seven']);
  });

  test('parity on every swap, replacement and insertion', async () => {
    for (const query of queries) expect(await store!.lookup(query), query).toEqual(index.lookup(query));
    // Not vacuous: the first-pair swap of a three-syllable key is found.
    expect((await store!.lookup('ꌠꆈꉙ')).map((m) => m.target)).toContain('t:0');
  });
});

describe.skipIf(!url)('PostgreSQL store: two edits to keys of six to ten characters (NOMINA_PG_URL)', () => {
  // Two edits may leave a short key one trigram of 17 in common with the query, or none: the store widens
  // its threshold and looks that neighbour up whole. Every two-edit neighbour of each key (two of: a
  // deletion, a replacement or insertion of a letter of its script, a swap of neighbours), answered alike.
  const keys: [key: string, other: string][] = [
    ['ⵙⴰⵖⴰⴼⵔⴰ', 'ⵯ'],
    ['ⵙⴰⵖⴰⴼⵔ', 'ⵯ'],
    ['ⵜⴰⵎⴰⵣⵉⵖⵜ', 'ⵯ'],
    ['ߓߊߟߎߗߌߞߊ߲', 'ߤ'],
    ['المكتبة', 'ي'],
    ['كارتا', 'ي'],
    ['北京首都国际机场', '扬'],
    ['Pleasant', 'q'],
    ['Inverness', 'q'],
    ['Pleasanton', 'q'],
  ];
  const entries: KeywordEntry[] = keys.map(([key], i) => ({ key, target: `t:${i}` }));
  const { store } = scratchStore('two_edits', entries);
  const index = createKeywordIndex(entries);
  const neighbours = (c: readonly string[], other: string): string[][] =>
    c.flatMap((_, i) => [
      [...c.slice(0, i), ...c.slice(i + 1)],
      [...c.slice(0, i), other, ...c.slice(i + 1)],
      [...c.slice(0, i), other, ...c.slice(i)],
      ...(i + 1 < c.length ? [[...c.slice(0, i), c[i + 1]!, c[i]!, ...c.slice(i + 2)]] : []),
    ]);
  const queries = [
    ...new Set(
      keys.flatMap(([key, other]) =>
        neighbours([...key], other).flatMap((once) => neighbours(once, other).map((twice) => twice.join(''))),
      ),
    ),
  ];

  test(`parity on every two-edit neighbour (${queries.length} queries)`, async () => {
    let twoEdits = 0;
    for (const query of queries) {
      const matches = index.lookup(query);
      expect(await store!.lookup(query), query).toEqual(matches);
      if (matches[0] && damerauLevenshtein(query, matches[0].key) === 2) twoEdits++;
    }
    // Not vacuous: most queries are answered at two edits, a drop and a swap in NKo (8 code points, 7 clusters) too.
    expect(twoEdits).toBeGreaterThan(queries.length / 2);
    expect((await store!.lookup('ߊߟߎߗߌߊߞ߲')).map((m) => m.target)).toEqual(['t:3']);
  });
});
