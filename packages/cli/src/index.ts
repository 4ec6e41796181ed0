// Programmatic entry of the `nomina` command, for tests and embedding.
export { main } from './main.js';
export { COMMANDS, type Command } from './commands/index.js';
export { EXIT, UsageError } from './core/exit.js';
export { VERSION } from './version.js';
export type { IO } from './core/io.js';
export { RecordWriter, FORMATS, csvCell, escapeText, type Format, type Column } from './core/format.js';
export { readLines, type InputLine, type LineProblem } from './core/lines.js';
export { MAX_LINE_BYTES, MAX_RECORD_LENGTH, MAX_TEXT_UNITS, MAX_ZONE_OWNERS } from './limits.js';
export { CsvReader, CSV_DELIMITERS, type CsvDelimiter, type CsvRecord } from './core/csv.js';
export { ZoneReader, type ZoneEvent } from './core/zone.js';
