// Reliability campaign (issue #12) for @nomina/idna: every exported function (a test enumerates them, so a
// new one cannot be missed) never throws on hostile strings — lone surrogates, the documented maximum
// size and one beyond — and takes linear time on the worst-case shapes known for IDNA (n vs 16n, by time
// ratio only). Regression: issue #12 failure 5, `checkDomain` on a label of 4096 distinct CJK characters
// was quadratic (the RFC 3492 encoder); the "distinct CJK" generator keeps it linear.
import { test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';
import * as idna from '../src/index.js';
import { WORST_SHAPES } from './worst-shapes.js';

const { MAX_INPUT_LENGTH, MAX_PUNYCODE_LENGTH } = idna;
type Run = (text: string) => unknown;
const cp = (text: string) => text.codePointAt(0) ?? 0;

/** One case per exported function: how the campaign calls it with one string. */
const CASES: Record<string, Run> = {
  toASCII: (s) => idna.toASCII(s),
  toUnicode: (s) => idna.toUnicode(s),
  unicodeName: (s) => idna.unicodeName(s),
  domainToASCII: (s) => idna.domainToASCII(s),
  domainToUnicode: (s) => idna.domainToUnicode(s),
  assertToASCII: (s) => assertOnly(() => idna.assertToASCII(s)),
  assertToUnicode: (s) => assertOnly(() => idna.assertToUnicode(s)),
  assertRegistrable: (s) => assertOnly(() => idna.assertRegistrable(s)),
  checkDomain: (s) => idna.checkDomain(s),
  inspectDomain: (s) => idna.inspectDomain(s),
  inspectLabel: (s) => idna.inspectLabel(s),
  inspectLabelPair: (s) => idna.inspectLabelPair(s, `xn--${s}`),
  verifyDnsLength: (s) => idna.verifyDnsLength(s),
  checkBidiRule: (s) => idna.checkBidiRule(s),
  isBidiDomainName: (s) => idna.isBidiDomainName(s),
  isRtlLabel: (s) => idna.isRtlLabel(s),
  checkContextJ: (s) => idna.checkContextJ(s),
  checkContextO: (s) => idna.checkContextO(s),
  contextoRuleOf: (s) => idna.contextoRuleOf(cp(s)),
  getIdna2008Property: (s) => idna.getIdna2008Property(cp(s)),
  uts46Mapping: (s) => idna.uts46Mapping(cp(s)),
  formatCodePoint: (s) => idna.formatCodePoint(cp(s)),
  'punycode.encode': (s) => idna.punycode.encode(s),
  'punycode.decode': (s) => idna.punycode.decode(s),
  'punycode.encodeDomain': (s) => idna.punycode.encodeDomain(s),
  'punycode.decodeDomain': (s) => idna.punycode.decodeDomain(s),
};

/** The `assert*` helpers throw by design, only their own error class. */
function assertOnly(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof idna.IdnaAssertionError) return error;
    throw error;
  }
}

/** Functions with no length limit of their own (pure scans): their linearity is checked beyond MAX_INPUT_LENGTH. */
const UNBOUNDED = new Set([
  'verifyDnsLength',
  'checkBidiRule',
  'isBidiDomainName',
  'isRtlLabel',
  'checkContextJ',
  'checkContextO',
]);
/** Functions of one code point: constant time, nothing to scale. */
const CONSTANT = new Set(['contextoRuleOf', 'getIdna2008Property', 'uts46Mapping', 'formatCodePoint']);

/** The whole pipelines meet every generator; the single rules the shapes that reach their loops. */
const PIPELINES = new Set([
  'toASCII',
  'toUnicode',
  'domainToASCII',
  'domainToUnicode',
  'checkDomain',
  'inspectDomain',
  'punycode.encode',
  'punycode.decode',
]);

describe('every exported function has a case', () => {
  test('the module', () => {
    const covered = Object.keys(CASES).filter((name) => !name.startsWith('punycode.'));
    expectEveryExportCovered(idna, covered, { IdnaAssertionError: 'a class: thrown by the assert* cases' });
  });
  test('the punycode namespace', () => {
    const covered = Object.keys(CASES)
      .filter((name) => name.startsWith('punycode.'))
      .map((name) => name.slice(9));
    expectEveryExportCovered(idna.punycode, covered);
  });
});

describe('never throws on hostile strings', () => {
  for (const [name, run] of Object.entries(CASES)) {
    propTest.prop([hostileString(80)], { numRuns: 100 })(`${name}`, (text) => {
      expect(() => run(text)).not.toThrow();
    });
  }
});

describe('at the documented maximum size and one beyond', () => {
  const sizes = [MAX_INPUT_LENGTH, MAX_INPUT_LENGTH + 1];
  test.each(Object.keys(CASES))('%s', (name) => {
    for (const n of sizes)
      for (const make of Object.values(WORST_SHAPES)) expect(() => CASES[name]!(make(n).padEnd(n, 'a'))).not.toThrow();
  });
  test('the limits hold at N and N+1', () => {
    const at = (n: number) => 'a'.repeat(n);
    expect(idna.toASCII(at(MAX_INPUT_LENGTH)).issues.some((i) => i.code === 'INPUT_TOO_LONG')).toBe(false);
    expect(idna.toASCII(at(MAX_INPUT_LENGTH + 1)).issues.map((i) => i.code)).toEqual(['INPUT_TOO_LONG']);
    expect(idna.checkDomain(at(MAX_INPUT_LENGTH + 1)).issues.map((i) => i.code)).toEqual(['INPUT_TOO_LONG']);
    expect(idna.punycode.encode('ü'.repeat(MAX_PUNYCODE_LENGTH)).ok).toBe(true);
    expect(idna.punycode.encode('ü'.repeat(MAX_PUNYCODE_LENGTH + 1)).issues[0]?.code).toBe('PUNYCODE_TOO_LONG');
    expect(idna.punycode.decode('a'.repeat(MAX_PUNYCODE_LENGTH + 1)).issues[0]?.code).toBe('PUNYCODE_TOO_LONG');
  });
  test('MAX_LABEL_OCTETS and MAX_DOMAIN_OCTETS (VerifyDnsLength) at N and N + 1', () => {
    const codes = (name: string) => idna.toASCII(name).issues.map((i) => i.code);
    const { MAX_LABEL_OCTETS, MAX_DOMAIN_OCTETS } = idna;
    expect(codes('a'.repeat(MAX_LABEL_OCTETS))).toEqual([]);
    expect(codes('a'.repeat(MAX_LABEL_OCTETS + 1))).toEqual(['A4_2']);
    // Labels of 63 octets and one shorter one: the domain is exactly n octets without the root dot.
    const domain = (n: number) => {
      const full = Math.floor((n + 1) / (MAX_LABEL_OCTETS + 1));
      const labels = Array.from({ length: full }, () => 'a'.repeat(MAX_LABEL_OCTETS));
      labels.push('b'.repeat(n - full * (MAX_LABEL_OCTETS + 1)));
      return labels.join('.');
    };
    expect(domain(MAX_DOMAIN_OCTETS).length).toBe(MAX_DOMAIN_OCTETS);
    expect(codes(domain(MAX_DOMAIN_OCTETS))).toEqual([]);
    expect(codes(domain(MAX_DOMAIN_OCTETS + 1))).toEqual(['A4_1']);
  });
  test('a 1 MB input returns an issue', () => {
    const big = '\u4e00'.repeat(1 << 20);
    for (const name of [...PIPELINES].filter((n) => !n.startsWith('punycode.')).concat('inspectLabel')) {
      const result = CASES[name]!(big) as { issues: { code: string }[] };
      expect(
        result.issues.map((i) => i.code),
        name,
      ).toContain('INPUT_TOO_LONG');
    }
  });
});

const RULE_GENERATORS = ['distinct CJK', 'alternating scripts', 'U+0660 run', 'ZWJ/ZWNJ', 'dots'];

/**
 * Punycode is O(n log n) (a sort and a Fenwick tree: about 24 for 16n / n), and this 2-core machine is
 * shared by many jobs: a bound of 6 × 16 still fails quadratic code (256) by far; a floor of 0.2 ms keeps
 * timer noise on sub-millisecond calls out of the ratio.
 */
const LINEARITY = { bound: 96, floorMs: 0.2 };

// Retried twice: noise on a shared machine only adds time, while quadratic code fails every attempt.
describe('linear time (time for 16n / time for n)', { retry: 2 }, () => {
  for (const name of Object.keys(CASES)) {
    if (CONSTANT.has(name)) continue;
    // Bounded functions: up to the limit (16n = MAX_INPUT_LENGTH); scans: beyond it.
    const small = UNBOUNDED.has(name) ? MAX_INPUT_LENGTH : MAX_INPUT_LENGTH / 16;
    test.each(PIPELINES.has(name) ? Object.keys(WORST_SHAPES) : RULE_GENERATORS)(`${name}: %s`, (generator) => {
      expectLinear(WORST_SHAPES[generator]!, CASES[name]!, { small, ...LINEARITY });
    });
  }
});

describe('issue #12 failure 5: a label of 4096 distinct CJK characters', { retry: 2 }, () => {
  test('checkDomain is LABEL_TOO_LONG, in time linear in the label', () => {
    const label = WORST_SHAPES['distinct CJK']!(MAX_INPUT_LENGTH);
    expect(idna.checkDomain(label).reasons.map((i) => i.code)).toContain('LABEL_TOO_LONG');
    expectLinear(WORST_SHAPES['distinct CJK']!, (s) => idna.checkDomain(s), {
      small: MAX_INPUT_LENGTH / 16,
      ...LINEARITY,
    });
  });
});
