// The skeleton index: look-up equals a brute-force pairwise scan with areConfusable on random zones;
// save/load round-trips; remove; LDH folding; the name limit at N and N+1.
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { areConfusable, createSkeletonIndex, LDH_FOLDING, loadSkeletonIndex, MAX_NAME_LENGTH } from '../src/index.js';

// Letters that collide often: Latin, their Cyrillic/Greek look-alikes, digits, a mark, an ignorable.
const letter = fc.constantFrom(
  'a',
  'а',
  'e',
  'е',
  'o',
  'о',
  'ο',
  '0',
  'p',
  'р',
  'l',
  '1',
  'I',
  'ӏ',
  'm',
  'r',
  'n',
  'c',
  'с',
  'x',
  'х',
  '\u0301',
  '\u200d',
  '.',
  '。',
);
const name = fc.array(letter, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));

describe('createSkeletonIndex', () => {
  test.prop([fc.array(name, { maxLength: 40 }), fc.array(name, { maxLength: 10 })], { numRuns: 300 })(
    'lookup = brute-force pairwise scan with areConfusable',
    (zone, queries) => {
      const index = createSkeletonIndex();
      zone.forEach((n, i) => index.add(n, String(i)));
      for (const q of queries) {
        // Names in the index are compared with full stops unified, as domains are.
        const unify = (s: string): string => s.replace(/。/g, '.');
        const expected = zone
          .map((n, i) => [n, String(i)] as const)
          .filter(([n]) => areConfusable(unify(q), unify(n)).confusable);
        const found = index.lookup(q).matches.map((m) => [m.name, m.id] as const);
        expect(found.sort()).toEqual(expected.sort());
      }
    },
  );

  test.prop([fc.array(name, { maxLength: 40 })], { numRuns: 100 })(
    'save/load round-trips, remove undoes add',
    (zone) => {
      const index = createSkeletonIndex({ fold: LDH_FOLDING });
      zone.forEach((n, i) => index.add(n, `id\t${i}\n`));
      const copy = loadSkeletonIndex(index.save());
      expect(copy.size).toBe(zone.length);
      for (const q of zone) expect(copy.lookup(q).matches).toEqual(index.lookup(q).matches);
      let removed = 0;
      for (const n of new Set(zone)) removed += copy.remove(n);
      expect(removed).toBe(zone.length);
      expect(copy.size).toBe(0);
    },
  );

  test('a match names its kind and the differing offsets', () => {
    const index = createSkeletonIndex();
    index.add('paypal', 'P-1');
    index.add('ѕсоре');
    const [m] = index.lookup('pаypal').matches;
    expect(m).toEqual({ name: 'paypal', id: 'P-1', kind: 'mixed-script', offsets: [1] });
    expect(index.lookup('scope').matches[0]!.kind).toBe('whole-script');
    expect([...index.matchBatch(['pаypal', 'other', 'scope'])].map((r) => r.name)).toEqual(['pаypal', 'scope']);
  });

  test('LDH folding is off by default and folds 0/o, vv/w when chosen', () => {
    const plain = createSkeletonIndex();
    const folded = createSkeletonIndex({ fold: LDH_FOLDING });
    for (const i of [plain, folded]) i.add('google.com');
    expect(plain.lookup('g00gle.com').matches).toEqual([]);
    expect(folded.lookup('g00gle.com').matches.map((m) => m.name)).toEqual(['google.com']);
    expect(folded.lookup('vvikipedia').key).toBe(folded.lookup('wikipedia').key);
    expect(plain.lookup('rnicrosoft.com').key).toBe(plain.lookup('microsoft.com').key); // rn/m is in confusables.txt
  });

  test(`names of MAX_NAME_LENGTH (${MAX_NAME_LENGTH}) units are indexed, one more is an issue`, () => {
    const index = createSkeletonIndex();
    expect(index.add('a'.repeat(MAX_NAME_LENGTH)).ok).toBe(true);
    const over = index.add('a'.repeat(MAX_NAME_LENGTH + 1));
    expect(over.issues.map((i) => i.code)).toEqual(['INPUT_TOO_LONG']);
    expect(index.size).toBe(1);
    expect(index.lookup('a'.repeat(MAX_NAME_LENGTH)).matches.length).toBe(1);
    expect(index.lookup('a'.repeat(MAX_NAME_LENGTH + 1)).ok).toBe(false);
  });

  test('a file that is not an index is a SyntaxError', () => {
    expect(() => loadSkeletonIndex('hello')).toThrow(SyntaxError);
    expect(() => loadSkeletonIndex('{"format":"other"}')).toThrow(SyntaxError);
  });
});
