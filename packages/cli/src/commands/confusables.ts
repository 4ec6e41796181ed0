import {
  areConfusable,
  bidiSkeleton,
  createSkeletonIndex,
  identifierProfile,
  LDH_FOLDING,
  skeleton,
  type ParagraphDirection,
  type SkeletonMatch,
} from '@nomina/security';
import type { Command } from './index.js';
import { commandArgs, formatOption } from '../core/args.js';
import { EXIT, UsageError } from '../core/exit.js';
import { escapeText, plural, RecordWriter } from '../core/format.js';
import { argumentsOrLines, inputLines } from '../core/input.js';
import type { IO } from '../core/io.js';

const HELP = `Usage: nomina confusables [options] A [B]
       nomina confusables [options] [TEXT...|-]
       nomina confusables [options] --zone NAMES [NEW|-]

Look-alike names (@nomina/security, UTS #39).
  A B           whether A and B are confusable (UTS #39 §4 skeletons) and how: single-script,
                mixed-script or whole-script; with their skeletons, restriction levels and the
                identifier-profile reasons of each
  TEXT          the skeleton, UTS #39 §5.2 restriction level and the identifier-profile reasons
                (§3.1, §5.3, §5.4) of each TEXT, or of each line of standard input
  --zone NAMES  index the names of NAMES (one a line), then report every name of NEW (a file, or
                standard input for "-" or none) that looks like one of them, with the kind and the
                differing offsets (watch-list mode: NAMES is the list of protected names)

Options:
  --fold             also fold ASCII look-alikes the skeleton keeps apart (O/o, vv/w, cl/d)
  --direction D      compare bidiSkeletons for a paragraph of direction D (ltr | rtl)
  -f, --format F     text | json | ndjson | csv  (offsets are UTF-16 code units)
  -q, --quiet        no progress bar

Exit codes: 0 nothing confusable (A B, --zone) or every TEXT passes its profile, 1 A and B are
confusable, some NEW name looks like an indexed one, or some TEXT fails its profile, 2 usage or I/O error.`;

const OPTIONS = {
  zone: { type: 'string' },
  fold: { type: 'boolean' },
  direction: { type: 'string' },
} as const;

interface TextRecord {
  line: number;
  text: string;
  skeleton: string;
  restrictionLevel: string;
  issues: string[];
}

interface PairRecord {
  a: string;
  b: string;
  skeletons: readonly [string, string];
  confusable: boolean;
  kind: string | null;
  restrictionLevels: [string, string];
  /** The identifier-profile issue codes of A and of B (UTS #39 §3.1, §5.2–5.4). */
  reasons: [string[], string[]];
}

interface ZoneRecord {
  line: number;
  name: string;
  key: string;
  matches: readonly SkeletonMatch[];
  issues: string[];
}

function directionOption(value: string | undefined): ParagraphDirection | undefined {
  if (value === undefined || value === 'ltr' || value === 'rtl') return value;
  throw new UsageError(`--direction must be ltr or rtl (got ${JSON.stringify(value)})`);
}

async function pair(
  a: string,
  b: string,
  direction: ParagraphDirection | undefined,
  format: ReturnType<typeof formatOption>,
  io: IO,
  guard: boolean,
): Promise<number> {
  const r = areConfusable(a, b, direction ? { direction } : {});
  const [pa, pb] = [identifierProfile(a), identifierProfile(b)];
  const record: PairRecord = {
    a,
    b,
    skeletons: r.skeletons,
    confusable: r.confusable,
    kind: r.kind,
    restrictionLevels: [pa.restrictionLevel, pb.restrictionLevel],
    reasons: [pa.issues.map((i) => i.code), pb.issues.map((i) => i.code)],
  };
  const writer = new RecordWriter<PairRecord>(format, io, {
    columns: [
      { name: 'a', value: (x) => x.a },
      { name: 'b', value: (x) => x.b },
      { name: 'skeleton_a', value: (x) => x.skeletons[0] },
      { name: 'skeleton_b', value: (x) => x.skeletons[1] },
      { name: 'confusable', value: (x) => x.confusable },
      { name: 'kind', value: (x) => x.kind },
      { name: 'restriction_level_a', value: (x) => x.restrictionLevels[0] },
      { name: 'restriction_level_b', value: (x) => x.restrictionLevels[1] },
      { name: 'reasons_a', value: (x) => x.reasons[0].join(' ') },
      { name: 'reasons_b', value: (x) => x.reasons[1].join(' ') },
    ],
    text: (x) =>
      [
        `${escapeText(x.a)}\tskeleton ${escapeText(x.skeletons[0])}\t${x.restrictionLevels[0]}${x.reasons[0].length ? `\t${x.reasons[0].join(', ')}` : ''}`,
        `${escapeText(x.b)}\tskeleton ${escapeText(x.skeletons[1])}\t${x.restrictionLevels[1]}${x.reasons[1].length ? `\t${x.reasons[1].join(', ')}` : ''}`,
        x.confusable ? `confusable: ${x.kind}` : 'not confusable',
      ].join('\n'),
    formulaGuard: guard,
  });
  await writer.write(record);
  await writer.end(undefined);
  return r.confusable ? EXIT.FAILED : EXIT.OK;
}

async function texts(
  positionals: string[],
  direction: ParagraphDirection | undefined,
  format: ReturnType<typeof formatOption>,
  io: IO,
  quiet: boolean | undefined,
  guard: boolean,
): Promise<number> {
  const writer = new RecordWriter<TextRecord, { texts: number; failed: number }>(format, io, {
    columns: [
      { name: 'line', value: (r) => r.line },
      { name: 'text', value: (r) => r.text },
      { name: 'skeleton', value: (r) => r.skeleton },
      { name: 'restriction_level', value: (r) => r.restrictionLevel },
      { name: 'issues', value: (r) => r.issues.join(' ') },
    ],
    text: (r) =>
      `${r.line}\t${escapeText(r.text)}\tskeleton ${escapeText(r.skeleton)}\t${r.restrictionLevel}${r.issues.length ? `\t${r.issues.join(', ')}` : ''}`,
    summaryText: (s) => `${plural(s.texts, 'text')}: ${s.failed} failed the identifier profile`,
    formulaGuard: guard,
  });
  const summary = { texts: 0, failed: 0 };
  for await (const line of argumentsOrLines(positionals, io, { unit: 'lines', quiet })) {
    let record: TextRecord;
    if (line.problem)
      record = { line: line.lineNumber, text: '', skeleton: '', restrictionLevel: '', issues: [line.problem] };
    else {
      const profile = identifierProfile(line.text);
      record = {
        line: line.lineNumber,
        text: line.text,
        skeleton: direction ? bidiSkeleton(line.text, direction) : skeleton(line.text),
        restrictionLevel: profile.restrictionLevel,
        issues: profile.issues.map((i) => i.code),
      };
      if (!profile.ok) summary.failed++;
    }
    if (line.problem) summary.failed++;
    summary.texts++;
    await writer.write(record);
  }
  await writer.end(summary);
  return summary.failed > 0 ? EXIT.FAILED : EXIT.OK;
}

async function zone(
  zonePath: string,
  positionals: string[],
  fold: boolean,
  format: ReturnType<typeof formatOption>,
  io: IO,
  quiet: boolean | undefined,
  guard: boolean,
): Promise<number> {
  if (positionals.length > 1) throw new UsageError('--zone takes at most one NEW file (or "-")');
  const index = createSkeletonIndex(fold ? { fold: LDH_FOLDING } : {});
  let unreadable = 0;
  for await (const line of inputLines(zonePath, io, { unit: 'names', quiet })) {
    const name = line.text.trim();
    if (line.problem || !index.add(name, name).ok) unreadable++;
  }
  const summary = { zone: index.size, unreadable, names: 0, lookalikes: 0, failed: 0 };
  const writer = new RecordWriter<ZoneRecord, typeof summary>(format, io, {
    columns: [
      { name: 'line', value: (r) => r.line },
      { name: 'name', value: (r) => r.name },
      { name: 'skeleton', value: (r) => r.key },
      { name: 'matches', value: (r) => r.matches.map((m) => m.name).join(' ') },
      { name: 'kinds', value: (r) => r.matches.map((m) => m.kind).join(' ') },
      { name: 'offsets', value: (r) => r.matches.map((m) => m.offsets.join(',')).join(' ') },
      { name: 'issues', value: (r) => r.issues.join(' ') },
    ],
    text: (r) =>
      r.issues.length
        ? `${r.line}\t${escapeText(r.name)}\t${r.issues.join(', ')}`
        : [
            `${r.line}\t${escapeText(r.name)}\tlooks like ${plural(r.matches.length, 'name')}`,
            ...r.matches.map((m) => `  ${escapeText(m.name)}\t${m.kind}\toffsets ${m.offsets.join(',') || '-'}`),
          ].join('\n'),
    summaryText: (s) =>
      `${plural(s.names, 'name')} against a zone of ${s.zone}${s.unreadable ? ` (${s.unreadable} zone lines unreadable)` : ''}: ${s.lookalikes} look-alike, ${s.failed} unreadable`,
    formulaGuard: guard,
  });
  for await (const line of inputLines(positionals[0] ?? '-', io, { unit: 'names', quiet })) {
    summary.names++;
    const name = line.text.trim();
    const found = line.problem ? undefined : index.lookup(name);
    if (!found || !found.ok) {
      summary.failed++;
      await writer.write({
        line: line.lineNumber,
        name,
        key: '',
        matches: [],
        issues: line.problem ? [line.problem] : found!.issues.map((i) => i.code),
      });
      continue;
    }
    if (found.matches.length === 0) continue;
    summary.lookalikes++;
    await writer.write({ line: line.lineNumber, name, key: found.key, matches: found.matches, issues: [] });
  }
  await writer.end(summary);
  return summary.lookalikes > 0 || summary.failed > 0 ? EXIT.FAILED : EXIT.OK;
}

const command: Command = {
  name: 'confusables',
  async run(argv, io) {
    const args = await commandArgs(argv, OPTIONS, HELP, io);
    if (!args) return EXIT.OK;
    const { values, positionals } = args;
    const format = formatOption(values.format);
    const direction = directionOption(values.direction);
    const guard = !values['no-formula-guard'];
    if (values.zone !== undefined)
      return zone(values.zone, positionals, values.fold === true, format, io, values.quiet, guard);
    if (positionals.length === 2 && positionals[0] !== '-')
      return pair(positionals[0]!, positionals[1]!, direction, format, io, guard);
    return texts(positionals, direction, format, io, values.quiet, guard);
  },
};
export default command;
