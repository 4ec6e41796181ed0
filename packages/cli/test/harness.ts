// In-memory IO for running `nomina` commands inside tests.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/main.js';
import type { IO } from '../src/core/io.js';

export interface MemoryIO {
  io: IO;
  /** Everything written to stdout so far. */
  out: () => string;
  /** Everything written to stderr so far. */
  err: () => string;
}

export interface MemoryIOOptions {
  /** stderr is a terminal (progress bars are drawn). */
  tty?: boolean;
  /** stdout is a terminal (records are written unbatched). */
  stdoutTTY?: boolean;
}

/** An IO whose standard input is STDIN and whose outputs are collected in memory. */
export function memoryIO(stdin: Readable | string | Uint8Array = '', options: MemoryIOOptions = {}): MemoryIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const input =
    stdin instanceof Readable
      ? stdin
      : Readable.from([typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : Buffer.from(stdin)]);
  const io: IO = {
    stdin: input,
    stdout,
    stderr,
    stderrIsTTY: options.tty ?? false,
    stdoutIsTTY: options.stdoutTTY ?? false,
    env: {},
  };
  return { io, out: () => out, err: () => err };
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Runs `nomina ARGV` in-process with STDIN as standard input and captures both outputs. */
export async function run(
  argv: string[],
  stdin: string | Uint8Array = '',
  options: MemoryIOOptions = {},
): Promise<RunResult> {
  const memory = memoryIO(stdin, options);
  const code = await main(argv, memory.io);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, out: memory.out(), err: memory.err() };
}

/** The JSON values of NDJSON output, one a line (the summary last, when there is one). */
export const ndjson = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
