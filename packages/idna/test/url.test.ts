// The URL Standard profile (2026-06): every entry of WPT's current url/resources files (toascii.json,
// the URL-level IdnaTestV2.json and IdnaTestV2-removed.json, ada's verifydnslength_tests.json) as one
// named test, plus the behaviour the standard gives beStrict and domain to Unicode. The entries of the
// older toascii.json that WPT dropped are in test-vectors/idna/whatwg-toascii-dropped.json, with what we
// answer and why.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector, sharedVector } from '../../../test-vectors/locate.js';
import { domainToASCII, domainToUnicode, MAX_INPUT_LENGTH, verifyDnsLength } from '../src/index.js';

interface Case {
  comment?: string;
  input: string;
  output: string | null;
}

/** The object entries of a WPT JSON file (the strings are comments), with their index in the file. */
function entries<T>(path: string): [string, T][] {
  return (JSON.parse(readFileSync(path, 'utf8')) as unknown[]).flatMap((c, i) =>
    typeof c === 'object' && c !== null
      ? [[`entry ${i}: ${JSON.stringify((c as { input: string }).input)}`, c as T] as [string, T]]
      : [],
  );
}

/** What WPT checks: the host, or failure (null). */
function host(input: string): string | null {
  const result = domainToASCII(input);
  return result.ok ? result.value : null;
}

for (const file of ['toascii.json', 'IdnaTestV2.json', 'IdnaTestV2-removed.json']) {
  const path = sharedVector(`whatwg/2026/${file}`);
  (path ? describe : describe.skip)(`WPT 2026 ${file}`, () => {
    test.each(path ? entries<Case>(path) : [])('%s', (_, c) => {
      // WPT skips the empty input ("cannot test empty string input through new URL()"): its output is
      // IdnaTestV2's ToASCII with A4_1 ignored. Domain to ASCII fails on it (step 7, empty result).
      if (c.input === '') expect(host(c.input)).toBeNull();
      else expect(host(c.input)).toBe(c.output);
    });
  });
}

const dnsPath = sharedVector('whatwg/2026/verifydnslength_tests.json');
(dnsPath ? describe : describe.skip)(
  'WPT 2026 verifydnslength_tests.json (domain to ASCII, then verifyDnsLength)',
  () => {
    // Each input is a URL; its host is what lies between "scheme://" and the first "/".
    test.each(dnsPath ? entries<{ input: string; failure: boolean }>(dnsPath) : [])('%s', (_, c) => {
      const hostText = c.input.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/s, '');
      const ascii = domainToASCII(hostText);
      expect(ascii.ok && verifyDnsLength(ascii.value).ok).toBe(!c.failure);
    });
  },
);

describe('older whatwg/toascii.json entries that WPT dropped (documented, not kept)', () => {
  const { entries: dropped } = JSON.parse(readFileSync(ownVector('idna/whatwg-toascii-dropped.json'), 'utf8')) as {
    entries: { input: string; oldOutput: string | null; output: string | null }[];
  };
  test.each(
    dropped.map((c) => [JSON.stringify(c.input), c] as const),
  )('%s: our answer is the documented one', (_, c) => {
    expect(host(c.input)).toBe(c.output);
  });
});

describe('URL Standard profile', () => {
  test('forbidden domain code points fail (whatwg/url #841): a:b, a%b, U+001F', () => {
    for (const input of ['a:b', 'a%b', 'a\u001fb', 'a b', 'a<b', 'a^b', 'a|b', 'a\u007fb']) {
      const result = domainToASCII(input);
      expect(result.ok, input).toBe(false);
      expect(result.issues.at(-1)).toMatchObject({ code: 'FORBIDDEN_DOMAIN_CODE_POINT', severity: 'error', offset: 1 });
    }
    // Non-ASCII input that maps to one: U+2A74 ⩴ → "::=".
    expect(domainToASCII('a\u2a74b').issues.at(-1)?.code).toBe('FORBIDDEN_DOMAIN_CODE_POINT');
  });
  test('an ASCII domain is returned lower-cased; its ToASCII errors are warnings (2026-06)', () => {
    const result = domainToASCII('XN--A.Example');
    expect(result).toMatchObject({ ok: true, value: 'xn--a.example' });
    // `xn--a` decodes to U+0080, not valid (V7): a validation error only.
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['V7', 'warning']]);
    expect(domainToASCII('xn--abc-').value).toBe('xn--abc-');
  });
  test('a non-ASCII domain still fails on a ToASCII error', () => {
    const result = domainToASCII('xn--a.ß');
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['V7', 'error']]);
  });
  test('beStrict sets CheckHyphens, UseSTD3ASCIIRules and VerifyDnsLength; without it they are warnings', () => {
    expect(domainToASCII('a_b.example')).toMatchObject({ ok: true, value: 'a_b.example' });
    expect(domainToASCII('a_b.example').issues.map((i) => [i.code, i.severity])).toEqual([['U1', 'warning']]);
    expect(domainToASCII('a_b.example', { beStrict: true }).issues.map((e) => [e.code, e.severity])).toEqual([
      ['U1', 'error'],
    ]);
    expect(domainToASCII('a..b', { beStrict: true }).issues.map((e) => e.code)).toEqual(['A4_2']);
    expect(domainToASCII('-x.ab--c')).toMatchObject({ ok: true, value: '-x.ab--c' });
    expect(domainToASCII('-x.ab--c', { beStrict: true }).issues.map((e) => e.code)).toEqual(['V3', 'V2']);
    expect(domainToASCII('-x.ß')).toMatchObject({ ok: true, value: '-x.xn--zca' });
  });
  test('the one deviation: over MAX_INPUT_LENGTH the domain fails, ASCII or not', () => {
    for (const domain of ['a'.repeat(MAX_INPUT_LENGTH + 1), 'ü'.repeat(MAX_INPUT_LENGTH + 1)]) {
      expect(domainToASCII(domain).issues.map((i) => [i.code, i.severity])).toEqual([['INPUT_TOO_LONG', 'error']]);
      expect(domainToASCII(domain).ok).toBe(false);
    }
    expect(domainToASCII('a'.repeat(MAX_INPUT_LENGTH)).ok).toBe(true);
  });
  test('an empty result is a failure', () => {
    expect(domainToASCII('\u00ad')).toMatchObject({ ok: false, value: '' });
    expect(domainToASCII('')).toMatchObject({ ok: false, value: '' });
  });
  test('no IPv4 parsing or percent-decoding: those belong to the host parser', () => {
    expect(domainToASCII('127.0.0.1').value).toBe('127.0.0.1');
    expect(domainToASCII('%41.com').ok).toBe(false);
  });
  test('domain to Unicode returns its input when an error was recorded', () => {
    expect(domainToUnicode('xn--bcher-kva.example')).toMatchObject({ value: 'bücher.example', ok: true });
    expect(domainToUnicode('xn--abc-')).toMatchObject({ value: 'xn--abc-', ok: false });
    expect(domainToUnicode('XN--B.Example')).toMatchObject({ value: 'XN--B.Example', ok: false });
    expect(domainToUnicode('-x.ab--c')).toMatchObject({ value: '-x.ab--c', ok: true });
    expect(domainToUnicode('-x.ab--c', { beStrict: true })).toMatchObject({ value: '-x.ab--c', ok: false });
  });
  test('a non-string input is a programmer error', () => {
    expect(() => domainToASCII(undefined as unknown as string)).toThrow(TypeError);
    expect(() => domainToASCII('a', { beStrict: 1 as unknown as boolean })).toThrow(TypeError);
  });
});
