// The URL Standard profile: every case of WPT url/resources/toascii.json through domainToASCII, plus the
// behaviour the standard gives beStrict and domain to Unicode.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import { domainToASCII, domainToUnicode } from '../src/index.js';

const path = sharedVector('whatwg/toascii.json');
interface Case {
  comment?: string;
  input: string;
  output: string | null;
}
const cases = path ? (JSON.parse(readFileSync(path, 'utf8')) as unknown[]).filter((c): c is Case => typeof c === 'object' && c !== null) : [];

(path ? describe : describe.skip)('toascii.json', () => {
  test.each(cases.map((c, i): [string, Case] => [`toascii.json case ${i}: ${JSON.stringify(c.input)}`, c]))('%s', (_, c) => {
    const result = domainToASCII(c.input);
    expect(result.ok ? result.domain : null).toBe(c.output);
    expect(result.ok).toBe(result.errors.length === 0);
  });
});

describe('URL Standard profile', () => {
  test('beStrict adds UseSTD3ASCIIRules and VerifyDnsLength', () => {
    expect(domainToASCII('a_b.example').ok).toBe(true);
    expect(domainToASCII('a_b.example', { beStrict: true }).errors.map((e) => e.code)).toEqual(['U1']);
    expect(domainToASCII('a..b').ok).toBe(true);
    expect(domainToASCII('a..b', { beStrict: true }).errors.map((e) => e.code)).toEqual(['A4_2']);
  });
  test('CheckHyphens is off', () => {
    expect(domainToASCII('-x.ab--c').domain).toBe('-x.ab--c');
  });
  test('an empty result is a failure (step 3)', () => {
    expect(domainToASCII('\u00ad')).toMatchObject({ ok: false, domain: '' });
  });
  test('no IPv4 or percent-decoding: those belong to the host parser', () => {
    expect(domainToASCII('127.0.0.1').domain).toBe('127.0.0.1');
    expect(domainToASCII('%41.com').domain).toBe('%41.com');
  });
  test('domain to Unicode returns the domain and its validation errors', () => {
    expect(domainToUnicode('xn--bcher-kva.example')).toMatchObject({ domain: 'bücher.example', ok: true });
    expect(domainToUnicode('xn--b.example')).toMatchObject({ domain: 'xn--b.example', ok: false });
  });
  test('a non-string input is a programmer error', () => {
    expect(() => domainToASCII(undefined as unknown as string)).toThrow(TypeError);
  });
});
