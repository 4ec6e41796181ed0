// The public surface (issue #11): index.ts exports what the README documents, nothing mutable, and the
// deprecated names still work.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';
import * as idna from '../src/index.js';
import { NominaError, formatCodePoint } from '@nomina/core';

describe('exports', () => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(idna, join(import.meta.dirname, '..', 'README.md'));
  });
  test('no internal helper is exported', () => {
    for (const name of [
      'idnaError',
      'mapScan',
      'domainLabels',
      'NO_ERRORS',
      'passThrough',
      'processDomain',
      'toAsciiResolved',
      'isAscii',
    ]) {
      expect(name in idna, name).toBe(false);
    }
  });
  test('no module state but data decoded on first use (issue #11: every call owns its scratch)', () => {
    // The only top-level `let`s are the lazily decoded tables (constant data once set), and no array is made
    // empty at load to be filled per call.
    const lazyTables = new Set(['trie', 'bmpValues', 'codePoints', 'targets']);
    const source = join(import.meta.dirname, '..', 'src');
    const found: string[] = [];
    for (const file of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(join(source, file), 'utf8').matchAll(
        /^(?:export )?(?:let (\w+)|const (\w+) = new \w*Array\()/gm,
      )) {
        const name = m[1] ?? m[2]!; // a `let`, or an empty array made at load: scratch
        if (!lazyTables.has(name) || m[2]) found.push(`${file}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
  test('no exported mutable state: every exported object is frozen', () => {
    for (const [name, value] of Object.entries(idna)) {
      if (typeof value !== 'object' || value === null || name === 'punycode') continue;
      expect(Object.isFrozen(value), name).toBe(true);
    }
    expect(Object.isFrozen(idna.punycode.encode('a').issues)).toBe(true);
  });
});

describe('deprecated aliases (issue #11)', () => {
  test('formatCodePoint is @nomina/core’s', () => {
    expect(idna.formatCodePoint).toBe(formatCodePoint);
  });
  test('IdnaAssertionError is a NominaError; `errors` is `issues`', () => {
    let caught: unknown;
    try {
      idna.assertToASCII('a_b');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(idna.IdnaAssertionError);
    expect(caught).toBeInstanceOf(NominaError);
    const error = caught as InstanceType<typeof idna.IdnaAssertionError>;
    expect(error.name).toBe('IdnaAssertionError');
    expect(error.code).toBe('U1');
    expect(error.errors).toBe(error.issues);
    expect(error.message).toContain('"a_b"');
  });
  test('DomainCheck.lookupErrors is the same array as lookupIssues', () => {
    for (const name of ['a_b.com', 'example.com', 'ExAmple.com', '\u0301a']) {
      const check = idna.checkDomain(name);
      expect(check.lookupErrors).toBe(check.lookupIssues);
    }
    expect(idna.checkDomain('-a.com').lookupIssues.map((i) => i.code)).toEqual(['V3']);
  });
  test('punycode results: `error` is issues[0]', () => {
    const result = idna.punycode.decodeDomain('ok.xn--b');
    expect(result).toMatchObject({
      ok: false,
      value: null,
      issues: [{ code: 'PUNYCODE_TRUNCATED', label: 1, offset: 5, severity: 'error' }],
    });
    if (!result.ok) expect(result.error).toBe(result.issues[0]);
  });
});
