// `nomina tag` — BCP 47 language tags from the shell (@nomina/langtag).
import {
  canonicalize,
  displayName,
  match,
  maximize,
  minimize,
  parse,
  parseAcceptLanguage,
  validate,
  stringify,
  type CanonicalForm,
  type TagResult,
} from '@nomina/langtag';
import type { Issue } from '@nomina/core';
import { choiceOption, defineCommand, integerOption, listOption } from '../core/args.js';
import { exitCode, UsageError } from '../core/exit.js';
import { escapeText, fieldColumns, plural } from '../core/format.js';
import { unreadable } from '../core/issues.js';
import { inputItems, output, recordWriter } from '../core/output.js';

const ACTIONS = ['parse', 'validate', 'canonicalize', 'maximize', 'minimize', 'match', 'name'] as const;
type Action = (typeof ACTIONS)[number];

const HELP = `Usage: nomina tag <action> [options] [TAG…]   (no TAG or "-": one per line on stdin)

Actions:
  parse         the parts of each tag (RFC 5646 §2.1)
  validate      validity against the IANA registry (RFC 5646 §2.2.9); warnings are advice
  canonicalize  canonical form: --form cldr (default, as Intl) | rfc5646 | extlang
  maximize      add likely subtags (UTS #35)
  minimize      remove likely subtags: --favor region (default) | script
  match         best supported tag for each desired list ("de-AT, en;q=0.5"):
                --supported en,fr,de (required), --favor language|script, --threshold N
  name          display name: --in LOCALE (default en)

Options: --format text|json|ndjson|csv, --quiet, --help
Exit: 0 all inputs passed, 1 some failed, 2 usage or I/O error.`;

const OPTIONS = {
  form: { type: 'string' },
  favor: { type: 'string' },
  supported: { type: 'string' },
  threshold: { type: 'string' },
  in: { type: 'string' },
} as const;

interface TagRecord {
  line: number;
  input: string;
  ok: boolean;
  output: string | null;
  detail?: unknown;
  issues: readonly Issue[];
}

/** Where an issue is: its offset in the tag, or (match issues) the 1-based entry of the list in `label`. */
function where(i: Issue, at: string, entry: string, close: string): string {
  return i.offset >= 0 ? `${at}${i.offset}` : i.label >= 0 ? `${entry}${i.label + 1}${close}` : '';
}

function issuesText(issues: readonly Issue[]): string {
  return issues
    .map((i) => `  ${i.severity} ${i.code}${where(i, ' at ', ' (entry ', ')')}: ${escapeText(i.message)}`)
    .join('\n');
}

function transformed(r: TagResult): Omit<TagRecord, 'line' | 'input'> {
  return { ok: r.ok, output: r.value, issues: r.issues };
}

export default defineCommand('tag', HELP, OPTIONS, async ({ values, positionals }, io) => {
  const [actionName, ...inputs] = positionals;
  if (!actionName) throw new UsageError(`an action is required: ${ACTIONS.join(', ')}`);
  if (!(ACTIONS as readonly string[]).includes(actionName))
    throw new UsageError(`unknown action ${JSON.stringify(actionName)} (one of ${ACTIONS.join(', ')})`);
  const action = actionName as Action;
  const out = output(values, io);
  const form = choiceOption<CanonicalForm>('form', values.form, ['cldr', 'rfc5646', 'extlang']) ?? 'cldr';
  // Options are checked before any input is read (exit 2 without partial output). --favor is read by
  // minimize and match only, with the first value allowed as the default.
  const favorOf = <T extends string>(of: Action, allowed: readonly T[]) =>
    choiceOption('favor', action === of ? values.favor : undefined, allowed) ?? allowed[0]!;
  const minimizeFavor = favorOf('minimize', ['region', 'script'] as const);
  const matchFavor = favorOf('match', ['language', 'script'] as const);
  const supported = listOption(values.supported);
  if (action === 'match' && !supported?.length) throw new UsageError('match needs --supported TAG,TAG,…');
  const threshold = values.threshold === undefined ? undefined : integerOption('threshold', values.threshold, 50);
  const inLocale = values.in ?? 'en';

  const run = (input: string): Omit<TagRecord, 'line' | 'input'> => {
    switch (action) {
      case 'parse': {
        const r = parse(input);
        return { ok: r.ok, output: r.ok ? stringify(r.tag) : null, detail: r.tag, issues: r.issues };
      }
      case 'validate': {
        const r = validate(input);
        return { ok: r.ok, output: r.ok ? 'valid' : r.wellFormed ? 'invalid' : 'not well-formed', issues: r.issues };
      }
      case 'canonicalize':
        return transformed(canonicalize(input, { form }));
      case 'maximize':
        return transformed(maximize(input));
      case 'minimize':
        return transformed(minimize(input, { favor: minimizeFavor }));
      case 'match': {
        const accept = parseAcceptLanguage(input);
        const r = match(
          accept.ranges.map((x) => x.range).filter((x) => x !== '*'),
          supported!,
          {
            favor: matchFavor,
            ...(threshold === undefined ? {} : { threshold }),
          },
        );
        const issues = [...accept.issues, ...r.issues];
        return {
          ok: r.supportedIndex >= 0,
          output: r.supported,
          detail: { distance: r.distance, desired: r.desired, resolved: r.resolved },
          issues,
        };
      }
      case 'name': {
        const name = displayName(input, inLocale);
        return {
          ok: name !== undefined,
          output: name ?? null,
          issues: name === undefined ? parse(input).issues : [],
        };
      }
    }
  };

  const writer = recordWriter<TagRecord, { inputs: number; passed: number; failed: number }>(out, {
    columns: [
      ...fieldColumns<TagRecord>('line', 'input', 'ok'),
      { name: 'output', value: (r) => r.output ?? '' },
      {
        name: 'issues',
        value: (r) => r.issues.map((i) => `${i.severity}:${i.code}${where(i, '@', '#', '')}`).join(' '),
      },
    ],
    text: (r) => {
      const head = `${escapeText(r.input)}\t${r.ok ? '' : '✗ '}${escapeText(r.output ?? '—')}`;
      const detail = action === 'match' && r.ok ? `\t(distance ${(r.detail as { distance: number }).distance})` : '';
      return r.issues.length ? `${head}${detail}\n${issuesText(r.issues)}` : head + detail;
    },
    summaryText: (s) => `${plural(s.inputs, 'tag')}: ${s.passed} passed, ${s.failed} failed`,
  });
  let passed = 0;
  let failed = 0;
  for await (const line of inputItems(inputs, out, 'tags')) {
    if (line.problem) {
      failed++;
      await writer.write({
        line: line.lineNumber,
        input: '',
        ok: false,
        output: null,
        issues: [unreadable(line.problem)],
      });
      continue;
    }
    const input = line.text.trim();
    if (input === '') continue;
    const result = run(input);
    if (result.ok) passed++;
    else failed++;
    await writer.write({ line: line.lineNumber, input, ...result });
  }
  await writer.end({ inputs: passed + failed, passed, failed });
  return exitCode(failed);
});
