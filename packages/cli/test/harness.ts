// In-memory IO for running `nomina` commands inside tests.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/main.js';
import type { IO } from '../src/core/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `nomina ARGV` with STDIN (text or bytes) and captures both outputs. */
export async function run(argv: string[], stdin: string | Uint8Array = '', options: { tty?: boolean } = {}): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: IO = {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : Buffer.from(stdin)]),
    stdout,
    stderr,
    stderrIsTTY: options.tty ?? false,
    stdoutIsTTY: false,
    env: {},
  };
  const code = await main(argv, io);
  stdout.end();
  stderr.end();
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out(), stderr: err() };
}
