import { readFileSync } from 'node:fs';
import { fc, test as propTest } from '@fast-check/vitest';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { ownVector, sharedVector } from '../../../test-vectors/locate.js';
import { MAX_PUNYCODE_LENGTH, punycode } from '../src/index.js';

const { encode, decode, encodeDomain, decodeDomain } = punycode;
/** punycode.js, the peer (it encodes a lone surrogate as if it were a code point). */
const punycodeJs = createRequire(import.meta.url)('punycode/punycode.js') as { encode(input: string): string };

function ok(result: punycode.PunycodeResult): string {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

interface Sample {
  sample: string;
  codePoints: string;
  punycode: string;
}
const samples = (JSON.parse(readFileSync(ownVector('idna/rfc3492-samples.json'), 'utf8')) as { samples: Sample[] })
  .samples;
const text = (codePoints: string) =>
  String.fromCodePoint(...codePoints.split(' ').map((u) => parseInt(u.slice(2), 16)));

describe('RFC 3492 §7.1 sample strings', () => {
  test.each(samples)('$sample', ({ codePoints, punycode: expected }) => {
    expect(ok(encode(text(codePoints)))).toBe(expected);
    expect(ok(decode(expected))).toBe(text(codePoints));
    // Digits may be written in either case (RFC 3492 §5).
    expect(ok(decode(expected.toUpperCase())).toLowerCase()).toBe(text(codePoints).toLowerCase());
  });
});

const goodPath = sharedVector('punycode/punycode_tests.json');
const badPath = sharedVector('punycode/bad_punycode_tests.json');
interface SharedCase {
  description?: string;
  decoded: string;
  encoded?: string;
}

(goodPath ? describe : describe.skip)('punycode_tests.json', () => {
  const cases = goodPath ? (JSON.parse(readFileSync(goodPath, 'utf8')) as SharedCase[]) : [];
  test.each(cases.map((c, i) => ({ ...c, name: `case ${i}: ${c.description ?? c.encoded}` })))('$name', (c) => {
    expect(ok(encode(c.decoded))).toBe(c.encoded);
    expect(ok(decode(c.encoded!))).toBe(c.decoded);
  });
});

(badPath ? describe : describe.skip)('bad_punycode_tests.json', () => {
  const cases = badPath ? (JSON.parse(readFileSync(badPath, 'utf8')) as SharedCase[]) : [];
  test.each(cases.map((c, i) => ({ ...c, name: `case ${i}: ${c.description}` })))('$name fails to encode', (c) => {
    const result = c.encoded === undefined ? encode(c.decoded) : decode(c.encoded);
    expect(result.ok).toBe(false);
  });
});

describe('errors, never exceptions', () => {
  test.each([
    ['99999999999', 'PUNYCODE_OVERFLOW'],
    ['ab-b', 'PUNYCODE_TRUNCATED'],
    ['-', 'PUNYCODE_INVALID_DIGIT'],
    ['ab-c!', 'PUNYCODE_INVALID_DIGIT'],
    ['ü-tda', 'PUNYCODE_NON_BASIC'],
  ] as const)('decode(%j) is %s', (input, code) => {
    const result = decode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  test('a decoded surrogate is PUNYCODE_INVALID_CODE_POINT', () => {
    // punycode.js encodes a lone surrogate as the code point U+D800, which a decoder must refuse.
    const encoded = punycodeJs.encode('a\ud800');
    expect(decode(encoded)).toMatchObject({ ok: false, error: { code: 'PUNYCODE_INVALID_CODE_POINT' } });
  });

  test('encode reports a lone surrogate with its offset', () => {
    const result = encode('ab\ud800c');
    const issue = {
      code: 'PUNYCODE_LONE_SURROGATE',
      message: expect.any(String),
      severity: 'error',
      label: -1,
      offset: 2,
      codePoint: 0xd800,
    };
    expect(result).toEqual({ ok: false, value: null, issues: [issue], error: issue });
    // `error` (deprecated) is the same object as `issues[0]`.
    if (!result.ok) expect(result.error).toBe(result.issues[0]);
  });

  test('a non-string argument is a programmer error', () => {
    expect(() => encode(1 as unknown as string)).toThrow(TypeError);
    expect(() => decode(null as unknown as string)).toThrow(TypeError);
  });
});

describe('limits', () => {
  test(`MAX_PUNYCODE_LENGTH (${MAX_PUNYCODE_LENGTH}) is accepted, one more is PUNYCODE_TOO_LONG`, () => {
    expect(encode('ü'.repeat(MAX_PUNYCODE_LENGTH)).ok).toBe(true);
    expect(encode('ü'.repeat(MAX_PUNYCODE_LENGTH + 1))).toMatchObject({
      ok: false,
      error: { code: 'PUNYCODE_TOO_LONG' },
    });
    expect(decode('a'.repeat(MAX_PUNYCODE_LENGTH - 1) + '-').ok).toBe(true);
    expect(decode('a'.repeat(MAX_PUNYCODE_LENGTH) + '-')).toMatchObject({
      ok: false,
      error: { code: 'PUNYCODE_TOO_LONG' },
    });
  });
});

describe('RFC 3492 §6.4 overflow in encode', () => {
  test('a delta beyond 2³¹ − 1 is PUNYCODE_OVERFLOW, like punycode.js', () => {
    const label = 'a'.repeat(2000) + '\u{10ffff}';
    expect(encode(label)).toMatchObject({ ok: false, error: { code: 'PUNYCODE_OVERFLOW' } });
    expect(() => punycodeJs.encode(label)).toThrow(/Overflow/);
  });
});

describe('domain helpers', () => {
  test('encodeDomain / decodeDomain convert the labels that need it', () => {
    expect(encodeDomain('bücher.example')).toMatchObject({ ok: true, value: 'xn--bcher-kva.example', issues: [] });
    expect(decodeDomain('xn--bcher-kva.XN--tda.example')).toMatchObject({
      ok: true,
      value: 'bücher.ü.example',
      issues: [],
    });
  });
  test('errors name the label and the offset in it', () => {
    expect(decodeDomain('ok.xn--b')).toMatchObject({
      ok: false,
      error: { code: 'PUNYCODE_TRUNCATED', label: 1, offset: 5 },
    });
    expect(encodeDomain('ok.a\ud800')).toMatchObject({
      ok: false,
      error: { code: 'PUNYCODE_LONE_SURROGATE', label: 1, offset: 1 },
    });
  });
});

describe('properties', () => {
  const label = fc.string({ unit: 'grapheme', maxLength: 40 });
  propTest.prop([label])('decode(encode(x)) is x', (x) => {
    expect(ok(decode(ok(encode(x))))).toBe(x);
  });
  // The encoder takes the code points in ascending order from a sorted copy: the same output as the
  // search for the minimum of RFC 3492 §6.3 (punycode.js does the search).
  const anyLabel = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0x5ff }),
      fc.integer({ min: 0x80, max: 0x10ffff }),
    ),
    { maxLength: 80 },
  );
  propTest.prop([anyLabel], { numRuns: 5_000 })(
    'encode(x) is punycode.js encode(x) for well-formed x',
    (codePoints) => {
      const x = String.fromCodePoint(...codePoints.filter((cp) => cp < 0xd800 || cp > 0xdfff));
      expect(ok(encode(x))).toBe(punycodeJs.encode(x));
    },
  );
  // Long labels take the Fenwick-tree paths of encode and decode over many positions (issue #12, failure 5:
  // the textbook encoder was quadratic on a label of distinct code points).
  const longLabel = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0x9fff }),
      fc.integer({ min: 0x10000, max: 0x10ffff }),
    ),
    { minLength: 40, maxLength: 1500 },
  );
  propTest.prop([longLabel], { numRuns: 200 })(
    'labels of 40 to 1500 code points (both sides of the 64-code-point decoder switch): encode is punycode.js encode, decode inverts it',
    (codePoints) => {
      const x = String.fromCodePoint(...codePoints);
      const encoded = ok(encode(x));
      expect(encoded).toBe(punycodeJs.encode(x));
      expect(ok(decode(encoded))).toBe(x);
    },
  );
  // toASCII relies on this to keep an `xn--` label as it came instead of encoding its decoded form again.
  const lowerAce = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
  propTest.prop([lowerAce], { numRuns: 20_000 })(
    'Punycode is canonical: encode(decode(x)) is x whenever x decodes to non-ASCII',
    (x) => {
      const decoded = decode(x);
      if (!decoded.ok || /^[\x00-\x7f]*$/.test(decoded.value)) return;
      expect(ok(encode(decoded.value))).toBe(x);
    },
  );
  propTest.prop([fc.string({ unit: 'binary', maxLength: 60 })])('never throws on any string', (x) => {
    expect(() => {
      encode(x);
      decode(x);
      encodeDomain(x);
      decodeDomain(x);
    }).not.toThrow();
  });
});
