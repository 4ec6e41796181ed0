import type { Writable } from 'node:stream';
import { write, type IO } from './io.js';

/** Output formats every command offers with `--format`. */
export const FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Column<R> {
  name: string;
  value: (record: R) => string | number | boolean | undefined;
}

export interface RecordWriterOptions<R, S> {
  /** CSV columns (and their order). */
  columns: readonly Column<R>[];
  /** One or more lines of human-readable text for a record (escape untrusted text with `escapeText`). */
  text: (record: R) => string;
  /** Human-readable summary, printed after the records in text format. */
  summaryText?: (summary: S) => string;
  /** The JSON value of a record (defaults to the record itself). */
  json?: (record: R) => unknown;
}

/**
 * Size of the output batches when stdout is not a terminal, in UTF-16 units: one stream write per
 * record costs more than checking a name. On a terminal every record is written at once.
 */
export const BATCH_CHARS = 64 * 1024;

/**
 * Streams records in one of the four formats without holding them in memory:
 * - `text`: the command's lines, then its summary;
 * - `json`: one document `{"results": [...], "summary": {...}}`, written incrementally;
 * - `ndjson`: one record a line, then `{"summary": {...}}` as the last line when there is a summary;
 * - `csv`: RFC 4180 with a header row, cells guarded against formula injection; the summary goes to stderr.
 */
export class RecordWriter<R, S = unknown> {
  private count = 0;
  private pending = '';
  private readonly out: Writable;
  private readonly err: Writable;
  private readonly interactive: boolean;

  constructor(
    readonly format: Format,
    io: Pick<IO, 'stdout' | 'stderr' | 'stdoutIsTTY'>,
    private readonly options: RecordWriterOptions<R, S>,
  ) {
    this.out = io.stdout;
    this.err = io.stderr;
    this.interactive = io.stdoutIsTTY;
  }

  async write(record: R): Promise<void> {
    const { format, options } = this;
    const json = () => JSON.stringify(options.json ? options.json(record) : record);
    let chunk: string;
    if (format === 'text') chunk = options.text(record) + '\n';
    else if (format === 'ndjson') chunk = json() + '\n';
    else if (format === 'json') chunk = (this.count === 0 ? '{"results":[\n' : ',\n') + json();
    else {
      chunk = this.count === 0 ? options.columns.map((c) => csvCell(c.name)).join(',') + '\r\n' : '';
      chunk += options.columns.map((c) => csvCell(c.value(record))).join(',') + '\r\n';
    }
    this.count++;
    this.pending += chunk;
    if (this.interactive || this.pending.length >= BATCH_CHARS) await this.flush();
  }

  async end(summary?: S): Promise<void> {
    const { format, options } = this;
    if (format === 'json') {
      const head = this.count === 0 ? '{"results":[' : '\n';
      const tail = summary === undefined ? '' : `,"summary":${JSON.stringify(summary)}`;
      this.pending += `${head}]${tail}}\n`;
    } else if (summary !== undefined && format === 'ndjson') {
      this.pending += JSON.stringify({ summary }) + '\n';
    } else if (summary !== undefined && options.summaryText) {
      if (format === 'text') this.pending += options.summaryText(summary) + '\n';
      else {
        await this.flush();
        await write(this.err, options.summaryText(summary) + '\n');
      }
    }
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    await write(this.out, chunk);
  }
}

/** Characters that start a formula in spreadsheet programs (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when needed, and a text cell that could start a formula is prefixed with `'`. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * Makes untrusted text safe to print on a terminal: control characters (C0, DEL, C1), Bidi controls,
 * invisible format characters, line/paragraph separators and lone surrogates are shown as `\u{XXXX}`;
 * a backslash is doubled so the escaping cannot be forged.
 */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
        continue;
      }
    }
    if (unit === 0x5c) out += '\\\\';
    else if (needsEscape(unit)) out += `\\u{${unit.toString(16).toUpperCase().padStart(4, '0')}}`;
    else out += text[i]!;
  }
  return out;
}

function needsEscape(unit: number): boolean {
  return (
    unit < 0x20 ||
    (unit >= 0x7f && unit <= 0x9f) ||
    unit === 0x061c || // ARABIC LETTER MARK
    unit === 0x180e ||
    (unit >= 0x200b && unit <= 0x200f) || // zero-width characters, LRM, RLM
    (unit >= 0x2028 && unit <= 0x202e) || // line/paragraph separators, embeddings and overrides
    (unit >= 0x2060 && unit <= 0x206f) || // word joiner, isolates, deprecated format characters
    unit === 0xfeff ||
    (unit >= 0xd800 && unit <= 0xdfff) // a lone surrogate (pairs were handled above)
  );
}
