import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { fold, querySkeletons, romanize, romanKey, romanSkeleton } from '../src/index.js';

describe('romanization (any-ascii + kana Hepburn + skeletons)', () => {
  test.each([
    ['Москва', 'moskva'],
    ['北京', 'beijing'],
    ['とうきょう', 'tokyo'],
    ['ほっかいどう', 'hokkaido'],
    ['しんじゅく', 'shinjuku'],
    ['서울', 'seoul'],
    ['Αθήνα', 'athina'],
    ['Zürich', ''],
  ])('romanize(fold(%j)) = %j', (key, latin) => {
    expect(romanize(fold(key))).toBe(latin);
  });
  test.each([
    ['Москва', 'moskva'],
    ['とうきょう', 'tokio'],
    ['بِنِن', 'bn'],
    ['Тирхута', 'tirkuta'],
  ])('romanKey(fold(%j)) = %j (the stored skeleton)', (key, skeleton) => {
    expect(romanKey(fold(key))).toBe(skeleton);
  });
  test('an ASCII query is also looked up by its skeletons', () => {
    expect(querySkeletons('binin')).toEqual(['bn']);
    expect(querySkeletons('kyoto')).toEqual(['kioto', 'kt']);
    expect(querySkeletons('moskva')).toEqual(['mskv']);
    expect(querySkeletons('москва')).toEqual([]);
  });
  prop.prop([fc.stringMatching(/^[a-z0-9]{0,20}$/), fc.boolean()])('skeletons are idempotent', (latin, consonants) => {
    expect(romanSkeleton(romanSkeleton(latin, consonants), consonants)).toBe(romanSkeleton(latin, consonants));
  });
});
