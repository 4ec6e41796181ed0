import { COMMANDS } from './commands/index.js';
import { EXIT, isSystemError, UsageError } from './core/exit.js';
import type { IO } from './core/io.js';
import { versionText } from './version.js';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: nomina <command> [options] [arguments]',
    "       nomina help <command>    the command's own help (same as nomina <command> --help)",
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --format text|json|ndjson|csv, --quiet, --no-formula-guard and --help.',
    'Input lines that are blank or start with # are skipped by every command.',
    'Exit codes: 0 all inputs passed, 1 some input failed, 2 usage or I/O error, 3 internal error (a bug).',
    'nomina --version prints the version of nomina and of its data.',
  ].join('\n');
}

/** Runs `nomina` with ARGV (without node and script) and returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  let [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0) [name, rest] = [rest[0], ['--help']];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  try {
    if (name === '--version' || name === '-V') {
      io.stdout.write(`${await versionText()}\n`);
      return EXIT.OK;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
      io.stderr.write(`nomina: unknown command ${JSON.stringify(name)}\n\n${usage()}\n`);
      return EXIT.USAGE;
    }
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`nomina ${name}: ${error.message}\n(see nomina ${name} --help)\n`);
      return EXIT.USAGE;
    }
    if (isSystemError(error)) {
      if (error.code === 'EPIPE') return EXIT.OK; // the reader went away (`| head`): not an error
      io.stderr.write(`nomina ${name}: I/O error: ${error.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`nomina ${name}: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.INTERNAL;
  }
}
