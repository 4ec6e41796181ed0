// What every command writes with (format, progress, formula guard), from the flags all of them take.
import { formatOption } from './args.js';
import { RecordWriter, type Format, type RecordWriterOptions } from './format.js';
import { argumentsOrLines } from './input.js';
import type { IO } from './io.js';
import type { InputLine } from './lines.js';

/** The flags every command reads (COMMON_OPTIONS). */
export interface CommonValues {
  format?: string;
  quiet?: boolean;
  'no-formula-guard'?: boolean;
}

/** What a command writes with: its IO, the `--format`, `--quiet` and the CSV formula guard. */
export interface Output {
  io: IO;
  format: Format;
  quiet: boolean | undefined;
  formulaGuard: boolean;
}

/** The Output of the common flags in VALUES (`--format` checked here: a bad one is a UsageError). */
export function output(values: CommonValues, io: IO): Output {
  return { io, format: formatOption(values.format), quiet: values.quiet, formulaGuard: !values['no-formula-guard'] };
}

/** A RecordWriter in the chosen format, with the formula guard as the user set it. */
export function recordWriter<R, S = unknown>(
  out: Output,
  options: Omit<RecordWriterOptions<R, S>, 'formulaGuard'>,
): RecordWriter<R, S> {
  return new RecordWriter<R, S>(out.format, out.io, { ...options, formulaGuard: out.formulaGuard });
}

/** The items of `argumentsOrLines`, with the progress bar (counting UNIT) unless `--quiet`. */
export function inputItems(positionals: readonly string[], out: Output, unit: string): AsyncGenerator<InputLine> {
  return argumentsOrLines(positionals, out.io, { unit, quiet: out.quiet });
}
