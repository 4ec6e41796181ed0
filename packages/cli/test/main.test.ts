// `nomina` as a whole: help, version, flags, exit codes, input rules shared by every subcommand.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_SPANS_LENGTH } from '@nomina/langid';
import { CLDR_VERSION, REGISTRY_DATE } from '@nomina/langtag';
import { UNICODE_VERSION } from '@nomina/ucd';
import { COMMANDS } from '../src/commands/index.js';
import type { IO } from '../src/core/io.js';
import { readWholeText } from '../src/core/lines.js';
import { main } from '../src/main.js';
import { MAX_TEXT_UNITS } from '../src/limits.js';
import { ndjson, run } from './harness.js';

const NAMES = new URL('../../../examples/names.txt', import.meta.url).pathname;

describe('#13 help, version and flags', () => {
  test('`nomina help check` prints the help of check, like `nomina check --help`', async () => {
    const help = await run(['help', 'check']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: nomina check/);
    expect(help.out).toBe((await run(['check', '--help'])).out);
    expect((await run(['help'])).out).toMatch(/^Usage: nomina <command>/);
  });

  test('--version prints the package version from package.json and every data version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(`nomina ${version}`);
    for (const expected of [
      `Unicode ${UNICODE_VERSION}`,
      `CLDR ${CLDR_VERSION}`,
      `registry ${REGISTRY_DATE}`,
      'tiers: default',
      'full',
    ])
      expect(out).toContain(expected);
  });

  test.each([
    [['check', '--nope'], /unknown option --nope/],
    [['check', '-x'], /unknown option -x/],
    [['check', '--format'], /--format needs a value/],
    [['check', '--quiet=yes'], /--quiet takes no value/],
  ])('a bad flag says what was wrong and points to --help: %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('(see nomina check --help)');
    expect(err).not.toMatch(/positional argument|<value>/);
  });

  test('every command summary is written once: in COMMANDS (a command that repeats it must agree)', async () => {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      if (command.summary !== undefined) expect(command.summary, entry.name).toBe(entry.summary);
      expect((await run(['--help'])).out).toContain(`${entry.name.padEnd(width)}  ${entry.summary}`);
    }
  });
});

describe('#13 exit codes: 3 for an internal error, distinct from usage and I/O errors (2)', () => {
  test('a bug (here: a standard output that throws) exits 3 with the stack', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const broken = new Writable({
      write: () => {
        throw new TypeError('boom');
      },
    });
    const io: IO = {
      stdin: Readable.from([]),
      stdout: broken,
      stderr,
      stderrIsTTY: false,
      stdoutIsTTY: false,
      env: {},
    };
    expect(await main(['check', 'a.com'], io)).toBe(3);
    expect(err).toMatch(/internal error.*boom/s);
  });

  test('usage errors stay 2', async () => {
    expect((await run(['check', '--profile', 'nope'])).code).toBe(2);
  });
});

describe('#12 failure 7: a directory as standard input is an I/O error (exit 2) in every subcommand', () => {
  const fds: number[] = [];
  afterAll(() => fds.forEach((fd) => closeSync(fd)));
  const commands = [
    ['check'],
    ['check', '-'],
    ['idna', 'to-ascii'],
    ['script'],
    ['char'],
    ['tag', 'parse'],
    ['detect'],
    ['detect', '--lines'],
    ['keywords', 'build', '-', '-o', '/dev/null'],
  ];
  test.each(commands)('nomina %s < /tmp', async (...argv) => {
    const fd = openSync('/tmp', 'r');
    fds.push(fd);
    const stdin = Object.assign(Readable.from([]), { fd });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await main(argv, { stdin, stdout, stderr, stderrIsTTY: false, stdoutIsTTY: false, env: {} });
    expect(code).toBe(2);
    expect(err).toMatch(/standard input is a directory/);
  });
});

describe('blank and comment lines are skipped by every line-oriented command', () => {
  test('#13: `nomina idna to-unicode --format ndjson - < examples/names.txt` reports no error on # lines', async () => {
    const { out } = await run(['idna', 'to-unicode', '--format', 'ndjson', '-'], readFileSync(NAMES));
    const records = ndjson(out).slice(0, -1);
    expect(records.length).toBeGreaterThan(20);
    expect(records.some((r) => r.input.startsWith('#') || r.input.trim() === '')).toBe(false);
  });

  test.each([
    [['script']],
    [['tag', 'parse']],
    [['char']],
    [['detect', '--lines']],
  ])('%j skips them too', async (argv) => {
    const { out } = await run([...argv, '-f', 'ndjson'], '# a comment\n\n   \nen\n');
    const records = ndjson(out).filter((r) => !r.summary);
    expect(records.every((r) => r.line === 4)).toBe(true);
  });
});

describe('#13 the progress bar and records never share a line on a terminal', () => {
  test('the bar line is cleared before records are written', async () => {
    const log: string[] = [];
    const stdout = new Writable({
      write(chunk, _encoding, done) {
        log.push(`out:${chunk}`);
        done();
      },
    });
    const stderr = new Writable({
      write(chunk, _encoding, done) {
        log.push(`err:${chunk}`);
        done();
      },
    });
    async function* slow() {
      for (let i = 0; i < 3; i++) {
        yield Buffer.from(`name${i}.com\n`);
        await new Promise((resolve) => setTimeout(resolve, 120)); // past the bar's redraw interval
      }
    }
    const io: IO = { stdin: Readable.from(slow()), stdout, stderr, stderrIsTTY: true, stdoutIsTTY: true, env: {} };
    expect(await main(['check', '-'], io)).toBe(0);
    for (let i = 1; i < log.length; i++) {
      if (log[i]!.startsWith('out:') && log[i - 1]!.startsWith('err:') && !log[i - 1]!.endsWith('\n'))
        expect(log[i - 1]).toBe('err:\r\x1b[K');
    }
    expect(log.some((entry) => entry.startsWith('err:\r\x1b[K['))).toBe(false); // no bar in the same write as a clear
    expect(log.filter((entry) => entry === 'err:\r\x1b[K').length).toBeGreaterThan(0);
  });
});

describe('#12 failure 6: `nomina detect -` reads standard input in constant memory and says when it cut', () => {
  test('#12 failure 6: an 87 KB paragraph on one line is identified, not und (EMPTY_INPUT)', async () => {
    const paragraph = 'The quick brown fox jumps over the lazy dog while the children play in the garden. '.repeat(
      1050,
    );
    expect(paragraph.length).toBeGreaterThan(87_000);
    const { code, out } = await run(['detect', '-', '-f', 'ndjson'], paragraph);
    const [record] = ndjson(out);
    expect(record.tag).toBe('en');
    expect(record.issues.map((i: { code: string }) => i.code)).not.toContain('EMPTY_INPUT');
    expect(code).toBe(0);
  });

  test('#12 failure 6: an input past MAX_TEXT_UNITS is cut there, and the output says so', async () => {
    const text = 'Das ist ein kleiner Satz auf Deutsch. '.repeat(Math.ceil((MAX_TEXT_UNITS + 10) / 38));
    const { out, err } = await run(['detect', '-', '-f', 'ndjson'], text);
    const [record] = ndjson(out);
    expect(record.issues[0]).toMatchObject({ code: 'INPUT_TRUNCATED', severity: 'warning' });
    expect(record.tag).toBe('de');
    expect(err).toMatch(/only the first 100,000 of [\d,]+ bytes of standard input were read/);
  });

  test(`readWholeText keeps MAX_TEXT_UNITS (${MAX_TEXT_UNITS}) units exactly; one more is truncated; the rest is drained`, async () => {
    const at = await readWholeText(Readable.from([Buffer.from('a'.repeat(MAX_TEXT_UNITS))]), MAX_TEXT_UNITS);
    expect([at.text.length, at.truncated]).toEqual([MAX_TEXT_UNITS, false]);
    const over = await readWholeText(
      Readable.from([Buffer.from('a'.repeat(MAX_TEXT_UNITS + 1)), Buffer.from('b'.repeat(1 << 20))]),
      MAX_TEXT_UNITS,
    );
    expect([over.text.length, over.truncated, over.bytes]).toEqual([
      MAX_TEXT_UNITS,
      true,
      MAX_TEXT_UNITS + 1 + (1 << 20),
    ]);
    const pair = await readWholeText(Readable.from([Buffer.from('a' + '😀'.repeat(3))]), 4);
    expect(pair.text).toBe('a😀'); // a surrogate pair is never split
  });

  test('MAX_TEXT_UNITS is the langid limit of detectSpans (one number, kept equal)', () => {
    expect(MAX_TEXT_UNITS).toBe(MAX_SPANS_LENGTH);
  });

  test('invalid UTF-8 in whole-text mode is said (INVALID_UTF8), not dropped', async () => {
    const { out } = await run(
      ['detect', '-', '-f', 'ndjson'],
      Buffer.concat([Buffer.from('Das ist ein Satz auf Deutsch. '), Buffer.from([0xff, 0xfe])]),
    );
    expect(JSON.parse(out.split('\n')[0]!).issues.map((i: { code: string }) => i.code)).toContain('INVALID_UTF8');
  });
});
