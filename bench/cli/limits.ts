// Worst-case time and memory of the `nomina` command at each of its limits (issue #12; SECURITY.md's limits
// table reads the results). Every case runs `main(argv, io)` in-process on an in-memory standard input fed
// in 64 KiB chunks like a pipe, output discarded (counted); timed by bench/harness.ts `worstCasesAsync`.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/cli/limits.ts [--write] [--only WORD]
import { Readable, Writable } from 'node:stream';
import {
  main,
  MAX_LINE_BYTES,
  MAX_RECORD_LENGTH,
  MAX_TEXT_UNITS,
  MAX_ZONE_OWNERS,
} from '../../packages/cli/src/index.js';
import { type AsyncWorstCase, worstCasesAsync } from '../harness.js';
import { mixedWords } from '../worst-text.js';

const CHUNK = 64 * 1024;

/** Runs `nomina ARGV` with INPUT as standard input; resolves to the exit code and the output bytes. */
async function nomina(argv: string[], input: Uint8Array): Promise<{ code: number; out: number }> {
  let out = 0;
  const sink = () =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        out += chunk.length;
        done();
      },
    });
  const stdin = Readable.from(
    (function* () {
      for (let i = 0; i < input.length; i += CHUNK)
        yield Buffer.from(input.buffer, input.byteOffset + i, Math.min(CHUNK, input.length - i));
    })(),
  );
  const code = await main(argv, {
    stdin,
    stdout: sink(),
    stderr: sink(),
    stderrIsTTY: false,
    stdoutIsTTY: false,
    env: {},
  });
  return { code, out };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Distinct CJK characters (3 UTF-8 bytes each). */
const cjk = (n: number) =>
  Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
/** One line of exactly BYTES bytes: distinct CJK, padded with ASCII. */
const lineOf = (bytes: number) => cjk(Math.floor(bytes / 3)) + 'a'.repeat(bytes % 3);
/** A CSV record of `units` UTF-16 units (line breaks counted): a quoted field of one-letter lines. */
const csvRecord = (units: number) => `"${'a\n'.repeat((units - 2) / 2)}"`;
/** A zone entry of about `units` units continued in parentheses over 2-unit lines (RFC 1035 §5.1). */
const zoneEntry = (units: number) => `www IN TXT (\n${'a\n'.repeat((units - 16) / 2)})\n`;
const owners = (n: number) =>
  `$ORIGIN example.\n${Array.from({ length: n }, (_, i) => `n${i.toString(36)}-bücher IN A 192.0.2.1\n`).join('')}`;
const MiB = 1 << 20;

/** A case of `nomina ARGV` on the standard input MAKE builds. */
const nominaCase = (c: {
  operation: string;
  input: string;
  argv: string[];
  make: () => Uint8Array;
  runs?: number;
}): AsyncWorstCase<Uint8Array> => ({
  ...c,
  operation: `nomina ${c.operation}`,
  run: async (input) => `exit ${(await nomina(c.argv, input)).code}`,
});

const all = [
  {
    operation: 'check -',
    input: `one line of MAX_LINE_BYTES (${MAX_LINE_BYTES}) bytes of distinct CJK`,
    argv: ['check', '-'],
    make: () => utf8(`${lineOf(MAX_LINE_BYTES)}\n`),
  },
  {
    operation: 'check -',
    input: '16 lines of MAX_LINE_BYTES bytes of distinct CJK (1 MiB)',
    argv: ['check', '-'],
    make: () => utf8(`${lineOf(MAX_LINE_BYTES)}\n`.repeat(16)),
  },
  {
    operation: 'detect --lines -',
    input: 'one line of MAX_LINE_BYTES bytes of distinct CJK',
    argv: ['detect', '--lines', '-'],
    make: () => utf8(`${lineOf(MAX_LINE_BYTES)}\n`),
  },
  {
    operation: 'script -',
    input: 'one line of MAX_LINE_BYTES bytes of distinct CJK',
    argv: ['script', '-'],
    make: () => utf8(`${lineOf(MAX_LINE_BYTES)}\n`),
  },
  {
    operation: 'check -',
    input: 'one 16 MiB line (LINE_TOO_LONG past MAX_LINE_BYTES, skipped without being buffered)',
    argv: ['check', '-'],
    make: () => utf8(`${'a'.repeat(16 * MiB)}\nexample.com\n`),
    runs: 5,
  },
  {
    operation: 'check --column 1 -',
    input: `a CSV record of MAX_RECORD_LENGTH (${MAX_RECORD_LENGTH}) units, a quoted field over one-letter lines`,
    argv: ['check', '--column', '1', '-'],
    make: () => utf8(`${csvRecord(MAX_RECORD_LENGTH)}\n`),
  },
  {
    operation: 'check --column 1 -',
    input: 'a quoted field one line past MAX_RECORD_LENGTH units (refused: CSV_RECORD_TOO_LONG)',
    argv: ['check', '--column', '1', '-'],
    make: () => utf8(`${csvRecord(MAX_RECORD_LENGTH + 2)}\n`),
  },
  {
    operation: 'check --zone -',
    input: `a zone entry of MAX_RECORD_LENGTH (${MAX_RECORD_LENGTH}) units continued in parentheses over one-letter lines`,
    argv: ['check', '--zone', '-'],
    make: () => utf8(zoneEntry(MAX_RECORD_LENGTH)),
  },
  {
    operation: 'check --zone -',
    input: 'a zone entry one line past MAX_RECORD_LENGTH units (refused: ZONE_ENTRY_TOO_LONG)',
    argv: ['check', '--zone', '-'],
    make: () => utf8(zoneEntry(MAX_RECORD_LENGTH + 2)),
  },
  {
    operation: 'detect -',
    input: `MAX_TEXT_UNITS (${MAX_TEXT_UNITS}) units of words in four alphabets, changing at every word, in one text`,
    argv: ['detect', '-'],
    make: () => utf8(mixedWords(MAX_TEXT_UNITS)),
    runs: 5,
  },
  {
    operation: 'detect --spans -',
    input: 'MAX_TEXT_UNITS units of words in four alphabets, changing at every word, in one text',
    argv: ['detect', '--spans', '-'],
    make: () => utf8(mixedWords(MAX_TEXT_UNITS)),
    runs: 5,
  },
  {
    operation: 'detect --spans -',
    input: 'MAX_TEXT_UNITS units of alternating scripts (aбαא: the worst shape of detectSpans in issue #12)',
    argv: ['detect', '--spans', '-'],
    make: () => utf8('aбαא'.repeat(MAX_TEXT_UNITS / 4)),
    runs: 5,
  },
  {
    operation: 'detect --spans -',
    input: '16 MiB of words in four alphabets in one text (INPUT_TRUNCATED past MAX_TEXT_UNITS, the rest counted)',
    argv: ['detect', '--spans', '-'],
    make: () => utf8(mixedWords(8 * MiB)),
    runs: 3,
  },
  {
    operation: 'check --zone -',
    input: `MAX_ZONE_OWNERS (${MAX_ZONE_OWNERS}) distinct owner names (IDN labels), all remembered`,
    argv: ['check', '--zone', '-'],
    make: () => utf8(owners(MAX_ZONE_OWNERS)),
    runs: 3,
  },
];

await worstCasesAsync(
  '@nomina/cli',
  all.map(nominaCase),
  [
    'Each row runs `nomina` in-process (`main(argv, io)`) on an in-memory standard input fed in 64 KiB chunks, output discarded.',
  ],
  (name) => name.startsWith('MAX_'),
);
