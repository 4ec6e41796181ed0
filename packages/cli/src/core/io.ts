import type { Readable, Writable } from 'node:stream';

/** Everything a command touches outside itself, so tests can run commands in-process. */
export interface IO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is a terminal: progress bars go there, never to stdout. */
  stderrIsTTY: boolean;
  /** True when stdout is a terminal (colour-free text output either way). */
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export function processIO(): IO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/** Writes a chunk and waits for drain when the stream asks for it (constant memory on big runs). */
export async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}
