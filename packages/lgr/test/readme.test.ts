// The registry workflow of the README (## Use), run on RZ-LGR-5 Arabic: the figures it shows hold.
import { describe, expect, test } from 'vitest';
import { checkLgr, CollisionIndex, validateLabel } from '../src/index.js';
import { ARABIC, corpusLgr } from './helpers.js';

const lgr = corpusLgr(ARABIC);

describe.runIf(lgr !== undefined)('README workflow (RZ-LGR-5 Arabic)', () => {
  test('1. a batch of applications', () => {
    const rows = ['كتاب', 'مكتبة', 'كاک', 'ﻙتاب', 'بيت', 'سلام'].map((label) => {
      const r = validateLabel(lgr!, label);
      return [label, r.disposition, r.reason.message, r.estimate, r.variantCount];
    });
    expect(rows).toEqual([
      ['كتاب', 'valid', 'the catch-all action gave "valid"', 30, 29],
      ['مكتبة', 'valid', 'the catch-all action gave "valid"', 48, 47],
      ['كاک', 'invalid', 'action 2 (match "no-mix-kaf-keheh") gave "invalid"', 45, 0],
      ['ﻙتاب', 'invalid', 'U+FED9 is not in the repertoire (RFC 7940 §8.1)', 0, 0],
      ['بيت', 'valid', 'the catch-all action gave "valid"', 16, 15],
      ['سلام', 'valid', 'the catch-all action gave "valid"', 5, 4],
    ]);
  });
  test('2. allocatable and blocked variants', () => {
    const { variants } = validateLabel(lgr!, 'مكتبة');
    expect(
      variants
        .filter((v) => v.disposition === 'allocatable')
        .map((v) => v.label)
        .join(' '),
    ).toBe('مكتبه مكتبۃ مکتبة مکتبه مکتبۃ مڪتبة مڪتبه مڪتبۃ');
    expect(variants.filter((v) => v.disposition === 'blocked').length).toBe(39);
  });
  test('3. collisions with the zone', () => {
    const zone = new CollisionIndex(lgr!);
    for (const name of ['كتاب', 'بيت', 'سلام']) zone.add(name);
    expect(zone.check('کتاب').collisions).toEqual([{ label: 'كتاب', disposition: 'allocatable' }]);
    expect(zone.check('بیت').collisions).toEqual([{ label: 'بيت', disposition: 'allocatable' }]);
    expect(zone.check('مكتبة').collisions).toEqual([]);
  });
  test('4. checkLgr', () => {
    expect(checkLgr(lgr!)).toMatchObject({
      ok: true,
      symmetric: true,
      transitive: true,
      summary: {
        codePoints: 128,
        byScript: { Arab: 128 },
        variants: 192,
        variantsByType: { blocked: 166, allocatable: 26 },
        rules: 17,
        actions: 21,
      },
    });
  });
});
