import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError } from './exit.js';
import { FORMATS, type Format } from './format.js';
import { write, type IO } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command understands. */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  'no-formula-guard': { type: 'boolean' },
} as const satisfies OptionSpec;

export interface ParsedArgs<T extends OptionSpec> {
  values: {
    [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : T[K] extends { multiple: true } ? string[] : string;
  } & {
    format?: string;
    help?: boolean;
    quiet?: boolean;
    'no-formula-guard'?: boolean;
  };
  positionals: string[];
}

/** Parses argv strictly: an unknown flag or a missing value is a UsageError (exit 2). */
export function parseCommandArgs<T extends OptionSpec>(argv: readonly string[], options: T): ParsedArgs<T> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs<T>['values'], positionals };
  } catch (error) {
    throw new UsageError(argumentsMessage(error as NodeJS.ErrnoException));
  }
}

/** Says in a few words what was wrong with the flags (Node's parseArgs messages describe its own API). */
function argumentsMessage(error: NodeJS.ErrnoException): string {
  const { code, message } = error;
  // "Option '-f, --format <value>' argument missing", "Unknown option '-x'": the long name when there is one.
  const name = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `unknown option ${name} (an argument that starts with "-" goes after --)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? `${name} takes no value` : `${name} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'unexpected argument';
  return message;
}

/**
 * A command's arguments (see parseCommandArgs), or `undefined` after printing HELP for `--help`:
 * the command then returns EXIT.OK.
 */
export async function commandArgs<T extends OptionSpec>(
  argv: readonly string[],
  options: T,
  help: string,
  io: IO,
): Promise<ParsedArgs<T> | undefined> {
  const parsed = parseCommandArgs(argv, options);
  if (!parsed.values.help) return parsed;
  await write(io.stdout, help + '\n');
  return undefined;
}

/**
 * A subcommand from its NAME, HELP, option table and body: `--help` prints HELP (exit 0), a bad flag is a
 * UsageError, and RUN gets the parsed arguments.
 */
export function defineCommand<T extends OptionSpec>(
  name: string,
  help: string,
  options: T,
  run: (args: ParsedArgs<T>, io: IO) => Promise<number>,
): { name: string; run(argv: string[], io: IO): Promise<number> } {
  return {
    name,
    async run(argv, io) {
      const args = await commandArgs(argv, options, help, io);
      return args ? run(args, io) : EXIT.OK;
    },
  };
}

/** The value of `--NAME` when it is one of ALLOWED, undefined when absent; anything else is a UsageError. */
export function choiceOption<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

/** The `--format` value, checked against the formats every command supports. */
export function formatOption(value: string | undefined, fallback: Format = 'text'): Format {
  return choiceOption('format', value, FORMATS) ?? fallback;
}

/** The items of a comma-separated flag (`--only sr,hr`), trimmed, empty ones dropped; undefined when absent. */
export function listOption(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Parses a non-negative integer flag, or throws a UsageError naming it. */
export function integerOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--${name} takes a whole number (got ${JSON.stringify(value)})`);
  return Number(value);
}
