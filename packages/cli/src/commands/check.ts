// `nomina check`: the registry batch checker. Judges names given as arguments, listed one a line in files or
// standard input, read from a CSV/TSV column, or the owner names of DNS zone files, with IDNA2008 (RFC 5891
// §4 registration or §5.4 lookup); writes one record per name and a summary. Constant memory: one line at a
// time, counters only (and the owner names of a zone, up to MAX_ZONE_OWNERS). The registry's own policies
// (--lgr, --registered, --confusables) are indexes built once from their files before the names stream.
import { createWriteStream, statSync } from 'node:fs';
import { checkDomain, PROFILES, type Profile } from '@nomina/idna';
import { choiceOption, defineCommand, formatOption, integerOption } from '../core/args.js';
import { CSV_DELIMITERS, CsvReader, type CsvDelimiter } from '../core/csv.js';
import { exitCode, UsageError } from '../core/exit.js';
import { RecordWriter, type Format } from '../core/format.js';
import { inputLines, trimBlanks } from '../core/input.js';
import type { IO } from '../core/io.js';
import { ZoneReader } from '../core/zone.js';
import { MAX_ZONE_OWNERS } from '../limits.js';
import { applyPolicy, registryPolicy, tallyPolicy, type RegistryPolicy } from '../check/policy.js';
import { lineRecord, tally, toRecord, type CheckRecord, type LineCode, type Summary } from '../check/record.js';
import { checkColumns, recordText, summaryText } from '../check/report.js';

const HELP = `Usage: nomina check [NAME...] [--file FILE...] [--zone ZONEFILE...] [options]

Checks domain names against IDNA2008 and prints a verdict per name, then a summary:
  registrable  passes every RFC 5891 §4 registration check (RFC 5890-5893)
  lookup-only  not registrable, but UTS #46 resolves it (emoji, symbols, mapped forms, CONTEXTO)
  invalid      neither

Where the names come from:
  NAME...                        each argument is a name ("nomina check bücher.de")
  -                              standard input, one name a line (also when nothing else is given)
  --file FILE                    one name a line (repeat for several files; - is standard input)
  --zone ZONEFILE                the owner names of a DNS zone file (RFC 1035 §5: $ORIGIN, @, relative
                                 names, parentheses, comments), each distinct name once; wildcard and
                                 _underscore owners are passed over (repeat for several zones)
In files and standard input, blank lines and lines starting with # are skipped; spaces and tabs around
a name are ignored. An argument is always a name, even when a file of that name exists: use --file.

Options:
  --profile registration|lookup  checks that decide pass/fail (default registration = RFC 5891 §4;
                                 lookup = RFC 5891 §5.4)
  --column N|NAME                read the names from CSV column N (from 1) or the column headed NAME
                                 (RFC 4180 quoting: fields may hold separators, quotes and line breaks)
  --header                       the first record is a header (implied by --column NAME)
  --delimiter comma|semicolon|tab  CSV separator (default: the one the first record uses most; TAB
                                 for a .tsv file)
  --origin NAME                  --zone: the origin of relative names before any $ORIGIN
  --only failed|passed           write only the records that failed (or passed); the summary counts all
  -o, --output FILE              write the report to FILE instead of standard output
  -f, --format text|json|ndjson|csv
  --no-formula-guard             csv: do not prefix cells starting with = + - @ with '
  -q, --quiet                    no progress bar
  -h, --help

Registry policies, on top of IDNA2008 (applied to the names that pass --profile, in their U-label form):
  --lgr FILE                     the RFC 7940 disposition of each name's registered label under the Label
                                 Generation Rules of FILE (XML); invalid or blocked fails the name
  --lgr-level N                  which label the LGR judges: the Nth from the right (default 2, the label
                                 under a TLD: كتاب in www.كتاب.example; 1 for TLDs and the Root Zone LGR);
                                 a name with fewer labels: its first (leftmost) label
  --registered NAMES             with --lgr: the names already registered (a file, one a line); a name whose
                                 label is an LGR variant of a registered one fails (blocked, or allocatable
                                 only to that registrant)
  --confusables NAMES            the names of an existing zone (a file, one a line); a name that looks like
                                 one of them (UTS #39 skeleton) fails
  --confusables-fold             also fold ASCII look-alikes the skeleton keeps apart (O/o, so that
                                 g00gle meets google; vv/w; cl/d)

Positions: label and offset numbers start at 0 (as in JSON and in the libraries); line numbers at 1.
Exit status: 0 every name passed (IDNA2008 and the policies), 1 some name failed or a line could not be
read, 2 usage or I/O error (also an LGR that cannot be parsed).`;

/** Options of a check run (also used by `nomina demo`). */
export interface CheckOptions {
  profile?: Profile;
  format?: Format;
  /** CSV column: a 1-based number or a header name. */
  column?: number | string;
  header?: boolean;
  /** CSV separator; detected on the first record when absent. */
  delimiter?: CsvDelimiter;
  quiet?: boolean;
  /** Write only the failed (or passed) records. */
  only?: 'failed' | 'passed';
  formulaGuard?: boolean;
  /** --zone: distinct owner names remembered (MAX_ZONE_OWNERS; smaller in tests). */
  maxZoneOwners?: number;
  /** The registry's own policies (--lgr, --registered, --confusables), built by `registryPolicy`. */
  policy?: RegistryPolicy;
}

/** Where names come from: arguments, a file of lines or CSV (`-` for standard input), or a zone file. */
export type Source =
  | { kind: 'arguments'; names: readonly string[] }
  | { kind: 'file'; path: string }
  | { kind: 'zone'; path: string; origin?: string };

/** The names of one source, as records to judge (a name with its line) or lines that gave no name. */
type Item = { line: number; name: string } | { line: number; problem: LineCode; input?: string };

async function* namesOf(source: Source, options: CheckOptions, io: IO, summary: Summary): AsyncGenerator<Item> {
  const unit = { unit: 'names', quiet: options.quiet };
  if (source.kind === 'arguments') {
    let line = 0;
    for (const name of source.names) yield { line: ++line, name };
  } else if (source.kind === 'zone') {
    const reader = new ZoneReader(source.origin);
    const seen = new Set<string>();
    summary.zone ??= { skipped: 0, duplicates: 0, unremembered: 0 };
    let last = 0;
    for await (const line of inputLines(source.path, io, { ...unit, raw: true })) {
      last = line.lineNumber;
      for (const event of reader.push(line)) {
        if (event.kind === 'problem') yield { line: event.lineNumber, problem: event.code };
        else if (event.kind === 'skipped') summary.zone.skipped++;
        else if (seen.has(event.name)) summary.zone.duplicates++;
        else {
          // Bounded memory: past MAX_ZONE_OWNERS names, a repeated owner is checked again (never lost).
          if (seen.size < (options.maxZoneOwners ?? MAX_ZONE_OWNERS)) seen.add(event.name);
          else summary.zone.unremembered++;
          yield { line: event.lineNumber, name: event.name };
        }
      }
    }
    for (const event of reader.end(last))
      if (event.kind === 'problem') yield { line: event.lineNumber, problem: event.code };
  } else if (options.column === undefined) {
    for await (const line of inputLines(source.path, io, unit)) {
      yield line.problem
        ? { line: line.lineNumber, problem: line.problem }
        : { line: line.lineNumber, name: trimBlanks(line.text) };
    }
  } else {
    yield* csvNames(source.path, options, io);
  }
}

/** The names of one CSV column (RFC 4180 records, which may span lines; see core/csv.ts). */
async function* csvNames(path: string, options: CheckOptions, io: IO): AsyncGenerator<Item> {
  const columnSpec = options.column!;
  const delimiter = options.delimiter ?? (/\.tsv$/i.test(path) ? CSV_DELIMITERS.tab : undefined);
  const reader = new CsvReader(delimiter);
  let column = typeof columnSpec === 'number' ? columnSpec - 1 : -1;
  let headerPending = options.header === true || typeof columnSpec === 'string';
  const records = async function* () {
    for await (const line of inputLines(path, io, { unit: 'names', quiet: options.quiet, raw: true }))
      yield* reader.push(line);
    yield* reader.end();
  };
  for await (const record of records()) {
    if (headerPending) {
      headerPending = false;
      if (typeof columnSpec === 'string') {
        // Without its header, a column given by name cannot be found: every record would fail.
        if (!record.fields)
          throw new UsageError(
            `the header of ${path} cannot be read (${record.problem}), so no column named ${JSON.stringify(columnSpec)} can be found`,
          );
        column = record.fields.findIndex((field) => field.trim() === columnSpec);
        if (column < 0) throw new UsageError(`no column named ${JSON.stringify(columnSpec)} in the header of ${path}`);
      }
      if (record.fields) continue;
    }
    if (!record.fields) {
      yield { line: record.lineNumber, problem: record.problem!, input: record.text ?? '' };
      continue;
    }
    const field = record.fields[column];
    if (field === undefined)
      yield {
        line: record.lineNumber,
        problem: 'CSV_MISSING_COLUMN',
        input: record.fields.join(reader.separator ?? ','),
      };
    else yield { line: record.lineNumber, name: trimBlanks(field) };
  }
}

/**
 * Runs the check over SOURCES (or the file or `-` given as a string) and writes the report to `io.stdout`.
 * Returns the exit code: 0 when every name passed, 1 when some did not. Throws UsageError for bad options or
 * an unreadable file.
 */
export async function checkFile(sources: string | readonly Source[], options: CheckOptions, io: IO): Promise<number> {
  const list: readonly Source[] = typeof sources === 'string' ? [{ kind: 'file', path: sources }] : sources;
  const profile = options.profile ?? 'registration';
  const several = list.length > 1;
  // A terminal sees each record at once; files and pipes get them in batches.
  const writer = new RecordWriter<CheckRecord, Summary>(options.format ?? 'text', io, {
    columns: checkColumns(several, options.policy),
    text: recordText,
    summaryText,
    ...(options.formulaGuard === undefined ? {} : { formulaGuard: options.formulaGuard }),
  });
  const summary: Summary = {
    profile,
    names: 0,
    passed: 0,
    failed: 0,
    verdicts: { registrable: 0, 'lookup-only': 0, invalid: 0 },
    codes: {},
    lookupCodes: {},
  };
  const { policy } = options;
  if (policy?.lgr) {
    const { file, level, registered, refused } = policy.lgr;
    summary.lgr = { file, level, dispositions: {}, notJudged: 0 };
    if (registered) summary.lgr.registered = { labels: registered.size, refused, colliding: 0 };
  }
  if (policy?.confusables) {
    const { file, index, refused } = policy.confusables;
    summary.confusables = { file, names: index.size, refused, lookalikes: 0 };
  }
  for (const source of list) {
    const file = !several ? undefined : source.kind === 'arguments' ? '(arguments)' : source.path;
    for await (const item of namesOf(source, options, io, summary)) {
      if ('name' in item && (item.name === '' || item.name.startsWith('#'))) continue;
      let record: CheckRecord;
      if ('name' in item) {
        const report = checkDomain(item.name, { profile });
        record = toRecord(item.line, report, profile);
        if (policy) applyPolicy(record, report.ok ? report.uName : null, policy);
      } else {
        record = lineRecord(item.line, item.problem, item.input);
        if (policy) applyPolicy(record, null, policy);
      }
      if (file !== undefined) record.file = file;
      summary.names++;
      summary.verdicts[record.verdict]++;
      if (record.ok) summary.passed++;
      else summary.failed++;
      tally(summary.codes, record.reasons);
      tally(summary.lookupCodes, record.lookupErrors);
      tallyPolicy(summary, record);
      if (options.only === undefined || (options.only === 'passed') === record.ok) await writer.write(record);
    }
  }
  await writer.end(summary);
  return exitCode(summary.failed);
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
  delimiter: { type: 'string' },
  file: { type: 'string', multiple: true },
  zone: { type: 'string', multiple: true },
  origin: { type: 'string' },
  only: { type: 'string' },
  output: { type: 'string', short: 'o' },
  lgr: { type: 'string' },
  'lgr-level': { type: 'string' },
  registered: { type: 'string' },
  confusables: { type: 'string' },
  'confusables-fold': { type: 'boolean' },
} as const;

/** The sources of a run, in this order: the NAME arguments (and `-`), every --file, every --zone. */
function sourcesOf(
  positionals: readonly string[],
  files: readonly string[],
  zones: readonly string[],
  origin: string | undefined,
  io: IO,
): Source[] {
  const sources: Source[] = [];
  let names: string[] = [];
  for (const argument of positionals) {
    if (argument === '-') {
      if (names.length) sources.push({ kind: 'arguments', names });
      names = [];
      sources.push({ kind: 'file', path: '-' });
    } else {
      names.push(argument);
      if (isFile(argument))
        io.stderr.write(
          `nomina check: note: ${JSON.stringify(argument)} is checked as a name; to read the file, use --file ${argument}\n`,
        );
    }
  }
  if (names.length) sources.push({ kind: 'arguments', names });
  for (const path of files) sources.push({ kind: 'file', path });
  for (const path of zones)
    sources.push(origin === undefined ? { kind: 'zone', path } : { kind: 'zone', path, origin });
  if (sources.length === 0) sources.push({ kind: 'file', path: '-' });
  if (sources.filter((s) => s.kind !== 'arguments' && s.path === '-').length > 1)
    throw new UsageError('standard input (-) can be read once');
  return sources;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** IO whose standard output is FILE (`-o`): created before any input is read, flushed and closed at the end. */
async function withOutput<T>(path: string | undefined, io: IO, run: (io: IO) => Promise<T>): Promise<T> {
  if (path === undefined) return run(io);
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new UsageError(`cannot write ${path}: ${error.message}`)));
  });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure ??= error;
    stream.emit('drain'); // a writer waiting for room must not wait forever
  });
  let code: T;
  try {
    code = await run({ ...io, stdout: stream, stdoutIsTTY: false });
  } finally {
    await new Promise<void>((resolve) =>
      stream.end((error?: Error | null) => {
        if (error) failure ??= error;
        resolve();
      }),
    );
  }
  if (failure) throw new UsageError(`cannot write ${path}: ${failure.message}`);
  return code;
}

export default defineCommand('check', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const delimiter = choiceOption('delimiter', values.delimiter, ['comma', 'semicolon', 'tab'] as const);
  const column = columnOption(values.column);
  if (values.zone && (column !== undefined || values.header || delimiter))
    throw new UsageError('--column, --header and --delimiter read CSV files, not zone files');
  if (values.origin !== undefined && !values.zone) throw new UsageError('--origin goes with --zone');
  const options: CheckOptions = {
    profile: choiceOption('profile', values.profile, PROFILES) ?? 'registration',
    format: formatOption(values.format),
    column,
    header: values.header,
    quiet: values.quiet,
    formulaGuard: !values['no-formula-guard'],
  };
  if (delimiter) options.delimiter = CSV_DELIMITERS[delimiter];
  const only = choiceOption('only', values.only, ['failed', 'passed'] as const);
  if (only) options.only = only;
  const sources = sourcesOf(positionals, values.file ?? [], values.zone ?? [], values.origin, io);
  if (column !== undefined && sources.some((s) => s.kind === 'arguments'))
    throw new UsageError('--column reads CSV files: give them with --file (or - for standard input)');
  if (values.lgr === undefined && (values['lgr-level'] !== undefined || values.registered !== undefined))
    throw new UsageError('--lgr-level and --registered go with --lgr FILE');
  if (values['confusables-fold'] && values.confusables === undefined)
    throw new UsageError('--confusables-fold goes with --confusables NAMES');
  const level = integerOption('lgr-level', values['lgr-level'], 2);
  if (level < 1) throw new UsageError('--lgr-level counts labels from the right, from 1 (the TLD)');
  const stdinReads = [values.registered, values.confusables].filter((path) => path === '-').length;
  if (stdinReads + sources.filter((s) => s.kind !== 'arguments' && s.path === '-').length > 1)
    throw new UsageError('standard input (-) can be read once');
  if (values.lgr !== undefined || values.confusables !== undefined)
    options.policy = await registryPolicy(
      {
        lgr: values.lgr,
        level,
        registered: values.registered,
        confusables: values.confusables,
        fold: values['confusables-fold'],
      },
      io,
      values.quiet,
    );
  return withOutput(values.output, io, (out) => checkFile(sources, options, out));
});
