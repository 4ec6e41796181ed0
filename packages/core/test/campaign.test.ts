// Reliability (issue #12's campaign, for this package): every export covered, the text helpers total and
// linear on hostile strings.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as core from '@nomina/core';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';

const TEXT: Record<string, (s: string) => unknown> = {
  isAscii: (s) => core.isAscii(s),
  loneSurrogateOffset: (s) => core.loneSurrogateOffset(s),
  formatCodePoint: (s) => core.formatCodePoint(s.codePointAt(0) ?? 0),
  isSurrogate: (s) => core.isSurrogate(s.charCodeAt(0)),
  issue: (s) => core.issue(s, s, { offset: s.length }),
  errorIssue: (s) => core.errorIssue(s, s, 0, s.length),
  hasErrors: (s) => core.hasErrors([core.issue(s, s, { severity: 'warning' })]),
  firstError: (s) => core.firstError([core.issue(s, s)]),
  result: (s) => core.result(s, [core.issue(s, s)]),
  assertOk: (s) => core.assertOk(core.result(s)),
  requireString: (s) => core.requireString(s, 'text'),
  requireOption: (s) => core.requireOption(s.length > 0 ? 'a' : 'b', ['a', 'b'], 'option'),
};

describe('core: reliability campaign', () => {
  test('every export has a case', () => {
    expectEveryExportCovered(core as unknown as Record<string, unknown>, Object.keys(TEXT), {
      NominaError: 'a class: thrown by assertOk, covered there',
    });
  });
  prop.prop([hostileString(200)])('no helper throws on hostile strings', (s) => {
    for (const fn of Object.values(TEXT)) fn(s);
  });
  test.each([
    ['isAscii on ASCII with a last non-ASCII unit', (n: number) => `${'a'.repeat(n - 1)}é`, core.isAscii],
    ['loneSurrogateOffset on surrogate pairs', (n: number) => '😀'.repeat(n / 2), core.loneSurrogateOffset],
  ] as const)('%s is linear', (_name, make, fn) => {
    expectLinear(make, (s) => fn(s), { small: 1 << 16 });
  });
  test('a megabyte of lone surrogates answers at once', () => {
    expect(core.loneSurrogateOffset('\ud800'.repeat(1 << 20))).toBe(0);
    expect(core.isAscii('a'.repeat(1 << 20))).toBe(true);
  });
  prop.prop([fc.integer({ min: 0, max: 0x10ffff })])('formatCodePoint is U+ and 4–6 upper-case hex digits', (cp) => {
    expect(core.formatCodePoint(cp)).toMatch(/^U\+[0-9A-F]{4,6}$/);
  });
});
