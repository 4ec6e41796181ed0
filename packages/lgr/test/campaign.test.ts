// Reliability (issue #12's campaign, for this package): every export covered; hostile input answered in
// time linear in its size; input over the limits refused before any work.
import { describe, expect, test } from 'vitest';
import * as lgrApi from '../src/index.js';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';

const {
  parseLgr,
  validateLabel,
  variantOf,
  indexLabel,
  checkLgr,
  CollisionIndex,
  registeredLabel,
  MAX_LABEL_CODE_POINTS,
} = lgrApi;
const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const doc = (data: string, rules = '') => `<lgr ${NS}><data>${data}</data><rules>${rules}</rules></lgr>`;
// 'a'↔'b' blocked, 'c' plain: every 'a' doubles the variant set.
const ab = parseLgr(
  doc(
    '<char cp="0061"><var cp="0062" type="blocked"/></char><char cp="0062"><var cp="0061" type="blocked"/></char><char cp="0063"/>',
    '<rule name="ab"><char cp="0061"/><any count="0+"/><char cp="0062"/></rule><action disp="invalid" match="ab"/>',
  ),
).lgr!;
const hex = (k: number) => (0x4e00 + k).toString(16).toUpperCase();

const documents: [string, (n: number) => string][] = [
  [
    'many chars with variants',
    (n) =>
      doc(
        Array.from(
          { length: Math.floor(n / 60) },
          (_, k) => `<char cp="${hex(k)}"><var cp="${hex(k + 1)}"/></char>`,
        ).join(''),
      ),
  ],
  ['a long comment', (n) => `<!--${'-x'.repeat(n / 2)}-->${doc('')}`],
  [
    'many character references',
    (n) => `<lgr ${NS}><meta><version>${'&#x263A;'.repeat(n / 8)}</version></meta><data/></lgr>`,
  ],
  ['one huge attribute', (n) => `<lgr ${NS}><meta><version comment="${'x'.repeat(n)}">1</version></meta><data/></lgr>`],
  [
    'nesting at the depth limit, repeated',
    (n) =>
      `<lgr ${NS}><meta><description>${`${'<b>'.repeat(60)}${'</b>'.repeat(60)}`.repeat(n / 420)}</description></meta><data/></lgr>`,
  ],
  [
    'many classes and set operators',
    (n) =>
      doc(
        '<char cp="0061"/>',
        Array.from(
          { length: n / 120 },
          (_, k) => `<union name="u${k}"><class>0061-007A</class><class>00E0 00E9</class></union>`,
        ).join(''),
      ),
  ],
  ['unclosed elements', (n) => `<lgr ${NS}>${'<data>'.repeat(n / 6)}`],
];

describe('every export has a reliability case', () => {
  test('no export is missed', () => {
    expectEveryExportCovered(lgrApi as unknown as Record<string, unknown>, [
      'parseLgr',
      'validateLabel',
      'variantOf',
      'indexLabel',
      'checkLgr',
      'CollisionIndex',
      'registeredLabel',
      'usableLgr',
    ]);
  });
});

describe('linear time (time(16n) / time(n))', () => {
  test('registeredLabel: a name of many labels, and one long label', () => {
    expectLinear(
      (n) => 'a.'.repeat(n / 2),
      (s) => registeredLabel(s, 2),
      { small: 1 << 12 },
    );
    expectLinear(
      (n) => 'a'.repeat(n),
      (s) => registeredLabel(s, 2),
      { small: 1 << 12 },
    );
  });
  test.each(documents)('parseLgr: %s', (name, make) => {
    // More warm-up than expectLinear's own: the parser's functions are large and optimize late.
    const large = make(1 << 16);
    for (let k = 0; k < 5; k++) parseLgr(large);
    // Inputs that build few objects are timed on larger sizes (tiny times only measure noise).
    const small = /comment|attribute|references/.test(name) ? 1 << 15 : 1 << 12;
    expectLinear(make, (s) => parseLgr(s), { small });
  });
  test('validateLabel: estimate and disposition, variants off', () => {
    expectLinear(
      (n) => 'ac'.repeat(n / 2),
      (s) => validateLabel(ab, s, { variants: false }),
      { small: 4, factor: 15, floorMs: 0.005 },
    );
  });
  test('validateLabel: enumeration capped by maxVariants', () => {
    expectLinear(
      (n) => 'a'.repeat(n),
      (s) => validateLabel(ab, s, { maxVariants: 16 }),
      { small: 4, factor: 15, floorMs: 0.005 },
    );
  });
  test('variantOf: a variant of 2^n', () => {
    expectLinear(
      (n) => 'a'.repeat(n),
      (s) => variantOf(ab, s, s.replaceAll('a', 'b')),
      { small: 4, factor: 15, floorMs: 0.005 },
    );
  });
  test('indexLabel', () => {
    expectLinear(
      (n) => 'ab'.repeat(n / 2),
      (s) => indexLabel(ab, s),
      { small: 4, factor: 15, floorMs: 0.005 },
    );
  });
  test('checkLgr: n chars in one variant set… of pairs', () => {
    const make = (n: number) => parseLgr(documents[0]![1](n * 60)).lgr!;
    expectLinear(make, (l) => checkLgr(l), { small: 200 });
  });
  test('CollisionIndex: n labels added', () => {
    expectLinear(
      (n) =>
        Array.from({ length: n }, (_, k) => k.toString(2).padStart(16, '0').replaceAll('0', 'a').replaceAll('1', 'c')),
      (labels) => {
        const index = new CollisionIndex(ab);
        for (const l of labels) index.add(l);
        return index.check('caca');
      },
      { small: 256 },
    );
  });
});

describe('over the limits: refused at once', () => {
  const mega = 'a'.repeat(1 << 20);
  test.each([
    ['validateLabel', () => validateLabel(ab, mega).issues],
    ['indexLabel', () => indexLabel(ab, mega).issues],
    ['CollisionIndex.check', () => new CollisionIndex(ab).check(mega).issues],
  ] as const)('%s of a megabyte', (_name, run) => {
    expect(run().map((i) => i.code)).toEqual(['LIMIT_LABEL_LENGTH']);
  });
  test('variantOf of a megabyte: not a variant', () => {
    expect(variantOf(ab, mega, mega).isVariant).toBe(false);
    expect(variantOf(ab, 'a'.repeat(MAX_LABEL_CODE_POINTS), 'b'.repeat(MAX_LABEL_CODE_POINTS)).isVariant).toBe(true);
  });
  test('parseLgr of 17 MB and of a megabyte of junk', () => {
    expect(parseLgr(`${doc('')}<!--${'x'.repeat(17 << 20)}-->`).issues.map((i) => i.code)).toEqual([
      'LIMIT_DOCUMENT_LENGTH',
    ]);
    expect(parseLgr(mega).issues.map((i) => i.code)).toEqual(['XML_MALFORMED']);
    expect(lgrApi.usableLgr(mega).error).toMatch(/^not a usable RFC 7940 LGR: XML_MALFORMED /);
  });
});

describe('registeredLabel never throws on a string', () => {
  propTest.prop([hostileString(), fc.integer({ min: 1, max: 200 })])('and answers one of its labels', (name, level) => {
    const label = registeredLabel(name, level);
    expect((name.endsWith('.') ? name.slice(0, -1) : name).split('.')).toContain(label);
  });
});
