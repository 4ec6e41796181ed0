import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  assertOk,
  errorIssue,
  firstError,
  formatCodePoint,
  hasErrors,
  isAscii,
  isSurrogate,
  issue,
  loneSurrogateOffset,
  NominaError,
  requireOption,
  requireString,
  result,
} from '@nomina/core';

describe('issue', () => {
  test('fills every position field, in one key order', () => {
    const a = issue('V6', 'leading mark', { label: 2, offset: 0, codePoint: 0x300 });
    expect(Object.keys(a)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint']);
    expect(a).toEqual({
      code: 'V6',
      message: 'leading mark',
      severity: 'error',
      label: 2,
      offset: 0,
      codePoint: 0x300,
    });
    expect(issue('W', 'advice', { severity: 'warning' })).toEqual({
      code: 'W',
      message: 'advice',
      severity: 'warning',
      label: -1,
      offset: -1,
      codePoint: -1,
    });
    expect(Object.keys(errorIssue('X', 'm'))).toEqual(Object.keys(a));
  });
  test('severity decides ok', () => {
    const w = issue('W', 'advice', { severity: 'warning' });
    const e = issue('E', 'bad');
    expect(hasErrors([w])).toBe(false);
    expect(hasErrors([w, e])).toBe(true);
    expect(firstError([w, e])).toBe(e);
    expect(result('x', [w]).ok).toBe(true);
    expect(result('x', [w, e])).toEqual({ ok: false, value: 'x', issues: [w, e] });
    expect(result(1)).toEqual({ ok: true, value: 1, issues: [] });
  });
});

describe('errors', () => {
  test('assertOk throws NominaError with the first error code and every issue', () => {
    const issues = [issue('W', 'advice', { severity: 'warning' }), issue('E1', 'bad'), issue('E2', 'worse')];
    const bad = result(null, issues);
    expect(() => assertOk(bad, 'input')).toThrow(NominaError);
    try {
      assertOk(bad, 'input');
    } catch (e) {
      expect((e as NominaError).code).toBe('E1');
      expect((e as NominaError).issues).toBe(issues);
      expect((e as Error).message).toBe('"input": E1: bad (and 2 more)');
    }
    const good = result('ok');
    expect(assertOk(good)).toBe(good);
    expect(() => new NominaError([])).toThrow(TypeError);
  });
  test('wrong arguments are TypeError / RangeError', () => {
    expect(() => requireString(3, 'input')).toThrow(new TypeError('input must be a string, got number'));
    expect(() => requireString(null, 'input')).toThrow(TypeError);
    expect(() => requireString('', 'input')).not.toThrow();
    expect(() => requireOption('x', ['a', 'b'], 'mode')).toThrow(
      new RangeError('mode must be one of "a", "b", got "x"'),
    );
    expect(() => requireOption('a', ['a', 'b'], 'mode')).not.toThrow();
  });
});

describe('text helpers', () => {
  test('formatCodePoint', () => {
    expect(formatCodePoint(0xdf)).toBe('U+00DF');
    expect(formatCodePoint(0x1f600)).toBe('U+1F600');
    expect(formatCodePoint(0x10ffff)).toBe('U+10FFFF');
  });
  test('isAscii, isSurrogate, loneSurrogateOffset', () => {
    expect(isAscii('abc-123')).toBe(true);
    expect(isAscii('abç')).toBe(false);
    expect(isAscii('abç', 0, 2)).toBe(true);
    expect(isSurrogate(0xd800) && isSurrogate(0xdfff)).toBe(true);
    expect(isSurrogate(0xd7ff) || isSurrogate(0xe000)).toBe(false);
    expect(loneSurrogateOffset('a😀b')).toBe(-1);
    expect(loneSurrogateOffset('a\ud800b')).toBe(1);
    expect(loneSurrogateOffset('ab\udc00')).toBe(2);
    expect(loneSurrogateOffset('\ud83d')).toBe(0);
  });
  prop.prop([fc.string({ unit: 'binary' })])('loneSurrogateOffset agrees with String.prototype.isWellFormed', (s) => {
    expect(loneSurrogateOffset(s) === -1).toBe((s as unknown as { isWellFormed(): boolean }).isWellFormed());
  });
  prop.prop([fc.string({ unit: 'binary' })])('isAscii agrees with a regular expression', (s) => {
    expect(isAscii(s)).toBe(/^[\0-\x7f]*$/.test(s));
  });
});
