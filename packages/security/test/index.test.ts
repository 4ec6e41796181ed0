// The skeleton index: look-up equals a brute-force pairwise scan with areConfusable on random zones;
// save/load round-trips; remove; LDH folding; the name limit at N and N+1.
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  areConfusable,
  confusableKind,
  createSkeletonIndex,
  domainConfusableKind,
  domainLookalikes,
  LDH_FOLDING,
  loadSkeletonIndex,
  MAX_NAME_LENGTH,
} from '../src/index.js';

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
      const copy = loadSkeletonIndex(index.save()).value!;
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

  test('a file that is not an index is refused with INDEX_CORRUPT or INDEX_VERSION', () => {
    expect(loadSkeletonIndex('hello').issues.map((i) => i.code)).toEqual(['INDEX_CORRUPT']);
    expect(loadSkeletonIndex('{"format":"other"}').value).toBeNull();
    expect(loadSkeletonIndex('{"format":"nomina-skeleton-index","version":2}').issues.map((i) => i.code)).toEqual([
      'INDEX_VERSION',
    ]);
  });
});

describe('a damaged index file is refused with an issue, never an exception (#12 corruption fuzzing)', () => {
  const saved = (() => {
    const index = createSkeletonIndex();
    for (const name of ['paypal', 'ѕсоре', 'example.com', 'g\too\ngle', '例子']) index.add(name, `id-${name}`);
    return index.save();
  })();
  test('truncated at every length', () => {
    for (let n = 0; n <= saved.length; n++) {
      const r = loadSkeletonIndex(saved.slice(0, n));
      expect(r.ok).toBe(r.value !== null);
      if (!r.ok) expect(['INDEX_CORRUPT', 'INDEX_VERSION']).toContain(r.issues[0]!.code);
    }
  });
  test('every single character replaced by a tab, a newline or a letter', () => {
    for (let i = 0; i < saved.length; i++) {
      for (const c of ['\t', '\n', 'x', '{', '"']) {
        const r = loadSkeletonIndex(saved.slice(0, i) + c + saved.slice(i + 1));
        expect(r.ok).toBe(r.value !== null);
      }
    }
  });
  test('a name over MAX_NAME_LENGTH in the file', () => {
    const header = saved.slice(0, saved.indexOf('\n'));
    const r = loadSkeletonIndex(`${header}\n${'a'.repeat(MAX_NAME_LENGTH + 1)}\t\t`);
    expect(r.issues.map((i) => i.code)).toEqual(['INDEX_CORRUPT']);
    expect(loadSkeletonIndex(`${header}\n${'a'.repeat(MAX_NAME_LENGTH)}\t\t`).ok).toBe(true);
  });
});

describe('domainConfusableKind: the kind judged on the labels where two names differ', () => {
  test('the README examples', () => {
    expect(domainConfusableKind('pаypal.com', 'paypal.com')).toBe('mixed-script');
    expect(domainConfusableKind('ѕсоре.com', 'scope.com')).toBe('whole-script');
    // The whole names would be mixed-script: the shared Latin TLD does not count.
    expect(confusableKind('ѕсоре.com', 'scope.com')).toBe('mixed-script');
  });
  const label = fc.string({ unit: fc.constantFrom('a', 'о', 'р', 'e', 'х', 'c', '1'), minLength: 1, maxLength: 8 });
  test.prop([label, label, fc.array(label, { maxLength: 3 }), fc.array(label, { maxLength: 3 })])(
    'shared leading and trailing labels do not change the kind of the differing ones',
    (a, b, before, after) => {
      fc.pre(a !== b);
      const wrap = (x: string) => [...before, x, ...after].join('.');
      expect(domainConfusableKind(wrap(a), wrap(b))).toBe(confusableKind(a, b));
    },
  );
  test('a non-string is a programmer error', () => {
    expect(() => domainConfusableKind(1 as unknown as string, 'a')).toThrow(TypeError);
  });
});

describe('domainLookalikes: the look-alikes of a name in a zone, itself left out', () => {
  test.prop([fc.uniqueArray(name, { minLength: 1, maxLength: 40 }), name])(
    'the look-up without the name, each with its domain kind and offsets',
    (zone, query) => {
      const index = createSkeletonIndex();
      for (const n of zone) index.add(n);
      const found = index.lookup(query);
      const r = domainLookalikes(index, query);
      expect(r.ok).toBe(found.ok);
      expect(r.matches).toEqual(
        found.matches
          .filter((m) => m.name !== query)
          .map((m) => ({ name: m.name, kind: domainConfusableKind(query, m.name), offsets: m.offsets })),
      );
      expect(r.matches.some((m) => m.name === query)).toBe(false);
    },
  );
  test('a zone name finds its look-alikes but not itself', () => {
    const index = createSkeletonIndex();
    for (const n of ['paypal.com', 'pаypal.com', 'example.com']) index.add(n);
    expect(domainLookalikes(index, 'paypal.com').matches).toEqual([
      { name: 'pаypal.com', kind: 'mixed-script', offsets: [1] },
    ]);
    expect(domainLookalikes(index, 'example.com').matches).toEqual([]);
    expect(domainLookalikes(index, 'a'.repeat(MAX_NAME_LENGTH + 1)).ok).toBe(false);
  });
});
