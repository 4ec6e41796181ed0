import { formatCodePoint, type Issue } from '@nomina/core';
import {
  parseAddress,
  PROFILE_NAMES,
  profileNamed,
  type Address,
  type ParseOptions,
  type ProfileName,
} from '@nomina/email';
import { defineCommand } from '../core/args.js';
import { exitCode, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { unreadable } from '../core/issues.js';
import { inputItems, output, recordWriter } from '../core/output.js';

const HELP = `Usage: nomina email [options] [ADDRESS...|-]

Validates each e-mail ADDRESS, or each line of standard input ("-" or no ADDRESS; blank lines and lines
starting with # are skipped), under a profile of @nomina/email, and says which need SMTPUTF8 (a non-ASCII
local part, RFC 6531 §3.3) and what their normalized and ASCII forms are. The tool a mailing-list owner
runs over a list of subscribers: the addresses an MTA will refuse, and those that need SMTPUTF8.

Options:
  --profile P          strict (default: RFC 5321 Mailbox with RFC 6531 UTF-8) | html (<input type=email>)
                       | registration (sign-up forms: IDNA2008 domains, UTS #39 e-mail profile)
  --display-name       accept "Name <local@domain>" (RFC 5322 name-addr) and comments
  --quoted             accept quoted local parts under the registration profile
  --only F             failed | passed | smtputf8: write only those records
  -f, --format F       text | json | ndjson | csv
  -q, --quiet          no progress bar

Text output: ADDRESS, TAB, the normalized address (or "-"), TAB, "smtputf8" or "ascii", and on failure
TAB and the issue codes with their offsets (UTF-16 units from 0).
Exit codes: 0 every address valid, 1 some address invalid, 2 usage or I/O error, 3 internal error.`;

const OPTIONS = {
  profile: { type: 'string' },
  'display-name': { type: 'boolean' },
  quoted: { type: 'boolean' },
  only: { type: 'string' },
} as const;

interface EmailRecord {
  line: number;
  input: string;
  ok: boolean;
  normalized: string | null;
  ascii: string | null;
  smtputf8: boolean | null;
  issues: readonly Issue[];
}

interface Summary {
  addresses: number;
  failed: number;
  smtputf8: number;
}

function parseOptions(values: Record<string, string | boolean | undefined>): ParseOptions {
  const name = values['profile'] ?? 'strict';
  if (!PROFILE_NAMES.includes(name as ProfileName)) {
    throw new UsageError(
      `--profile takes strict, html or registration (got ${JSON.stringify(name)}); see nomina email --help`,
    );
  }
  const names = Boolean(values['display-name']);
  return {
    profile: profileNamed(name as ProfileName),
    allowDisplayName: names,
    allowComments: names,
    ...(values['quoted'] ? { allowQuotedLocalPart: true } : {}),
  };
}

/** `LOCAL_PART_TOO_LONG@0`, with the code point when there is one. */
function formatIssue(i: Issue): string {
  return `${i.code}${i.offset < 0 ? '' : `@${i.offset}`}${i.codePoint < 0 ? '' : ` ${formatCodePoint(i.codePoint)}`}`;
}

function toRecord(
  line: number,
  input: string,
  ok: boolean,
  address: Address | null,
  issues: readonly Issue[],
): EmailRecord {
  return {
    line,
    input,
    ok,
    normalized: address?.normalized ?? null,
    ascii: address?.ascii ?? null,
    smtputf8: address?.smtputf8 ?? null,
    issues,
  };
}

export default defineCommand('email', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const options = parseOptions(values);
  const only = values.only;
  if (only !== undefined && only !== 'failed' && only !== 'passed' && only !== 'smtputf8') {
    throw new UsageError(`--only takes failed, passed or smtputf8 (got ${JSON.stringify(only)})`);
  }
  const out = output(values, io);
  const writer = recordWriter<EmailRecord, Summary>(out, {
    columns: [
      ...fieldColumns<EmailRecord>('line', 'input', 'ok', 'normalized', 'ascii', 'smtputf8'),
      { name: 'issues', value: (r) => r.issues.map(formatIssue).join(' ') },
    ],
    text: (r) => {
      const form = r.smtputf8 === null ? '' : r.smtputf8 ? 'smtputf8' : 'ascii';
      const issues = r.issues.length > 0 ? `\t${r.issues.map(formatIssue).join(' ')}` : '';
      return `${escapeText(r.input)}\t${r.normalized === null ? '-' : escapeText(r.normalized)}\t${form}${issues}`;
    },
    summaryText: (s) =>
      `${plural(s.addresses, 'address', 'addresses')}: ${s.addresses - s.failed} valid (${s.smtputf8} need SMTPUTF8), ${s.failed} invalid`,
  });
  const summary: Summary = { addresses: 0, failed: 0, smtputf8: 0 };
  const keep = (r: EmailRecord) =>
    only === undefined || (only === 'failed' ? !r.ok : only === 'passed' ? r.ok : r.smtputf8 === true);
  for await (const line of inputItems(positionals, out, 'addresses')) {
    summary.addresses++;
    let record: EmailRecord;
    if (line.problem) record = toRecord(line.lineNumber, '', false, null, [unreadable(line.problem)]);
    else {
      const r = parseAddress(line.text, options);
      record = toRecord(line.lineNumber, line.text, r.ok, r.value, r.issues);
    }
    if (!record.ok) summary.failed++;
    if (record.smtputf8) summary.smtputf8++;
    if (keep(record)) await writer.write(record);
  }
  await writer.end(summary);
  return exitCode(summary.failed);
});
