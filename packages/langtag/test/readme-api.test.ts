// Issue #11: each entry point exports what the README documents (every runtime export named in a
// heading of the README's API section), no export is mutable state, and the shapes are @nomina/core's.
import { join } from 'node:path';
import { NominaError } from '@nomina/core';
import { describe, expect, test } from 'vitest';
import * as langtag from '../src/index.js';
import * as canonicalizeEntry from '../src/canonicalize.js';
import * as displayEntry from '../src/display.js';
import * as likelyEntry from '../src/likely.js';
import * as matchEntry from '../src/match.js';
import * as parseEntry from '../src/parse.js';
import * as validateEntry from '../src/validate.js';
import { documentedNames, expectExportsDocumented } from '../../../test-vectors/readme-api.js';

const readme = join(__dirname, '..', 'README.md');

describe.each([
  ['@nomina/langtag', langtag],
  ['./parse', parseEntry],
  ['./validate', validateEntry],
  ['./canonicalize', canonicalizeEntry],
  ['./likely', likelyEntry],
  ['./match', matchEntry],
  ['./display', displayEntry],
] as const)('%s', (_name, module) => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(module as unknown as Record<string, unknown>, readme);
  });
  test('no exported mutable state', () => {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value), name).toBe(true);
    }
  });
});

test('every name the API headings document is a runtime export of the root entry', () => {
  const runtime = new Set(Object.keys(langtag));
  expect([...documentedNames(readme)].filter((n) => !runtime.has(n))).toEqual([]);
});

describe('@nomina/core shapes', () => {
  test('issues are core Issues with the subtag after the core fields', () => {
    const [issue] = langtag.parse('en-US-a-b\u00e9').issues;
    expect(Object.keys(issue!)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint', 'subtag']);
    expect(issue).toMatchObject({ code: 'SUBTAG_CHARACTER', label: -1, offset: 8, codePoint: 0xe9, subtag: 'b\u00e9' });
  });
  test('matching issues name the list entry in `label`', () => {
    const r = langtag.match(['e#', 'en'], ['en']);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'MATCH_TAG_SKIPPED', label: 0, offset: -1, severity: 'warning' }),
    ]);
  });
  test('LangtagError is a core NominaError, with the first error code and every issue', () => {
    try {
      langtag.assertValid('abcd-a-aa-a-bb');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(langtag.LangtagError);
      expect(e).toBeInstanceOf(NominaError);
      expect((e as langtag.LangtagError).code).toBe('LANGUAGE_UNKNOWN');
      expect((e as langtag.LangtagError).issues.map((i) => i.code)).toEqual([
        'LANGUAGE_UNKNOWN',
        'SINGLETON_DUPLICATE',
      ]);
      expect((e as Error).name).toBe('LangtagError');
    }
  });
  test('programmer errors stay TypeError / RangeError', () => {
    expect(() => langtag.parse(1 as unknown as string)).toThrow(TypeError);
    expect(() => langtag.canonicalize('en', { form: 'x' as 'cldr' })).toThrow(RangeError);
    expect(() => langtag.minimize('en', { favor: 'x' as 'region' })).toThrow(RangeError);
  });
  test('transformations return a core Result', () => {
    expect(Object.keys(langtag.canonicalize('en'))).toEqual(['ok', 'value', 'issues']);
  });
});
