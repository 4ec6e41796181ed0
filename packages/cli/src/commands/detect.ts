import { defineCommand, integerOption, listOption } from '../core/args.js';
import { exitCode, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { asIssue, issueCodes, unreadable } from '../core/issues.js';
import { inputItems, output, recordWriter } from '../core/output.js';
import { issue, type Issue } from '@nomina/core';
import { write, type IO } from '../core/io.js';
import { checkStandardInput, readWholeText } from '../core/lines.js';
import { MAX_TEXT_UNITS } from '../limits.js';

const HELP = `Usage: nomina detect [options] [TEXT...|-]

Language identification (@nomina/langid). The TEXT arguments are one text; "-" or no argument reads
standard input as one text, in constant memory: the first ${MAX_TEXT_UNITS.toLocaleString('en')} code units are kept, the rest
is read without being kept, and the INPUT_TRUNCATED issue says so. With --lines every argument, or every
line of standard input (blank lines and lines starting with # skipped), is a text.

Options:
  --lines            one text per argument or per input line
  --spans            spans of mixed-language text (start, end in UTF-16 units, tag, confidence)
  --top N            candidates to show (default 1 in text output, 5 in json/ndjson/csv)
  --full             use the full tier (every language; larger model)
  --only TAGS        comma-separated candidate languages (e.g. sr,hr,bs)
  --exclude TAGS     comma-separated languages never answered
  --min-length N     fewer letters than N → und (default 1)
  -f, --format F     text | json | ndjson | csv
  -q, --quiet        no progress bar

Exit codes: 0 every text identified (or zxx), 1 some text is und, 2 usage or I/O error.`;

const OPTIONS = {
  lines: { type: 'boolean' },
  spans: { type: 'boolean' },
  top: { type: 'string' },
  full: { type: 'boolean' },
  only: { type: 'string' },
  exclude: { type: 'string' },
  'min-length': { type: 'string' },
} as const;

interface DetectRecord {
  line: number;
  text: string;
  tag: string;
  confidence: number;
  script: string;
  candidates: { tag: string; confidence: number }[];
  issues: Issue[];
  spans?: { tag: string; start: number; end: number; confidence: number; text: string }[];
}

interface Summary {
  texts: number;
  identified: number;
  und: number;
  zxx: number;
}

function tagList(value: string | undefined): string[] | undefined {
  const tags = listOption(value);
  if (tags?.length === 0) throw new UsageError('--only/--exclude take a comma-separated list of language tags');
  return tags;
}

/**
 * The arguments, or standard input, as one text, and what reading it found: at most MAX_TEXT_UNITS code
 * units are kept (INPUT_TRUNCATED says when there were more), and invalid UTF-8 reads as U+FFFD
 * (INVALID_UTF8). Constant memory whatever the input size or line length.
 */
async function wholeText(positionals: string[], io: IO): Promise<{ text: string; issues: Issue[] }> {
  if (positionals.length > 0 && !(positionals.length === 1 && positionals[0] === '-'))
    return { text: positionals.join(' '), issues: [] };
  checkStandardInput(io.stdin);
  const read = await readWholeText(io.stdin, MAX_TEXT_UNITS);
  const issues: Issue[] = [];
  if (read.truncated)
    issues.push(
      issue(
        'INPUT_TRUNCATED',
        `only the first ${MAX_TEXT_UNITS.toLocaleString('en')} of ${read.bytes.toLocaleString('en')} bytes of standard input were read (MAX_TEXT_UNITS code units)`,
        { severity: 'warning' },
      ),
    );
  if (read.invalidUtf8)
    issues.push(issue('INVALID_UTF8', 'some bytes were not valid UTF-8 and read as U+FFFD', { severity: 'warning' }));
  return { text: read.text, issues };
}

export default defineCommand('detect', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const out = output(values, io);
  const top = integerOption('top', values.top, out.format === 'text' ? 1 : 5);
  if (top < 1) throw new UsageError('--top must be at least 1');
  const minLength = integerOption('min-length', values['min-length'], 1);
  const only = tagList(values.only);
  const exclude = tagList(values.exclude);
  const langid = values.full ? await import('@nomina/langid/full') : await import('@nomina/langid');

  const writer = recordWriter<DetectRecord, Summary>(out, {
    columns: [
      ...fieldColumns<DetectRecord>('line', 'tag', 'confidence', 'script'),
      { name: 'candidates', value: (r) => r.candidates.map((c) => `${c.tag}:${c.confidence}`).join(' ') },
      { name: 'spans', value: (r) => r.spans?.map((s) => `${s.start}-${s.end}:${s.tag}`).join(' ') },
      { name: 'issues', value: (r) => issueCodes(r.issues).join(' ') },
      { name: 'text', value: (r) => r.text },
    ],
    text: (r) => {
      const head = `${r.tag}\t${r.confidence.toFixed(2)}`;
      const more =
        r.candidates.length > 1
          ? `\t[${r.candidates.map((c) => `${c.tag} ${c.confidence.toFixed(2)}`).join(', ')}]`
          : '';
      const why = r.issues.length ? `\t(${issueCodes(r.issues).join(', ')})` : '';
      const spans = r.spans
        ? r.spans
            .map((s) => `\n  ${s.start}-${s.end}\t${s.tag}\t${s.confidence.toFixed(2)}\t${escapeText(s.text)}`)
            .join('')
        : '';
      return `${head}${more}${why}\t${escapeText(r.text)}${spans}`;
    },
    summaryText: (s) => `${plural(s.texts, 'text')}: ${s.identified} identified, ${s.zxx} zxx, ${s.und} und`,
  });

  const summary: Summary = { texts: 0, identified: 0, und: 0, zxx: 0 };
  const handle = async (line: number, text: string, problem?: string, readIssues: Issue[] = []): Promise<void> => {
    const detection = problem ? undefined : langid.detect(text, { only, exclude, minLength, top });
    const record: DetectRecord = detection
      ? {
          line,
          text,
          tag: detection.tag,
          confidence: detection.confidence,
          script: detection.script,
          candidates: detection.candidates.slice(0, top).map((c) => ({ tag: c.tag, confidence: c.confidence })),
          issues: detection.issues.map(asIssue),
        }
      : {
          line,
          text,
          tag: 'und',
          confidence: 0,
          script: 'Zyyy',
          candidates: [],
          issues: [unreadable(problem!)],
        };
    record.issues.unshift(...readIssues);
    if (values.spans && detection) {
      const { spans, issues } = langid.detectSpans(text, { only, exclude });
      record.spans = spans.map((s) => ({
        tag: s.tag,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
        text: text.slice(s.start, s.end),
      }));
      record.issues.push(...issues.map(asIssue));
    }
    summary.texts++;
    if (record.tag === 'und') summary.und++;
    else if (record.tag === 'zxx') summary.zxx++;
    else summary.identified++;
    await writer.write(record);
  };

  if (values.lines) {
    for await (const line of inputItems(positionals, out, 'lines')) {
      await handle(line.lineNumber, line.text, line.problem);
    }
  } else {
    const { text, issues } = await wholeText(positionals, io);
    await handle(1, text, undefined, issues);
    for (const i of issues) await write(io.stderr, `nomina detect: ${i.message}\n`);
  }
  await writer.end(summary);
  return exitCode(summary.und);
});
