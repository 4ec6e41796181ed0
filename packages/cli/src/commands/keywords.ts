import { readFileSync, writeFileSync } from 'node:fs';
import {
  createKeywordIndex,
  FOLD_PROFILE_VERSION,
  loadKeywordIndex,
  MAX_EDITS,
  type KeywordEntry,
  type KeywordIndex,
  type KeywordMatch,
  type LookupOptions,
} from '@nomina/keywords';
import type { Command } from './index.js';
import type { Issue } from '@nomina/core';
import { integerOption, parseCommandArgs } from '../core/args.js';
import { EXIT, exitCode, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { inputLines } from '../core/input.js';
import { asIssue, issueCodes, unreadable } from '../core/issues.js';
import { write } from '../core/io.js';
import { inputItems, output, recordWriter, type CommonValues } from '../core/output.js';

const HELP = `Usage: nomina keywords build ENTRIES.tsv (-o INDEX | --db URL) [options]
       nomina keywords lookup (-i INDEX | --db URL) [options] [QUERY...|-]

Local-language keyword look-up (@nomina/keywords, fold profile ${FOLD_PROFILE_VERSION}): finds the entry a person
means in any script, with typos, without accents, in full-width forms, with Persian or Arabic letters,
traditional or simplified Han, katakana or hiragana, or romanized.

build   reads ENTRIES.tsv, one entry a line: KEY<TAB>TARGET[<TAB>LOCALE[<TAB>NAMESPACE[<TAB>WEIGHT]]]
        (empty lines and lines starting with # are skipped), and writes a binary index file (-o) or
        loads the entries into a PostgreSQL database (--db, needs the pg package).
lookup  answers each QUERY (or each line of standard input) with the ranked targets and how they
        matched: exact, folded, variant, translit, prefix or fuzzy.

Options:
  -o, --output FILE     build: the index file to write
  -i, --index FILE      lookup: the index file to read
  --db URL              PostgreSQL connection string (postgres://user@host:port/db) instead of a file
  --schema NAME         PostgreSQL schema (default nomina_keywords)
  -l, --limit N         lookup: most targets a query (default 10)
  --locale TAG          lookup: preferred locale
  --namespace NS        lookup: only this namespace
  --max-edits N         lookup: typo budget, 0 to ${MAX_EDITS} (default ${MAX_EDITS})
  --no-prefix           lookup: no type-ahead answers
  -f, --format F        text | json | ndjson | csv
  -q, --quiet           no progress bar

Exit codes: build 0 every line indexed, 1 some line refused (reported on stderr); lookup 0 every
query answered, 1 some query had no answer; 2 usage or I/O error.`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  index: { type: 'string', short: 'i' },
  db: { type: 'string' },
  schema: { type: 'string' },
  limit: { type: 'string', short: 'l' },
  locale: { type: 'string' },
  namespace: { type: 'string' },
  'max-edits': { type: 'string' },
  'no-prefix': { type: 'boolean' },
} as const;

interface LookupRecord {
  line: number;
  query: string;
  rank?: number;
  match?: KeywordMatch;
  issues: Issue[];
}

interface Summary {
  queries: number;
  answered: number;
  unanswered: number;
}

/** A PostgreSQL store over a `pg` client, loaded only for --db (pg is an optional dependency). */
async function openDatabase(url: string, schema: string | undefined) {
  type PgClient = new (options: {
    connectionString: string;
  }) => {
    connect(): Promise<unknown>;
    end(): Promise<void>;
    query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
  };
  let Client: PgClient;
  try {
    const name = 'pg'; // an optional peer dependency, loaded only for --db
    Client = ((await import(name)) as { default: { Client: PgClient } }).default.Client;
  } catch {
    throw new UsageError('--db needs the pg package (npm install pg)');
  }
  const { PostgresKeywordStore } = await import('@nomina/keywords/postgres');
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new UsageError(`cannot connect to ${url.replace(/:[^:@/]*@/, ':***@')}: ${(error as Error).message}`);
  }
  return { store: new PostgresKeywordStore(client, schema === undefined ? {} : { schema }), close: () => client.end() };
}

function parseEntry(text: string): KeywordEntry | string {
  const [key = '', target = '', locale, namespace, weight] = text.split('\t');
  if (target === '') return 'a line needs at least KEY<TAB>TARGET';
  const entry: KeywordEntry = { key, target };
  if (locale) entry.locale = locale;
  if (namespace) entry.namespace = namespace;
  if (weight) {
    const value = Number(weight);
    if (!Number.isFinite(value)) return `WEIGHT_INVALID: ${JSON.stringify(weight)} is not a number`;
    entry.weight = value;
  }
  return entry;
}

async function build(
  path: string,
  values: Record<string, unknown>,
  io: Parameters<Command['run']>[1],
): Promise<number> {
  const output = values.output as string | undefined;
  const db = values.db as string | undefined;
  if ((output === undefined) === (db === undefined)) throw new UsageError('build needs one of -o INDEX or --db URL');
  const started = Date.now();
  const index = createKeywordIndex();
  let refused = 0;
  for await (const line of inputLines(path, io, { unit: 'entries', quiet: values.quiet as boolean | undefined })) {
    if (line.problem) {
      refused++;
      await write(io.stderr, `line ${line.lineNumber}: ${line.problem}\n`);
      continue;
    }
    const entry = parseEntry(line.text);
    const result =
      typeof entry === 'string' ? { ok: false, issues: [{ code: 'INVALID_LINE', message: entry }] } : index.add(entry);
    if (!result.ok) {
      refused++;
      await write(
        io.stderr,
        `line ${line.lineNumber}: ${result.issues.map((i) => `${i.code}: ${i.message}`).join('; ')}\n`,
      );
    }
  }
  let where: string;
  if (output !== undefined) {
    const bytes = index.save();
    try {
      writeFileSync(output, bytes);
    } catch (error) {
      throw new UsageError(`cannot write ${output}: ${(error as Error).message}`);
    }
    where = `${output} (${(bytes.length / 1048576).toFixed(1)} MiB)`;
  } else {
    const { store, close } = await openDatabase(db!, values.schema as string | undefined);
    try {
      await store.install();
      await store.add(index);
    } finally {
      await close();
    }
    where = `PostgreSQL schema ${(values.schema as string | undefined) ?? 'nomina_keywords'}`;
  }
  if (!values.quiet) {
    await write(
      io.stderr,
      `${plural(index.size, 'entry', 'entries')}, ${plural(index.keyCount, 'key')} → ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s${refused ? `; ${plural(refused, 'line')} refused` : ''}\n`,
    );
  }
  return refused ? EXIT.FAILED : EXIT.OK;
}

async function lookup(
  positionals: string[],
  values: Record<string, unknown>,
  io: Parameters<Command['run']>[1],
): Promise<number> {
  const out = output(values as CommonValues, io);
  const file = values.index as string | undefined;
  const db = values.db as string | undefined;
  if ((file === undefined) === (db === undefined)) throw new UsageError('lookup needs one of -i INDEX or --db URL');
  const options: LookupOptions = {
    limit: integerOption('limit', values.limit as string | undefined, 10),
    maxEdits: integerOption('max-edits', values['max-edits'] as string | undefined, MAX_EDITS),
    prefix: !values['no-prefix'],
  };
  if (options.limit! < 1 || options.limit! > 1000) throw new UsageError('--limit takes 1 to 1000');
  if (options.maxEdits! > MAX_EDITS) throw new UsageError(`--max-edits takes 0 to ${MAX_EDITS}`);
  if (values.locale !== undefined) options.locale = values.locale as string;
  if (values.namespace !== undefined) options.namespace = values.namespace as string;

  let search: (
    query: string,
  ) => Promise<{ matches: KeywordMatch[]; issues: ReadonlyArray<{ code: string; message: string }> }>;
  let close = async () => {};
  if (file !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const loaded = loadKeywordIndex(bytes);
    if (!loaded.ok) throw new UsageError(`${file}: ${loaded.issues.map((i) => `${i.code}: ${i.message}`).join('; ')}`);
    const index: KeywordIndex = loaded.index!;
    search = async (query) => index.search(query, options);
  } else {
    const opened = await openDatabase(db!, values.schema as string | undefined);
    search = (query) => opened.store.search(query, options);
    close = opened.close;
  }

  const writer = recordWriter<LookupRecord, Summary>(out, {
    columns: [
      ...fieldColumns<LookupRecord>('line', 'query', 'rank'),
      { name: 'target', value: (r) => r.match?.target },
      { name: 'key', value: (r) => r.match?.key },
      { name: 'via', value: (r) => r.match?.via },
      { name: 'scheme', value: (r) => r.match?.scheme },
      { name: 'distance', value: (r) => r.match?.distance },
      { name: 'score', value: (r) => r.match?.score },
      { name: 'locale', value: (r) => r.match?.locale },
      { name: 'namespace', value: (r) => r.match?.namespace },
      { name: 'issues', value: (r) => issueCodes(r.issues).join(' ') },
    ],
    text: (r) =>
      r.match
        ? `${escapeText(r.query)}\t${r.rank}\t${escapeText(r.match.target)}\t${escapeText(r.match.key)}\t${r.match.via}${r.match.scheme ? `:${r.match.scheme}` : ''}${r.match.distance ? `:${r.match.distance}` : ''}\t${r.match.score}`
        : `${escapeText(r.query)}\t-\tno answer${r.issues.length ? ` (${issueCodes(r.issues).join(', ')})` : ''}`,
    summaryText: (s) =>
      `${plural(s.queries, 'query', 'queries')}, ${s.answered} answered, ${s.unanswered} without answer`,
    json: (r) => ({ line: r.line, query: r.query, ...(r.rank ? { rank: r.rank, ...r.match } : {}), issues: r.issues }),
  });
  const summary: Summary = { queries: 0, answered: 0, unanswered: 0 };
  try {
    for await (const line of inputItems(positionals, out, 'queries')) {
      summary.queries++;
      if (line.problem) {
        summary.unanswered++;
        await writer.write({ line: line.lineNumber, query: '', issues: [unreadable(line.problem)] });
        continue;
      }
      const result = await search(line.text);
      const issues = result.issues.map(asIssue);
      if (result.matches.length === 0) {
        summary.unanswered++;
        await writer.write({ line: line.lineNumber, query: line.text, issues });
        continue;
      }
      summary.answered++;
      for (const [i, match] of result.matches.entries())
        await writer.write({ line: line.lineNumber, query: line.text, rank: i + 1, match, issues });
    }
  } finally {
    await close();
  }
  await writer.end(summary);
  return exitCode(summary.unanswered);
}

const command: Command = {
  name: 'keywords',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS);
    const [action, ...rest] = positionals;
    if (values.help || action === undefined) {
      await write(io.stdout, HELP + '\n');
      return values.help ? EXIT.OK : EXIT.USAGE;
    }
    if (action === 'build') {
      if (rest.length !== 1) throw new UsageError('build takes one ENTRIES.tsv (or - for standard input)');
      return build(rest[0]!, values, io);
    }
    if (action === 'lookup') return lookup(rest, values, io);
    throw new UsageError(`unknown action ${JSON.stringify(action)}: build or lookup`);
  },
};
export default command;
