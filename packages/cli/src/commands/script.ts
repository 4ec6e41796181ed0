import { analyzeScripts, type ScriptAnalysis } from '@nomina/script';
import type { Issue } from '@nomina/core';
import { defineCommand } from '../core/args.js';
import { exitCode } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { asIssue, issueCodes, unreadable } from '../core/issues.js';
import { inputItems, output, recordWriter } from '../core/output.js';

const HELP = `Usage: nomina script [options] [TEXT...|-]

Script analysis (@nomina/script): the UAX #24 script runs of each TEXT argument, or of each line of
standard input for "-" or no argument, with the UTS #39 §5.1 resolved script set, single-script or
mixed-script verdict, the dominant script and the UTS #39 §5.2 restriction level.

Options:
  --single           fail (exit 1) on mixed-script texts
  -f, --format F     text | json | ndjson | csv  (offsets are UTF-16 code units)
  -q, --quiet        no progress bar

Exit codes: 0 every text analysed (and single-script with --single), 1 some text failed (unreadable
line, lone surrogate, too long; mixed-script with --single), 2 usage or I/O error.`;

const OPTIONS = { single: { type: 'boolean' } } as const;

/** One analysed text; a line that could not be read has only `line`, `text: ''` and its `issues`. */
interface ScriptRecord {
  line: number;
  text: string;
  runs?: { script: string; start: number; end: number; text: string }[];
  scripts?: readonly string[];
  dominant?: string;
  resolved?: 'ALL' | readonly string[];
  singleScript?: boolean;
  restrictionLevel?: string;
  issues: Issue[];
}

interface Summary {
  texts: number;
  singleScript: number;
  mixedScript: number;
  failed: number;
}

function toRecord(line: number, text: string, analysis: ScriptAnalysis): ScriptRecord {
  return {
    line,
    text,
    runs: analysis.runs.map((r) => ({ ...r, text: text.slice(r.start, r.end) })),
    scripts: analysis.scripts,
    dominant: analysis.dominant,
    resolved: analysis.resolved.all ? 'ALL' : analysis.resolved.scripts,
    singleScript: analysis.singleScript,
    restrictionLevel: analysis.restrictionLevel,
    issues: analysis.issues.map(asIssue),
  };
}

const resolvedText = (r: ScriptRecord) => (r.resolved === 'ALL' ? 'ALL' : `{${r.resolved?.join(' ')}}`);

export default defineCommand('script', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const out = output(values, io);
  const writer = recordWriter<ScriptRecord, Summary>(out, {
    columns: [
      ...fieldColumns<ScriptRecord>('line', 'text'),
      { name: 'runs', value: (r) => r.runs?.map((s) => `${s.script}:${s.start}-${s.end}`).join(' ') },
      { name: 'scripts', value: (r) => r.scripts?.join(' ') },
      { name: 'dominant', value: (r) => r.dominant },
      { name: 'resolved', value: (r) => (r.resolved === 'ALL' ? 'ALL' : r.resolved?.join(' ')) },
      ...fieldColumns<ScriptRecord>('singleScript', 'restrictionLevel'),
      { name: 'issues', value: (r) => issueCodes(r.issues).join(' ') },
    ],
    text: (r) =>
      r.runs === undefined
        ? `${r.line}\t${issueCodes(r.issues).join(', ')}`
        : [
            `${r.line}\t${escapeText(r.text)}`,
            ...r.runs.map((s) => `  ${s.script}\t${s.start}-${s.end}\t${escapeText(s.text)}`),
            `  resolved ${resolvedText(r)} ${r.singleScript ? 'single-script' : 'mixed-script'}; dominant ${r.dominant}; ${r.restrictionLevel}` +
              (r.issues.length ? `; issues: ${issueCodes(r.issues).join(', ')}` : ''),
          ].join('\n'),
    summaryText: (s) =>
      `${plural(s.texts, 'text')}: ${s.singleScript} single-script, ${s.mixedScript} mixed-script, ${s.failed} failed`,
  });

  const summary: Summary = { texts: 0, singleScript: 0, mixedScript: 0, failed: 0 };
  for await (const line of inputItems(positionals, out, 'lines')) {
    const record: ScriptRecord = line.problem
      ? { line: line.lineNumber, text: '', issues: [unreadable(line.problem)] }
      : toRecord(line.lineNumber, line.text, analyzeScripts(line.text));
    summary.texts++;
    if (record.singleScript) summary.singleScript++;
    else if (record.singleScript === false) summary.mixedScript++;
    if (record.issues.length > 0 || (values.single && !record.singleScript)) summary.failed++;
    await writer.write(record);
  }
  await writer.end(summary);
  return exitCode(summary.failed);
});
