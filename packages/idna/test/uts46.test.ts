import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import {
  assertToASCII,
  assertToUnicode,
  DEFAULT_OPTIONS,
  IdnaAssertionError,
  MAX_INPUT_LENGTH,
  toASCII,
  toUnicode,
  type Uts46Options,
} from '../src/index.js';

const codes = (input: string, options?: Uts46Options) => toASCII(input, options).errors.map((e) => e.code);

describe('results', () => {
  test('a valid name', () => {
    expect(toASCII('Bücher.Example')).toMatchObject({ ok: true, value: 'xn--bcher-kva.example', issues: [] });
    expect(toUnicode('xn--bcher-kva.example')).toMatchObject({ ok: true, value: 'bücher.example', issues: [] });
  });
  test('deprecated aliases: `domain` is `value`, `errors` is the same array as `issues` (issue #11)', () => {
    for (const result of [toASCII('Bücher.Example'), toASCII('a_b.-x'), toUnicode('xn--b.example'), toUnicode('-x')]) {
      expect(result.domain).toBe(result.value);
      expect(result.errors).toBe(result.issues);
      // The aliases are getters of the prototype: not own fields, so not in JSON or spreads.
      expect(Object.keys(result)).toEqual(['ok', 'value', 'issues']);
      expect(JSON.parse(JSON.stringify(result))).toEqual({ ok: result.ok, value: result.value, issues: result.issues });
    }
  });
  test('every problem is reported with its label, offset and code point', () => {
    const result = toASCII('a_b.-x-.\u05d0a');
    expect(result.ok).toBe(false);
    // @nomina/core's Issue: every field present, in its order.
    const at = (code: string, label: number, offset: number, codePoint: number) => ({
      code,
      message: expect.any(String),
      severity: 'error',
      label,
      offset,
      codePoint,
    });
    expect(result.issues).toEqual([
      at('U1', 0, 1, 0x5f),
      at('V3', 1, 0, 0x2d),
      // A Bidi domain name: every label must satisfy the Bidi rule, and `-x-` starts with ES.
      at('B1', 1, 0, 0x2d),
      at('V3', 1, 2, 0x2d),
      at('B2', 2, 1, 0x61),
      at('B3', 2, 1, 0x61),
    ]);
    for (const issue of result.issues)
      expect(Object.keys(issue)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint']);
  });
  test('the empty error list is shared and frozen (no allocation on the fast path)', () => {
    expect(Object.isFrozen(toASCII('example.com').errors)).toBe(true);
  });
});

describe('options', () => {
  test('defaults are the IdnaTestV2 settings', () => {
    expect(DEFAULT_OPTIONS).toEqual({
      transitionalProcessing: false,
      checkHyphens: true,
      checkBidi: true,
      checkJoiners: true,
      useSTD3ASCIIRules: true,
      verifyDnsLength: true,
      ignoreInvalidPunycode: false,
    });
  });
  test('transitionalProcessing maps the deviations', () => {
    expect(toASCII('faß.de').domain).toBe('xn--fa-hia.de');
    expect(toASCII('faß.de', { transitionalProcessing: true }).domain).toBe('fass.de');
  });
  test('checkHyphens', () => {
    expect(codes('ab--c')).toEqual(['V2']);
    expect(codes('-ab-')).toEqual(['V3', 'V3']);
    expect(codes('ab--c', { checkHyphens: false })).toEqual([]);
  });
  test('checkBidi', () => {
    expect(codes('\u05d0a')).toEqual(['B2', 'B3'].sort());
    expect(codes('\u05d0a', { checkBidi: false })).toEqual([]);
  });
  test('checkJoiners', () => {
    expect(codes('a\u200db')).toEqual(['C2']);
    expect(codes('a\u200db', { checkJoiners: false })).toEqual([]);
    // RFC 5892 A.2: a ZWJ after a Virama is allowed.
    expect(codes('\u0915\u094d\u200d\u0937')).toEqual([]);
  });
  test('useSTD3ASCIIRules', () => {
    expect(codes('a b')).toEqual(['U1']);
    expect(codes('a b', { useSTD3ASCIIRules: false })).toEqual([]);
  });
  test('verifyDnsLength', () => {
    expect(codes('a'.repeat(64))).toEqual(['A4_2']);
    expect(codes('a'.repeat(63))).toEqual([]);
    expect(codes('a..b')).toEqual(['A4_2']);
    expect(codes('a..b', { verifyDnsLength: false })).toEqual([]);
    expect(toUnicode('a..b').errors.map((e) => e.code)).toEqual(['X4_2']);
    expect(toUnicode('a.b.').ok).toBe(true);
  });
  test('ignoreInvalidPunycode', () => {
    expect(codes('xn--b.example')).toEqual(['P4']);
    expect(codes('xn--b.example', { ignoreInvalidPunycode: true, checkHyphens: false })).toEqual(['V4']);
  });
  test('P4 offsets point into the label, "xn--" included; a delimiter inside the prefix does not end the basic part', () => {
    // "xn--ab!c": the only hyphen-minus is in the prefix, so "ab!c" is all deltas and "!" (offset 6) is no digit.
    expect(toASCII('xn--ab!c', { useSTD3ASCIIRules: false }).errors).toMatchObject([
      { code: 'P4', label: 0, offset: 6 },
    ]);
    expect(toUnicode('a.xn--bcher-kv!').errors).toMatchObject([{ code: 'P4', label: 1, offset: 12 }]); // "!" after "xn--bcher-kv"
    expect(toUnicode('xn--bcher-kva').domain).toBe('bücher');
  });
  test('labels are ranges of the mapped domain: offsets are relative to their label, replaced labels spliced in place', () => {
    const at = (input: string) => toASCII(input).errors.map((e) => [e.code, e.label, e.offset]);
    expect(at('ab.c\ud800d')).toEqual([
      ['V7', 1, 1],
      ['A3', 1, 1],
    ]); // the encoder's offset, in label 1
    expect(at('x.\u05d0a.com')).toEqual([
      ['B2', 1, 1],
      ['B3', 1, 1],
    ]); // Bidi rule on a range
    expect(at('q.a\u200cb')).toEqual([['C1', 1, 1]]); // CONTEXTJ on a range
    expect(toASCII('abc.xn--a-ecp.xn--ab-').domain).toBe('abc.xn--a-ecp.ab'); // kept, decoded-ASCII (P4) replaced
    expect(toUnicode('abc.xn--a-ecp.xn--ab-').domain).toBe('abc.a\u2488.ab');
    expect(toASCII('ab.xn--\u00fc').domain).toBe('ab.xn--xn---3ra'); // a non-ASCII "xn--" label (P4) is encoded
    expect(toASCII('B\u00fccher.EXAMPLE.b\u00fccher.de').domain).toBe('xn--bcher-kva.example.xn--bcher-kva.de');
    expect(toUnicode('xn--bcher-kva.example.xn--bcher-kva.de').domain).toBe('b\u00fccher.example.b\u00fccher.de');
  });
  test('all options objects behave alike (one internal shape): DEFAULT_OPTIONS spelled out equals no options', () => {
    for (const name of ['xn--bcher-kva.example', 'Bücher.example', 'a..b', '-a.b', '\u05d0.1']) {
      expect(toASCII(name, { ...DEFAULT_OPTIONS })).toEqual(toASCII(name));
      expect(toUnicode(name, { ...DEFAULT_OPTIONS })).toEqual(toUnicode(name));
    }
  });
  test('a non-boolean flag is a programmer error', () => {
    expect(() => toASCII('a', { checkBidi: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => toASCII(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('safety', () => {
  test('an ASCII-only Punycode label is an error (CVE-2024-12224 class)', () => {
    expect(codes('xn--example-.com')).toEqual(['P4']);
    expect(toUnicode('xn--example-.com').ok).toBe(false);
  });
  test('a Punycode label that decodes to another ACE label is V4', () => {
    expect(codes('xn--xn--a--gua')).toContain('V4');
  });
  test(`MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH}) is processed, one more is INPUT_TOO_LONG`, () => {
    const atLimit = 'a.'.repeat(MAX_INPUT_LENGTH / 2 - 1) + 'ü';
    expect(atLimit.length).toBe(MAX_INPUT_LENGTH - 1);
    expect(toASCII(atLimit + 'b', { verifyDnsLength: false }).ok).toBe(true);
    expect(toASCII(atLimit + 'bc', { verifyDnsLength: false }).errors.map((e) => e.code)).toEqual(['INPUT_TOO_LONG']);
    expect(toUnicode(atLimit + 'bc').errors.map((e) => e.code)).toEqual(['INPUT_TOO_LONG']);
  });
  test('an input that mapping lengthens past the limit is INPUT_TOO_LONG', () => {
    // U+FDFA maps to 18 code points.
    const input = '\ufdfa'.repeat(Math.ceil(MAX_INPUT_LENGTH / 18) + 1);
    expect(input.length).toBeLessThan(MAX_INPUT_LENGTH);
    expect(toASCII(input).errors.map((e) => e.code)).toEqual(['INPUT_TOO_LONG']);
  });
  test('1 MB adversarial inputs take time linear in their size (ratio 8n / n, CVE-2022-45061 / CVE-2024-3651 class)', () => {
    const adversarial = [
      (n: number) => 'a\u0300'.repeat(n / 2),
      (n: number) => '\u0300'.repeat(n),
      (n: number) => 'xn--' + 'a'.repeat(n),
      (n: number) => '\u00fc'.repeat(n),
    ];
    for (const make of adversarial)
      expectLinear(make, (input) => [toASCII(input, { verifyDnsLength: false }), toUnicode(input)], {
        small: 128 * 1024,
        factor: 8,
      });
  });
});

describe('assert helpers', () => {
  test('return the domain or throw one error class carrying every error', () => {
    expect(assertToASCII('Bücher.example')).toBe('xn--bcher-kva.example');
    expect(assertToUnicode('xn--bcher-kva.example')).toBe('bücher.example');
    try {
      assertToASCII('-a_');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IdnaAssertionError);
      expect((error as IdnaAssertionError).code).toBe('V3');
      expect((error as IdnaAssertionError).errors.map((e) => e.code)).toEqual(['V3', 'U1']);
    }
  });
});

describe('fast path', () => {
  // The pass-through paths must agree with the full processing: compare with inputs that defeat them by
  // a first letter that maps to the same one (FULLWIDTH LATIN CAPITAL LETTER A maps to "a").
  const ldh = fc.stringMatching(/^[a-z0-9-]{0,70}(\.[a-z0-9-]{0,70}){0,4}\.?$/);
  propTest.prop([ldh, fc.boolean(), fc.boolean()])(
    'agrees with the full path on LDH names',
    (name, checkHyphens, verifyDnsLength) => {
      const options = { checkHyphens, verifyDnsLength };
      const slow = '\uff21' + name; // forces the full path
      const fast = (name.length % 2 ? 'A' : 'a') + name; // the pass-through, or its lower-case variant
      const a = toASCII(fast, options);
      const b = toASCII(slow, options);
      expect({ domain: a.domain, codes: a.errors.map((e) => e.code) }).toEqual({
        domain: b.domain,
        codes: b.errors.map((e) => e.code),
      });
      const u = toUnicode(fast, options);
      const v = toUnicode(slow, options);
      expect({ domain: u.domain, codes: u.errors.map((e) => e.code) }).toEqual({
        domain: v.domain,
        codes: v.errors.map((e) => e.code),
      });
    },
  );
});

describe('properties', () => {
  test.each([
    '\ud800',
    'a\udc00b',
    '\udbff\udbff.xn--',
    'xn--\ud800',
    '\u05d0\ud83d.a',
    '\u200c\ud800',
  ])('lone surrogates: %j never throws', (input) => {
    for (const result of [toASCII(input), toASCII(input, { transitionalProcessing: true }), toUnicode(input)]) {
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
  // 'binary' strings hold any code point, lone surrogates included.
  const anyString = fc.string({ unit: 'binary', maxLength: 80 });
  const labelText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
  propTest.prop([anyString, fc.boolean(), fc.boolean()])(
    'never throws, lone surrogates included',
    (input, transitionalProcessing, useSTD3ASCIIRules) => {
      const a = toASCII(input, { transitionalProcessing, useSTD3ASCIIRules });
      const u = toUnicode(input, { useSTD3ASCIIRules });
      expect(a.ok).toBe(a.errors.length === 0);
      expect(u.ok).toBe(u.errors.length === 0);
    },
  );
  propTest.prop([fc.array(labelText, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'))])(
    'toASCII is idempotent on its output',
    (input) => {
      const first = toASCII(input);
      if (!first.ok) return;
      expect(toASCII(first.domain)).toEqual(first);
    },
  );
  propTest.prop([fc.array(labelText, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'))])(
    'toUnicode(toASCII(x)) round-trips for valid names',
    (input) => {
      const ascii = toASCII(input);
      if (!ascii.ok) return;
      const unicode = toUnicode(ascii.domain);
      expect(unicode.ok).toBe(true);
      expect(unicode.domain).toBe(toUnicode(input).domain);
      expect(toASCII(unicode.domain).domain).toBe(ascii.domain);
    },
  );
});
