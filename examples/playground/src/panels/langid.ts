// The language-detection panel (loaded on first use, the default tier of @nomina/langid): the language of
// the whole text with its confidence and candidates, and the text cut into language spans.
import { detect, detectSpans } from '@nomina/langid';
import { bdi, colouredRuns, el, issueList, live, pairs, show } from '../dom.js';

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const nameOf = (tag: string) => {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag; // und, zxx and other tags Intl does not name
  }
};
const percent = (confidence: number) => `${Math.round(confidence * 100)} %`;

function render(text: string, out: HTMLElement): string {
  const detection = detect(text);
  const spans = detectSpans(text);
  const [spanText, legend] = colouredRuns(
    text,
    spans.spans.map((span) => ({
      ...span,
      key: span.tag,
      ...(span.tag === 'und' || span.tag === 'zxx' ? {} : { lang: span.tag }),
      label: `${nameOf(span.tag)} (${span.tag}, ${percent(span.confidence)})`,
    })),
    'Language spans',
  );
  show(
    out,
    pairs([
      [
        'Language',
        el(
          'span',
          { id: 'detected' },
          bdi(detection.tag, 'value', { id: 'detected-tag' }),
          ` ${nameOf(detection.tag)}, confidence ${percent(detection.confidence)}, script ${detection.script}`,
        ),
      ],
      ['Candidates', detection.candidates.map((c) => `${c.tag} ${percent(c.confidence)}`).join(', ') || '—'],
    ]),
    detection.issues.length > 0 && issueList(detection.issues),
    el('h3', {}, 'Spans'),
    spans.spans.length === 0 ? el('p', { class: 'note' }, 'No spans.') : spanText,
    spans.spans.length > 0 && legend,
  );
  return `${nameOf(detection.tag)} (${detection.tag}), confidence ${percent(detection.confidence)}; ${spans.spans.length} span${spans.spans.length === 1 ? '' : 's'}`;
}

export function mount(section: HTMLElement): void {
  live(section, render);
}
