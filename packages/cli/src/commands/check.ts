// `nomina check [FILE|-]`: the registry batch checker. Streams a list of names (one a line, or one CSV
// column), judges each with IDNA2008 (RFC 5891 §4 registration or §5.4 lookup), writes one record per
// name and a summary. Constant memory: one line at a time, counters only.
import { checkDomain, PROFILES, type DomainCheck, type IdnaError, type Profile, type Verdict } from '@nomina/idna';
import type { Command } from './index.js';
import { commandArgs, formatOption } from '../core/args.js';
import { EXIT, UsageError } from '../core/exit.js';
import { RecordWriter, escapeText, type Format } from '../core/format.js';
import { inputLines } from '../core/input.js';
import type { IO } from '../core/io.js';
import type { LineProblem } from '../core/lines.js';

const HELP = `Usage: nomina check [FILE|-] [options]

Checks every name of FILE (standard input for - or no FILE) against IDNA2008, one name a line,
and prints a verdict per name, then a summary:
  registrable  passes every RFC 5891 §4 registration check (RFC 5890-5893)
  lookup-only  not registrable, but UTS #46 resolves it (emoji, symbols, mapped forms, CONTEXTO)
  invalid      neither
Blank lines and lines starting with # are skipped; spaces and tabs around a name are ignored.

Options:
  --profile registration|lookup  checks that decide pass/fail (default registration = RFC 5891 §4;
                                 lookup = RFC 5891 §5.4)
  --column N|NAME                read the names from CSV column N (from 1) or the column headed NAME
  --header                       the first line is a header (implied by --column NAME)
  -f, --format text|json|ndjson|csv
  -q, --quiet                    no progress bar
  -h, --help

Exit status: 0 every name passed, 1 some name failed or a line could not be read, 2 usage or I/O error.`;

/** Options of a check run (also used by `nomina demo`). */
export interface CheckOptions {
  profile?: Profile;
  format?: Format;
  /** CSV column: a 1-based number or a header name. */
  column?: number | string;
  header?: boolean;
  quiet?: boolean;
}

/** Why a line gave no name to check: the core's read problems, or a CSV problem. */
type LineCode = LineProblem | 'CSV_MISSING_COLUMN' | 'CSV_BAD_QUOTE';

const LINE_MESSAGES: Record<LineCode, string> = {
  LINE_TOO_LONG: 'the line is longer than the reader accepts; it was skipped',
  INVALID_UTF8: 'the line is not valid UTF-8',
  NUL_BYTE: 'the line contains a NUL byte',
  CSV_MISSING_COLUMN: 'the line has no such column',
  CSV_BAD_QUOTE: 'a quoted CSV field is not closed or is followed by other text',
};

interface CheckRecord {
  line: number;
  input: string;
  verdict: Verdict;
  ok: boolean;
  uName: string;
  aName: string;
  lookupName?: string;
  transitional?: string;
  /** Why the name is not registrable (RFC 5891 §4), or why its line could not be read. */
  reasons: Reason[];
  /** Why UTS #46 cannot look it up either (verdict `invalid`). */
  lookupErrors: Reason[];
}

type Reason = Pick<IdnaError, 'label' | 'offset' | 'codePoint' | 'message'> & { code: string };

interface Summary {
  profile: Profile;
  names: number;
  passed: number;
  failed: number;
  verdicts: Record<Verdict, number>;
  /** Names per IDNA2008 code (and per line problem). */
  codes: Record<string, number>;
  /** Names per UTS #46 status code, among the invalid ones. */
  lookupCodes: Record<string, number>;
}

const VERDICT_WIDTH = 'lookup-only'.length;

function toRecord(line: number, report: DomainCheck): CheckRecord {
  const record: CheckRecord = {
    line,
    input: report.input,
    verdict: report.verdict,
    ok: report.ok,
    uName: report.uName,
    aName: report.aName,
    reasons: report.reasons,
    lookupErrors: report.lookupErrors,
  };
  if (report.lookupName !== undefined) record.lookupName = report.lookupName;
  if (report.deviations?.transitional !== undefined) record.transitional = report.deviations.transitional;
  return record;
}

function lineRecord(line: number, code: LineCode, input = ''): CheckRecord {
  const reason = { code, label: -1, offset: -1, codePoint: -1, message: LINE_MESSAGES[code] };
  return { line, input, verdict: 'invalid', ok: false, uName: '', aName: '', reasons: [reason], lookupErrors: [] };
}

function where(reason: Reason): string {
  const parts: string[] = [];
  if (reason.label >= 0) parts.push(`label ${reason.label + 1}`);
  if (reason.offset >= 0) parts.push(`offset ${reason.offset}`);
  if (reason.codePoint >= 0) parts.push(`U+${reason.codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function recordText(record: CheckRecord): string {
  // The A-label form of a registrable name; what UTS #46 looks up for a lookup-only one.
  const form = record.verdict === 'registrable' ? record.aName : record.verdict === 'lookup-only' ? `looks up as ${record.lookupName}` : '';
  const shown = form && form !== record.input ? `  → ${escapeText(form)}` : '';
  const lines = [`${String(record.line).padStart(6)}  ${record.verdict.padEnd(VERDICT_WIDTH)}  ${escapeText(record.input)}${shown}`];
  const indent = ' '.repeat(10 + VERDICT_WIDTH);
  if (record.transitional !== undefined) lines.push(`${indent}deviation: transitional processing gives ${escapeText(record.transitional)}`);
  for (const reason of record.reasons) lines.push(`${indent}${reason.code}${where(reason)}: ${escapeText(reason.message)}`);
  for (const error of record.lookupErrors) lines.push(`${indent}UTS #46 ${error.code}${where(error)}: ${escapeText(error.message)}`);
  return lines.join('\n');
}

const distinctCodes = (reasons: Reason[]) => new Set(reasons.map((reason) => reason.code));

function tally(counts: Record<string, number>, reasons: Reason[]): void {
  for (const code of distinctCodes(reasons)) counts[code] = (counts[code] ?? 0) + 1;
}

function countLines(title: string, counts: Record<string, number>): string[] {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.length ? [title, ...entries.map(([code, count]) => `  ${String(count).padStart(8)}  ${code}`)] : [];
}

function summaryText(summary: Summary): string {
  const { verdicts } = summary;
  const lines = [
    '',
    `${summary.names} names: ${verdicts.registrable} registrable, ${verdicts['lookup-only']} lookup-only, ${verdicts.invalid} invalid`,
    `profile ${summary.profile}: ${summary.passed} passed, ${summary.failed} failed`,
  ];
  lines.push(...countLines('names per reason (IDNA2008):', summary.codes), ...countLines('invalid names per UTS #46 error:', summary.lookupCodes));
  return lines.join('\n');
}

/**
 * Runs the check over FILE (or `-` for standard input) and writes the report to `io.stdout`. Returns the
 * exit code: 0 when every name passed, 1 when some did not. Throws UsageError for bad options or an
 * unreadable file.
 */
export async function checkFile(path: string, options: CheckOptions, io: IO): Promise<number> {
  const profile = options.profile ?? 'registration';
  // A terminal sees each record at once; files and pipes get them in batches.
  const writer = new RecordWriter<CheckRecord, Summary>(options.format ?? 'text', io, {
    columns: [
      { name: 'line', value: (r) => r.line },
      { name: 'input', value: (r) => r.input },
      { name: 'verdict', value: (r) => r.verdict },
      { name: 'ok', value: (r) => r.ok },
      { name: 'u_name', value: (r) => r.uName },
      { name: 'a_name', value: (r) => r.aName },
      { name: 'lookup_name', value: (r) => r.lookupName },
      { name: 'transitional', value: (r) => r.transitional },
      { name: 'codes', value: (r) => [...distinctCodes(r.reasons)].join(' ') },
      { name: 'lookup_errors', value: (r) => [...distinctCodes(r.lookupErrors)].join(' ') },
      { name: 'first_reason', value: (r) => r.reasons[0]?.message },
    ],
    text: recordText,
    summaryText,
  });
  const summary: Summary = { profile, names: 0, passed: 0, failed: 0, verdicts: { registrable: 0, 'lookup-only': 0, invalid: 0 }, codes: {}, lookupCodes: {} };
  const count = (record: CheckRecord) => {
    summary.names++;
    summary.verdicts[record.verdict]++;
    if (record.ok) summary.passed++;
    else summary.failed++;
    tally(summary.codes, record.reasons);
    tally(summary.lookupCodes, record.lookupErrors);
  };

  const columnSpec = options.column;
  const hasHeader = options.header === true || typeof columnSpec === 'string';
  let column = typeof columnSpec === 'number' ? columnSpec - 1 : -1;
  let headerPending = hasHeader;
  for await (const line of inputLines(path, io, { unit: 'names', quiet: options.quiet })) {
    let record: CheckRecord | undefined;
    if (line.problem) {
      // Without its header line, a column given by name cannot be found: every line would fail.
      if (headerPending && typeof columnSpec === 'string') {
        throw new UsageError(`the header line cannot be read (${line.problem}), so no column named ${JSON.stringify(columnSpec)} can be found`);
      }
      record = lineRecord(line.lineNumber, line.problem);
      headerPending = false;
    } else if (headerPending) {
      headerPending = false;
      if (typeof columnSpec === 'string') {
        const fields = splitCsvLine(line.text);
        column = fields ? fields.findIndex((field) => field.trim() === columnSpec) : -1;
        if (column < 0) throw new UsageError(`no column named ${JSON.stringify(columnSpec)} in the header line`);
      }
      continue;
    } else {
      let text: string | undefined = line.text;
      if (columnSpec !== undefined) {
        const fields = splitCsvLine(line.text);
        text = fields?.[column];
        if (text === undefined) record = lineRecord(line.lineNumber, fields ? 'CSV_MISSING_COLUMN' : 'CSV_BAD_QUOTE', line.text);
      }
      if (text !== undefined) {
        const name = trimBlanks(text);
        if (name === '' || name.startsWith('#')) continue;
        record = toRecord(line.lineNumber, checkDomain(name, { profile }));
      }
    }
    if (record) {
      count(record);
      await writer.write(record);
    }
  }
  await writer.end(summary);
  return summary.failed === 0 ? EXIT.OK : EXIT.FAILED;
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

/**
 * The fields of one CSV line (RFC 4180: fields separated by commas, optionally in double quotes with
 * `""` for a quote), or `undefined` when a quoted field is not closed (a field spanning lines is not
 * supported) or has text after its closing quote. One pass: linear in the line.
 */
export function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 0x22) {
      let value = '';
      let start = ++i;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return undefined;
        if (line.charCodeAt(quote + 1) === 0x22) {
          value += line.slice(start, quote + 1);
          i = start = quote + 2;
          continue;
        }
        value += line.slice(start, quote);
        i = quote + 1;
        break;
      }
      fields.push(value);
      if (i < line.length && line.charCodeAt(i) !== 0x2c) return undefined;
    } else {
      const comma = line.indexOf(',', i);
      fields.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    i++; // the comma
    if (i === line.length) {
      fields.push('');
      return fields;
    }
  }
}

function profileOption(value: string | undefined): Profile {
  if (value === undefined) return 'registration';
  if ((PROFILES as readonly string[]).includes(value)) return value as Profile;
  throw new UsageError(`--profile must be one of ${PROFILES.join(', ')} (got ${JSON.stringify(value)})`);
}

function columnOption(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,6}$/.test(value)) {
    const n = Number(value);
    if (n < 1) throw new UsageError('--column numbers start at 1');
    return n;
  }
  if (value.trim() === '') throw new UsageError('--column needs a number or a header name');
  return value.trim();
}

const OPTIONS = {
  profile: { type: 'string' },
  column: { type: 'string' },
  header: { type: 'boolean' },
} as const;

const command: Command = {
  name: 'check',
  summary: 'IDNA2008 registry check of a list of names (batch, streaming)',
  async run(argv, io) {
    const args = await commandArgs(argv, OPTIONS, HELP, io);
    if (!args) return EXIT.OK;
    const { values, positionals } = args;
    if (positionals.length > 1) throw new UsageError('check takes one FILE (or - for standard input)');
    return checkFile(
      positionals[0] ?? '-',
      {
        profile: profileOption(values.profile),
        format: formatOption(values.format),
        column: columnOption(values.column),
        header: values.header,
        quiet: values.quiet,
      },
      io,
    );
  },
};
export default command;
