// Laws of validation (fast-check): never throws on any string; the variant relation is symmetric where
// the LGR's mappings are (checkLgr says so); a label is in its own variant set, whose members all share
// its §8.5 index label; variantOf agrees with the enumeration.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { hostileString } from '../../../test-vectors/campaign.js';
import { checkLgr, indexLabel, validateLabel, variantOf } from '../src/index.js';
import { ARABIC, corpusLgr, repertoireChars } from './helpers.js';

const arabic = corpusLgr(ARABIC);
const french = corpusLgr('lgr-core-fixtures/Sample-French.xml');

describe.runIf(arabic !== undefined && french !== undefined)('validateLabel laws', () => {
  const lgrs = [arabic!, french!];
  const arabicLabel = fc
    .array(fc.constantFrom(...repertoireChars(arabic!)), { minLength: 1, maxLength: 6 })
    .map((a) => a.join(''));

  test.prop([hostileString(80), fc.integer({ min: 0, max: 1 })])(
    'never throws, always a disposition',
    (label, which) => {
      const r = validateLabel(lgrs[which]!, label);
      expect(typeof r.disposition).toBe('string');
      expect(r.ok).toBe(r.disposition !== 'invalid');
      expect(r.variantCount).toBe(r.variants.length);
    },
  );

  test('RZ-LGR-5 Arabic is symmetric and transitive (so the laws below must hold)', () => {
    const c = checkLgr(arabic!);
    expect([c.symmetric, c.transitive]).toEqual([true, true]);
  });

  test.prop([arabicLabel], { numRuns: 60 })('symmetric: each variant has the label among its variants', (label) => {
    const r = validateLabel(arabic!, label, { maxVariants: 200 });
    for (const v of r.variants.slice(0, 10)) expect(variantOf(arabic!, v.label, label).isVariant).toBe(true);
  });

  test.prop([arabicLabel], { numRuns: 60 })(
    'a label is in its own variant set, and the set shares one index label (§8.5)',
    (label) => {
      const r = validateLabel(arabic!, label, { maxVariants: 200 });
      if (!r.ok) return;
      expect(variantOf(arabic!, label, label).isVariant).toBe(true);
      const own = indexLabel(arabic!, label).value;
      expect(own).not.toBeNull();
      for (const v of r.variants) expect(indexLabel(arabic!, v.label).value).toBe(own);
    },
  );

  test.prop([arabicLabel], { numRuns: 60 })(
    'the estimate bounds the enumeration; variantOf agrees with it',
    (label) => {
      const r = validateLabel(arabic!, label, { maxVariants: 200, includeInvalid: true });
      if (!r.ok) return;
      expect(r.variantCount + 1).toBeLessThanOrEqual(r.estimate);
      for (const v of r.variants.slice(0, 10))
        expect(variantOf(arabic!, label, v.label)).toMatchObject({ isVariant: true, disposition: v.disposition });
    },
  );
});
