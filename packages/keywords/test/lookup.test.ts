import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { indexState } from '../src/index/keyword-index.js';
import { createKeywordIndex, MAX_EDITS, MAX_LIMIT, MAX_QUERY_LENGTH, segmentWords } from '../src/index.js';
import { lookupVectors } from './helpers.js';

const index = createKeywordIndex(lookupVectors.entries);

describe('look-up vectors (test-vectors/keywords/lookup.json)', () => {
  test.each(
    lookupVectors.queries.map(
      (q, i) =>
        [
          `#${i + 1} ${JSON.stringify(q.query)}${q.options ? ' ' + JSON.stringify(q.options) : ''} → ${q.first ?? 'nothing'}${q.via ? ` (${q.via})` : ''}`,
          q,
        ] as const,
    ),
  )('%s', (_name, q) => {
    const matches = index.lookup(q.query, q.options);
    expect(matches[0]?.target ?? null).toBe(q.first);
    if (q.via) expect(matches[0]!.via).toBe(q.via);
  });
});

describe('resolution semantics', () => {
  test('a key naming several targets answers each of them', () => {
    const targets = index.lookup('Georgia').map((m) => m.target);
    expect(targets).toEqual(expect.arrayContaining(['territory:GE', 'state:US-GA']));
  });
  test('locale preference ranks the entries of that locale first', () => {
    const idx = createKeywordIndex([
      { key: 'Georgia', target: 'state:US-GA', locale: 'en-US' },
      { key: 'Georgia', target: 'territory:GE', locale: 'en-GB' },
    ]);
    expect(idx.lookup('georgia', { locale: 'en-GB' })[0]!.target).toBe('territory:GE');
    expect(idx.lookup('georgia', { locale: 'en-US' })[0]!.target).toBe('state:US-GA');
  });
  test('weight breaks ties between equally good matches', () => {
    const idx = createKeywordIndex([
      { key: 'Springfield', target: 'a', weight: 1 },
      { key: 'Springfield', target: 'b', weight: 50 },
    ]);
    expect(idx.lookup('springfield').map((m) => m.target)).toEqual(['b', 'a']);
  });
  test('namespace filters, with one namespace or several', () => {
    expect(index.lookup('Georgia', { namespace: 'territory' }).map((m) => m.target)).toEqual(['territory:GE']);
    expect(index.lookup('Georgia', { namespace: ['territory', 'state'] })).toHaveLength(2);
  });
  test('prefix: false turns type-ahead off', () => {
    expect(index.lookup('Deut', { prefix: false })).toEqual([]);
  });
  test('maxEdits: 0 turns typo tolerance off', () => {
    expect(index.lookup('Deutschlnad', { maxEdits: 0 })).toEqual([]);
  });
  test('one match per target, the best', () => {
    const matches = index.lookup('Moscow');
    expect(matches.filter((m) => m.target === 'city:moscow')).toHaveLength(1);
    expect(matches[0]!.via).toBe('exact');
  });
  test('romanized matches name their scheme', () => {
    expect(index.lookup('moskva')[0]!.scheme).toBe('any-ascii');
  });
  test('answers do not depend on earlier look-ups (candidate entries are pooled between them)', () => {
    const fresh = (query: string) => createKeywordIndex(lookupVectors.entries).lookup(query);
    const reused = createKeywordIndex(lookupVectors.entries);
    const queries = lookupVectors.queries.map((q) => q.query);
    for (const query of [...queries, ...[...queries].reverse()]) expect(reused.lookup(query)).toEqual(fresh(query));
  });
  test('add after look-up recompiles', () => {
    const idx = createKeywordIndex([{ key: 'Paris', target: 'paris' }]);
    expect(idx.lookup('Lyon')).toEqual([]);
    expect(idx.add({ key: 'Lyon', target: 'lyon' }).ok).toBe(true);
    expect(idx.lookup('Lyon')[0]!.target).toBe('lyon');
  });
  test('word segmentation with Intl.Segmenter', () => {
    expect(segmentWords('ภาษาไทยง่ายนิดเดียว').length).toBeGreaterThan(1);
    expect(segmentWords('New York, NY')).toEqual(['New', 'York', 'NY']);
  });
});

describe('limits and bad input', () => {
  test(`a query of MAX_QUERY_LENGTH (${MAX_QUERY_LENGTH}) units is searched`, () => {
    const result = index.search('a'.repeat(MAX_QUERY_LENGTH));
    expect(result.issues).toEqual([]);
  });
  test('a query of MAX_QUERY_LENGTH + 1 units is QUERY_TOO_LONG and not searched', () => {
    const result = index.search('a'.repeat(MAX_QUERY_LENGTH + 1));
    expect(result.matches).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['QUERY_TOO_LONG']);
  });
  test('a 1 MB query returns at once with QUERY_TOO_LONG', () => {
    expect(index.search('Москва'.repeat(200_000)).issues[0]!.code).toBe('QUERY_TOO_LONG');
  });
  test('an empty or invisible query is EMPTY_QUERY', () => {
    expect(index.search(' \u200b-').issues.map((i) => i.code)).toEqual(['EMPTY_QUERY']);
  });
  test('a lone surrogate is reported and replaced', () => {
    const result = index.search('Moscow\ud800');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'LONE_SURROGATE', severity: 'warning', offset: 6, codePoint: 0xd800 }),
    ]);
    expect(result.ok).toBe(true);
  });
  test(`limit ${MAX_LIMIT} is accepted, ${MAX_LIMIT + 1} is a programmer error`, () => {
    expect(() => index.lookup('x', { limit: MAX_LIMIT })).not.toThrow();
    expect(() => index.lookup('x', { limit: MAX_LIMIT + 1 })).toThrow(RangeError);
  });
  test(`maxEdits ${MAX_EDITS} is accepted, ${MAX_EDITS + 1} is a programmer error`, () => {
    expect(() => index.lookup('x', { maxEdits: MAX_EDITS })).not.toThrow();
    expect(() => index.lookup('x', { maxEdits: MAX_EDITS + 1 })).toThrow(RangeError);
  });
  test('a non-string query is a programmer error', () => {
    expect(() => index.lookup(42 as never)).toThrow(TypeError);
    expect(() => index.lookup('x', { limit: '3' } as never)).toThrow(TypeError);
    expect(() => index.lookup('x', { namespace: [1] } as never)).toThrow(TypeError);
  });
  prop.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
    'never throws for any string, answers at most `limit`',
    (query) => {
      const result = index.search(query, { limit: 3 });
      expect(result.matches.length).toBeLessThanOrEqual(3);
      for (const m of result.matches) expect(m.score).toBeGreaterThanOrEqual(0.6);
    },
  );
  prop.prop([fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 20 })])(
    'every key finds its own target first or tied first',
    (key) => {
      const idx = createKeywordIndex([...lookupVectors.entries.slice(0, 10), { key, target: 'me' }]);
      const result = idx.search(key);
      if (result.issues.some((i) => i.code === 'EMPTY_QUERY')) return;
      expect(result.matches.map((m) => m.target)).toContain('me');
      expect(result.matches[0]!.score).toBe(result.matches.find((m) => m.target === 'me')!.score);
    },
  );
});

describe('code-point order of prefix ranges', () => {
  test('astral keys sort after U+E000…U+FFFF keys, as in PostgreSQL COLLATE "C"', () => {
    const idx = createKeywordIndex([
      { key: 'ab\u{20000}', target: 'astral' },
      { key: 'ab\ufffd', target: 'replacement' },
      { key: 'ab\ue000', target: 'private' },
      { key: 'abc', target: 'ascii' },
    ]);
    idx.compile();
    const { keys, compiled } = indexState(idx);
    const wanted = ['abc', 'ab\ue000', 'ab\ufffd', 'ab\u{20000}'];
    expect([...compiled!.sorted].map((id) => keys.keys[id]).filter((k) => wanted.includes(k!))).toEqual(wanted);
    expect(
      idx
        .lookup('ab', { minScore: 0 })
        .map((m) => m.target)
        .sort(),
    ).toEqual(['ascii', 'astral', 'private', 'replacement']);
  });
});
