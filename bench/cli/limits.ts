// Worst-case time and memory of the `nomina` command at each of its limits (issue #12; SECURITY.md's limits
// table reads the results). Every case runs `main(argv, io)` in-process on an in-memory standard input fed
// in 64 KiB chunks like a pipe, output discarded (counted). The runs are asynchronous, which bench/harness.ts
// `worstCases` (synchronous) cannot time, so they are timed here and the table is written in its format.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/cli/limits.ts [--write]
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  main,
  MAX_LINE_BYTES,
  MAX_RECORD_LENGTH,
  MAX_TEXT_UNITS,
  MAX_ZONE_OWNERS,
} from '../../packages/cli/src/index.js';
import { formatBytes, formatMs, machineLine, median, WORST_CASE_END, worstCaseStart } from '../harness.js';

const PKG = '@nomina/cli';
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc (see the command at the top)');
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

interface Case {
  operation: string;
  input: string;
  argv: string[];
  make: () => Uint8Array;
  /** The input is 1/scale of the limit and the run linear: time and memory are multiplied. */
  scale?: number;
  runs?: number;
}

const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Wall time (median of RUNS after a warm-up run), peak heap growth during a run (sampled every ms) and heap kept after it. */
async function measure(c: Case): Promise<{ ms: number; peak: number; kept: number; code: number }> {
  const input = c.make();
  const { code } = await nomina(c.argv, input);
  const times: number[] = [];
  for (let r = 0; r < (c.runs ?? 7); r++) {
    const t0 = performance.now();
    await nomina(c.argv, input);
    times.push(performance.now() - t0);
  }
  collect!();
  const before = heap();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, heap());
  }, 1);
  await nomina(c.argv, input);
  clearInterval(timer);
  peak = Math.max(peak, heap());
  // What the run's streams and promises let go of a moment later is not kept.
  await new Promise((resolve) => setTimeout(resolve, 100));
  collect!();
  const kept = Math.max(0, heap() - before);
  return { ms: median(times), peak: peak - before, kept, code };
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
/** `units` UTF-16 units of words in four alphabets, the alphabet changing at every word (not repetitive, so not refused early). */
function mixedWords(units: number): string {
  const alphabets = ['abcdefghiklmnoprstu', 'абвгдежзиклмнопрсту', 'αβγδεζηθικλμνξοπρστ', 'אבגדהוזחטיכלמנסעפצק'];
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  let text = '';
  for (let w = 0; text.length < units; w++) {
    const letters = alphabets[w % 4]!;
    let word = '';
    for (let i = 3 + next(6); i > 0; i--) word += letters[next(letters.length)];
    text += `${word} `;
  }
  return text.slice(0, units);
}

const all: Case[] = [
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

// `--only WORD`: only the cases whose operation or input holds WORD (a table is then not written).
const only = process.argv[process.argv.indexOf('--only') + 1];
const cases = process.argv.includes('--only') ? all.filter((c) => `${c.operation} ${c.input}`.includes(only!)) : all;
const rows: string[] = [];
for (const c of cases) {
  const m = await measure(c);
  const limits = [...new Set(`${c.operation} ${c.input}`.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? [])].filter(
    (l) => l.startsWith('MAX_'),
  );
  const scale = c.scale ?? 1;
  const input = scale === 1 ? c.input : `${c.input} (measured at 1/${scale} of it, × ${scale}: linear)`;
  const row = `| ${limits.map((l) => `\`${l}\``).join(', ')} | nomina ${c.operation} (exit ${m.code}) | ${input} | ${formatMs(m.ms * scale)} | ${formatBytes(m.peak * scale)} | ${formatBytes(m.kept * scale)} |`;
  console.log(row);
  rows.push(row);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = [
  `# ${PKG}: worst cases at the limits`,
  '',
  `Command: \`node --expose-gc --conditions=@nomina/source --import tsx ${relative(root, fileURLToPath(import.meta.url))} --write\` — ${machineLine()}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  'Each row runs `nomina` in-process (`main(argv, io)`) on an in-memory standard input fed in 64 KiB chunks, output discarded.',
  'Time: wall time of one run, median of 7 runs (3 or 5 for the long ones) after a warm-up run (a shared machine under load only adds time).',
  'Peak: the largest growth of heap and array buffers sampled every millisecond during a run (the input itself is allocated before). Kept: what remains 100 ms after the run, after a full collection (caches).',
  'Each row names the limits its input sits at; SECURITY.md takes the slowest row of each limit.',
  '',
  worstCaseStart(PKG),
  '| limits | operation | input at the limit | time | peak during the run | kept after it |',
  '| --- | --- | --- | ---: | ---: | ---: |',
  ...rows,
  WORST_CASE_END,
  '',
].join('\n');
if (process.argv.includes('--write') && cases === all) {
  const file = join(root, 'bench', 'results', 'cli-limits.md');
  writeFileSync(file, text);
  console.log(`written: ${relative(root, file)}`);
}
