// The keyword panel (loaded on first use): look-up over a small index bundled with the page, the sample
// entries of examples/entries.tsv (city names in their own scripts and in English).
import { createKeywordIndex } from '@nomina/keywords';
import entriesTsv from '../../../entries.tsv';
import { bdi, el, isolate, issueList, live, show } from '../dom.js';
import { parseEntries } from '../entries.js';

const entries = parseEntries(entriesTsv);
const index = createKeywordIndex(entries);

function render(query: string, out: HTMLElement): string {
  if (query.trim() === '') {
    show(out);
    return `Type a query: ${entries.length} entries in the index.`;
  }
  const result = index.search(query);
  const rows = result.matches.map((m) =>
    el(
      'tr',
      { 'data-target': m.target },
      el('td', {}, bdi(m.target)),
      el('td', {}, bdi(m.key, 'value text')),
      el('td', {}, m.via + (m.scheme ? ` (${m.scheme})` : '')),
      el('td', {}, m.score.toFixed(3)),
    ),
  );
  show(
    out,
    result.issues.length > 0 && issueList(result.issues),
    rows.length === 0
      ? el('p', { class: 'note', id: 'keywords-none' }, `No match among ${entries.length} entries.`)
      : el(
          'table',
          { id: 'keywords-table' },
          el('caption', { class: 'note' }, `Matches among ${entries.length} entries, best first`),
          el('thead', {}, el('tr', {}, ...['target', 'key', 'via', 'score'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...rows),
        ),
  );
  const best = result.matches[0];
  return best
    ? `${result.matches.length} match${result.matches.length === 1 ? '' : 'es'}; best ${isolate(best.target)} (${isolate(best.key)}, ${best.via})`
    : 'No match.';
}

export function mount(section: HTMLElement): void {
  live(section, render);
}
