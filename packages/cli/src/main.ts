import { COMMANDS } from './commands/index.js';
import { EXIT, UsageError } from './core/exit.js';
import type { IO } from './core/io.js';

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: nomina <command> [options] [arguments]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --format text|json|ndjson|csv and --help.',
    'Exit codes: 0 all inputs passed, 1 some input failed, 2 usage or I/O error.',
  ].join('\n');
}

/** Runs `nomina` with ARGV (without node and script) and returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`nomina ${VERSION}\n`);
    return EXIT.OK;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`nomina: unknown command ${JSON.stringify(name)}\n\n${usage()}\n`);
    return EXIT.USAGE;
  }
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`nomina ${name}: ${error.message}\n`);
      return EXIT.USAGE;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return EXIT.OK; // the reader went away (`| head`): not an error
    io.stderr.write(`nomina ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.USAGE;
  }
}
