// What a registry's check takes from @nomina/lgr: a usable LGR or why not, the dispositions that refuse a
// label, and the collisions of a label with the others (its own registration left out).
import { describe, expect, test } from 'vitest';
import { CollisionIndex, parseLgr, REFUSED_DISPOSITIONS, usableLgr, validateLabel } from '../src/index.js';

const NS = 'urn:ietf:params:xml:ns:lgr-1.0';
const lgrOf = (data: string) => `<lgr xmlns="${NS}"><data>${data}</data></lgr>`;
// a and b are blocked variants of each other; c has none.
const AB = lgrOf(
  '<char cp="0061"><var cp="0062" type="blocked"/></char><char cp="0062"><var cp="0061" type="blocked"/></char><char cp="0063"/>',
);

describe('usableLgr', () => {
  test('a document without errors gives its LGR', () => {
    const r = usableLgr(AB);
    expect(r.error).toBeUndefined();
    expect(r.lgr).toEqual(parseLgr(AB).lgr);
  });

  test('a document with errors names its first three, as CODE message', () => {
    const xml = lgrOf(['ZZ', 'QQ', '0061', 'XX', 'YY'].map((cp) => `<char cp="${cp}"/>`).join(''));
    const errors = parseLgr(xml).issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(3);
    const r = usableLgr(xml);
    expect(r.lgr).toBeUndefined();
    expect(r.error).toBe(
      `not a usable RFC 7940 LGR: ${errors
        .slice(0, 3)
        .map((i) => `${i.code} ${i.message}`)
        .join('; ')}`,
    );
  });

  test('a document that is no LGR at all says why', () => {
    const r = usableLgr('<x/>');
    expect(r.lgr).toBeUndefined();
    expect(r.error).toMatch(/^not a usable RFC 7940 LGR: RFC7940_4\.2 /);
  });
});

describe('REFUSED_DISPOSITIONS', () => {
  test('invalid and blocked, frozen', () => {
    expect([...REFUSED_DISPOSITIONS].sort()).toEqual(['blocked', 'invalid']);
    expect(Object.isFrozen(REFUSED_DISPOSITIONS)).toBe(true);
  });

  test('the disposition of a variant a registry must refuse is one of them', () => {
    const lgr = usableLgr(AB).lgr!;
    const v = validateLabel(lgr, 'ac');
    expect(REFUSED_DISPOSITIONS.includes(v.disposition)).toBe(false);
    expect(v.variants.map((x) => [x.label, REFUSED_DISPOSITIONS.includes(x.disposition)])).toEqual([['bc', true]]);
    expect(REFUSED_DISPOSITIONS.includes(validateLabel(lgr, 'ad').disposition)).toBe(true);
  });
});

describe('CollisionIndex.check excludeSelf', () => {
  const index = new CollisionIndex(usableLgr(AB).lgr!);
  for (const label of ['ac', 'bc', 'cc']) index.add(label);

  test('the label itself is left out, its variants are not', () => {
    const all = index.check('ac');
    expect(all.collisions.map((c) => c.label).sort()).toEqual(['ac', 'bc']);
    const others = index.check('ac', { excludeSelf: true });
    expect(others.collisions).toEqual(all.collisions.filter((c) => c.label !== 'ac'));
    expect(others.ok).toBe(false);
  });

  test('a label registered alone collides with nothing but itself', () => {
    expect(index.check('cc').collisions).toEqual([{ label: 'cc', disposition: 'valid' }]);
    expect(index.check('cc', { excludeSelf: true })).toMatchObject({ ok: true, collisions: [] });
  });
});
