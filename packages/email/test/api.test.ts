// The public surface: what the README documents is what index.ts exports; programmer errors throw,
// bad input never does; the result's JSON is the core shape.
import { describe, expect, test } from 'vitest';
import * as email from '@nomina/email';
import {
  AddressResult,
  canonicalKey,
  formatAddress,
  html,
  parseAddress,
  PROFILE_NAMES,
  profileNamed,
  registration,
  strict,
} from '@nomina/email';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

describe('API', () => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(
      email as unknown as Record<string, unknown>,
      new URL('../README.md', import.meta.url).pathname,
    );
  });
  test('the result has the core shape; `address` is `value` and stays out of JSON', () => {
    const r = parseAddress('jdoe@example.org');
    expect(r).toBeInstanceOf(AddressResult);
    expect(r.address).toBe(r.value);
    expect(Object.keys(JSON.parse(JSON.stringify(r)))).toEqual(['ok', 'value', 'issues']);
    expect(Object.keys(r.value!)).toEqual([
      'localPart',
      'normalizedLocalPart',
      'domain',
      'asciiDomain',
      'addressLiteral',
      'normalized',
      'ascii',
      'smtputf8',
      'displayName',
      'comments',
    ]);
    const bad = parseAddress('jdoe');
    expect(Object.keys(bad.issues[0]!)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint']);
  });
  test('programmer errors throw TypeError or RangeError', () => {
    expect(() => parseAddress(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseAddress('a@b.org', { profile: 'loose' as 'strict' })).toThrow(RangeError);
    expect(() => parseAddress('a@b.org', { profile: 'registration' as 'strict' })).toThrow(/import \{ registration \}/);
    expect(() => formatAddress(null as unknown as string)).toThrow(TypeError);
    expect(() => canonicalKey(7 as unknown as string)).toThrow(TypeError);
  });
  test('formatAddress: ASCII form, or SMTPUTF8_REQUIRED when none exists (RFC 6531 §3.3)', () => {
    expect(formatAddress('info@Bücher.example', { ascii: true }).value).toBe('info@xn--bcher-kva.example');
    const none = formatAddress('jürgen@example.org', { ascii: true });
    expect(none.value).toBeNull();
    expect(none.issues.map((i) => i.code)).toEqual(['SMTPUTF8_REQUIRED']);
    expect(formatAddress('"Doe, John" <jdoe@example.org>', { allowDisplayName: true, displayName: true }).value).toBe(
      '"Doe, John" <jdoe@example.org>',
    );
    expect(formatAddress('John Doe <jdoe@example.org>', { allowDisplayName: true, displayName: true }).value).toBe(
      'John Doe <jdoe@example.org>',
    );
  });
  test('canonicalKey: case, NFKC, dots and sub-addresses', () => {
    expect(canonicalKey('J.Doe@EXAMPLE.org').value).toBe('j.doe@example.org');
    expect(canonicalKey('J.Doe@EXAMPLE.org', { caseSensitive: true }).value).toBe('J.Doe@example.org');
    expect(canonicalKey('j.doe+news@example.org', { ignoreDots: true, subaddressSeparator: '+' }).value).toBe(
      'jdoe@example.org',
    );
    expect(canonicalKey('STRASSE@bücher.example').value).toBe('strasse@xn--bcher-kva.example');
    expect(canonicalKey('straße@BÜCHER.example').value).toBe('strasse@xn--bcher-kva.example');
    expect(canonicalKey('straße@example.org').value).toBe('strasse@example.org');
    expect(canonicalKey('"j.doe"@example.org').value).toBe(canonicalKey('j.doe@example.org').value);
    expect(canonicalKey('not an address').value).toBeNull();
    expect(parseAddress('jdoe@example.org', { profile: registration }).ok).toBe(false);
  });
});

describe('profileNamed: a profile by its name', () => {
  test('each name gives the profile object of that name', () => {
    expect(PROFILE_NAMES).toEqual(['strict', 'html', 'registration']);
    expect(Object.isFrozen(PROFILE_NAMES)).toBe(true);
    expect(PROFILE_NAMES.map((name) => profileNamed(name))).toEqual([strict, html, registration]);
    for (const name of PROFILE_NAMES) {
      expect(profileNamed(name).name).toBe(name);
      // The same answer as the object, for an address each profile judges differently.
      for (const address of ['pаypal@nomina.dev', '"john doe"@example.org', 'a..b@example.org'])
        expect(parseAddress(address, { profile: profileNamed(name) })).toEqual(
          parseAddress(address, { profile: [strict, html, registration][PROFILE_NAMES.indexOf(name)]! }),
        );
    }
  });
  test('any other value is a RangeError', () => {
    expect(() => profileNamed('loose' as 'strict')).toThrow(RangeError);
    expect(() => profileNamed(undefined as unknown as 'strict')).toThrow(RangeError);
  });
});
