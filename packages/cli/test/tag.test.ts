// `nomina tag` end to end, in-process with in-memory streams.
import { describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

describe('nomina tag', () => {
  test('canonicalize (cldr by default) and exit 0', async () => {
    const r = await run(['tag', 'canonicalize', 'iw-IL', 'en-u-ca-islamicc']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('iw-IL\the-IL\nen-u-ca-islamicc\ten-u-ca-islamic-civil\n2 tags: 2 passed, 0 failed\n');
  });
  test('canonicalize --form extlang', async () => {
    expect((await run(['tag', 'canonicalize', '--form', 'extlang', 'yue-HK'])).out).toContain('zh-yue-HK');
  });
  test('validate: an invalid tag makes exit 1 and lists the issue', async () => {
    const r = await run(['tag', 'validate', 'en-US', 'xx-US']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('LANGUAGE_UNKNOWN');
  });
  test('maximize / minimize from stdin, ndjson', async () => {
    const r = await run(['tag', 'maximize', '--format', 'ndjson'], 'zh-TW\nund-Cyrl\n');
    const lines = ndjson(r.out);
    expect(lines.slice(0, 2).map((l) => l.output)).toEqual(['zh-Hant-TW', 'ru-Cyrl-RU']);
    expect((await run(['tag', 'minimize', '--favor', 'script', 'zh-Hant-TW'])).out).toContain('zh-Hant\n');
  });
  test('match with --supported, json', async () => {
    const r = await run(['tag', 'match', '--supported', 'en-GB,en-US,fr', '--format', 'json', 'en-AU, fr;q=0.5']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results[0]).toMatchObject({ output: 'en-GB', detail: { distance: 3 } });
  });
  test('name --in fr, csv', async () => {
    const r = await run(['tag', 'name', '--in', 'fr', '--format', 'csv', 'de-CH']);
    expect(r.out.split('\r\n')[1]).toContain('allemand suisse');
  });
  test('parse shows a not well-formed tag with its offset', async () => {
    const r = await run(['tag', 'parse', 'de-419-DE']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('SUBTAG_UNEXPECTED at 7');
  });
  test('usage errors exit 2', async () => {
    expect((await run(['tag'])).code).toBe(2);
    expect((await run(['tag', 'frobnicate'])).code).toBe(2);
    expect((await run(['tag', 'match', 'en'])).code).toBe(2);
    expect((await run(['tag', 'canonicalize', '--form', 'nope', 'en'])).code).toBe(2);
  });
  test('a bad --favor is a usage error before any input is read (no partial output)', async () => {
    for (const action of ['minimize', 'match']) {
      const r = await run(['tag', action, '--favor', 'nope', '--supported', 'en', 'en', 'fr']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('--favor');
    }
  });
});
