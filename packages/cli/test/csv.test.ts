// The CSV module of the CLI (src/core/csv.ts): the RFC 4180 reader behind `check --column` and the cell writer.
import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { CsvReader, csvCell, detectDelimiter, type CsvDelimiter, type CsvRecord } from '../src/core/csv.js';
import type { InputLine } from '../src/core/lines.js';
import { MAX_RECORD_LENGTH } from '../src/limits.js';
import { ndjson, run } from './harness.js';

/** The records of TEXT read line by line, as `check` reads them. */
function read(text: string, delimiter?: CsvDelimiter): CsvRecord[] {
  const reader = new CsvReader(delimiter);
  const lines: InputLine[] = text
    .split('\n')
    .map((line, i) => ({ lineNumber: i + 1, text: line.replace(/\r$/, ''), bytesRead: 0 }));
  if (text.endsWith('\n')) lines.pop();
  return [...lines.flatMap((line) => reader.push(line)), ...reader.end()];
}

describe('#12 failure 8: check --column reads CSV with RFC 4180 quoting', () => {
  test('#12 failure 8: a blank line between records is skipped, not CSV_MISSING_COLUMN', async () => {
    const { code, out } = await run(
      ['check', '--column', 'domain', '-f', 'ndjson'],
      'id,domain\n1,bücher.de\n\n2,example.com\n',
    );
    const records = ndjson(out).slice(0, -1);
    expect(records.map((r) => [r.line, r.input, r.verdict])).toEqual([
      [2, 'bücher.de', 'registrable'],
      [4, 'example.com', 'registrable'],
    ]);
    expect(code).toBe(0);
  });

  test('#12 failure 8: a quoted field with a line break stays in its record; the next line is not read as a name', async () => {
    const csv = 'domain,note\nbücher.de,"two\nlines, ok"\nexample.com,x\n';
    const { code, out } = await run(['check', '--column', 'domain', '-f', 'ndjson'], csv);
    const records = ndjson(out).slice(0, -1);
    expect(records.map((r) => [r.line, r.input])).toEqual([
      [2, 'bücher.de'],
      [4, 'example.com'],
    ]);
    expect(code).toBe(0);
  });

  test('#12 failure 8: lines starting with # are skipped between records (not inside a quoted field)', async () => {
    const csv = '# exported 2026-12-06\ndomain\n# a comment\nbücher.de\n"#not a comment"\n';
    const records = ndjson((await run(['check', '--column', 'domain', '-f', 'ndjson'], csv)).out).slice(0, -1);
    expect(records.map((r) => r.input)).toEqual(['bücher.de']); // "#not…" is a field: check skips names starting with #
    expect(read('a\n"x\n# inside"\n').map((r) => r.fields)).toEqual([['a'], ['x\n# inside']]);
  });

  test('a quote that never closes is CSV_BAD_QUOTE on its line, and the lines after it are read again', async () => {
    const csv = 'id,domain\n1,"oops\n2,bücher.de\n3,example.com\n';
    const records = ndjson((await run(['check', '--column', 'domain', '-f', 'ndjson'], csv)).out).slice(0, -1);
    expect(records.map((r) => [r.line, r.reasons[0]?.code ?? r.input])).toEqual([
      [2, 'CSV_BAD_QUOTE'],
      [3, 'bücher.de'],
      [4, 'example.com'],
    ]);
  });

  test('a closing quote followed by text is CSV_BAD_QUOTE for that record only', () => {
    expect(read('"a"b,c\nd,e\n').map((r) => r.problem ?? r.fields)).toEqual(['CSV_BAD_QUOTE', ['d', 'e']]);
  });
});

describe('dialects: comma (RFC 4180), semicolon, TAB', () => {
  test.each([
    ['comma', 'id,domain\n1,bücher.de\n'],
    ['semicolon', 'id;domain\n1;bücher.de\n'],
    ['tab', 'id\tdomain\n1\tbücher.de\n'],
  ])('%s: detected on the first record and given with --delimiter', async (name, csv) => {
    for (const argv of [
      ['check', '--column', 'domain', '-f', 'ndjson'],
      ['check', '--column', 'domain', '--delimiter', name, '-f', 'ndjson'],
    ]) {
      const { code, out } = await run(argv, csv);
      expect(ndjson(out)[0]).toMatchObject({ line: 2, input: 'bücher.de', verdict: 'registrable' });
      expect(code).toBe(0);
    }
  });

  test('detection counts separators outside quotes; a tie or none gives a comma', () => {
    expect(detectDelimiter('"a;b;c",d')).toBe(',');
    expect(detectDelimiter('a;b,c;d')).toBe(';');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('a;b,c')).toBe(',');
    expect(detectDelimiter('name')).toBe(',');
  });

  test('in TSV a line of spaces and tabs is a record of fields, not a blank line (csv-parse agrees)', () => {
    expect(read('a\tb\n \t \n\t\n', '\t').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      [' ', ' '],
      ['', ''],
    ]);
    expect(read('a,b\n \t \nc,d\n', ',').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('a semicolon file keeps commas inside fields', () => {
    expect(read('a;"b;c";d,e\n').map((r) => r.fields)).toEqual([['a', 'b;c', 'd,e']]);
  });

  test('--delimiter takes comma, semicolon or tab only', async () => {
    const { code, err } = await run(['check', '--column', '1', '--delimiter', '|'], 'a\n');
    expect(code).toBe(2);
    expect(err).toMatch(/--delimiter must be one of comma, semicolon, tab/);
  });
});

describe('agreement with csv-parse (RFC 4180 records written by a conforming writer)', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'ü', ' ', ',', ';', '"', '\n', 'x', '\t'), maxLength: 8 });
  const quote = (f: string, sep: string) =>
    f.includes(sep) || /["\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f;

  propTest.prop([
    fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(',', ';', '\t'),
  ])('every record and field as csv-parse reads them, for each dialect', (rows, sep) => {
    const text = rows.map((row) => row.map((f) => quote(f, sep)).join(sep)).join('\n') + '\n';
    const expected = parse(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(read(text, sep as CsvDelimiter).map((r) => r.fields)).toEqual(expected);
  });
});

describe(`MAX_RECORD_LENGTH (${MAX_RECORD_LENGTH}): a record spanning lines is bounded`, () => {
  // `1,"xxx…` and `z"`: a quoted field over two lines, LENGTH units with its two line breaks.
  const record = (length: number) => `1,"${'x'.repeat(length - 7)}\nz"\n2,ok\n`;

  test('a record of exactly MAX_RECORD_LENGTH units (line breaks counted) is read', () => {
    const records = read(record(MAX_RECORD_LENGTH));
    expect(records.map((r) => [r.lineNumber, r.fields?.[1]?.length ?? r.problem])).toEqual([
      [1, MAX_RECORD_LENGTH - 5],
      [3, 'ok'.length],
    ]);
  });

  test('one unit more is CSV_RECORD_TOO_LONG on its first line, and the next lines are read again', () => {
    expect(read(record(MAX_RECORD_LENGTH + 1)).map((r) => [r.lineNumber, r.problem ?? r.fields])).toEqual([
      [1, 'CSV_RECORD_TOO_LONG'],
      [2, ['z"']],
      [3, ['2', 'ok']],
    ]);
  });
});

describe('csvCell: the one CSV writer', () => {
  test('#12 warning: Bidi controls and invisible characters are escaped in CSV cells, as in text', () => {
    expect(csvCell('evil\u202Egnp.com')).toBe('evil\\u{202E}gnp.com');
    expect(csvCell('a\u200Db')).toBe('a\\u{200D}b');
    expect(csvCell('line\nbreak')).toBe('line\\u{000A}break');
  });

  test('the formula guard prefixes = + - @ with a quote; --no-formula-guard turns it off', () => {
    expect(csvCell('-foo.com')).toBe("'-foo.com");
    expect(csvCell('-foo.com', false)).toBe('-foo.com');
    expect(csvCell('=1+1', false)).toBe('=1+1');
  });

  propTest.prop([
    fc.array(
      fc
        .string({ maxLength: 10 })
        .filter(
          (s) =>
            !/[\u0000-\u001f\u007f-\u009f\\\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff'=+\-@]/.test(
              s,
            ),
        ),
      { minLength: 2, maxLength: 6 },
    ),
  ])('what the writer writes, the reader reads back', (fields) => {
    const line = fields.map((f) => csvCell(f)).join(',');
    expect(read(line + '\n').map((r) => r.fields)).toEqual([fields]);
  });
});
