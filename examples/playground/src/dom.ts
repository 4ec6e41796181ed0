// DOM helpers shared by the panels: elements, highlighted text, issue lists, coloured runs.
import { formatCodePoint, type Issue, isAscii } from '@nomina/core';

type Child = Node | string | null | undefined | false;

/** `<tag attrs…>children</tag>`; attributes set as given (`class`, `dir`, `data-*`…). */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Text that may hold right-to-left characters: isolated, direction from its first strong character. */
export const bdi = (text: string, className = 'value', attrs: Record<string, string> = {}) =>
  el('bdi', { dir: 'auto', class: className, ...attrs }, text);

/**
 * `text` for a plain-text line (a summary): between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when
 * it is not ASCII, the plain-text form of `<bdi>`, so that right-to-left text keeps its neighbours in place.
 */
export const isolate = (text: string) => (isAscii(text) ? text : `\u2068${text}\u2069`);

/** A span of `text` to highlight: UTF-16 offsets [start, end), the issue codes and their messages. */
export interface Mark {
  start: number;
  end: number;
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The end of the code point at `offset` (a surrogate pair is one code point). */
export function codePointEnd(text: string, offset: number): number {
  const cp = text.codePointAt(offset);
  return cp === undefined ? offset : offset + (cp > 0xffff ? 2 : 1);
}

/** Where each label of `text` starts (labels split at `separator`). */
export function labelStarts(text: string, separator = '.'): number[] {
  const starts = [0];
  for (let i = text.indexOf(separator); i !== -1; i = text.indexOf(separator, i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The mark of an issue in `text`: at its code point when the offset is known, over its whole label when only
 * the label is (offsets are within the label when `label` ≥ 0 and `labelled`), nothing for the whole input.
 */
export function markOf(text: string, issue: Issue<string>, labelled: boolean): Mark | undefined {
  const severity = issue.severity;
  const base = { code: issue.code, message: issue.message, severity };
  if (labelled && issue.label >= 0) {
    const starts = labelStarts(text);
    const start = starts[issue.label];
    if (start === undefined) return undefined;
    const next = starts[issue.label + 1];
    const end = next === undefined ? text.length : next - 1;
    if (issue.offset < 0 || start + issue.offset >= end) return { start, end: Math.max(end, start + 1), ...base };
    return { start: start + issue.offset, end: codePointEnd(text, start + issue.offset), ...base };
  }
  if (issue.offset < 0 || issue.offset >= text.length) return undefined;
  return { start: issue.offset, end: codePointEnd(text, issue.offset), ...base };
}

/**
 * `text` with every mark as a `<mark>` (overlapping marks share one element naming all their codes), inside
 * one `<bdi dir="auto">` so that right-to-left text keeps its order and its neighbours theirs.
 */
export function highlighted(
  text: string,
  marks: readonly (Mark | undefined)[],
  className = 'value text',
  attrs: Record<string, string> = {},
): HTMLElement {
  const present = marks.filter((m): m is Mark => m !== undefined && m.end > m.start);
  const cuts = new Set([0, text.length]);
  for (const m of present) cuts.add(Math.min(m.start, text.length)).add(Math.min(m.end, text.length));
  const points = [...cuts].sort((a, b) => a - b);
  const out = el('bdi', { dir: 'auto', class: className, ...attrs });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const piece = text.slice(from, to);
    const over = present.filter((m) => m.start <= from && m.end >= to);
    if (over.length === 0) {
      out.append(piece);
      continue;
    }
    const codes = [...new Set(over.map((m) => m.code))];
    const warning = over.every((m) => m.severity === 'warning');
    out.append(
      el(
        'mark',
        {
          class: warning ? 'warning' : 'error',
          'data-codes': codes.join(' '),
          'data-offset': String(from),
          title: over.map((m) => `${m.code}: ${m.message}`).join('\n'),
        },
        piece,
      ),
    );
  }
  return out;
}

/** Where an issue is, in words. */
export function position(issue: Issue<string>): string {
  const parts: string[] = [];
  if (issue.label >= 0) parts.push(`label ${issue.label}`);
  if (issue.offset >= 0) parts.push(`offset ${issue.offset}`);
  if (issue.codePoint >= 0) parts.push(formatCodePoint(issue.codePoint));
  return parts.join(', ');
}

/** A list of issues: code, severity, position, message. */
export function issueList(issues: readonly Issue<string>[], extra?: (issue: Issue<string>) => string): HTMLElement {
  if (issues.length === 0) return el('p', { class: 'note' }, 'No issues.');
  return el(
    'ul',
    { class: 'issues' },
    ...issues.map((issue) => {
      const where = position(issue);
      return el(
        'li',
        { 'data-code': issue.code, 'data-severity': issue.severity },
        el('code', {}, issue.code),
        issue.severity === 'warning' ? ' (warning)' : '',
        where ? ` at ${where}` : '',
        extra ? extra(issue) : '',
        ': ',
        bdi(issue.message, 'message'),
      );
    }),
  );
}

/** A description list of label / value pairs; values that are strings are shown isolated (bdi). */
export function pairs(rows: [string, Child | string][], attrs: Record<string, string> = {}): HTMLElement {
  const list = el('dl', attrs);
  for (const [term, value] of rows)
    list.append(el('dt', {}, term), el('dd', {}, typeof value === 'string' ? bdi(value) : value));
  return list;
}

/** A stable hue per key (script code, language tag), so a key keeps its colour everywhere. */
export function hueOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 360;
  return (h * 47) % 360;
}

/**
 * `text` with its runs `{start, end, key}` coloured (each in its language when `lang` is given, for screen
 * readers), inside one `<bdi dir="auto">`, and a legend.
 */
export function colouredRuns(
  text: string,
  runs: readonly { start: number; end: number; key: string; label: string; lang?: string }[],
  kind: string,
): HTMLElement[] {
  const shown = el('bdi', { dir: 'auto', class: 'value text' });
  let at = 0;
  for (const run of runs) {
    if (run.start > at) shown.append(text.slice(at, run.start)); // text between runs (spans skip punctuation)
    at = run.end;
    shown.append(
      el(
        'span',
        {
          class: 'run',
          style: `--hue: ${hueOf(run.key)}`,
          'data-key': run.key,
          title: run.label,
          ...(run.lang ? { lang: run.lang } : {}),
        },
        text.slice(run.start, run.end),
      ),
    );
  }
  if (at < text.length) shown.append(text.slice(at));
  const legend = el(
    'ul',
    { class: 'legend', 'aria-label': kind },
    ...runs.map((run) =>
      el(
        'li',
        { class: 'run', style: `--hue: ${hueOf(run.key)}`, 'data-key': run.key },
        `${run.label} (${run.start}–${run.end})`,
      ),
    ),
  );
  return [shown, legend];
}

/** Replaces the children of `out` in one step. */
export function show(out: HTMLElement, ...children: Child[]): void {
  out.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}

/**
 * Shows `render(value of the section's field, results)` now and again on every input in the section; the
 * one-line summary it returns goes to the section's live region, so a screen reader hears that line, not
 * the whole panel, at each change.
 */
export function live(section: HTMLElement, render: (value: string, out: HTMLElement) => string): void {
  const field = section.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  const out = section.querySelector<HTMLElement>('.results')!;
  const update = () => summarize(section, render(field.value, out));
  section.addEventListener('input', update); // <select> fires input too
  update();
}

/** Puts `text` in the section's live region (announced politely) unless it is already there. */
export function summarize(section: HTMLElement, text: string): void {
  const summary = section.querySelector<HTMLElement>('.summary')!;
  if (summary.textContent !== text) summary.textContent = text;
}
