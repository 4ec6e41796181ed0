import { describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

describe('nomina detect', () => {
  test('one text from the arguments', async () => {
    const { code, out } = await run(['detect', 'Der', 'Hund', 'schläft', 'im', 'Garten']);
    expect(code).toBe(0);
    expect(out.split('\t')[0]).toBe('de');
  });

  test('standard input as one text', async () => {
    const { code, out } = await run(['detect', '-'], 'Le chat dort sur le canapé.\nIl fait beau aujourd’hui.\n');
    expect(code).toBe(0);
    expect(out.startsWith('fr\t')).toBe(true);
  });

  test('--lines: one record per line, summary, und makes exit 1', async () => {
    const { code, out } = await run(
      ['detect', '--lines', '--format', 'ndjson'],
      'The weather is lovely today.\n\n12345\nЭто русский текст.\n',
    );
    const records = ndjson(out);
    expect(records.map((r) => r.tag ?? 'summary')).toEqual(['en', 'zxx', 'ru', 'summary']);
    expect(records[3].summary).toEqual({ texts: 3, identified: 2, und: 0, zxx: 1 });
    expect(code).toBe(0);
    const weak = await run(['detect', '--lines', '--min-length', '50'], 'short text\n');
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('TOO_SHORT');
  });

  test('--top and json output carry candidates with confidence', async () => {
    const { out } = await run(['detect', '--format', 'json', '--top', '3', 'Ovo je kuća mog oca.']);
    const doc = JSON.parse(out);
    expect(doc.results[0].candidates).toHaveLength(3);
    expect(doc.results[0].candidates[0].confidence).toBeGreaterThan(0);
  });

  test('--only restricts the answer', async () => {
    const { out } = await run(['detect', '--only', 'sr,hr', '--format', 'json', 'Ovo je kuća mog oca.']);
    expect(JSON.parse(out).results[0].tag).toMatch(/^(sr-Latn|hr)$/);
  });

  test('--spans splits mixed text', async () => {
    const { out } = await run(['detect', '--spans', '--format', 'json', 'I love this city. Я люблю этот город.']);
    const spans = JSON.parse(out).results[0].spans;
    expect(spans.map((s: { tag: string }) => s.tag)).toEqual(['en', 'ru']);
  });

  test('csv has a header and guards cells', async () => {
    const { out } = await run(['detect', '--lines', '--format', 'csv', '=cmd()', 'hello world, how are you']);
    const rows = out.trim().split('\r\n');
    expect(rows[0]).toBe('line,tag,confidence,script,candidates,spans,issues,text');
    expect(rows[1]).toContain("'=cmd()");
  });

  test('usage errors exit 2', async () => {
    expect((await run(['detect', '--top', 'x', 'a'])).code).toBe(2);
    expect((await run(['detect', '--only', ',', 'a'])).code).toBe(2);
    expect((await run(['detect', '--bogus'])).code).toBe(2);
  });

  test('--help', async () => {
    const { code, out } = await run(['detect', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--spans');
  });
});
