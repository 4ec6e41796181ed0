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
import { issue, type Issue } from '@nomina/core';
import type { Command } from './index.js';
import { argumentsOrLines } from '../core/input.js';
import { EXIT, UsageError } from '../core/exit.js';
import { escapeText, plural, RecordWriter } from '../core/format.js';
import { commandArgs, formatOption, integerOption } from '../core/args.js';

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

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

const command: Command = {
  name: 'tag',
  async run(argv, io) {
    const args = await commandArgs(argv, OPTIONS, HELP, io);
    if (!args) return EXIT.OK;
    const { values, positionals } = args;
    const [actionName, ...inputs] = positionals;
    if (!actionName) throw new UsageError(`an action is required: ${ACTIONS.join(', ')}`);
    if (!(ACTIONS as readonly string[]).includes(actionName))
      throw new UsageError(`unknown action ${JSON.stringify(actionName)} (one of ${ACTIONS.join(', ')})`);
    const action = actionName as Action;
    const format = formatOption(values.format);
    const form = choice<CanonicalForm>('form', values.form, ['cldr', 'rfc5646', 'extlang'], 'cldr');
    // Options are checked before any input is read (exit 2 without partial output).
    const minimizeFavor = choice<'region' | 'script'>(
      'favor',
      action === 'minimize' ? values.favor : undefined,
      ['region', 'script'],
      'region',
    );
    const matchFavor = choice<'language' | 'script'>(
      'favor',
      action === 'match' ? values.favor : undefined,
      ['language', 'script'],
      'language',
    );
    const supported = values.supported
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
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

    const writer = new RecordWriter<TagRecord, { inputs: number; passed: number; failed: number }>(format, io, {
      columns: [
        { name: 'line', value: (r) => r.line },
        { name: 'input', value: (r) => r.input },
        { name: 'ok', value: (r) => r.ok },
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
      formulaGuard: !values['no-formula-guard'],
    });
    let passed = 0;
    let failed = 0;
    for await (const line of argumentsOrLines(inputs, io, { unit: 'tags', quiet: values.quiet })) {
      if (line.problem) {
        failed++;
        await writer.write({
          line: line.lineNumber,
          input: '',
          ok: false,
          output: null,
          issues: [issue(line.problem, 'the line could not be read')],
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
    return failed > 0 ? EXIT.FAILED : EXIT.OK;
  },
};
export default command;
