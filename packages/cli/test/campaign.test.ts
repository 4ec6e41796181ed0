// Reliability campaign of the CLI (issue #12): the built `nomina` binary under hostile input, as a real process.
// Invalid UTF-8, NUL, CRLF, BOM, a 50 MB line, a directory, a closed pipe, a 64 MB heap: one record per input
// line, the documented exit codes, constant memory (a run that buffered its input would abort under the
// 64 MB heap). The whole file stays within about 90 s on a 2-core machine.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_LINE_BYTES } from '../src/limits.js';

const bin = join(import.meta.dirname, '..', 'dist', 'nomina.js');
const built = existsSync(bin);
if (!built) {
  if (process.env.CI) throw new Error('packages/cli/dist is missing: `pnpm test` builds before testing');
  console.warn('\n!!! packages/cli/dist not built: the CLI campaign is SKIPPED (run `pnpm build`).\n');
}

/** The heap every campaign run gets: far below what buffering a 50 MB input would need. */
const HEAP = ['--max-old-space-size=64'];
const MB = 1 << 20;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Lines of standard output (at most the first 1,000 kept) and their count. */
  lines: string[];
  lineCount: number;
  stderr: string;
}

/**
 * Runs the binary with ARGS; INPUT is written to its standard input with backpressure (a generator of chunks
 * is never held whole), or a file descriptor becomes its standard input. Standard output is counted, not kept.
 */
function nomina(
  args: string[],
  input: Iterable<Uint8Array> | number,
  options: { closeAfter?: number } = {},
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...HEAP, bin, ...args], {
      stdio: [typeof input === 'number' ? input : 'pipe', 'pipe', 'pipe'],
    });
    const stdout = child.stdout!;
    const lines: string[] = [];
    let lineCount = 0;
    let partial = '';
    let stderr = '';
    stdout.setEncoding('utf8');
    stdout.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop()!;
      lineCount += parts.length;
      for (const part of parts) if (lines.length < 1000) lines.push(part);
      // A reader that goes away (`nomina … | head -1`): the pipe closes under the writer.
      if (options.closeAfter !== undefined && lineCount >= options.closeAfter) stdout.destroy();
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, lines, lineCount, stderr }));
    if (typeof input !== 'number') {
      const stdin = child.stdin!;
      stdin.on('error', () => {}); // the child may stop reading first (closed pipe test)
      (async () => {
        for (const chunk of input) {
          if (stdin.destroyed) break;
          if (!stdin.write(chunk)) await new Promise((resolve) => stdin.once('drain', resolve).once('close', resolve));
        }
        stdin.end();
      })().catch(reject);
    }
  });
}

function* chunks(...parts: Array<Uint8Array | string>): Generator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

/** A line of BYTES bytes (and its LF), written 1 MB at a time. */
function* longLine(bytes: number, unit = 'a'): Generator<Uint8Array> {
  const block = Buffer.alloc(MB, unit);
  for (let left = bytes; left > 0; left -= MB) yield left >= MB ? block : block.subarray(0, left);
  yield Buffer.from('\n');
}

const json = (outcome: Outcome) => outcome.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

describe.skipIf(!built)('the nomina binary under hostile input (64 MB heap)', () => {
  test('invalid UTF-8, NUL, CRLF and BOM: one record per input line, exit 1', async () => {
    const input = chunks(
      Buffer.from([0xef, 0xbb, 0xbf]), // BOM, dropped
      'bücher.de\r\n', // CRLF
      Buffer.from([0x61, 0xff, 0x2e, 0x64, 0x65, 0x0a]), // invalid UTF-8
      'nul\u0000.de\n', // NUL
      'example.com', // no final newline
    );
    const outcome = await nomina(['check', '-f', 'ndjson'], input);
    const records = json(outcome).filter((r) => !r.summary);
    expect(records.map((r) => [r.line, r.reasons[0]?.code ?? r.verdict])).toEqual([
      [1, 'registrable'],
      [2, 'INVALID_UTF8'],
      [3, 'NUL_BYTE'],
      [4, 'registrable'],
    ]);
    expect(outcome.code).toBe(1);
  }, 20_000);

  test.each([
    [['check', '-f', 'ndjson'], 'LINE_TOO_LONG'],
    [['idna', 'to-ascii', '-f', 'ndjson'], 'LINE_TOO_LONG'],
    [['script', '-f', 'ndjson'], 'LINE_TOO_LONG'],
  ])(
    'a 50 MB line between two names: %j reports it and reads on, in a 64 MB heap',
    async (args, code) => {
      const outcome = await nomina(args, chunks('bücher.de\n', ...longLine(50 * MB), 'example.com\n'));
      expect(outcome.signal).toBeNull();
      const records = json(outcome).filter((r) => !r.summary);
      expect(records).toHaveLength(3);
      expect(JSON.stringify(records[1])).toContain(code);
      expect(outcome.code).toBe(1);
    },
    30_000,
  );

  test('#12 failure 6: `detect -` on 50 MB of text in a 64 MB heap: an answer and INPUT_TRUNCATED', async () => {
    const sentence = 'The children play in the garden while their parents talk about the weather. ';
    const block = Buffer.from(sentence.repeat(Math.ceil(MB / sentence.length)));
    const outcome = await nomina(
      ['detect', '-', '-f', 'ndjson'],
      (function* () {
        for (let i = 0; i < 50; i++) yield block;
      })(),
    );
    expect(outcome.signal).toBeNull();
    const [record] = json(outcome);
    expect(record).toMatchObject({ tag: 'en' });
    expect(record.issues.map((i: { code: string }) => i.code)).toContain('INPUT_TRUNCATED');
    expect(outcome.code).toBe(0);
  }, 30_000);

  test('100,000 names in a 64 MB heap: exactly one record per line and the summary', async () => {
    const count = 100_000;
    const input = (function* () {
      for (let start = 0; start < count; start += 10_000) {
        let text = '';
        for (let i = start; i < start + 10_000; i++) text += i % 3 ? `name${i}.com\n` : `bücher${i}.de\n`;
        yield Buffer.from(text);
      }
    })();
    const outcome = await nomina(['check', '-f', 'ndjson', '-q'], input);
    expect(outcome.signal).toBeNull();
    expect(outcome.lineCount).toBe(count + 1);
    expect(outcome.code).toBe(0);
  }, 60_000);

  test.each([
    ['check'],
    ['idna', 'to-unicode'],
    ['script'],
    ['char'],
    ['tag', 'validate'],
    ['detect'],
    ['detect', '--lines'],
    ['keywords', 'build', '-', '-o', '/dev/null'],
  ])('#12 failure 7: `nomina %s < /tmp` exits 2 (I/O error), not "0 names"', async (...args) => {
    const fd = openSync('/tmp', 'r');
    try {
      const outcome = await nomina(args, fd);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/standard input is a directory/);
    } finally {
      closeSync(fd);
    }
  }, 20_000);

  test('a closed pipe (`nomina … | head -1`): a quiet exit 0, nothing on stderr', async () => {
    const outcome = await nomina(
      ['check', '-q'],
      chunks(...Array.from({ length: 20 }, (_, i) => `${'bücher.de\n'.repeat(5000)}x${i}.com\n`)),
      { closeAfter: 1 },
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('');
  }, 30_000);

  test(`a line of MAX_LINE_BYTES (${MAX_LINE_BYTES}) is read; one byte more is LINE_TOO_LONG`, async () => {
    const outcome = await nomina(
      ['script', '-f', 'ndjson'],
      chunks(...longLine(MAX_LINE_BYTES, 'a'), ...longLine(MAX_LINE_BYTES + 1, 'b')),
    );
    const records = json(outcome).filter((r) => !r.summary);
    expect(records.map((r) => r.issues.some((i: { code: string }) => i.code === 'LINE_TOO_LONG'))).toEqual([
      false,
      true,
    ]);
  }, 20_000);
});
