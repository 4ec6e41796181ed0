// The public surface (issue #11): index.ts exports what the README documents, nothing mutable, and the
// deprecated names still work.
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
