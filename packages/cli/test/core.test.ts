import { Readable, PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { readLines, type InputLine } from '../src/core/lines.js';
import { MAX_LINE_BYTES } from '../src/limits.js';
import { RecordWriter, csvCell, escapeText, fieldColumns } from '../src/core/format.js';
import { choiceOption, formatOption, integerOption, listOption, parseCommandArgs } from '../src/core/args.js';
import { UsageError } from '../src/core/exit.js';
import { ndjson, run } from './harness.js';

async function lines(chunks: Array<string | Uint8Array>, max?: number): Promise<InputLine[]> {
  const source = Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
  const out: InputLine[] = [];
  for await (const line of readLines(source, max)) out.push(line);
  return out;
}

describe('readLines', () => {
  test('splits LF and CRLF lines, keeps the last line without terminator, drops a BOM', async () => {
    const got = await lines(['\uFEFFa\r\nb', 'c\n\nd']);
    expect(got.map((l) => [l.lineNumber, l.text, l.problem])).toEqual([
      [1, 'a', undefined],
      [2, 'bc', undefined],
      [3, '', undefined],
      [4, 'd', undefined],
    ]);
  });

  test('a line split inside a multi-byte character across chunks decodes whole', async () => {
    const bytes = Buffer.from('żółw\n');
    const got = await lines([bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(got.map((l) => l.text)).toEqual(['żółw']);
  });

  test('invalid UTF-8, NUL bytes and over-long lines are flagged and the stream goes on', async () => {
    const got = await lines([new Uint8Array([0x61, 0xff, 0x0a]), 'a\u0000b\n', 'x'.repeat(40) + '\n', 'ok\n'], 32);
    expect(got.map((l) => l.problem ?? l.text)).toEqual(['INVALID_UTF8', 'NUL_BYTE', 'LINE_TOO_LONG', 'ok']);
  });

  test(`a line of exactly MAX_LINE_BYTES is read; one byte more is LINE_TOO_LONG`, async () => {
    const at = await lines(['a'.repeat(MAX_LINE_BYTES) + '\n']);
    const over = await lines(['a'.repeat(MAX_LINE_BYTES + 1) + '\n', 'next']);
    expect(at[0]!.text.length).toBe(MAX_LINE_BYTES);
    expect(over.map((l) => l.problem ?? l.text)).toEqual(['LINE_TOO_LONG', 'next']);
  });

  test('a 1 MB line without newline does not stop the following lines', async () => {
    const got = await lines(['b'.repeat(1 << 20), '\nafter\n']);
    expect(got.map((l) => l.problem ?? l.text)).toEqual(['LINE_TOO_LONG', 'after']);
  });

  propTest.prop([
    fc.array(
      fc
        .string({ unit: 'grapheme', maxLength: 20 })
        .filter((s) => !s.includes('\n') && !s.includes('\r') && !s.includes('\0')),
      { maxLength: 20 },
    ),
  ])('round-trips any list of lines, whatever the chunking', async (texts) => {
    const bytes = Buffer.from(texts.map((t) => t + '\n').join(''));
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 7), bytes.subarray(7)];
    const got = await lines(chunks);
    expect(got.map((l) => l.text)).toEqual(texts);
  });
});

describe('csvCell', () => {
  test.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', '\\u{0009}x'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=a,b', `"'=a,b"`],
    ['plain', 'plain'],
  ])('%j → %j (OWASP formula-injection guard, RFC 4180 quoting)', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  test('numbers and booleans are written as they are', () => {
    expect([csvCell(-3), csvCell(true), csvCell(undefined)]).toEqual(['-3', 'true', '']);
  });
});

describe('escapeText', () => {
  test.each([
    ['a\u202Eb', 'a\\u{202E}b'],
    ['\u0007bell', '\\u{0007}bell'],
    ['x\u200Dy', 'x\\u{200D}y'],
    ['\u2067rtl\u2069', '\\u{2067}rtl\\u{2069}'],
    ['back\\slash', 'back\\\\slash'],
    ['\uD800', '\\u{D800}'],
    ['😀 ok', '😀 ok'],
    ['ملك', 'ملك'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
  propTest.prop([fc.string({ unit: 'binary' })])('output never holds a control or Bidi control character', (s) => {
    expect(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/.test(escapeText(s))).toBe(
      false,
    );
  });
});

describe('RecordWriter', () => {
  const columns = [
    { name: 'name', value: (r: { name: string; ok: boolean }) => r.name },
    { name: 'ok', value: (r: { name: string; ok: boolean }) => r.ok },
  ];
  async function render(format: 'text' | 'json' | 'ndjson' | 'csv', records: Array<{ name: string; ok: boolean }>) {
    const out = new PassThrough();
    const err = new PassThrough();
    let text = '';
    let errText = '';
    out.on('data', (c) => (text += c));
    err.on('data', (c) => (errText += c));
    const writer = new RecordWriter<{ name: string; ok: boolean }, { total: number }>(
      format,
      { stdout: out, stderr: err, stdoutIsTTY: false },
      {
        columns,
        text: (r) => `${r.name}: ${r.ok ? 'ok' : 'fail'}`,
        summaryText: (s) => `total ${s.total}`,
      },
    );
    for (const r of records) await writer.write(r);
    await writer.end({ total: records.length });
    return { text, errText };
  }
  const records = [
    { name: 'a', ok: true },
    { name: '=b', ok: false },
  ];

  test('json is one parseable document with results and summary', async () => {
    expect(JSON.parse((await render('json', records)).text)).toEqual({ results: records, summary: { total: 2 } });
    expect(JSON.parse((await render('json', [])).text)).toEqual({ results: [], summary: { total: 0 } });
  });
  test('ndjson is one record per line, summary last', async () => {
    const lines = ndjson((await render('ndjson', records)).text);
    expect(lines).toEqual([...records, { summary: { total: 2 } }]);
  });
  test('csv has a header, guarded cells, and the summary on stderr', async () => {
    const { text, errText } = await render('csv', records);
    expect(text).toBe("name,ok\r\na,true\r\n'=b,false\r\n");
    expect(errText).toBe('total 2\n');
  });
  test('text prints the lines then the summary', async () => {
    expect((await render('text', records)).text).toBe('a: ok\n=b: fail\ntotal 2\n');
  });
});

describe('arguments', () => {
  test('unknown flags are usage errors', () => {
    expect(() => parseCommandArgs(['--nope'], {})).toThrow(UsageError);
  });
  test('--format is checked', () => {
    expect(formatOption('ndjson')).toBe('ndjson');
    expect(() => formatOption('xml')).toThrow(UsageError);
  });
  test('integers are checked', () => {
    expect(integerOption('top', '3', 1)).toBe(3);
    expect(() => integerOption('top', '-1', 1)).toThrow(UsageError);
  });
  test('a choice is one of its values, or absent; the message names the flag and the values', () => {
    expect(choiceOption('only', 'failed', ['failed', 'passed'])).toBe('failed');
    expect(choiceOption('only', undefined, ['failed', 'passed'])).toBeUndefined();
    expect(() => choiceOption('only', 'all', ['failed', 'passed'])).toThrow(
      '--only must be one of failed, passed (got "all")',
    );
  });
  test('a comma-separated list is trimmed and drops empty items', () => {
    expect(listOption(' sr, hr,,bs ')).toEqual(['sr', 'hr', 'bs']);
    expect(listOption(',')).toEqual([]);
    expect(listOption(undefined)).toBeUndefined();
  });
});

describe('fieldColumns', () => {
  test('a column per field, named in snake_case, holding the field as it is', () => {
    const columns = fieldColumns<{ line: number; codePoint: string; singleScript?: boolean }>(
      'line',
      'codePoint',
      'singleScript',
    );
    expect(columns.map((c) => c.name)).toEqual(['line', 'code_point', 'single_script']);
    expect(columns.map((c) => c.value({ line: 3, codePoint: 'U+0041' }))).toEqual([3, 'U+0041', undefined]);
  });
});

describe('nomina dispatch', () => {
  test('no command prints usage and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Usage: nomina');
  });
  test('--help exits 0 and lists every command', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['script', 'char', 'idna', 'check', 'tag', 'detect', 'keywords']) expect(r.out).toContain(name);
  });
  test('an unknown command exits 2 with a message on stderr', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command');
  });
});

test('readLines drops a byte-order mark only at the start of the input', async () => {
  const got: string[] = [];
  for await (const l of readLines(Readable.from([Buffer.from('\uFEFFa\n\uFEFFb\n')]))) got.push(l.text);
  expect(got).toEqual(['a', '\uFEFFb']);
});

describe('progress bar', () => {
  test('"1 name", "2 names": the unit agrees with the count (#13)', async () => {
    const { ProgressBar, singular } = await import('../src/core/progress.js');
    expect(['names', 'addresses', 'entries', 'queries', 'indexed names', 'lines'].map(singular)).toEqual([
      'name',
      'address',
      'entry',
      'query',
      'indexed name',
      'line',
    ]);
    const err = new PassThrough();
    let text = '';
    err.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const bar = new ProgressBar(err, true, undefined, 'names');
    bar.done(1, 10);
    await new Promise((resolve) => setImmediate(resolve));
    expect(text).toContain(' 1 name ');
    text = '';
    new ProgressBar(err, true, undefined, 'names').done(2, 10);
    await new Promise((resolve) => setImmediate(resolve));
    expect(text).toContain(' 2 names ');
  });
});
