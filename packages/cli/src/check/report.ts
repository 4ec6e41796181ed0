// How `nomina check` shows its records and summary: to people (issues grouped per label and rule, the fix on
// one line, the policies' answers, the counts per reason) and as CSV columns.
import { formatCodePoint, type Issue } from '@nomina/core';
import { escapeText, fieldColumns, plural, type Column } from '../core/format.js';
import { MAX_ZONE_OWNERS } from '../limits.js';
import type { RegistryPolicy } from './policy.js';
import { distinctCodes, type CheckRecord, type Summary } from './record.js';

const VERDICT_WIDTH = 'lookup-only'.length;

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

export function recordText(record: CheckRecord): string {
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

function countLines(title: string, counts: Record<string, number>): string[] {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.length ? [title, ...entries.map(([code, count]) => `  ${String(count).padStart(8)}  ${code}`)] : [];
}

export function summaryText(summary: Summary): string {
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

/** The CSV columns: `file` when the run reads several sources, the policies' columns when they are on. */
export function checkColumns(several: boolean, policy: RegistryPolicy | undefined): Column<CheckRecord>[] {
  return [
    ...fieldColumns<CheckRecord>(...(several ? (['file'] as const) : []), 'line', 'input', 'verdict', 'ok'),
    ...fieldColumns<CheckRecord>('uName', 'aName', 'lookupName', 'transitional'),
    { name: 'codes', value: (r: CheckRecord) => [...distinctCodes(r.reasons)].join(' ') },
    { name: 'lookup_errors', value: (r: CheckRecord) => [...distinctCodes(r.lookupErrors)].join(' ') },
    { name: 'first_reason', value: (r: CheckRecord) => r.reasons[0]?.message },
    { name: 'registrable_form', value: (r: CheckRecord) => r.fix?.registrable },
    ...(policy?.lgr
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
    ...(policy?.confusables
      ? [
          { name: 'lookalikes', value: (r: CheckRecord) => r.lookalikes?.map((l) => l.name).join(' ') },
          { name: 'lookalike_kinds', value: (r: CheckRecord) => r.lookalikes?.map((l) => l.kind).join(' ') },
        ]
      : []),
  ];
}
