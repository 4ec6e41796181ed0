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
import { defineCommand } from '../core/args.js';
import { exitCode, EXIT, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { watchList } from '../core/watch.js';
import { inputItems, output, recordWriter, type Output } from '../core/output.js';

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

interface ZoneSummary {
  zone: number;
  unreadable: number;
  names: number;
  lookalikes: number;
  failed: number;
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

async function pair(a: string, b: string, direction: ParagraphDirection | undefined, out: Output): Promise<number> {
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
  const writer = recordWriter<PairRecord>(out, {
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
  });
  await writer.write(record);
  await writer.end(undefined);
  return r.confusable ? EXIT.FAILED : EXIT.OK;
}

async function texts(positionals: string[], direction: ParagraphDirection | undefined, out: Output): Promise<number> {
  const writer = recordWriter<TextRecord, { texts: number; failed: number }>(out, {
    columns: [
      ...fieldColumns<TextRecord>('line', 'text', 'skeleton', 'restrictionLevel'),
      { name: 'issues', value: (r) => r.issues.join(' ') },
    ],
    text: (r) =>
      `${r.line}\t${escapeText(r.text)}\tskeleton ${escapeText(r.skeleton)}\t${r.restrictionLevel}${r.issues.length ? `\t${r.issues.join(', ')}` : ''}`,
    summaryText: (s) => `${plural(s.texts, 'text')}: ${s.failed} failed the identifier profile`,
  });
  const summary = { texts: 0, failed: 0 };
  for await (const line of inputItems(positionals, out, 'lines')) {
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
  return exitCode(summary.failed);
}

function zone(list: string, positionals: string[], fold: boolean, out: Output): Promise<number> {
  const index = createSkeletonIndex(fold ? { fold: LDH_FOLDING } : {});
  return watchList<SkeletonMatch, ZoneRecord, ZoneSummary>(list, positionals, out, {
    unit: 'names',
    add: (name) => index.add(name, name).ok,
    size: () => index.size,
    find: (name) => {
      const found = index.lookup(name);
      return found.ok ? { key: found.key, hits: found.matches } : { issues: found.issues.map((i) => i.code) };
    },
    record: (line, name, key, matches, issues) => ({ line, name, key, matches, issues }),
    summary: (c) => ({ zone: c.zone, unreadable: c.refused, names: c.names, lookalikes: c.hits, failed: c.failed }),
    columns: [
      ...fieldColumns<ZoneRecord>('line', 'name'),
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
  });
}

export default defineCommand('confusables', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const out = output(values, io);
  const direction = directionOption(values.direction);
  if (values.zone !== undefined) return zone(values.zone, positionals, values.fold === true, out);
  if (positionals.length === 2 && positionals[0] !== '-') return pair(positionals[0]!, positionals[1]!, direction, out);
  return texts(positionals, direction, out);
});
