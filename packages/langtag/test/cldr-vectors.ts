// Readers for the CLDR 46 locale-identifier test files (official vectors, never copied here).
import { readFileSync } from 'node:fs';

export interface Row {
  line: number;
  fields: string[];
}

/** Data rows of a `a ; b ; c` file: comments and blank lines skipped, fields trimmed. */
export function rows(path: string): Row[] {
  const out: Row[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const body = text.replace(/#.*/, '').trim();
      if (body === '') return;
      out.push({ line: index + 1, fields: body.split(';').map((f) => f.trim()) });
    });
  return out;
}

/** A Unicode locale identifier with "_" separators as a BCP 47 tag. */
export function bcp47(id: string): string {
  return id.replaceAll('_', '-');
}
