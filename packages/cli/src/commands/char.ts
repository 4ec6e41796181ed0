import {
  getBidiClass,
  getBidiPairedBracket,
  getCombiningClass,
  getGeneralCategory,
  getJoiningType,
  getScript,
  getScriptExtensions,
  scriptName,
  UNICODE_VERSION,
} from '@nomina/ucd';
import { formatCodePoint } from '@nomina/core';
import { defineCommand } from '../core/args.js';
import { exitCode } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { inputItems, output, recordWriter } from '../core/output.js';

const HELP = `Usage: nomina char [options] [CODEPOINT|RANGE|TEXT...|-]

Unicode ${UNICODE_VERSION} properties (@nomina/ucd) of code points: Script, Script_Extensions,
General_Category, Bidi_Class, Joining_Type, Canonical_Combining_Class, paired bracket, UTF-8 and UTF-16.
An argument is a code point (U+0041, u+1F600, 0x41), a range (U+0041..U+005A), or text, whose code
points are listed one by one. "-" or no argument reads standard input: every code point of every line.

Options:
  --text             read every argument as text, even one that looks like a code point
  -f, --format F     text | json | ndjson | csv
  -q, --quiet        no progress bar

Exit codes: 0 all listed, 1 some argument was not a code point (NOT_A_CODE_POINT: U+110000),
a range was reversed (INVALID_RANGE) or a line was unreadable, 2 usage or I/O error.`;

const OPTIONS = { text: { type: 'boolean' } } as const;

const HEX = '(?:U\\+|u\\+|0x|0X)([0-9A-Fa-f]{1,8})';
const CODE_POINT = new RegExp(`^${HEX}$`);
const RANGE = new RegExp(`^${HEX}\\.\\.${HEX}$`);

interface CharRecord {
  line: number;
  codePoint: string;
  char: string;
  script?: string;
  scriptName?: string;
  scriptExtensions?: readonly string[];
  generalCategory?: string;
  bidiClass?: string;
  joiningType?: string;
  combiningClass?: number;
  pairedBracket?: string;
  utf8?: string;
  utf16?: string;
  issues: string[];
}

interface Summary {
  codePoints: number;
  failed: number;
}

function describe(line: number, cp: number): CharRecord {
  const surrogate = cp >= 0xd800 && cp <= 0xdfff;
  const char = String.fromCodePoint(cp);
  const pair = getBidiPairedBracket(cp);
  const script = getScript(cp);
  return {
    line,
    codePoint: formatCodePoint(cp),
    char: surrogate ? '' : char,
    script,
    scriptName: scriptName(script),
    scriptExtensions: getScriptExtensions(cp),
    generalCategory: getGeneralCategory(cp),
    bidiClass: getBidiClass(cp),
    joiningType: getJoiningType(cp),
    combiningClass: getCombiningClass(cp),
    ...(pair !== cp ? { pairedBracket: formatCodePoint(pair) } : {}),
    // A surrogate code point has no UTF-8 form (Unicode §3.9 D92).
    utf8: surrogate
      ? ''
      : [...new TextEncoder().encode(char)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' '),
    utf16: Array.from({ length: char.length }, (_, i) =>
      char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0'),
    ).join(' '),
    issues: [],
  };
}

/** The code points an argument or line stands for, or the problem with it. */
function* codePointsOf(item: string, asText: boolean): Generator<number | { issue: string; label: string }> {
  const range = asText ? null : RANGE.exec(item);
  if (range) {
    const [first, last] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16)];
    if (first > last || last > 0x10ffff)
      yield { issue: first > last ? 'INVALID_RANGE' : 'NOT_A_CODE_POINT', label: item };
    else for (let cp = first; cp <= last; cp++) yield cp;
    return;
  }
  const single = asText ? null : CODE_POINT.exec(item);
  if (single) {
    const cp = parseInt(single[1]!, 16);
    yield cp <= 0x10ffff ? cp : { issue: 'NOT_A_CODE_POINT', label: item };
    return;
  }
  for (let i = 0; i < item.length; ) {
    const cp = item.codePointAt(i)!;
    yield cp;
    i += cp > 0xffff ? 2 : 1;
  }
}

export default defineCommand('char', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const out = output(values, io);
  const writer = recordWriter<CharRecord, Summary>(out, {
    columns: [
      ...fieldColumns<CharRecord>('line', 'codePoint', 'char', 'script', 'scriptName'),
      { name: 'script_extensions', value: (r) => r.scriptExtensions?.join(' ') },
      ...fieldColumns<CharRecord>(
        'generalCategory',
        'bidiClass',
        'joiningType',
        'combiningClass',
        'pairedBracket',
        'utf8',
        'utf16',
      ),
      { name: 'issues', value: (r) => r.issues.join(' ') },
    ],
    text: (r) =>
      r.issues.length
        ? `${r.codePoint}\t${r.issues.join(', ')}`
        : [
            r.codePoint,
            escapeText(r.char) || '-',
            `sc=${r.script} (${r.scriptName})`,
            `scx=${r.scriptExtensions!.join(' ')}`,
            `gc=${r.generalCategory}`,
            `bc=${r.bidiClass}`,
            `jt=${r.joiningType}`,
            `ccc=${r.combiningClass}`,
            ...(r.pairedBracket ? [`bpb=${r.pairedBracket}`] : []),
            `UTF-8 ${r.utf8 || '-'}`,
          ].join('\t'),
    summaryText: (s) => `${plural(s.codePoints, 'code point')}${s.failed ? `, ${s.failed} failed` : ''}`,
  });

  const summary: Summary = { codePoints: 0, failed: 0 };
  for await (const line of inputItems(positionals, out, 'lines')) {
    if (line.problem) {
      summary.failed++;
      await writer.write({ line: line.lineNumber, codePoint: '', char: '', issues: [line.problem] });
      continue;
    }
    for (const item of codePointsOf(line.text, Boolean(values.text))) {
      const record =
        typeof item === 'number'
          ? describe(line.lineNumber, item)
          : { line: line.lineNumber, codePoint: item.label, char: '', issues: [item.issue] };
      if (record.issues.length) summary.failed++;
      else summary.codePoints++;
      await writer.write(record);
    }
  }
  await writer.end(summary);
  return exitCode(summary.failed);
});
