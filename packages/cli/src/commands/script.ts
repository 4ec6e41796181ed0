import { analyzeScripts, type ScriptAnalysis } from '@nomina/script';
import type { Command } from './index.js';
import { commandArgs, formatOption } from '../core/args.js';
import { EXIT } from '../core/exit.js';
import { escapeText, plural, RecordWriter } from '../core/format.js';
import { argumentsOrLines } from '../core/input.js';
import { asIssue, issueCodes } from '../core/issues.js';
import { issue, type Issue } from '@nomina/core';

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

const command: Command = {
  name: 'script',
  async run(argv, io) {
    const args = await commandArgs(argv, OPTIONS, HELP, io);
    if (!args) return EXIT.OK;
    const { values, positionals } = args;
    const format = formatOption(values.format);
    const writer = new RecordWriter<ScriptRecord, Summary>(format, io, {
      columns: [
        { name: 'line', value: (r) => r.line },
        { name: 'text', value: (r) => r.text },
        { name: 'runs', value: (r) => r.runs?.map((s) => `${s.script}:${s.start}-${s.end}`).join(' ') },
        { name: 'scripts', value: (r) => r.scripts?.join(' ') },
        { name: 'dominant', value: (r) => r.dominant },
        { name: 'resolved', value: (r) => (r.resolved === 'ALL' ? 'ALL' : r.resolved?.join(' ')) },
        { name: 'single_script', value: (r) => r.singleScript },
        { name: 'restriction_level', value: (r) => r.restrictionLevel },
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
      formulaGuard: !values['no-formula-guard'],
    });

    const summary: Summary = { texts: 0, singleScript: 0, mixedScript: 0, failed: 0 };
    for await (const line of argumentsOrLines(positionals, io, { unit: 'lines', quiet: values.quiet })) {
      const record: ScriptRecord = line.problem
        ? { line: line.lineNumber, text: '', issues: [issue(line.problem, 'the line could not be read')] }
        : toRecord(line.lineNumber, line.text, analyzeScripts(line.text));
      summary.texts++;
      if (record.singleScript) summary.singleScript++;
      else if (record.singleScript === false) summary.mixedScript++;
      if (record.issues.length > 0 || (values.single && !record.singleScript)) summary.failed++;
      await writer.write(record);
    }
    await writer.end(summary);
    return summary.failed > 0 ? EXIT.FAILED : EXIT.OK;
  },
};
export default command;
