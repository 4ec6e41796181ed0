// CSV in and out, in one place: the RFC 4180 reader behind `check --column` and the cell writer behind every
// `--format csv`.
//
// | RFC 4180 §2 rule | here |
// |---|---|
// | 1. records end at a line break (CRLF) | the line reader ends lines at LF, CRLF or end of input |
// | 3. an optional header line | `--header`, or implied by a column given by name |
// | 4. fields separated by commas | `,` (RFC 4180), or `;` / TAB (the other dialects spreadsheets write), chosen by the caller or detected on the first record |
// | 5. fields may be enclosed in double quotes | yes |
// | 6. quoted fields may hold delimiters, quotes and line breaks | yes; a record spans lines until its quote closes, at most MAX_RECORD_LENGTH |
// | 7. a quote inside a quoted field is doubled | yes; a lone quote after a closing one is CSV_BAD_QUOTE |
// Beyond RFC 4180, as every spreadsheet export needs: blank lines (spaces, and tabs unless TAB is the
// delimiter) and lines starting with `#` between records are skipped; a quote inside an unquoted field is
// kept as text (`a"b`).
import { MAX_RECORD_LENGTH } from '../limits.js';
import { escapeText } from './escape.js';
import type { InputLine, LineProblem } from './lines.js';

/** The separators `nomina` reads: comma (RFC 4180), semicolon (spreadsheets in comma-decimal locales), TAB (TSV). */
export const CSV_DELIMITERS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[keyof typeof CSV_DELIMITERS];

/** Why a CSV record could not be read. */
export type CsvProblem = 'CSV_BAD_QUOTE' | 'CSV_RECORD_TOO_LONG';

/** One record: its fields, or the problem that stopped it (a line problem of the reader, or a CSV one). */
export interface CsvRecord {
  /** Line (1-based) where the record starts. */
  lineNumber: number;
  fields?: string[];
  problem?: CsvProblem | LineProblem;
  /** The record's text when it could not be parsed (for the report). */
  text?: string;
}

const QUOTE = 0x22;

/**
 * Streams CSV records out of input lines: feed each line to `push`, then call `end`. A quoted field may
 * span lines; a record stays bounded by MAX_RECORD_LENGTH, and when its quote never closes (end of input or
 * the bound) it is reported as CSV_BAD_QUOTE on its first line and the lines after that one are read again
 * as records of their own, so one bad quote never hides the rest of the file. Linear: a line is read at
 * most twice.
 */
export class CsvReader {
  /** Lines of the record whose quoted field is still open. */
  private pending: InputLine[] = [];
  private pendingLength = 0;
  private state: RecordState = { fields: [], quoted: undefined };

  constructor(
    private delimiter: CsvDelimiter | undefined,
    private readonly maxRecordLength = MAX_RECORD_LENGTH,
  ) {}

  /** The delimiter in use (undefined until the first record when it is detected). */
  get separator(): CsvDelimiter | undefined {
    return this.delimiter;
  }

  push(line: InputLine): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.feed(line, out);
    return out;
  }

  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.pending.length > 0) this.abandon('CSV_BAD_QUOTE', out);
    return out;
  }

  private feed(line: InputLine, out: CsvRecord[]): void {
    if (line.problem) {
      if (this.pending.length > 0) this.abandon('CSV_BAD_QUOTE', out);
      out.push({ lineNumber: line.lineNumber, problem: line.problem });
      return;
    }
    if (this.pending.length === 0) {
      // Between records: blank lines and comment lines are skipped.
      if (isBlank(line.text, this.delimiter) || line.text.charCodeAt(0) === 0x23) return;
      this.delimiter ??= detectDelimiter(line.text);
      this.state = { fields: [], quoted: undefined };
    }
    this.pending.push(line);
    this.pendingLength += line.text.length + 1;
    const status = parseLine(line.text, this.delimiter!, this.state);
    // A record of one line is bounded by the line reader; one over several lines, here.
    if (this.pending.length > 1 && this.pendingLength > this.maxRecordLength) {
      this.abandon('CSV_RECORD_TOO_LONG', out);
      return;
    }
    if (status === 'open') return;
    const lines = this.pending;
    this.pending = [];
    this.pendingLength = 0;
    const lineNumber = lines[0]!.lineNumber;
    out.push(
      status === 'bad'
        ? { lineNumber, problem: 'CSV_BAD_QUOTE', text: lines.map((l) => l.text).join('\n') }
        : { lineNumber, fields: this.state.fields },
    );
  }

  /** Reports the open record on its first line, then reads the lines after it again. */
  private abandon(problem: CsvProblem, out: CsvRecord[]): void {
    const [first, ...rest] = this.pending;
    this.pending = [];
    this.pendingLength = 0;
    out.push({ lineNumber: first!.lineNumber, problem, text: first!.text });
    for (const line of rest) this.feed(line, out);
  }
}

/** Spaces only, and tabs unless TAB is the delimiter (in TSV, ` \t ` is a record of two fields). */
function isBlank(text: string, delimiter: CsvDelimiter | undefined): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x20 && (unit !== 0x09 || delimiter === '\t')) return false;
  }
  return true;
}

/** The separator used most outside quotes on the first record's line; a comma when there is none (or a tie). */
export function detectDelimiter(line: string): CsvDelimiter {
  const counts = new Map<number, number>([
    [0x2c, 0],
    [0x3b, 0],
    [0x09, 0],
  ]);
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit === QUOTE) quoted = !quoted;
    else if (!quoted && counts.has(unit)) counts.set(unit, counts.get(unit)! + 1);
  }
  let best = 0x2c;
  for (const [unit, count] of counts) if (count > counts.get(best)!) best = unit;
  return String.fromCharCode(best) as CsvDelimiter;
}

/** A record being read: its fields so far, and the text of a quoted field still open at the end of a line. */
export interface RecordState {
  fields: string[];
  quoted: string | undefined;
}

/**
 * Reads one line of a record into STATE (RFC 4180 §2 rules 4-7): `'done'` when the record ends with the
 * line, `'open'` when a quoted field goes on to the next line (the line break is part of it), `'bad'` when
 * a closing quote is followed by something other than the delimiter. One pass over the line.
 */
export function parseLine(text: string, delimiter: CsvDelimiter, state: RecordState): 'done' | 'open' | 'bad' {
  const sep = delimiter.charCodeAt(0);
  let i = 0;
  if (state.quoted !== undefined) state.quoted += '\n';
  for (;;) {
    if (state.quoted === undefined && text.charCodeAt(i) === QUOTE) {
      state.quoted = '';
      i++;
    }
    if (state.quoted !== undefined) {
      let start = i;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          state.quoted += text.slice(start);
          return 'open';
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          state.quoted += text.slice(start, quote + 1);
          i = start = quote + 2;
          continue;
        }
        state.fields.push(state.quoted + text.slice(start, quote));
        state.quoted = undefined;
        i = quote + 1;
        break;
      }
      if (i < text.length && text.charCodeAt(i) !== sep) return 'bad';
    } else {
      const next = text.indexOf(delimiter, i);
      const end = next < 0 ? text.length : next;
      state.fields.push(text.slice(i, end));
      i = end;
    }
    if (i >= text.length) return 'done';
    i++; // the delimiter
    if (i === text.length) {
      state.fields.push('');
      return 'done';
    }
  }
}

/** The fields of a record held in one string (line breaks inside quotes included), or why it is not one. */
export function parseRecord(text: string, delimiter: CsvDelimiter = ','): string[] | 'open' | 'bad' {
  const state: RecordState = { fields: [], quoted: undefined };
  let status: 'done' | 'open' | 'bad' = 'done';
  for (const line of text.split('\n')) {
    status = parseLine(line, delimiter, state);
    if (status !== 'open') break;
  }
  return status === 'done' ? state.fields : status;
}

/** Characters that start a formula in spreadsheet programs (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180: quoted when it holds a comma, quote or line break; also a semicolon, so that
 * readers of the `;` dialect read it the same). Text is escaped like text
 * output (controls, Bidi controls and invisible characters as `\u{XXXX}`), and with `formulaGuard` (the
 * default) a text cell starting like a formula (`= + - @`) is prefixed with `'` so spreadsheets show it as text.
 */
export function csvCell(value: string | number | boolean | null | undefined, formulaGuard = true): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const escaped = escapeText(value);
  const guarded = formulaGuard && FORMULA_START.test(escaped) ? `'${escaped}` : escaped;
  // Quoted when RFC 4180 needs it, or when it starts with `#` (a comment line for readers that skip them).
  return /[",;\r\n]/.test(guarded) || guarded.charCodeAt(0) === 0x23 ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
