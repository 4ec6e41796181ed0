// The e-mail panel (loaded on first use): one address parsed and validated under a profile, its normalized
// and ASCII forms, whether delivery needs SMTPUTF8, and every issue at its place in the address.
import { html, parseAddress, registration, strict } from '@nomina/email';
import { bdi, el, highlighted, issueList, live, markOf, pairs, show } from '../dom.js';

const PROFILES = { strict, html, registration };

function render(address: string, profile: keyof typeof PROFILES, out: HTMLElement): string {
  if (address.trim() === '') {
    show(out);
    return 'Type an e-mail address.';
  }
  const result = parseAddress(address, { profile: PROFILES[profile] });
  const value = result.value;
  show(
    out,
    pairs([
      [
        'Verdict',
        el(
          'span',
          { id: 'email-verdict', class: `verdict ${result.ok ? 'good' : 'bad'}` },
          result.ok ? 'valid' : 'invalid',
        ),
      ],
      ['Normalized', bdi(value?.normalized ?? '—', 'value', { id: 'email-normalized' })],
      [
        'ASCII form',
        bdi(value ? (value.ascii ?? 'none (the local part is not ASCII)') : '—', 'value', { id: 'email-ascii' }),
      ],
      ['Domain (A-labels)', bdi(value?.asciiDomain ?? '—', 'value', { id: 'email-ascii-domain' })],
      ['Needs SMTPUTF8', value ? (value.smtputf8 ? 'yes' : 'no') : '—'],
      [
        'Issues at',
        result.issues.length === 0
          ? 'none'
          : highlighted(
              address,
              result.issues.map((issue) => markOf(address, issue, false)),
              'value text',
            ),
      ],
    ]),
    result.issues.length > 0 && issueList(result.issues),
  );
  const n = result.issues.length;
  return `${result.ok ? 'valid' : 'invalid'} under the ${profile} profile${n === 0 ? '' : `; ${n} issue${n === 1 ? '' : 's'}`}`;
}

export function mount(section: HTMLElement): void {
  const select = section.querySelector('select')!;
  live(section, (address, out) => render(address, select.value as keyof typeof PROFILES, out));
}
