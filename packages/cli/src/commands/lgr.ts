import { readFile } from 'node:fs/promises';
import {
  checkLgr,
  CollisionIndex,
  parseLgr,
  usableLgr,
  validateLabel,
  type Collision,
  type Lgr,
  type LgrIssue,
} from '@nomina/lgr';
import { formatCodePoint } from '@nomina/core';
import { defineCommand, integerOption } from '../core/args.js';
import { EXIT, exitCode, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { watchList } from '../core/watch.js';
import { inputItems, output, recordWriter, type Output } from '../core/output.js';

const HELP = `Usage: nomina lgr validate --lgr FILE [options] [LABEL...|-]
       nomina lgr variants --lgr FILE [--max N] LABEL
       nomina lgr collide --lgr FILE --zone NAMES [options] [NEW|-]
       nomina lgr check FILE

Label Generation Rules (RFC 7940, @nomina/lgr). FILE is an LGR in RFC 7940 XML (the Root Zone LGR, a
second-level reference LGR, a registry's own table). Labels are U-labels, one a line on standard input
for "-" or no argument.

  validate   the RFC 7940 disposition of each label (valid, invalid, blocked, allocatable or the LGR's
             own), why, and its number of variant labels
  variants   the variant labels of LABEL with their dispositions (at most --max, default 1000)
  collide    index the labels of NAMES (one a line), then report every NEW label that is a variant of a
             registered one, with its disposition as such (blocked, or allocatable to that registrant)
  check      the LGR checks before publishing it: symmetry and transitivity of the variant mappings,
             IDNA2008 (PVALID/CONTEXT) repertoire, rule references, and a summary

Options:
  --lgr FILE         the LGR (validate, variants, collide)
  --zone NAMES       the registered labels (collide)
  --max N            most variant labels listed (variants; default 1000)
  -f, --format F     text | json | ndjson | csv
  -q, --quiet        no progress bar

Exit codes: 0 every label valid/eligible (validate), no collision (collide), the LGR passes (check);
1 some label invalid, some collision, or the LGR fails a check; 2 usage or I/O error, or an LGR that
cannot be parsed.`;

const OPTIONS = { lgr: { type: 'string' }, zone: { type: 'string' }, max: { type: 'string' } } as const;

/** Reads and parses an LGR file; a document with errors is a usage error (its first issues are shown). */
export async function loadLgr(path: string): Promise<Lgr> {
  const { lgr, error } = usableLgr(await readFile(path, 'utf8'));
  if (error !== undefined) throw new UsageError(`${path}: ${error}`);
  return lgr;
}

/** What `nomina check --lgr FILE` adds to each name: the LGR disposition and the collisions. */
export interface LgrVerdict {
  disposition: string;
  reason: string;
  /** Upper bound on the label's variant labels (RFC 7940 §8.2), itself included. */
  estimate: number;
  /** Registered labels this one is a variant of (itself left out), with its disposition as such (§8.3). */
  collisions: readonly Collision[];
  issues: string[];
}

/**
 * The per-label LGR check of `nomina check --lgr FILE`, the one place it is made: the RFC 7940 disposition
 * of a label (variants not enumerated) and, given the collision index of the registered labels
 * (`--registered`), the registered labels it is a variant of (RFC 7940 §8.5), the label itself left out:
 * it is the name's own registration (ns1.foo.example under foo.example). Ineligible labels collide with
 * nothing.
 */
export function lgrChecker(lgr: Lgr, registered?: CollisionIndex): (label: string) => LgrVerdict {
  return (label) => {
    const r = validateLabel(lgr, label, { variants: false });
    return {
      disposition: r.disposition,
      reason: r.reason.message,
      estimate: r.estimate,
      collisions: registered && r.ok ? registered.check(label, { excludeSelf: true }).collisions : [],
      issues: r.issues.map((i) => i.code),
    };
  };
}

interface LabelRecord {
  line: number;
  label: string;
  disposition: string;
  reason: string;
  variants: number;
  estimate: number;
  issues: string[];
}

async function validate(lgr: Lgr, positionals: string[], out: Output): Promise<number> {
  const summary: Record<string, number> = { labels: 0, failed: 0 };
  const writer = recordWriter<LabelRecord, typeof summary>(out, {
    columns: [
      ...fieldColumns<LabelRecord>('line', 'label', 'disposition', 'reason', 'variants', 'estimate'),
      { name: 'issues', value: (r) => r.issues.join(' ') },
    ],
    text: (r) =>
      `${r.line}\t${escapeText(r.label)}\t${r.disposition}\t${escapeText(r.reason)}${r.variants ? `\t${plural(r.variants, 'variant')}` : ''}`,
    summaryText: (s) =>
      `${plural(s.labels!, 'label')}: ${
        Object.entries(s)
          .filter(([k]) => k !== 'labels' && k !== 'failed')
          .map(([k, v]) => `${v} ${k}`)
          .join(', ') || 'none'
      }; ${s.failed} failed`,
  });
  for await (const line of inputItems(positionals, out, 'labels')) {
    summary.labels!++;
    const label = line.text.trim();
    if (line.problem) {
      summary.failed!++;
      await writer.write({
        line: line.lineNumber,
        label,
        disposition: 'invalid',
        reason: line.problem,
        variants: 0,
        estimate: 0,
        issues: [line.problem],
      });
      continue;
    }
    const r = validateLabel(lgr, label);
    summary[r.disposition] = (summary[r.disposition] ?? 0) + 1;
    if (!r.ok) summary.failed!++;
    await writer.write({
      line: line.lineNumber,
      label,
      disposition: r.disposition,
      reason: r.reason.message,
      variants: r.variantCount,
      estimate: r.estimate,
      issues: r.issues.map((i: LgrIssue) => i.code),
    });
  }
  await writer.end(summary);
  return exitCode(summary.failed!);
}

interface VariantRecord {
  label: string;
  variant: string;
  disposition: string;
  types: string;
  reason: string;
}

async function variants(lgr: Lgr, positionals: string[], max: number, out: Output): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('variants takes one LABEL');
  const label = positionals[0]!;
  const r = validateLabel(lgr, label, { maxVariants: max });
  const writer = recordWriter<
    VariantRecord,
    { label: string; disposition: string; variants: number; estimate: number; truncated: boolean }
  >(out, {
    columns: fieldColumns<VariantRecord>('label', 'variant', 'disposition', 'types', 'reason'),
    text: (v) => `${escapeText(v.variant)}\t${v.disposition}\t${v.types}`,
    summaryText: (s) =>
      `${escapeText(s.label)}: ${s.disposition}; ${plural(s.variants, 'variant label')} (estimate ${s.estimate}${s.truncated ? `, list stopped at --max ${max}` : ''})`,
  });
  for (const v of r.variants)
    await writer.write({
      label,
      variant: v.label,
      disposition: v.disposition,
      types: v.types.join(' '),
      reason: v.reason.message,
    });
  await writer.end({
    label,
    disposition: r.disposition,
    variants: r.variantCount,
    estimate: r.estimate,
    truncated: r.truncated,
  });
  return r.ok ? EXIT.OK : EXIT.FAILED;
}

interface CollideRecord {
  line: number;
  label: string;
  index: string;
  collisions: Collision[];
  issues: string[];
}

interface CollideSummary {
  zone: number;
  refused: number;
  labels: number;
  colliding: number;
  failed: number;
}

function collide(lgr: Lgr, list: string, positionals: string[], out: Output): Promise<number> {
  const index = new CollisionIndex(lgr);
  return watchList<Collision, CollideRecord, CollideSummary>(list, positionals, out, {
    unit: 'labels',
    add: (label) => index.add(label).ok,
    size: () => index.size,
    find: (label) => {
      const c = index.check(label);
      return c.indexLabel === null
        ? { issues: c.issues.map((i) => i.code) }
        : { key: c.indexLabel, hits: c.collisions };
    },
    record: (line, label, key, collisions, issues) => ({
      line,
      label,
      index: key,
      collisions: [...collisions],
      issues,
    }),
    summary: (c) => ({ zone: c.zone, refused: c.refused, labels: c.names, colliding: c.hits, failed: c.failed }),
    columns: [
      ...fieldColumns<CollideRecord>('line', 'label'),
      { name: 'index_label', value: (r) => r.index },
      { name: 'collisions', value: (r) => r.collisions.map((c) => c.label).join(' ') },
      { name: 'dispositions', value: (r) => r.collisions.map((c) => c.disposition).join(' ') },
      { name: 'issues', value: (r) => r.issues.join(' ') },
    ],
    text: (r) =>
      r.issues.length
        ? `${r.line}\t${escapeText(r.label)}\t${r.issues.join(', ')}`
        : [
            `${r.line}\t${escapeText(r.label)}\tvariant of ${plural(r.collisions.length, 'registered label')}`,
            ...r.collisions.map((c) => `  ${escapeText(c.label)}\t${c.disposition}`),
          ].join('\n'),
    summaryText: (s) =>
      `${plural(s.labels, 'label')} against a zone of ${s.zone}${s.refused ? ` (${s.refused} zone labels not eligible)` : ''}: ${s.colliding} colliding, ${s.failed} not eligible`,
  });
}

async function check(positionals: string[], out: Output): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('check takes one FILE');
  const path = positionals[0]!;
  const parsed = parseLgr(await readFile(path, 'utf8'));
  const issues = [...parsed.issues];
  const result = parsed.lgr ? checkLgr(parsed.lgr) : null;
  if (result) issues.push(...result.issues);
  const writer = recordWriter<LgrIssue, unknown>(out, {
    columns: [
      ...fieldColumns<LgrIssue>('code', 'severity', 'offset'),
      { name: 'code_point', value: (i) => (i.codePoint >= 0 ? formatCodePoint(i.codePoint) : '') },
      ...fieldColumns<LgrIssue>('message'),
    ],
    text: (i) => `${i.severity}\t${i.code}\t${escapeText(i.message)}`,
    summaryText: (s) => {
      const r = s as {
        symmetric?: boolean;
        transitive?: boolean;
        summary?: Record<string, unknown>;
        errors: number;
        warnings: number;
      };
      if (!r.summary) return `${path}: not parsed (${r.errors} errors)`;
      const sum = r.summary as {
        codePoints: number;
        sequences: number;
        variants: number;
        byScript: Record<string, number>;
        variantsByType: Record<string, number>;
        rules: number;
        actions: number;
      };
      return [
        `${path}: ${r.errors} errors, ${r.warnings} warnings; ${r.symmetric ? 'symmetric' : 'NOT symmetric'}, ${r.transitive ? 'transitive' : 'NOT transitive'}`,
        `  repertoire ${sum.codePoints} code points + ${sum.sequences} sequences; by script: ${Object.entries(
          sum.byScript,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
        `  ${sum.variants} variant mappings: ${Object.entries(sum.variantsByType)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; ${sum.rules} rules, ${sum.actions} actions`,
      ].join('\n');
    },
  });
  for (const i of issues) await writer.write(i);
  const errors = issues.filter((i) => i.severity === 'error').length;
  await writer.end({
    errors,
    warnings: issues.length - errors,
    symmetric: result?.symmetric,
    transitive: result?.transitive,
    summary: result?.summary,
  });
  return exitCode(errors);
}

export default defineCommand('lgr', HELP, OPTIONS, async ({ values, positionals: [action, ...positionals] }, io) => {
  const out = output(values, io);
  if (action === 'check') return check(positionals, out);
  if (action !== 'validate' && action !== 'variants' && action !== 'collide')
    throw new UsageError('lgr needs an action: validate, variants, collide or check (see nomina lgr --help)');
  if (values.lgr === undefined) throw new UsageError(`lgr ${action} needs --lgr FILE`);
  const lgr = await loadLgr(values.lgr);
  if (action === 'validate') return validate(lgr, positionals, out);
  if (action === 'variants') return variants(lgr, positionals, integerOption('max', values.max, 1000), out);
  if (values.zone === undefined) throw new UsageError('lgr collide needs --zone NAMES');
  return collide(lgr, values.zone, positionals, out);
});
