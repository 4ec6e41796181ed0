import { describe, expect, test } from 'vitest';
import { NominaError } from '@nomina/core';
import {
  assertEntry,
  createKeywordIndex,
  KeywordError,
  MAX_KEY_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_TARGET_LENGTH,
} from '../src/index.js';

describe('entry checks (limits at N and N+1)', () => {
  const index = createKeywordIndex();
  test(`a key of MAX_KEY_LENGTH (${MAX_KEY_LENGTH}) units is indexed`, () => {
    expect(index.add({ key: 'k'.repeat(MAX_KEY_LENGTH), target: 't' })).toEqual({ ok: true, issues: [] });
  });
  test('a key of MAX_KEY_LENGTH + 1 units is KEY_TOO_LONG', () => {
    expect(index.add({ key: 'k'.repeat(MAX_KEY_LENGTH + 1), target: 't' }).issues.map((i) => i.code)).toEqual([
      'KEY_TOO_LONG',
    ]);
  });
  test(`a target of MAX_TARGET_LENGTH (${MAX_TARGET_LENGTH}) is indexed, one more is TARGET_INVALID`, () => {
    expect(index.add({ key: 'a', target: 't'.repeat(MAX_TARGET_LENGTH) }).ok).toBe(true);
    expect(index.add({ key: 'a', target: 't'.repeat(MAX_TARGET_LENGTH + 1) }).issues[0]!.code).toBe('TARGET_INVALID');
    expect(index.add({ key: 'a', target: '' }).issues[0]!.code).toBe('TARGET_INVALID');
  });
  test(`a locale of MAX_LABEL_LENGTH (${MAX_LABEL_LENGTH}) is indexed, one more is LABEL_INVALID`, () => {
    expect(index.add({ key: 'a', target: 't', locale: 'x'.repeat(MAX_LABEL_LENGTH) }).ok).toBe(true);
    expect(index.add({ key: 'a', target: 't', namespace: 'x'.repeat(MAX_LABEL_LENGTH + 1) }).issues[0]!.code).toBe(
      'LABEL_INVALID',
    );
  });
  test('a key that folds to nothing is EMPTY_KEY', () => {
    expect(index.add({ key: ' - ', target: 't' }).issues.map((i) => i.code)).toEqual(['EMPTY_KEY']);
  });
  test('a weight that is not finite is WEIGHT_INVALID', () => {
    expect(index.add({ key: 'a', target: 't', weight: Number.NaN }).issues[0]!.code).toBe('WEIGHT_INVALID');
  });
  test('assertEntry throws one KeywordError (a core NominaError) with every issue', () => {
    try {
      assertEntry({ key: 'k'.repeat(MAX_KEY_LENGTH + 1), target: '' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KeywordError);
      expect(error).toBeInstanceOf(NominaError);
      expect((error as KeywordError).code).toBe('KEY_TOO_LONG');
      expect((error as KeywordError).issues.map((i) => i.code)).toEqual(['KEY_TOO_LONG', 'TARGET_INVALID']);
    }
  });
  test('wrong argument types are programmer errors: TypeError, never KeywordError', () => {
    expect(() => index.add(null as never)).toThrow(TypeError);
    expect(() => index.add({ key: 1, target: 't' } as never)).toThrow(TypeError);
    expect(() => index.add({ key: 'k', target: 't', locale: 5 } as never)).toThrow(TypeError);
    expect(() => index.add({ key: 'k', target: 't', weight: '1' } as never)).toThrow(TypeError);
  });
  test('issues have the core shape, byteOffset last (-1 here)', () => {
    const issue = index.add({ key: 'Mos\ud800cow', target: 't' }).issues[0]!;
    expect(Object.keys(issue)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint', 'byteOffset']);
    expect(issue).toMatchObject({
      code: 'LONE_SURROGATE',
      severity: 'warning',
      label: -1,
      offset: 3,
      codePoint: 0xd800,
      byteOffset: -1,
    });
  });
});
