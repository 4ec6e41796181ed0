// The README documents every runtime export of each entry point in the headings of its API section
// (issue #11), so the public surface is what the README says.
import { test } from 'vitest';
import * as keywords from '../src/index.js';
import * as internals from '../src/internals.js';
import * as postgres from '../src/postgres.js';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

const readme = new URL('../README.md', import.meta.url).pathname;

test.each([
  ['@nomina/keywords', keywords],
  ['@nomina/keywords/internals', internals],
  ['@nomina/keywords/postgres', postgres],
])('every runtime export of %s is named in an API heading of the README', (_name, module) => {
  expectExportsDocumented(module as unknown as Record<string, unknown>, readme);
});
