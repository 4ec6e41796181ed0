// Every limit of src/limits.ts at N (accepted) and N + 1 (refused with its issue, promptly).
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import {
  DEFAULT_MAX_VARIANTS,
  MAX_LABEL_CODE_POINTS,
  MAX_LABEL_LENGTH,
  MAX_LGR_DOCUMENT_LENGTH,
  MAX_RULE_DEPTH,
  MAX_RULE_ELEMENTS,
  MAX_SEQUENCE_LENGTH,
  MAX_VARIANTS_LIMIT,
  MAX_XML_ATTRIBUTES,
  MAX_XML_DEPTH,
  MAX_XML_ELEMENTS,
  parseLgr,
  validateLabel,
} from '../src/index.js';

const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const codes = (xml: string): string[] => parseLgr(xml).issues.map((i) => i.code);
const ab = parseLgr(
  `<lgr ${NS}><data><char cp="0061"><var cp="0062" type="blocked"/></char><char cp="0062"><var cp="0061" type="blocked"/></char></data></lgr>`,
).lgr!;

describe('XML limits', () => {
  test('MAX_LGR_DOCUMENT_LENGTH', () => {
    const base = `<lgr ${NS}><data/></lgr><!---->`;
    const doc = (n: number) => base.slice(0, -3) + 'x'.repeat(n - base.length) + '-->';
    expect(doc(MAX_LGR_DOCUMENT_LENGTH).length).toBe(MAX_LGR_DOCUMENT_LENGTH);
    expect(codes(doc(MAX_LGR_DOCUMENT_LENGTH))).toEqual([]);
    expect(codes(doc(MAX_LGR_DOCUMENT_LENGTH + 1))).toEqual(['LIMIT_DOCUMENT_LENGTH']);
  });

  test('MAX_XML_DEPTH', () => {
    // lgr + meta + description + (n - 3) nested elements ignored inside the description.
    const doc = (n: number) =>
      `<lgr ${NS}><meta><description>${'<b>'.repeat(n - 3)}${'</b>'.repeat(n - 3)}</description></meta><data/></lgr>`;
    expect(codes(doc(MAX_XML_DEPTH))).toEqual([]);
    expect(codes(doc(MAX_XML_DEPTH + 1))).toEqual(['LIMIT_DEPTH']);
  });

  test('MAX_XML_ELEMENTS', () => {
    // lgr, meta, description, data and n - 4 empty elements inside the description.
    const doc = (n: number) =>
      `<lgr ${NS}><meta><description>${'<b/>'.repeat(n - 4)}</description></meta><data/></lgr>`;
    expect(codes(doc(MAX_XML_ELEMENTS))).toEqual([]);
    expect(codes(doc(MAX_XML_ELEMENTS + 1))).toEqual(['LIMIT_ELEMENTS']);
  });

  test('MAX_XML_ATTRIBUTES', () => {
    const doc = (n: number) =>
      `<lgr ${NS}><meta><description ${Array.from({ length: n }, (_, k) => `xmlns:a${k}="x"`).join(' ')}/></meta><data/></lgr>`;
    expect(codes(doc(MAX_XML_ATTRIBUTES))).toEqual([]);
    expect(codes(doc(MAX_XML_ATTRIBUTES + 1))).toEqual(['LIMIT_ATTRIBUTES']);
  });
});

describe('LGR limits', () => {
  test('MAX_SEQUENCE_LENGTH', () => {
    const doc = (n: number) => `<lgr ${NS}><data><char cp="${Array(n).fill('0061').join(' ')}"/></data></lgr>`;
    expect(codes(doc(MAX_SEQUENCE_LENGTH))).toEqual([]);
    expect(codes(doc(MAX_SEQUENCE_LENGTH + 1))).toEqual(['RFC7940_5.1']);
  });

  test('MAX_RULE_DEPTH (by-ref chains)', () => {
    const doc = (n: number) => {
      let rules = '<rule name="r0"><char cp="0061"/></rule>';
      for (let k = 1; k <= n; k++) rules += `<rule name="r${k}"><rule by-ref="r${k - 1}"/></rule>`;
      return `<lgr ${NS}><data><char cp="0061"/></data><rules>${rules}</rules></lgr>`;
    };
    expect(codes(doc(MAX_RULE_DEPTH))).toEqual([]);
    expect(codes(doc(MAX_RULE_DEPTH + 1))).toEqual(['RFC7940_6.3']);
  });

  test('MAX_RULE_ELEMENTS (rule references doubling: the "billion laughs" of rules)', () => {
    // r0 = 1 element; r(k) = two references to r(k-1): 3·2^k - 2 elements; the last one is made to hit n exactly.
    const doc = (extra: number) => {
      let rules = `<rule name="r0">${'<char cp="0061"/>'.repeat(1)}</rule>`;
      for (let k = 1; k <= 14; k++)
        rules += `<rule name="r${k}"><rule by-ref="r${k - 1}"/><rule by-ref="r${k - 1}"/></rule>`;
      // r14 expands to 3·2^14 - 2 = 49150 elements; two of it plus padding chars reach the limit.
      const padding = MAX_RULE_ELEMENTS - 2 * (49150 + 1) + extra;
      rules += `<rule name="big"><rule by-ref="r14"/><rule by-ref="r14"/>${'<any/>'.repeat(padding)}</rule>`;
      return `<lgr ${NS}><data><char cp="0061"/></data><rules>${rules}</rules></lgr>`;
    };
    expect(codes(doc(0))).toEqual([]);
    expect(codes(doc(1))).toEqual(['RFC7940_6.3']);
    // A doubling chain of 60 would expand to 2^61 elements: refused, in time linear in the document
    // (4× the chain, about 4× the time; an expansion would take 2^45× as long).
    const deep = (n: number) =>
      `<lgr ${NS}><data><char cp="0061"/></data><rules><rule name="r0"><any/></rule>${Array.from({ length: n }, (_, k) => `<rule name="r${k + 1}"><rule by-ref="r${k}"/><rule by-ref="r${k}"/></rule>`).join('')}</rules></lgr>`;
    expect(codes(deep(60))).toContain('RFC7940_6.3');
    expectLinear(deep, codes, { small: 15, factor: 4 });
  });
});

describe('label limits', () => {
  const az = parseLgr(
    `<lgr ${NS}><data><range first-cp="0061" last-cp="007A"/><range first-cp="10000" last-cp="1000B"/></data></lgr>`,
  ).lgr!;
  test('MAX_LABEL_CODE_POINTS', () => {
    expect(validateLabel(az, 'a'.repeat(MAX_LABEL_CODE_POINTS)).disposition).toBe('valid');
    expect(validateLabel(az, 'a'.repeat(MAX_LABEL_CODE_POINTS + 1)).issues.map((i) => i.code)).toEqual([
      'LIMIT_LABEL_LENGTH',
    ]);
  });
  test('MAX_LABEL_LENGTH (UTF-16 units)', () => {
    expect(validateLabel(az, '\u{10000}'.repeat(MAX_LABEL_LENGTH / 2)).disposition).toBe('valid');
    expect(validateLabel(az, `${'\u{10000}'.repeat(MAX_LABEL_LENGTH / 2)}a`).issues.map((i) => i.code)).toEqual([
      'LIMIT_LABEL_LENGTH',
    ]);
  });
  test('maxVariants (DEFAULT_MAX_VARIANTS) at N and N + 1', () => {
    // 'a' × 10: 2^10 labels, the label itself included.
    const label = 'a'.repeat(10);
    expect(validateLabel(ab, label).estimate).toBe(1024);
    expect(validateLabel(ab, label, { maxVariants: 1024 })).toMatchObject({ truncated: false, variantCount: 1023 });
    const capped = validateLabel(ab, label, { maxVariants: 1023 });
    expect(capped.truncated).toBe(true);
    expect(capped.issues.map((i) => i.code)).toEqual(['RFC7940_8.2_TRUNCATED']);
    expect(DEFAULT_MAX_VARIANTS).toBeLessThan(1024);
    expect(validateLabel(ab, label).truncated).toBe(true);
  });
  test('MAX_VARIANTS_LIMIT', () => {
    expect(validateLabel(ab, 'a', { maxVariants: MAX_VARIANTS_LIMIT }).issues).toEqual([]);
    expect(validateLabel(ab, 'a', { maxVariants: MAX_VARIANTS_LIMIT + 1 }).issues.map((i) => i.code)).toEqual([
      'LIMIT_MAX_VARIANTS',
    ]);
  });
});
