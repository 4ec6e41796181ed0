// Display policy cases (test-vectors/security/display.json) and the profile options.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector } from '../../../test-vectors/locate.js';
import { DISPLAY_PROFILES, displayPolicy, MAX_INPUT_LENGTH } from '../src/index.js';

interface Case {
  id: string;
  domain: string;
  profile: 'mozilla' | 'chromium';
  display: string;
  reasons: string[];
}
const { cases } = JSON.parse(readFileSync(ownVector('security/display.json'), 'utf8')) as { cases: Case[] };

describe('displayPolicy (display.json)', () => {
  test.each(cases)('$id', (c) => {
    const r = displayPolicy(c.domain, { profile: c.profile });
    expect(r.display).toBe(c.display);
    expect(r.reasons.map((i) => i.code)).toEqual(c.reasons);
  });
});

describe('displayPolicy options', () => {
  test('a trusted TLD is shown without checks; a profile is data', () => {
    const trusting = { ...DISPLAY_PROFILES.chromium, trustedTlds: ['com'] };
    expect(displayPolicy('pаypal.com', { profile: trusting }).display).toBe('unicode');
    const noTop = { ...DISPLAY_PROFILES.chromium, topDomains: [] };
    expect(displayPolicy('pаypal.com', { profile: noTop }).reasons.map((i) => i.code)).not.toContain(
      'TOP_DOMAIN_LOOKALIKE',
    );
  });
  test('a trailing root label does not hide the TLD', () => {
    expect(displayPolicy('яндекс.рф.').display).toBe('unicode');
    expect(displayPolicy('ѕсоре.com.').reasons.map((i) => i.code)).toEqual(['WHOLE_SCRIPT_LOOKALIKE']);
  });
  test('an invalid domain is shown as given, with NOT_A_DOMAIN', () => {
    const r = displayPolicy('a\u200db.com');
    expect([r.ok, r.display, r.issues.map((i) => i.code)]).toEqual([false, 'punycode', ['NOT_A_DOMAIN']]);
  });
  test(`input of MAX_INPUT_LENGTH units is decided, one more is INPUT_TOO_LONG`, () => {
    expect(displayPolicy('a'.repeat(MAX_INPUT_LENGTH)).issues.map((i) => i.code)).not.toContain('INPUT_TOO_LONG');
    expect(displayPolicy('a'.repeat(MAX_INPUT_LENGTH + 1)).issues.map((i) => i.code)).toEqual(['INPUT_TOO_LONG']);
  });
  test('an unknown profile is a RangeError', () => {
    expect(() => displayPolicy('a.com', { profile: 'safari' as 'mozilla' })).toThrow(RangeError);
  });
});
