// The domain panel (loaded with the page): UTS #46 ToASCII/ToUnicode with every error at its place, the
// IDNA2008 registration verdict with its reasons, the script runs, look-alikes of protected names and
// the display decision of the browsers' policies.
import type { Issue } from '@nomina/core';
import { checkDomain, toASCII, toUnicode } from '@nomina/idna';
import { scriptRuns } from '@nomina/script';
import { createSkeletonIndex, displayPolicy, EXAMPLE_TOP_DOMAINS, skeleton } from '@nomina/security';
import { scriptName } from '@nomina/ucd';
import { bdi, codePointEnd, colouredRuns, el, highlighted, isolate, issueList, markOf, pairs, show } from './dom.js';

/** The names look-alikes are searched among: the security package's example list of protected domains. */
const protectedNames = createSkeletonIndex();
for (const name of EXAMPLE_TOP_DOMAINS) protectedNames.add(name);

const VERDICT_CLASS = { registrable: 'good', 'lookup-only': 'fair', invalid: 'bad' } as const;

/** The UTS #46 issues of ToASCII and ToUnicode, each once, naming the operations that reported it. */
function uts46Issues(
  ascii: readonly Issue<string>[],
  unicode: readonly Issue<string>[],
): (Issue<string> & { by: string })[] {
  const merged = new Map<string, Issue<string> & { by: string }>();
  for (const [by, list] of [
    ['ToASCII', ascii],
    ['ToUnicode', unicode],
  ] as const) {
    for (const issue of list) {
      const key = `${issue.code} ${issue.label} ${issue.offset}`;
      const seen = merged.get(key);
      if (seen) seen.by += `, ${by}`;
      else merged.set(key, { ...issue, by });
    }
  }
  return [...merged.values()];
}

/** Renders the domain panel for `input` into `out`; returns the one-line summary. */
export function renderDomain(input: string, out: HTMLElement): string {
  if (input.trim() === '') {
    show(out);
    return 'Type a domain name.';
  }
  const ascii = toASCII(input);
  const unicode = toUnicode(input);
  // The UTS #46 offsets are within the labels of the mapped name (ToUnicode's value): show them there.
  const form = unicode.value;
  const uts46 = uts46Issues(ascii.issues, unicode.issues);
  const check = checkDomain(input);
  const inputLabels = input.split('.');
  const runs = scriptRuns(form);
  const lookalikes = protectedNames.lookup(form).matches.filter((m) => m.name !== form.toLowerCase());
  const chromium = displayPolicy(input);
  const mozilla = displayPolicy(input, { profile: 'mozilla' });

  const uts46Block = el(
    'div',
    { id: 'uts46' },
    el('h3', {}, 'UTS #46'),
    pairs(
      [
        ['ToASCII', bdi(ascii.value, 'value', { id: 'to-ascii', 'data-ok': String(ascii.ok) })],
        ['ToUnicode', bdi(unicode.value, 'value', { id: 'to-unicode', 'data-ok': String(unicode.ok) })],
        [
          'Errors',
          uts46.length === 0
            ? el('span', { id: 'uts46-marked' }, 'none')
            : highlighted(
                form,
                uts46.map((issue) => markOf(form, issue, true)),
                'value text',
                { id: 'uts46-marked' },
              ),
        ],
      ],
      {},
    ),
    uts46.length > 0 && issueList(uts46, (issue) => ` (${(issue as (typeof uts46)[number]).by})`),
  );

  const idna2008 = el(
    'div',
    { id: 'idna2008' },
    el('h3', {}, 'IDNA2008 registration (RFC 5891 §4)'),
    pairs([
      ['Verdict', el('span', { id: 'verdict', class: `verdict ${VERDICT_CLASS[check.verdict]}` }, check.verdict)],
      ['A-label form', bdi(check.aName ?? '—')],
      [
        'Reasons',
        check.reasons.length === 0
          ? 'none'
          : highlighted(
              input,
              // An A-label's reasons are placed in its U-label: mark the whole A-label as typed.
              check.reasons.map((issue) =>
                markOf(input, /^xn--/i.test(inputLabels[issue.label] ?? '') ? { ...issue, offset: -1 } : issue, true),
              ),
              'value text',
            ),
      ],
    ]),
    check.reasons.length > 0 && issueList(check.reasons),
  );

  const [runText, legend] = colouredRuns(
    form,
    runs.map((run) => ({ ...run, key: run.script, label: `${scriptName(run.script) ?? run.script} (${run.script})` })),
    'Script runs',
  );
  const scripts = el('div', { id: 'scripts' }, el('h3', {}, 'Script runs (UAX #24)'), runText, legend);

  const lookalike = el(
    'div',
    { id: 'lookalikes' },
    el('h3', {}, 'Look-alikes (UTS #39 skeleton)'),
    pairs([['Skeleton', bdi(skeleton(form))]]),
    lookalikes.length === 0
      ? el(
          'p',
          { class: 'note' },
          `Looks like none of ${EXAMPLE_TOP_DOMAINS.length} protected names (${EXAMPLE_TOP_DOMAINS.slice(0, 3).join(', ')}…).`,
        )
      : el(
          'ul',
          { class: 'issues' },
          ...lookalikes.map((m) =>
            el(
              'li',
              { 'data-lookalike': m.name },
              'looks like ',
              bdi(m.name),
              ` (${m.kind}): `,
              highlighted(
                form,
                m.offsets.map((offset) => ({
                  start: offset,
                  end: codePointEnd(form, offset),
                  code: 'LOOKALIKE',
                  message: `differs from ${m.name}`,
                  severity: 'warning' as const,
                })),
                'value',
              ),
            ),
          ),
        ),
  );

  const decision = (name: string, policy: ReturnType<typeof displayPolicy>) =>
    el(
      'div',
      { 'data-profile': name },
      el(
        'p',
        {},
        `${name}: shows `,
        bdi(policy.display === 'unicode' ? policy.unicode : ascii.value),
        ` (${policy.display})`,
      ),
      policy.reasons.length > 0 && issueList(policy.reasons),
    );
  const display = el(
    'div',
    { id: 'display' },
    el('h3', {}, 'Display decision (address bar)'),
    decision('Chromium', chromium),
    decision('Mozilla', mozilla),
  );

  show(out, uts46Block, idna2008, scripts, lookalike, display);
  return [
    `IDNA2008: ${check.verdict}`,
    `ToASCII ${isolate(ascii.value)}`,
    uts46.length === 0 ? 'no UTS #46 error' : `${uts46.length} UTS #46 error${uts46.length === 1 ? '' : 's'}`,
    ...lookalikes.map((m) => `looks like ${isolate(m.name)}`),
    `Chromium shows it in ${chromium.display}`,
  ].join('; ');
}
