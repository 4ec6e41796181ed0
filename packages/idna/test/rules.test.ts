// The shared IDNA2008 rules: the Bidi rule (RFC 5893) and CONTEXTJ (RFC 5892 Appendix A.1, A.2).
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { checkBidiRule, checkContextJ, isBidiDomainName, isRtlLabel } from '../src/index.js';

const conditions = (label: string) => checkBidiRule(label).map((v) => v.condition);

describe('RFC 5893 §2 Bidi rule', () => {
  test.each([
    ['abc', []],
    ['\u05d0\u05d1', []],
    ['\u0627\u0661\u0662', []], // AL then AN
    ['\u05d0\u0308', []], // trailing NSM
    ['a\u0308', []],
    ['1abc', [1]], // condition 1: EN first, nothing else checked
    ['\u0308a', [1]],
    ['\u05d0a', [2, 3]], // L in an RTL label, and the RTL label ends with L
    ['\u05d0-', [3]], // ends with ES
    ['\u05d01\u0661', [4]], // EN and AN
    ['a\u05d0', [5, 6]], // R in an LTR label, and the LTR label ends with R
    ['a-', [6]],
    ['', []],
  ] as const)('%j fails %j', (label, expected) => {
    expect(conditions(label)).toEqual(expected);
  });
  test('violations carry offset and code point', () => {
    expect(checkBidiRule('\u05d0b\u05d1')).toEqual([{ condition: 2, offset: 1, codePoint: 0x62 }]);
    expect(checkBidiRule('a\u{10900}')).toEqual([
      { condition: 5, offset: 1, codePoint: 0x10900 },
      { condition: 6, offset: 1, codePoint: 0x10900 },
    ]);
  });
  test('a Bidi domain name has an RTL label (R, AL or AN anywhere, RFC 5893 §1.4)', () => {
    expect(isRtlLabel('1\u0661')).toBe(true);
    expect(isRtlLabel('abc')).toBe(false);
    expect(isBidiDomainName(['abc', 'x\u05d0'])).toBe(true);
    expect(isBidiDomainName('abc.def')).toBe(false);
  });
});

describe('RFC 5892 Appendix A CONTEXTJ', () => {
  test.each([
    ['\u0915\u094d\u200c\u0937', []], // ZWNJ after a Virama
    ['\u0628\u200c\u0628', []], // ZWNJ between dual-joining letters
    ['\u0628\u064b\u200c\u064b\u0628', []], // with transparent marks around
    ['\u0628\u200c\u0627', []], // D then R
    ['\u0627\u200c\u0628', ['ZWNJ']], // R before: not L or D
    ['a\u200cb', ['ZWNJ']],
    ['\u200c', ['ZWNJ']],
    ['\u0915\u094d\u200d\u0937', []], // ZWJ after a Virama
    ['a\u200db', ['ZWJ']],
    ['\u200d\u200c', ['ZWJ', 'ZWNJ']],
  ] as const)('%j fails %j', (label, expected) => {
    expect(checkContextJ(label).map((v) => v.rule)).toEqual(expected);
  });
  test('violations carry offset and code point', () => {
    expect(checkContextJ('\u{10000}\u200d')).toEqual([{ rule: 'ZWJ', offset: 2, codePoint: 0x200d }]);
  });
  test('linear on long runs of joiners and transparent marks (ratio 8n / n)', () => {
    expectLinear(
      (n) => ('\u0628' + '\u064b'.repeat(50) + '\u200c').repeat(n),
      (input) => [checkContextJ(input), checkBidiRule(input)],
      { small: 500, factor: 8 },
    );
  });
  propTest.prop([fc.string({ unit: 'binary', maxLength: 40 })])('never throw', (label) => {
    expect(() => {
      checkContextJ(label);
      checkBidiRule(label);
    }).not.toThrow();
  });
});
