// CollisionIndex over a zone (RZ-LGR-5 Arabic): each new label's collisions are exactly the registered
// labels among its variants, with the disposition validateLabel gives them.
import { describe, expect, test } from 'vitest';
import { CollisionIndex, indexLabel, parseLgr, validateLabel } from '../src/index.js';
import { ARABIC, corpusLgr, randomLabels, repertoireChars } from './helpers.js';

const arabic = corpusLgr(ARABIC);

describe.runIf(arabic !== undefined)('CollisionIndex (RZ-LGR-5 Arabic)', () => {
  // A deterministic zone: 2,000 labels of 2–5 repertoire code points.
  const zone = arabic ? randomLabels(repertoireChars(arabic), 2000, 7, 2, 5) : [];

  test('collisions are the registered labels among the variants, with their dispositions', () => {
    const index = new CollisionIndex(arabic!);
    const registered = new Set<string>();
    for (const label of zone) if (index.add(label).ok) registered.add(label);
    expect(index.size).toBe(registered.size);
    let checked = 0;
    for (const label of zone.slice(0, 300)) {
      const v = validateLabel(arabic!, label, { maxVariants: 100_000, includeInvalid: true });
      if (!v.ok || v.truncated) continue;
      const expected = new Map(v.variants.filter((x) => registered.has(x.label)).map((x) => [x.label, x.disposition]));
      if (registered.has(label)) expected.set(label, v.disposition);
      const c = index.check(label);
      expect(new Map(c.collisions.map((x) => [x.label, x.disposition]))).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('a registered variant makes the new label collide; an unrelated one does not', () => {
    const index = new CollisionIndex(arabic!);
    expect(index.add('كتاب').ok).toBe(true);
    expect(index.check('کتاب').collisions).toEqual([{ label: 'كتاب', disposition: 'allocatable' }]);
    expect(index.check('كتآب').collisions).toEqual([{ label: 'كتاب', disposition: 'blocked' }]);
    expect(index.check('مصر')).toMatchObject({ ok: true, collisions: [] });
    expect(index.candidates('کتاب')).toEqual(['كتاب']);
  });

  test('labels outside the LGR are not indexed and get the §8.1 issues', () => {
    const index = new CollisionIndex(arabic!);
    expect(index.add('abc')).toMatchObject({ ok: false, indexLabel: null });
    expect(index.size).toBe(0);
    expect(index.check('abc').issues[0]!.code).toBe('RFC7940_8.1_REPERTOIRE');
    expect(index.add('كتاب').indexLabel).toBe(index.add('كتاب').indexLabel);
    expect(index.size).toBe(1);
  });
});

test('a non-transitive LGR: the closure key finds variants the §8.5 index labels would miss', () => {
  const ns = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
  // a↔b, b↔c but not a↔c: §8.5 index labels are a, a, b — "c" and its variant "b" differ.
  const lgr = parseLgr(
    `<lgr ${ns}><data><char cp="0061"><var cp="0062"/></char><char cp="0062"><var cp="0061"/><var cp="0063"/></char><char cp="0063"><var cp="0062"/></char></data></lgr>`,
  ).lgr!;
  expect([indexLabel(lgr, 'a').value, indexLabel(lgr, 'b').value, indexLabel(lgr, 'c').value]).toEqual(['a', 'a', 'b']);
  const index = new CollisionIndex(lgr);
  index.add('c');
  expect(index.check('b').collisions).toEqual([{ label: 'c', disposition: 'valid' }]);
  // Same key, not a variant: reported as a warning, not a collision.
  const a = index.check('a');
  expect(a.collisions).toEqual([]);
  expect(a.issues.map((i) => i.code)).toEqual(['LGR_NOT_TRANSITIVE']);
});
