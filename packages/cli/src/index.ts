// Programmatic entry of the `nomina` command, for tests and embedding.
export { main } from './main.js';
export { COMMANDS, type Command } from './commands/index.js';
export { EXIT, UsageError } from './core/exit.js';
export type { IO } from './core/io.js';
export { RecordWriter, FORMATS, csvCell, escapeText, type Format, type Column } from './core/format.js';
export { readLines, MAX_LINE_BYTES, type InputLine, type LineProblem } from './core/lines.js';
