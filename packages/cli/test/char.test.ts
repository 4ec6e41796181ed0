import { describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

describe('nomina char', () => {
  test('a code point as U+XXXX: every property, text output', async () => {
    const { code, out } = await run(['char', 'U+0041']);
    expect(code).toBe(0);
    expect(out).toBe('U+0041\tA\tsc=Latn (Latin)\tscx=Latn\tgc=Lu\tbc=L\tjt=U\tccc=0\tUTF-8 41\n1 code point\n');
  });

  test.each([['U+30FC'], ['u+30fc'], ['0x30FC'], ['ー']])('%s: the same code point', async (arg) => {
    const [record] = ndjson((await run(['char', '-f', 'ndjson', arg])).out);
    expect(record).toEqual({
      line: 1,
      codePoint: 'U+30FC',
      char: 'ー',
      script: 'Zyyy',
      scriptName: 'Common',
      scriptExtensions: ['Hira', 'Kana'],
      generalCategory: 'Lm',
      bidiClass: 'L',
      joiningType: 'U',
      combiningClass: 0,
      utf8: 'E3 83 BC',
      utf16: '30FC',
      issues: [],
    });
  });

  test('text: each code point, astral ones whole, paired brackets named', async () => {
    const records = ndjson((await run(['char', '-f', 'ndjson', '(é😀'])).out);
    expect(records.map((r) => r.codePoint ?? 'summary')).toEqual(['U+0028', 'U+00E9', 'U+1F600', 'summary']);
    expect(records[0].pairedBracket).toBe('U+0029');
    expect(records[2]).toMatchObject({ utf8: 'F0 9F 98 80', utf16: 'D83D DE00', generalCategory: 'So' });
    expect(records[3]).toEqual({ summary: { codePoints: 3, failed: 0 } });
  });

  test('a range', async () => {
    const records = ndjson((await run(['char', '-f', 'ndjson', 'U+0627..U+0629'])).out);
    expect(records.slice(0, 3).map((r) => [r.codePoint, r.joiningType, r.bidiClass])).toEqual([
      ['U+0627', 'R', 'AL'],
      ['U+0628', 'D', 'AL'],
      ['U+0629', 'R', 'AL'],
    ]);
  });

  test('--text reads a code-point-like argument as text', async () => {
    const records = ndjson((await run(['char', '--text', '-f', 'ndjson', 'U+41'])).out);
    expect(records.slice(0, -1).map((r) => r.char)).toEqual(['U', '+', '4', '1']);
  });

  test.each([
    ['U+110000', 'NOT_A_CODE_POINT'],
    ['0xFFFFFFFF', 'NOT_A_CODE_POINT'],
    ['U+0045..U+0041', 'INVALID_RANGE'],
    ['U+0041..U+110000', 'NOT_A_CODE_POINT'],
  ])('%s is reported (%s) and fails with exit 1', async (arg, issue) => {
    const { code, out } = await run(['char', '-f', 'ndjson', arg, 'a']);
    const records = ndjson(out);
    expect(code).toBe(1);
    expect(records[0]).toEqual({ line: 1, codePoint: arg, char: '', issues: [issue] });
    expect(records[1].codePoint).toBe('U+0061');
  });

  test('a lone surrogate and a combining mark', async () => {
    const records = ndjson((await run(['char', '-f', 'ndjson', '\ud800\u0301'])).out);
    expect(records[0]).toMatchObject({
      codePoint: 'U+D800',
      char: '',
      generalCategory: 'Cs',
      script: 'Zzzz',
      utf8: '',
    });
    expect(records[1]).toMatchObject({
      codePoint: 'U+0301',
      script: 'Zinh',
      generalCategory: 'Mn',
      combiningClass: 230,
      joiningType: 'T',
    });
  });

  test('standard input: every code point of every line; csv', async () => {
    const { code, out, err } = await run(['char', '-f', 'csv'], 'ab\nج\n');
    const rows = out.trim().split('\r\n');
    expect(code).toBe(0);
    expect(rows[0]).toBe(
      'line,code_point,char,script,script_name,script_extensions,general_category,bidi_class,joining_type,combining_class,paired_bracket,utf8,utf16,issues',
    );
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 4).join(','))).toEqual([
      '1,U+0061,a,Latn',
      '1,U+0062,b,Latn',
      '2,U+062C,ج,Arab',
    ]);
    expect(err).toBe('3 code points\n');
  });

  test('invisible and control characters are escaped in text output', async () => {
    const { out } = await run(['char', '\u200d']);
    expect(out.split('\t').slice(0, 3)).toEqual(['U+200D', '\\u{200D}', 'sc=Zinh (Inherited)']);
  });

  test('--help, and usage errors exit 2', async () => {
    expect((await run(['char', '--help'])).out).toContain('Usage: nomina char');
    expect((await run(['char', '--nope'])).code).toBe(2);
  });
});
