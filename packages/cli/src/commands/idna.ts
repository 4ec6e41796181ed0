import { formatCodePoint, type Issue } from '@nomina/core';
import {
  domainToASCII,
  domainToUnicode,
  toASCII,
  toUnicode,
  UTS46_VERSION,
  type Uts46Options,
  type Uts46Result,
} from '@nomina/idna';
import { displayPolicy, DISPLAY_PROFILES } from '@nomina/security';
import { defineCommand } from '../core/args.js';
import { exitCode, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { asIssue, unreadable } from '../core/issues.js';
import { inputItems, output, recordWriter } from '../core/output.js';

const HELP = `Usage: nomina idna to-ascii|to-unicode [options] [NAME...|-]

UTS #46 (Unicode ${UTS46_VERSION}) ToASCII or ToUnicode of each domain NAME, or of each line of standard
input ("-" or no NAME; blank lines and lines starting with # are skipped). Every problem is reported
with its UTS #46 code (V7, B1, C1, P4, A4_2…), the label and the offset in it (both from 0).

The defaults are the strict settings of IdnaTestV2 (for names going into the DNS):
  --transitional             Transitional_Processing (deprecated: maps ß ς ZWJ ZWNJ)
  --no-check-hyphens         CheckHyphens off (V2, V3)
  --no-check-bidi            CheckBidi off (B1-B6)
  --no-check-joiners         CheckJoiners off (C1, C2)
  --no-std3-rules            UseSTD3ASCIIRules off (U1)
  --no-verify-dns-length     VerifyDnsLength off (A4_1, A4_2; X4_2 in to-unicode)
  --ignore-invalid-punycode  IgnoreInvalidPunycode
Or the URL Standard's settings (domain to ASCII / Unicode), instead of the flags above:
  --url                      the URL Standard profile (beStrict false)
  --strict                   with --url: beStrict true

to-unicode only, for a browser or mail client deciding what to show (@nomina/security):
  --display                  also the form to show — unicode, or punycode (the A-labels) when the
                             display policy finds a reason (UTS #39 restriction level, look-alikes,
                             mixed numbers…); each reason is named with its rule, label and offset
  --display-profile P        the policy: chromium (default: Chromium's IDN display policy, with a
                             list of protected top domains) or mozilla (Firefox: Moderately
                             Restrictive per label)

  -f, --format F             text | json | ndjson | csv
  -q, --quiet                no progress bar

Text output: NAME, TAB, result, and on failure TAB and the error codes. With --display: NAME, TAB,
the form to show, TAB, unicode or punycode, and TAB and the reasons when punycode.
Exit codes: 0 every name converted without error, 1 some name had an error, 2 usage or I/O error
(a name shown as punycode is not an error).`;

const OPTIONS = {
  transitional: { type: 'boolean' },
  'no-check-hyphens': { type: 'boolean' },
  'no-check-bidi': { type: 'boolean' },
  'no-check-joiners': { type: 'boolean' },
  'no-std3-rules': { type: 'boolean' },
  'no-verify-dns-length': { type: 'boolean' },
  'ignore-invalid-punycode': { type: 'boolean' },
  url: { type: 'boolean' },
  strict: { type: 'boolean' },
  display: { type: 'boolean' },
  'display-profile': { type: 'string' },
} as const;

const UTS46_FLAGS = [
  'transitional',
  'no-check-hyphens',
  'no-check-bidi',
  'no-check-joiners',
  'no-std3-rules',
  'no-verify-dns-length',
  'ignore-invalid-punycode',
] as const;

interface IdnaRecord {
  line: number;
  input: string;
  output: string;
  ok: boolean;
  /** UTS #46 errors, or why the line could not be read (LINE_TOO_LONG, INVALID_UTF8, NUL_BYTE). */
  issues: readonly Issue[];
  /** --display: show the name in Unicode, or as Punycode. */
  display?: 'unicode' | 'punycode';
  /** --display: the form to show (the Unicode form, or the A-labels). */
  shown?: string;
  /** --display: why Punycode, one issue per rule (label and offset in the Unicode form). */
  displayReasons?: readonly Issue[];
}

type DisplayProfileName = keyof typeof DISPLAY_PROFILES;

/** The --display-profile value (default chromium), or undefined without --display. */
function displayOption(
  operation: string,
  values: Record<string, boolean | string | undefined>,
): DisplayProfileName | undefined {
  const profile = values['display-profile'];
  if (!values['display']) {
    if (profile !== undefined) throw new UsageError('--display-profile goes with --display');
    return undefined;
  }
  if (operation !== 'to-unicode') throw new UsageError('--display applies to to-unicode');
  if (profile === undefined) return 'chromium';
  if (Object.hasOwn(DISPLAY_PROFILES, profile as string)) return profile as DisplayProfileName;
  throw new UsageError(
    `--display-profile must be one of ${Object.keys(DISPLAY_PROFILES).join(', ')} (got ${JSON.stringify(profile)})`,
  );
}

/** The display decision for NAME: what to show and why (a name shown as Punycode is shown by its A-labels). */
function displayFields(
  name: string,
  profile: DisplayProfileName,
): Pick<IdnaRecord, 'display' | 'shown' | 'displayReasons'> {
  const decision = displayPolicy(name, { profile });
  const ascii = toASCII(name);
  const shown = decision.display === 'unicode' ? decision.unicode : ascii.ok ? ascii.domain : name;
  return {
    display: decision.display,
    shown,
    displayReasons: [...decision.reasons, ...decision.issues.filter((i) => !decision.reasons.includes(i))].map(asIssue),
  };
}

interface Summary {
  names: number;
  failed: number;
}

type Convert = (name: string) => Uts46Result;

function converter(operation: string, values: Record<string, boolean | string | undefined>): Convert {
  if (operation !== 'to-ascii' && operation !== 'to-unicode') {
    throw new UsageError(`expected to-ascii or to-unicode (got ${JSON.stringify(operation)}); see nomina idna --help`);
  }
  const ascii = operation === 'to-ascii';
  if (values['url']) {
    const used = UTS46_FLAGS.filter((flag) => values[flag]);
    if (used.length > 0) throw new UsageError(`--url fixes the UTS #46 flags; remove --${used.join(', --')}`);
    const options = { beStrict: Boolean(values['strict']) };
    return ascii ? (name) => domainToASCII(name, options) : (name) => domainToUnicode(name, options);
  }
  if (values['strict']) throw new UsageError('--strict goes with --url');
  const options: Uts46Options = {
    transitionalProcessing: Boolean(values['transitional']),
    checkHyphens: !values['no-check-hyphens'],
    checkBidi: !values['no-check-bidi'],
    checkJoiners: !values['no-check-joiners'],
    useSTD3ASCIIRules: !values['no-std3-rules'],
    verifyDnsLength: !values['no-verify-dns-length'],
    ignoreInvalidPunycode: Boolean(values['ignore-invalid-punycode']),
  };
  if (!ascii && options.transitionalProcessing)
    throw new UsageError('--transitional applies to to-ascii only (UTS #46 §4.3)');
  return ascii ? (name) => toASCII(name, options) : (name) => toUnicode(name, options);
}

/** `V7@0:3 U+00A0` — code, label and offset (from 0), and the code point when there is one. */
function formatError(error: Issue): string {
  const where = error.label < 0 ? '' : `@${error.label}${error.offset < 0 ? '' : `:${error.offset}`}`;
  const cp = error.codePoint < 0 ? '' : ` ${formatCodePoint(error.codePoint)}`;
  return `${error.code}${where}${cp}`;
}

export default defineCommand('idna', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const [operation, ...names] = positionals;
  if (operation === undefined) throw new UsageError('expected to-ascii or to-unicode; see nomina idna --help');
  const convert = converter(operation, values);
  const display = displayOption(operation, values);
  const out = output(values, io);
  const writer = recordWriter<IdnaRecord, Summary>(out, {
    columns: [
      ...fieldColumns<IdnaRecord>('line', 'input', 'output', 'ok'),
      { name: 'issues', value: (r) => r.issues.map(formatError).join(' ') },
      ...(display
        ? [
            ...fieldColumns<IdnaRecord>('display', 'shown'),
            { name: 'display_reasons', value: (r: IdnaRecord) => r.displayReasons?.map(formatError).join(' ') },
          ]
        : []),
    ],
    text: (r) =>
      r.display === undefined
        ? `${escapeText(r.input)}\t${escapeText(r.output)}${r.ok ? '' : `\t${r.issues.map(formatError).join(' ')}`}`
        : `${escapeText(r.input)}\t${escapeText(r.shown!)}\t${r.display}${r.displayReasons!.length ? `\t${r.displayReasons!.map(formatError).join(' ')}` : ''}${r.ok ? '' : `\t(ToUnicode: ${r.issues.map(formatError).join(' ')})`}`,
    summaryText: (s) => `${plural(s.names, 'name')}${s.failed ? `, ${s.failed} failed` : ''}`,
  });

  const summary: Summary = { names: 0, failed: 0 };
  for await (const line of inputItems(names, out, 'names')) {
    summary.names++;
    const result = line.problem ? undefined : convert(line.text);
    if (!result?.ok) summary.failed++;
    await writer.write(
      result
        ? {
            line: line.lineNumber,
            input: line.text,
            output: result.value,
            ok: result.ok,
            issues: result.issues.map(asIssue),
            ...(display ? displayFields(line.text, display) : {}),
          }
        : { line: line.lineNumber, input: '', output: '', ok: false, issues: [unreadable(line.problem!)] },
    );
  }
  await writer.end(summary);
  return exitCode(summary.failed);
});
