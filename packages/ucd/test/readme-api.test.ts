// Issue #11: each entry point exports what the README documents (every runtime export named in a heading
// of the README's API section), every documented name is exported, and no export is mutable state.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { documentedNames, expectExportsDocumented } from '../../../test-vectors/readme-api.js';
import * as caseFolding from '../src/case-folding/index.js';
import * as han from '../src/han/index.js';
import * as ucd from '../src/index.js';
import * as trie from '../src/trie/index.js';

const readme = join(__dirname, '..', 'README.md');
const entries = [
  ['@nomina/ucd', ucd],
  ['@nomina/ucd/trie', trie],
  ['@nomina/ucd/case-folding', caseFolding],
  ['@nomina/ucd/han', han],
] as const;

describe.each(entries)('%s', (_name, module) => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(module as unknown as Record<string, unknown>, readme);
  });

  test('no exported mutable state: every exported object (and each object in an exported list) is frozen', () => {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.isFrozen(value), name).toBe(true);
      if (Array.isArray(value))
        for (const item of value) if (typeof item === 'object') expect(Object.isFrozen(item), name).toBe(true);
    }
  });
});

test('every name the API headings document is a runtime export of one entry', () => {
  const runtime = new Set(entries.flatMap(([, module]) => Object.keys(module)));
  expect([...documentedNames(readme)].filter((n) => !runtime.has(n))).toEqual([]);
});
