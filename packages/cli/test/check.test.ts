// `nomina check`: the registry batch checker, run in-process with in-memory streams.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { inspectDomain } from '@nomina/idna';
import { checkFile } from '../src/commands/check.js';
import { trimBlanks } from '../src/core/input.js';
import { parseRecord } from '../src/core/csv.js';
import { csvCell } from '../src/core/format.js';
import { MAX_LINE_BYTES } from '../src/limits.js';
import { memoryIO, ndjson, run } from './harness.js';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { ownVector } from '../../../test-vectors/locate.js';

const fixture = (name: string) => readFileSync(ownVector(`cli/check/${name}`), 'utf8');
const INPUT = ownVector('cli/check/input.txt');

describe('nomina check on test-vectors/cli/check/input.txt', () => {
  test.each(['text', 'json', 'ndjson', 'csv'])('--format %s gives expected.%s.out, exit 1', async (format) => {
    const { code, out, err } = await run(['check', '--file', INPUT, '--format', format]);
    expect(out).toBe(fixture(`expected.${format}.out`));
    expect(code).toBe(1);
    // CSV sends its summary to stderr; the other formats keep stderr clean (no TTY: no progress bar).
    if (format === 'csv') expect(err).toMatch(/8 names: 3 registrable, 2 lookup-only, 3 invalid/);
    else expect(err).toBe('');
  });

  test('the same list on standard input (FILE omitted or -)', async () => {
    const viaStdin = await run(['check'], fixture('input.txt'));
    const viaDash = await run(['check', '-'], fixture('input.txt'));
    expect(viaStdin.out).toBe(fixture('expected.text.out'));
    expect(viaDash.out).toBe(viaStdin.out);
  });

  test('text output escapes Bidi controls; CSV guards formulas', async () => {
    const text = (await run(['check', '--file', INPUT])).out;
    expect(text).toContain('evil\\u{202E}gnp.com');
    expect(text).not.toContain('\u202e');
    const csv = (await run(['check', '--file', INPUT, '-f', 'csv'])).out;
    expect(csv).toContain(`"'=HYPERLINK(""x"").com"`);
    expect(csv).not.toMatch(/(^|,)=/m);
  });

  test('ndjson ends with the summary: counts per verdict and per code', async () => {
    const lines = (await run(['check', '--file', INPUT, '-f', 'ndjson'])).out.trim().split('\n');
    const { summary } = JSON.parse(lines.at(-1)!);
    expect(summary).toEqual({
      profile: 'registration',
      names: 8,
      passed: 3,
      failed: 5,
      verdicts: { registrable: 3, 'lookup-only': 2, invalid: 3 },
      codes: { DISALLOWED: 3, 'CONTEXTO:MIDDLE_DOT': 1, HYPHEN_START: 1 },
      lookupCodes: { V3: 1, V7: 1, U1: 1 },
    });
  });
});

describe('examples/names.txt, the sample of the README', () => {
  // Each section of the file (# Registrable / # Lookup-only / # Invalid) holds names of that verdict.
  const path = new URL('../../../examples/names.txt', import.meta.url);
  const expected: [number, string][] = [];
  let section = '';
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const heading = /^# (Registrable|Lookup-only|Invalid):/.exec(line);
      if (heading) section = heading[1]!.toLowerCase();
      else if (line.trim() !== '' && !line.startsWith('#')) expected.push([index + 1, section]);
    });

  test('every name has the verdict of its section; names in many scripts', async () => {
    const { code, out } = await run(['check', '--file', path.pathname, '-f', 'ndjson']);
    const records = ndjson(out).slice(0, -1);
    expect(records.map((r) => [r.line, r.verdict])).toEqual(expected);
    expect(new Set(expected.map(([, verdict]) => verdict))).toEqual(new Set(['registrable', 'lookup-only', 'invalid']));
    const scripts = new Set(records.flatMap((r) => inspectDomain(r.input).labels.flatMap((label) => label.scripts)));
    expect(scripts.size).toBeGreaterThanOrEqual(28);
    expect(code).toBe(1);
  });
});

describe('exit codes and profiles', () => {
  test('0 when every name is registrable', async () => {
    const { code, out } = await run(['check'], 'bücher.de\nxn--bcher-kva.de\n例子.测试\n');
    expect(code).toBe(0);
    expect(out).toMatch(/3 names: 3 registrable, 0 lookup-only, 0 invalid/);
  });

  test('--profile lookup (RFC 5891 §5.4) lets CONTEXTO and hyphen-end names pass, not emoji', async () => {
    expect((await run(['check', '--profile', 'lookup'], 'a·b.cat\nab-.com\n')).code).toBe(0);
    expect((await run(['check', '--profile', 'registration'], 'a·b.cat\n')).code).toBe(1);
    const emoji = await run(['check', '--profile', 'lookup', '-f', 'ndjson'], '💩.la\n');
    expect(emoji.code).toBe(1);
    expect(JSON.parse(emoji.out.split('\n')[0]!)).toMatchObject({ verdict: 'lookup-only', ok: false });
  });

  test.each([
    [['check', '--profile', 'strict']],
    [['check', '--format', 'xml']],
    [['check', '-', '--file', '-']],
    [['check', '--file', '/nonexistent/names.txt']],
    [['check', '--file', '/tmp']],
    [['check', '--column', '0']],
    [['check', '--nope']],
  ])('2 on usage or I/O error: %j', async (argv) => {
    const { code, err } = await run(argv, 'a.com\n');
    expect(code).toBe(2);
    expect(err).toMatch(/^nomina check: /);
  });

  test('--help prints the usage, exit 0', async () => {
    const { code, out } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: nomina check/);
  });
});

describe('malformed input is reported per line and the run goes on', () => {
  test('invalid UTF-8, a NUL byte and an over-long line, each between good names', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a.com\n'),
      Buffer.from([0x62, 0xff, 0x2e, 0x63, 0x6f, 0x6d, 0x0a]),
      Buffer.from('b\u0000.com\n'),
      Buffer.from('c'.repeat(MAX_LINE_BYTES + 1) + '\n'),
      Buffer.from('bücher.de\n'),
    ]);
    const { code, out } = await run(['check', '-f', 'ndjson'], bytes);
    const records = ndjson(out);
    expect(records.slice(0, -1).map((r) => [r.line, r.verdict, r.reasons[0]?.code])).toEqual([
      [1, 'registrable', undefined],
      [2, 'invalid', 'INVALID_UTF8'],
      [3, 'invalid', 'NUL_BYTE'],
      [4, 'invalid', 'LINE_TOO_LONG'],
      [5, 'registrable', undefined],
    ]);
    expect(code).toBe(1);
  });

  test('a long line within the reader limit returns INPUT_TOO_LONG, not a hang', async () => {
    const { out } = await run(['check', '-f', 'ndjson'], '\u0660'.repeat(20_000) + '\n');
    expect(JSON.parse(out.split('\n')[0]!).reasons[0].code).toBe('INPUT_TOO_LONG');
  });
});

describe('--column: names from a CSV column', () => {
  test('by header name; quoted fields, missing columns and broken quotes are handled per line', async () => {
    const { code, out } = await run([
      'check',
      '--file',
      ownVector('cli/check/input.csv'),
      '--column',
      'domain',
      '-f',
      'ndjson',
    ]);
    const records = ndjson(out).slice(0, -1);
    expect(records.map((r) => [r.line, r.input, r.verdict, r.reasons[0]?.code])).toEqual([
      [2, 'bücher.de', 'registrable', undefined],
      [3, 'a,b.com', 'invalid', 'DISALLOWED'],
      [4, 'xn--bcher-kva.de', 'registrable', undefined],
      [5, '4', 'invalid', 'CSV_MISSING_COLUMN'],
      [6, '5,"oops,z', 'invalid', 'CSV_BAD_QUOTE'],
    ]);
    expect(code).toBe(1);
  });

  test('by number, with --header to skip the first line', async () => {
    const csv = 'owner,name\nx,bücher.de\ny,例子.测试\n';
    expect((await run(['check', '--column', '2', '--header'], csv)).code).toBe(0);
    const noHeader = await run(['check', '--column', '2', '-f', 'ndjson'], csv);
    expect(JSON.parse(noHeader.out.split('\n')[0]!)).toMatchObject({ input: 'name', verdict: 'registrable' });
  });

  test('an unreadable header line with --column NAME is a usage error, not a failure on every line', async () => {
    const { code, out, err } = await run(
      ['check', '--column', 'domain'],
      Buffer.from([0xff, 0x0a, 0x61, 0x2e, 0x63, 0x6f, 0x6d, 0x0a]),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/header of - cannot be read \(INVALID_UTF8\)/);
    expect(out).not.toMatch(/CSV_MISSING_COLUMN/);
  });

  test('a header without the named column is a usage error', async () => {
    const { code, err } = await run(['check', '--column', 'domain'], 'name\na.com\n');
    expect(code).toBe(2);
    expect(err).toMatch(/no column named "domain"/);
  });
});

describe('trimBlanks (spaces and tabs around a name)', () => {
  test.each([
    ['', ''],
    ['a', 'a'],
    [' \t a b \t ', 'a b'],
    ['\t\t', ''],
    ['a\u00a0', 'a\u00a0'],
  ])('%j → %j', (text, trimmed) => {
    expect(trimBlanks(text)).toBe(trimmed);
  });

  test('linear: a line of blanks between two names (time for 8n / n)', () => {
    // The regular expression this replaced took 15 s for one such 64 KiB line.
    expectLinear((n) => 'x' + ' '.repeat(n) + 'x', trimBlanks, { small: 1 << 12, factor: 8 });
  });
});

describe('parseRecord (core/csv.ts)', () => {
  test.each([
    ['', ['']],
    ['a', ['a']],
    ['a,b', ['a', 'b']],
    ['a,', ['a', '']],
    [',', ['', '']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['""', ['']],
    ['"a"b', 'bad'],
    ['"open', 'open'],
    ['"two\nlines",x', ['two\nlines', 'x']],
  ])('%j → %j', (line, fields) => {
    expect(parseRecord(line)).toEqual(fields);
  });

  propTest.prop([
    fc.array(
      fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s)),
      { minLength: 1, maxLength: 8 },
    ),
  ])('reads back what an RFC 4180 writer wrote', (fields) => {
    const line = fields.map((f) => (/[",]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
    expect(parseRecord(line)).toEqual(fields);
  });

  test('linear: a 1 MB line of quotes and commas (time for 8n / n)', () => {
    expectLinear((n) => '"a"",'.repeat(n / 5) + '"', parseRecord, { small: 1 << 17, factor: 8 });
  });

  test('csvCell output of every field reads back (the writer of the core and this reader agree)', () => {
    const fields = ['plain', 'a,b', 'say "hi"', ''];
    expect(parseRecord(fields.map((f) => csvCell(f)).join(','))).toEqual(fields);
  });
});

describe('streaming', () => {
  test('checkFile (used by `nomina demo`) streams 50 000 names from a generator', async () => {
    function* names() {
      for (let i = 0; i < 50_000; i++) yield Buffer.from(i % 2 ? `name${i}.com\n` : `bücher${i}.de\n`);
    }
    const { io, out } = memoryIO(Readable.from(names()));
    const code = await checkFile('-', { format: 'ndjson' }, io);
    const last = out().trimEnd().split('\n').at(-1)!;
    expect(JSON.parse(last).summary).toMatchObject({ names: 50_000, passed: 50_000, failed: 0 });
    expect(code).toBe(0);
  });

  test('a terminal on stdout gets the records unbatched, and stdout stays open', async () => {
    const { io, out } = memoryIO('bücher.de\n', { stdoutTTY: true });
    expect(await checkFile('-', {}, io)).toBe(0);
    expect(out()).toMatch(/registrable {2}bücher\.de {2}→ xn--bcher-kva\.de/);
    expect(io.stdout.writableEnded).toBe(false);
  });

  test('progress bar on stderr when it is a terminal, none with --quiet', async () => {
    const withBar = await run(['check', '--file', INPUT], '', { tty: true });
    expect(withBar.err).toMatch(/names/);
    const quiet = await run(['check', '--file', INPUT, '--quiet'], '', { tty: true });
    expect(quiet.err).toBe('');
  });
});
