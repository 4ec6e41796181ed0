// The playground's entry: the domain panel at once; the other panels (language tags, language detection,
// keyword look-up, e-mail) load their code and data the first time they are used — focus, typing or an
// example — or at once when the page's query names their input (?tag=…, ?text=…, ?q=…, ?email=…). The
// query follows what is typed, so the address of the page shows the same inputs again.
import { UNICODE_VERSION } from '@nomina/ucd';
import { live, show, summarize } from './dom.js';
import { renderDomain } from './domain.js';

/** A lazily loaded panel: `mount` takes over its section (listeners, first render). */
export interface Panel {
  mount(section: HTMLElement): void;
}

const LOADERS: Record<string, () => Promise<Panel>> = {
  langtag: () => import('./panels/langtag.js'),
  langid: () => import('./panels/langid.js'),
  keywords: () => import('./panels/keywords.js'),
  email: () => import('./panels/email.js'),
};

/** The query parameter that fills each section's input (and follows it, so the address can be shared). */
const PARAMS: Record<string, string> = { domain: 'domain', tag: 'tag', text: 'text', keywords: 'q', email: 'email' };

function field(section: HTMLElement): HTMLInputElement | HTMLTextAreaElement {
  return section.querySelector('input, textarea')!;
}

/** Example buttons put their text in the section's field and fire `input`, as typing would. */
function wireExamples(section: HTMLElement): void {
  section.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-example]');
    if (!button) return;
    const input = field(section);
    input.value = button.dataset.example!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
}

function lazy(section: HTMLElement, load: () => Promise<Panel>): void {
  const out = section.querySelector<HTMLElement>('.results')!;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    section.setAttribute('aria-busy', 'true');
    show(out);
    summarize(section, 'Loading…');
    load().then(
      (panel) => {
        panel.mount(section);
        section.dataset.loaded = 'true';
        section.removeAttribute('aria-busy');
      },
      (error: unknown) => {
        section.removeAttribute('aria-busy');
        summarize(section, `Could not load this panel: ${String(error)}`);
      },
    );
  };
  section.addEventListener('focusin', start);
  section.addEventListener('input', start);
  section.addEventListener('pointerdown', start);
}

function main(): void {
  const query = new URLSearchParams(location.search);
  for (const [id, param] of Object.entries(PARAMS)) {
    const value = query.get(param);
    if (value !== null) field(document.getElementById(id)!).value = value;
  }
  document.getElementById('unicode-version')!.textContent = UNICODE_VERSION;

  const domain = document.getElementById('domain')!;
  wireExamples(domain);
  live(domain, renderDomain);
  domain.dataset.loaded = 'true';

  // The address follows what is typed: a link to it shows the same inputs.
  document.addEventListener('input', (event) => {
    const section = (event.target as Element).closest('section');
    const param = section && PARAMS[section.id];
    if (!param) return;
    query.set(param, field(section).value);
    history.replaceState(null, '', `?${query}`);
  });

  for (const section of Array.from(document.querySelectorAll<HTMLElement>('section[data-panel]'))) {
    wireExamples(section);
    const panel = section.dataset.panel!;
    lazy(section, LOADERS[panel]!);
    if (query.has(PARAMS[section.id]!)) section.dispatchEvent(new Event('input'));
  }
}

main();
