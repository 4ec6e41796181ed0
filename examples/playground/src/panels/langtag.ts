// The language-tag panel (loaded on first use): the tag canonicalized (CLDR and RFC 5646 forms), maximized,
// minimized and named, with every syntax or validity issue at its subtag.
import { canonicalize, displayName, maximize, minimize, validate } from '@nomina/langtag';
import { bdi, el, highlighted, isolate, issueList, live, pairs, show } from '../dom.js';

function render(tag: string, out: HTMLElement): string {
  if (tag.trim() === '') {
    show(out);
    return 'Type a language tag.';
  }
  const validity = validate(tag);
  const canonical = canonicalize(tag);
  const value = (result: { value: string | null }) => result.value ?? '—';
  const name = canonical.value === null ? undefined : displayName(canonical.value);
  const own = canonical.value === null ? undefined : displayName(canonical.value, canonical.value);
  // Each issue marks its whole subtag.
  const marks = validity.issues.map((issue) =>
    issue.offset < 0
      ? undefined
      : {
          start: issue.offset,
          end: issue.offset + (issue.subtag?.length || 1),
          code: issue.code,
          message: issue.message,
          severity: issue.severity,
        },
  );
  const verdict = validity.ok ? 'valid' : validity.wellFormed ? 'not valid' : 'not well-formed';
  show(
    out,
    pairs(
      [
        ['Validity', el('span', { id: 'tag-validity', class: `verdict ${validity.ok ? 'good' : 'bad'}` }, verdict)],
        ['Canonical (CLDR)', bdi(value(canonical), 'value', { id: 'tag-canonical' })],
        ['Canonical (RFC 5646)', bdi(value(canonicalize(tag, { form: 'rfc5646' })), 'value', { id: 'tag-rfc5646' })],
        ['Maximized', bdi(value(maximize(tag)), 'value', { id: 'tag-maximized' })],
        ['Minimized', bdi(value(minimize(tag)), 'value', { id: 'tag-minimized' })],
        ['Name', bdi(name ?? '—', 'value', { id: 'tag-name' })],
        ['Name in the language', bdi(own ?? '—', 'value', { id: 'tag-own-name' })],
        ['Issues at', validity.issues.length === 0 ? 'none' : highlighted(tag, marks, 'value')],
      ],
      {},
    ),
    validity.issues.length > 0 && issueList(validity.issues),
  );
  return canonical.value === null
    ? `${isolate(tag)}: ${verdict}`
    : `${isolate(tag)}: ${verdict}; canonical ${canonical.value}; maximized ${value(maximize(tag))}${name ? `; ${isolate(name)}` : ''}`;
}

export function mount(section: HTMLElement): void {
  live(section, render);
}
