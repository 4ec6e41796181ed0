import { describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

describe('nomina script', () => {
  test('text output: runs, resolved set, restriction level, summary', async () => {
    const { code, out } = await run(['script', 'Tokyo 東京']);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '1\tTokyo 東京',
        '  Latn\t0-6\tTokyo ',
        '  Hani\t6-8\t東京',
        '  resolved {} mixed-script; dominant Latn; highly-restrictive',
        '1 text: 0 single-script, 1 mixed-script, 0 failed',
        '',
      ].join('\n'),
    );
  });

  test('each line of standard input with -, as ndjson', async () => {
    const { code, out } = await run(['script', '-', '--format', 'ndjson'], 'abc (кот) def\nラーメン\n123\n');
    const lines = ndjson(out);
    expect(code).toBe(0);
    expect(lines[0].runs.map((r: { script: string; text: string }) => [r.script, r.text])).toEqual([
      ['Latn', 'abc ('],
      ['Cyrl', 'кот'],
      ['Latn', ') def'],
    ]);
    expect(lines[1]).toMatchObject({ line: 2, resolved: ['Jpan', 'Kana'], singleScript: true, dominant: 'Kana' });
    expect(lines[2]).toMatchObject({ line: 3, resolved: 'ALL', singleScript: true, restrictionLevel: 'ascii-only' });
    expect(lines[3]).toEqual({ summary: { texts: 3, singleScript: 2, mixedScript: 1, failed: 0 } });
  });

  test('no argument reads standard input too', async () => {
    const { out } = await run(['script', '-f', 'json'], 'Ελληνικά\n');
    expect(JSON.parse(out).results[0].scripts).toEqual(['Grek']);
  });

  test('--single: a mixed-script text fails (exit 1)', async () => {
    expect((await run(['script', '--single', 'Circle'])).code).toBe(0);
    expect((await run(['script', '--single', 'Сirсlе'])).code).toBe(1);
  });

  test('an unreadable line fails with its problem and the run goes on', async () => {
    const { code, out } = await run(['script', '-f', 'ndjson'], Buffer.from([0x61, 0xff, 0x0a, 0x62, 0x0a]));
    const lines = ndjson(out);
    expect(code).toBe(1);
    // The unread line carries its problem and no analysis (nothing was analysed).
    expect(lines[0]).toEqual({
      line: 1,
      text: '',
      issues: [
        {
          code: 'INVALID_UTF8',
          message: 'the line could not be read',
          severity: 'error',
          label: -1,
          offset: -1,
          codePoint: -1,
        },
      ],
    });
    expect(lines[1].scripts).toEqual(['Latn']);
    expect(lines[2]).toEqual({ summary: { texts: 2, singleScript: 1, mixedScript: 0, failed: 1 } });
  });

  test('an unreadable line in text and csv output: its problem only', async () => {
    const text = await run(['script'], Buffer.from([0xff, 0x0a]));
    expect(text.out).toBe('1\tINVALID_UTF8\n1 text: 0 single-script, 0 mixed-script, 1 failed\n');
    expect(text.code).toBe(1);
    const csv = await run(['script', '-f', 'csv'], Buffer.from([0xff, 0x0a]));
    expect(csv.out.trim().split('\r\n')[1]).toBe('1,,,,,,,,INVALID_UTF8');
  });

  test('csv: header, one row per text, cells guarded', async () => {
    const { out, err } = await run(['script', '-f', 'csv', '=1+2', 'abc кот']);
    const rows = out.trim().split('\r\n');
    expect(rows[0]).toBe('line,text,runs,scripts,dominant,resolved,single_script,restriction_level,issues');
    expect(rows[1]).toBe("1,'=1+2,Zyyy:0-4,,Zyyy,ALL,true,ascii-only,");
    expect(rows[2]).toBe('2,abc кот,Latn:0-4 Cyrl:4-7,Latn Cyrl,Latn,,false,minimally-restrictive,');
    expect(err).toBe('2 texts: 1 single-script, 1 mixed-script, 0 failed\n');
  });

  test('control and Bidi characters are escaped in text output', async () => {
    const { out } = await run(['script', 'a\u202eb']);
    expect(out.split('\n')[0]).toBe('1\ta\\u{202E}b');
  });

  test('--help, and usage errors exit 2', async () => {
    expect((await run(['script', '--help'])).out).toContain('Usage: nomina script');
    expect((await run(['script', '--bogus'])).code).toBe(2);
    expect((await run(['script', '--format', 'xml', 'a'])).code).toBe(2);
  });
});
