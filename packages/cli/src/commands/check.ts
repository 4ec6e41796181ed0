// `nomina check`: the registry batch checker. Judges names given as arguments, listed one a line in files or
// standard input, read from a CSV/TSV column, or the owner names of DNS zone files, with IDNA2008 (RFC 5891
// §4 registration or §5.4 lookup); writes one record per name and a summary. Constant memory: one line at a
// time, counters only (and the owner names of a zone, up to MAX_ZONE_OWNERS). The registry's own policies
// (--lgr, --registered, --confusables) are indexes built once from their files before the names stream.
import { createWriteStream, statSync } from 'node:fs';
import { issue, formatCodePoint, type Issue } from '@nomina/core';
import { checkDomain, toUnicode, PROFILES, type DomainCheck, type Profile, type Verdict } from '@nomina/idna';
import { CollisionIndex, registeredLabel, type Lgr } from '@nomina/lgr';
import {
  createSkeletonIndex,
  domainConfusableKind,
  LDH_FOLDING,
  type ConfusableKind,
  type SkeletonIndex,
} from '@nomina/security';
import { choiceOption, defineCommand, formatOption, integerOption } from '../core/args.js';
import { CSV_DELIMITERS, CsvReader, type CsvDelimiter, type CsvProblem } from '../core/csv.js';
import { EXIT, UsageError } from '../core/exit.js';
import { asIssue } from '../core/issues.js';
import { RecordWriter, escapeText, fieldColumns, plural, type Format } from '../core/format.js';
import { indexLines, inputLines } from '../core/input.js';
import type { IO } from '../core/io.js';
import type { LineProblem } from '../core/lines.js';
import { ZONE_MESSAGES, ZoneReader, type ZoneProblem } from '../core/zone.js';
import { MAX_ZONE_OWNERS } from '../limits.js';
import { lgrChecker, loadLgr, type LgrVerdict } from './lgr.js';

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

/**
 * The registry's own policies on top of IDNA2008, each built once from its file: an LGR (RFC 7940) with the
 * collision index of the registered labels, and a skeleton index (UTS #39) of an existing zone.
 */
export interface RegistryPolicy {
  lgr?: {
    file: string;
    lgr: Lgr;
    /** The label judged: the Nth from the right (a shorter name: its first label). */
    level: number;
    /** --registered: the registered labels, by RFC 7940 §8.5 index label. */
    registered?: CollisionIndex;
    /** The LGR's verdict on one label (`lgrChecker`), collisions with `registered` included. */
    check: (label: string) => LgrVerdict;
    /** --registered: lines whose label the LGR does not make eligible (not indexed), or unreadable. */
    refused: number;
  };
  confusables?: {
    file: string;
    index: SkeletonIndex;
    /** Lines of NAMES that could not be indexed (unreadable, too long). */
    refused: number;
  };
}

/** What the LGR says about a name's label (RFC 7940 §8): its disposition, why, and its registered variants. */
interface LgrRecord {
  label: string;
  disposition: string;
  reason: string;
  /** Registered labels this label is a variant of, with its disposition as their variant (RFC 7940 §8.3). */
  collisions: { label: string; disposition: string | null }[];
}

/** A name of the --confusables zone that the checked name looks like (UTS #39 §4). */
interface Lookalike {
  name: string;
  /** UTS #39 §4 kind, of the labels where the two names differ. */
  kind: ConfusableKind;
  /** UTF-16 offsets in the checked name (its U-label form) of the code points that differ. */
  offsets: readonly number[];
}

/** Where names come from: arguments, a file of lines or CSV (`-` for standard input), or a zone file. */
export type Source =
  | { kind: 'arguments'; names: readonly string[] }
  | { kind: 'file'; path: string }
  | { kind: 'zone'; path: string; origin?: string };

/** Why a line gave no name to check: the core's read problems, a CSV problem or a zone-file problem. */
type LineCode = LineProblem | CsvProblem | 'CSV_MISSING_COLUMN' | ZoneProblem;

const LINE_MESSAGES: Record<LineCode, string> = {
  LINE_TOO_LONG: 'the line is longer than the reader accepts; it was skipped',
  INVALID_UTF8: 'the line is not valid UTF-8',
  NUL_BYTE: 'the line contains a NUL byte',
  CSV_MISSING_COLUMN: 'the record has no such column',
  CSV_BAD_QUOTE: 'a quoted CSV field is not closed or is followed by other text',
  CSV_RECORD_TOO_LONG: 'a quoted CSV field runs longer than the reader accepts; reading goes on at the next line',
  ...ZONE_MESSAGES,
};

interface CheckRecord {
  /** The input file, when the run reads several sources. */
  file?: string;
  line: number;
  input: string;
  verdict: Verdict;
  ok: boolean;
  /** The IDNA2008 U-label form; null when the name is not registrable (the reasons say why). */
  uName: string | null;
  /** The IDNA2008 A-label form; null when the name is not registrable (the reasons say why). */
  aName: string | null;
  /** What UTS #46 looks up, for a lookup-only name. */
  lookupName?: string;
  transitional?: string;
  /** The one fix: what UTS #46 mapping changes, and the registrable name it gives. */
  fix?: { change: string; registrable: string };
  /** Why the name is not registrable (RFC 5891 §4), or why its line could not be read. */
  reasons: Issue[];
  /** Why UTS #46 cannot look it up either (verdict `invalid`). */
  lookupErrors: Issue[];
  /** --lgr: the LGR's answer, null for a name that failed the IDNA2008 profile (not judged). */
  lgr?: LgrRecord | null;
  /** --confusables: the zone names it looks like, null for a name that failed the IDNA2008 profile. */
  lookalikes?: Lookalike[] | null;
}

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
  /** --zone: owner names passed over (wildcards, _underscore names), repeats, names past the memory bound. */
  zone?: { skipped: number; duplicates: number; unremembered: number };
  /** --lgr: names per disposition, names not judged, names colliding with --registered ones. */
  lgr?: {
    file: string;
    level: number;
    dispositions: Record<string, number>;
    notJudged: number;
    registered?: { labels: number; refused: number; colliding: number };
  };
  /** --confusables: the zone's size, its lines not indexed, and the names that look like one of it. */
  confusables?: { file: string; names: number; refused: number; lookalikes: number };
}

const VERDICT_WIDTH = 'lookup-only'.length;

function toRecord(line: number, report: DomainCheck, profile: Profile): CheckRecord {
  const registrable = report.verdict === 'registrable';
  const record: CheckRecord = {
    line,
    input: report.input,
    verdict: report.verdict,
    ok: report.ok,
    uName: registrable ? report.uName : null,
    aName: registrable ? report.aName : null,
    reasons: report.reasons.map(asIssue),
    lookupErrors: report.lookupIssues.map(asIssue),
  };
  if (report.lookupName !== undefined) record.lookupName = report.lookupName;
  if (report.deviations?.transitional !== undefined) record.transitional = report.deviations.transitional;
  if (report.verdict === 'lookup-only') {
    const fix = registrableForm(report.input, profile);
    if (fix) record.fix = fix;
  }
  return record;
}

/**
 * The registrable name UTS #46 mapping gives for a lookup-only INPUT (`ＥＸＡＭＰＬＥ.com` → `example.com`),
 * and what the mapping changed, or undefined when the mapped name is not registrable either.
 */
export function registrableForm(input: string, profile: Profile = 'registration'): CheckRecord['fix'] {
  const mapped = toUnicode(input);
  if (!mapped.ok || mapped.domain === input) return undefined;
  if (checkDomain(mapped.domain, { profile }).verdict !== 'registrable') return undefined;
  const kinds = new Set<string>();
  for (const char of input) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x3002 || cp === 0xff0e || cp === 0xff61) kinds.add('ideographic or full-width full stops');
    else if ((cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0xffe0 && cp <= 0xffee)) kinds.add('full-width letters');
    else if (char !== char.toLowerCase()) kinds.add('upper-case letters');
    else if (char.normalize('NFKC') !== char) kinds.add('compatibility characters');
  }
  if (kinds.size === 0) kinds.add('characters that UTS #46 maps');
  return { change: [...kinds].join(', '), registrable: mapped.domain };
}

/** NAME without the dot of the root at its end. */
const relative = (name: string) => (name.endsWith('.') ? name.slice(0, -1) : name);

/** The form both indexes compare: UTS #46 ToUnicode (A-labels decoded, case folded), without the root dot. */
const unicodeForm = (name: string) => relative(toUnicode(name).domain);

/** RFC 7940 dispositions that refuse a label (§7.3: invalid and blocked labels are not delegated). */
const REFUSED = new Set(['invalid', 'blocked']);

/**
 * Applies the registry policies to a record whose name passed the IDNA2008 profile; U_NAME is its U-label
 * form. Names that failed it get null: they are refused already, and an LGR judges IDNA2008 U-labels only.
 */
function applyPolicy(record: CheckRecord, uName: string | null, policy: RegistryPolicy): void {
  const { lgr, confusables } = policy;
  if (lgr) {
    if (uName === null) record.lgr = null;
    else {
      const label = registeredLabel(uName, lgr.level);
      const verdict = lgr.check(label);
      // The same label is the name's own registration (ns1.foo.example under foo.example), not a collision.
      const collisions = verdict.collisions.filter((c) => c.label !== label);
      record.lgr = { label, disposition: verdict.disposition, reason: verdict.reason, collisions };
      if (REFUSED.has(verdict.disposition) || collisions.length > 0) record.ok = false;
    }
  }
  if (confusables) {
    if (uName === null) record.lookalikes = null;
    else {
      const name = relative(uName);
      const found = confusables.index.lookup(name);
      record.lookalikes = found.matches
        .filter((m) => m.name !== name)
        .map((m) => ({ name: m.name, kind: domainConfusableKind(name, m.name), offsets: m.offsets }));
      if (record.lookalikes.length > 0) record.ok = false;
    }
  }
}

/** Counts a record's policy results into the summary. */
function tallyPolicy(summary: Summary, record: CheckRecord): void {
  if (summary.lgr) {
    if (record.lgr) {
      const { dispositions, registered } = summary.lgr;
      dispositions[record.lgr.disposition] = (dispositions[record.lgr.disposition] ?? 0) + 1;
      if (registered && record.lgr.collisions.length > 0) registered.colliding++;
    } else summary.lgr.notJudged++;
  }
  if (summary.confusables && record.lookalikes?.length) summary.confusables.lookalikes++;
}

/** Builds the indexes of the policies from their files, once, before any name is checked. */
export async function registryPolicy(
  files: { lgr?: string; level?: number; registered?: string; confusables?: string; fold?: boolean },
  io: IO,
  quiet?: boolean,
): Promise<RegistryPolicy> {
  const policy: RegistryPolicy = {};
  const indexed = { unit: 'indexed names', quiet };
  /** The name on a line of a NAMES file, in the form both indexes compare. */
  const name = (text: string) => unicodeForm(trimBlanks(text));
  if (files.lgr !== undefined) {
    const lgr = await loadLgr(files.lgr);
    const level = files.level ?? 2;
    let refused = 0;
    let registered: CollisionIndex | undefined;
    if (files.registered !== undefined) {
      const index = new CollisionIndex(lgr);
      refused = await indexLines(
        files.registered,
        io,
        indexed,
        (text) => index.add(registeredLabel(name(text), level)).ok,
      );
      registered = index;
    }
    policy.lgr = { file: files.lgr, lgr, level, refused, registered, check: lgrChecker(lgr, registered) };
  }
  if (files.confusables !== undefined) {
    const index = createSkeletonIndex(files.fold ? { fold: LDH_FOLDING } : {});
    const refused = await indexLines(files.confusables, io, indexed, (text) => index.add(name(text)).ok);
    policy.confusables = { file: files.confusables, index, refused };
  }
  return policy;
}

function lineRecord(line: number, code: LineCode, input = ''): CheckRecord {
  const reason = issue(code, LINE_MESSAGES[code]);
  return { line, input, verdict: 'invalid', ok: false, uName: null, aName: null, reasons: [reason], lookupErrors: [] };
}

/**
 * Issues grouped per label and code, in order of first appearance: `DISALLOWED (label 0: U+FF25 at 0, 6,
 * U+FF38 at 1)`, with the message of the first one. Labels and offsets are 0-based, as in JSON.
 */
function groupedLines(issues: readonly Issue[], prefix: string): string[] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = `${i.label}\u0000${i.code}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const at = new Map<string, number[]>();
    for (const i of group) {
      const cp = i.codePoint >= 0 ? formatCodePoint(i.codePoint) : '';
      const offsets = at.get(cp) ?? [];
      if (i.offset >= 0) offsets.push(i.offset);
      at.set(cp, offsets);
    }
    const positions = [...at]
      .map(([cp, offsets]) =>
        [cp, offsets.length ? `${cp ? 'at ' : 'offset '}${offsets.join(', ')}` : ''].filter(Boolean).join(' '),
      )
      .filter(Boolean);
    const label = first.label >= 0 ? `label ${first.label}` : '';
    const where = label && positions.length ? `${label}: ${positions.join(', ')}` : label || positions.join(', ');
    const more = group.length > 1 ? ` (×${group.length})` : '';
    return `${prefix}${first.code}${where ? ` (${where})` : ''}${more}: ${escapeText(first.message)}`;
  });
}

function recordText(record: CheckRecord): string {
  // The A-label form of a registrable name; what UTS #46 looks up for a lookup-only one.
  const form =
    record.verdict === 'registrable'
      ? record.aName
      : record.verdict === 'lookup-only'
        ? `looks up as ${record.lookupName}`
        : '';
  const shown = form && form !== record.input ? `  → ${escapeText(form)}` : '';
  const where =
    record.file === undefined ? String(record.line).padStart(6) : `${escapeText(record.file)}:${record.line}`;
  const lines = [`${where}  ${record.verdict.padEnd(VERDICT_WIDTH)}  ${escapeText(record.input)}${shown}`];
  const indent = ' '.repeat(10 + VERDICT_WIDTH);
  if (record.transitional !== undefined)
    lines.push(`${indent}deviation: transitional processing gives ${escapeText(record.transitional)}`);
  for (const line of groupedLines(record.reasons, '')) lines.push(indent + line);
  // UTS #46 errors at a place an IDNA2008 reason already names say the same thing again: left out.
  const named = new Set(record.reasons.map((r) => `${r.label}:${r.offset}`));
  const lookupErrors = record.lookupErrors.filter((e) => e.offset < 0 || !named.has(`${e.label}:${e.offset}`));
  for (const line of groupedLines(lookupErrors, 'UTS #46 ')) lines.push(indent + line);
  if (record.fix)
    lines.push(`${indent}fix: ${record.fix.change}; the registrable form is ${escapeText(record.fix.registrable)}`);
  if (record.lgr) {
    const { label, disposition, reason, collisions } = record.lgr;
    lines.push(`${indent}LGR ${disposition} (label ${escapeText(label)}): ${escapeText(reason)}`);
    for (const c of collisions)
      lines.push(
        `${indent}LGR variant of the registered ${escapeText(c.label)}: ${c.disposition === 'allocatable' ? 'allocatable only to its registrant' : (c.disposition ?? 'no disposition')}`,
      );
  }
  for (const l of record.lookalikes ?? [])
    lines.push(
      `${indent}looks like ${escapeText(l.name)} (${l.kind}${l.offsets.length ? `; differs at ${l.offsets.join(', ')}` : ''})`,
    );
  return lines.join('\n');
}

const distinctCodes = (reasons: readonly Issue[]) => new Set(reasons.map((reason) => reason.code));

function tally(counts: Record<string, number>, reasons: readonly Issue[]): void {
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
    `${plural(summary.names, 'name')}: ${verdicts.registrable} registrable, ${verdicts['lookup-only']} lookup-only, ${verdicts.invalid} invalid`,
    `${['profile ' + summary.profile, ...(summary.lgr ? ['LGR'] : []), ...(summary.confusables ? ['look-alikes'] : [])].join(' + ')}: ${summary.passed} passed, ${summary.failed} failed`,
  ];
  if (summary.zone) {
    const { skipped, duplicates, unremembered } = summary.zone;
    lines.push(
      `zone: ${plural(duplicates, 'repeated owner name')} checked once, ${plural(skipped, 'wildcard or _underscore owner name')} passed over` +
        (unremembered
          ? `, ${plural(unremembered, 'name')} past the ${MAX_ZONE_OWNERS} remembered (their repeats are checked again)`
          : ''),
    );
  }
  if (summary.lgr) {
    const { file, level, dispositions, notJudged, registered } = summary.lgr;
    const counts = Object.entries(dispositions).map(([disposition, count]) => `${count} ${disposition}`);
    lines.push(
      `LGR ${escapeText(file)} on label ${level} from the right: ${counts.join(', ') || 'no name judged'}` +
        (notJudged ? `; ${plural(notJudged, 'name')} not judged (failed IDNA2008)` : ''),
    );
    if (registered)
      lines.push(
        `LGR variants of the ${plural(registered.labels, 'registered label')}: ${plural(registered.colliding, 'name')} colliding` +
          (registered.refused ? ` (${plural(registered.refused, 'registered line')} not eligible, not indexed)` : ''),
      );
  }
  if (summary.confusables) {
    const { file, names, refused, lookalikes } = summary.confusables;
    lines.push(
      `look-alikes of the ${plural(names, 'name')} of ${escapeText(file)}: ${plural(lookalikes, 'name')} looking like one` +
        (refused ? ` (${plural(refused, 'line')} of it not indexed)` : ''),
    );
  }
  lines.push(
    ...countLines('names per reason (IDNA2008):', summary.codes),
    ...countLines('invalid names per UTS #46 error:', summary.lookupCodes),
  );
  return lines.join('\n');
}

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
  const columns = [
    ...fieldColumns<CheckRecord>(...(several ? (['file'] as const) : []), 'line', 'input', 'verdict', 'ok'),
    ...fieldColumns<CheckRecord>('uName', 'aName', 'lookupName', 'transitional'),
    { name: 'codes', value: (r: CheckRecord) => [...distinctCodes(r.reasons)].join(' ') },
    { name: 'lookup_errors', value: (r: CheckRecord) => [...distinctCodes(r.lookupErrors)].join(' ') },
    { name: 'first_reason', value: (r: CheckRecord) => r.reasons[0]?.message },
    { name: 'registrable_form', value: (r: CheckRecord) => r.fix?.registrable },
    ...(options.policy?.lgr
      ? [
          { name: 'lgr_label', value: (r: CheckRecord) => r.lgr?.label },
          { name: 'lgr_disposition', value: (r: CheckRecord) => r.lgr?.disposition },
          { name: 'lgr_reason', value: (r: CheckRecord) => r.lgr?.reason },
          { name: 'lgr_collisions', value: (r: CheckRecord) => r.lgr?.collisions.map((c) => c.label).join(' ') },
          {
            name: 'lgr_collision_dispositions',
            value: (r: CheckRecord) => r.lgr?.collisions.map((c) => c.disposition).join(' '),
          },
        ]
      : []),
    ...(options.policy?.confusables
      ? [
          { name: 'lookalikes', value: (r: CheckRecord) => r.lookalikes?.map((l) => l.name).join(' ') },
          { name: 'lookalike_kinds', value: (r: CheckRecord) => r.lookalikes?.map((l) => l.kind).join(' ') },
        ]
      : []),
  ];
  // A terminal sees each record at once; files and pipes get them in batches.
  const writer = new RecordWriter<CheckRecord, Summary>(options.format ?? 'text', io, {
    columns,
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
