import type { IO } from './io.js';
import { openInput, readLines, type InputLine } from './lines.js';
import { ProgressBar } from './progress.js';

export interface InputOptions {
  /** Word for the progress bar ("names", "lines"…). */
  unit?: string;
  /** Suppress the progress bar even on a terminal (`--quiet`). */
  quiet?: boolean;
  /** Pass blank and comment lines on too (a CSV reader, whose quoted fields may hold them). Default false. */
  raw?: boolean;
}

/**
 * True for a line every line-oriented command skips: blank (spaces and tabs only) or a comment (its first
 * character after the blanks is `#`). One rule for every subcommand.
 */
export function isSkippedLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20 || unit === 0x09) continue;
    return unit === 0x23;
  }
  return true;
}

/**
 * The lines of FILE, or of standard input for `-`, streamed with a progress bar on a terminal. Blank and
 * comment lines are skipped (unless `raw`); problems (`LINE_TOO_LONG`, `INVALID_UTF8`, `NUL_BYTE`) come
 * flagged on their line.
 */
export async function* inputLines(path: string, io: IO, options: InputOptions = {}): AsyncGenerator<InputLine> {
  const input = openInput(path, io.stdin);
  const progress = new ProgressBar(io.stderr, io.stderrIsTTY && !options.quiet, input.totalBytes, options.unit);
  let last: InputLine | undefined;
  let count = 0;
  for await (const line of readLines(input.stream)) {
    last = line;
    if (!options.raw && !line.problem && isSkippedLine(line.text)) continue;
    count++;
    progress.update(count, line.bytesRead);
    yield line;
  }
  progress.done(count, last?.bytesRead ?? 0);
}

/**
 * Items given on the command line, or read one a line from standard input when there are none or
 * the only one is `-`. Command-line items are numbered from 1 like lines.
 */
export async function* argumentsOrLines(
  positionals: readonly string[],
  io: IO,
  options: InputOptions = {},
): AsyncGenerator<InputLine> {
  if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
    yield* inputLines('-', io, options);
    return;
  }
  let lineNumber = 0;
  for (const text of positionals) yield { lineNumber: ++lineNumber, text, bytesRead: 0 };
}

/**
 * Indexes the lines of PATH (a watch list: the names of a zone, the registered labels): ADD takes a line's
 * text and says whether it was indexed. Returns the lines not indexed (unreadable, or refused by ADD).
 */
export async function indexLines(
  path: string,
  io: IO,
  options: InputOptions,
  add: (text: string) => boolean,
): Promise<number> {
  let refused = 0;
  for await (const line of inputLines(path, io, options)) if (line.problem || !add(line.text)) refused++;
  return refused;
}

/**
 * TEXT without the spaces and tabs around it, in one pass. (The regular expression `/[ \t]+$/g` is
 * quadratic on a line holding a long run of blanks followed by other text: 15 s for a 64 KiB line.)
 */
export function trimBlanks(text: string): string {
  const blank = (i: number) => text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09;
  let start = 0;
  let end = text.length;
  while (start < end && blank(start)) start++;
  while (end > start && blank(end - 1)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
