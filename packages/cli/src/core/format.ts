import type { Writable } from 'node:stream';
import { csvCell } from './csv.js';
import { write, type IO } from './io.js';
import { clearProgress } from './progress.js';

export { escapeText } from './escape.js';
export { csvCell } from './csv.js';

/** Output formats every command offers with `--format`. */
export const FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** What a CSV cell holds. */
export type Cell = string | number | boolean | null | undefined;

export interface Column<R> {
  name: string;
  value: (record: R) => Cell;
}

/** The fields of R that are one cell as they are. */
type CellField<R> = { [K in keyof R]-?: R[K] extends Cell ? K : never }[keyof R] & string;

/** Columns holding record fields as they are, named in snake_case like every header (`codePoint` → `code_point`). */
export function fieldColumns<R>(...fields: CellField<R>[]): Column<R>[] {
  return fields.map((field) => ({
    name: field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    value: (record) => record[field] as Cell,
  }));
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
  /** CSV: prefix cells that start like a formula with `'` (default true; `--no-formula-guard` turns it off). */
  formulaGuard?: boolean;
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
 * - `csv`: RFC 4180 with a header row, cells escaped like text and guarded against formula injection; the
 *   summary goes to stderr.
 * On a terminal, a progress bar drawn on stderr is cleared before records are written, so the two never share
 * a line.
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
      const guard = options.formulaGuard ?? true;
      chunk = this.count === 0 ? options.columns.map((c) => csvCell(c.name)).join(',') + '\r\n' : '';
      chunk += options.columns.map((c) => csvCell(c.value(record), guard)).join(',') + '\r\n';
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
        clearProgress(this.err);
        await write(this.err, options.summaryText(summary) + '\n');
      }
    }
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (this.interactive) clearProgress(this.err);
    await write(this.out, chunk);
  }
}

/** `1 name`, `2 names`: COUNT and WORD, in the plural unless COUNT is 1. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
