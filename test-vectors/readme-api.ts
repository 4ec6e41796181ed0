// "Each package's index.ts exports what its README documents" (issue #11): the names a README documents
// are the backticked identifiers in the headings (### or ####) of its `## API` section, e.g.
// "### `toASCII(input, options?)`" or "#### `hasErrors(issues)`, `firstError(issues)`". Types are
// documented too but are not runtime exports, so a test compares the runtime exports (functions,
// classes, constants, namespaces) with the documented names that the module exports at run time, and
// every runtime export must be documented.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Identifiers named in the headings of the `## API` section of the README at `path`. */
export function documentedNames(path: string): Set<string> {
  const text = readFileSync(path, 'utf8');
  const start = text.search(/^## API\b/m);
  if (start < 0) return new Set();
  const rest = text.slice(start + 6);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    if (!/^#{3,4}\s/.test(line)) continue;
    for (const m of line.matchAll(/`(?:new\s+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)/g))
      names.add(m[1]!.split('.')[0]!);
  }
  return names;
}

/** Asserts that every runtime export of `module` is documented in the README's API headings. */
export function expectExportsDocumented(module: Record<string, unknown>, readmePath: string): void {
  const documented = documentedNames(readmePath);
  const undocumented = Object.keys(module)
    .filter((name) => name !== 'default' && !documented.has(name))
    .sort();
  expect(undocumented, `exports missing from the API headings of ${readmePath}`).toEqual([]);
}
