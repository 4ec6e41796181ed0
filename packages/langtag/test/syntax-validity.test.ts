// RFC 5646 syntax and validity: Appendix A, grammar cases, limits, properties.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { ownVector } from '../../../test-vectors/locate.js';
import {
  assertValid,
  canonicalize,
  GRANDFATHERED_TAGS,
  isValid,
  isWellFormed,
  LangtagError,
  MAX_TAG_LENGTH,
  parse,
  stringify,
  validate,
} from '../src/index.js';

const appendixA: {
  examples: { tag: string; class: 'valid' | 'invalid'; wellFormed?: boolean; section: string; note: string }[];
} = JSON.parse(readFileSync(ownVector('langtag/rfc5646-appendix-a.json'), 'utf8'));

describe('RFC 5646 Appendix A', () => {
  test.each(
    appendixA.examples.map((e) => [`Appendix A (${e.section}): ${e.tag} is ${e.class}`, e] as const),
  )('%s', (_, e) => {
    const result = validate(e.tag);
    expect(result.ok).toBe(e.class === 'valid');
    expect(result.wellFormed).toBe(e.wellFormed ?? true);
  });
});

describe('parse (RFC 5646 §2.1)', () => {
  test('all parts, in the recommended case', () => {
    expect(parse('ZH-cmn-hans-cn-1994-A-bbb-X-Private').tag).toEqual({
      language: 'zh',
      extlang: ['cmn'],
      script: 'Hans',
      region: 'CN',
      variants: ['1994'],
      extensions: [{ singleton: 'a', subtags: ['bbb'] }],
      privateuse: ['private'],
      grandfathered: null,
    });
  });
  test.each(GRANDFATHERED_TAGS.map((t) => [t]))('grandfathered %s is kept whole', (t) => {
    const r = parse(t.toUpperCase());
    expect(r.ok).toBe(true);
    expect(r.tag.grandfathered).toBe(t);
    expect(stringify(r.tag)).toBe(t);
  });
  test.each([
    ['', 'TAG_EMPTY', 0],
    ['en-', 'SUBTAG_EMPTY', 3],
    ['-en', 'SUBTAG_EMPTY', 0],
    ['en--US', 'SUBTAG_EMPTY', 3],
    ['en-US_POSIX', 'SUBTAG_CHARACTER', 3],
    ['en-abcdefghi', 'SUBTAG_TOO_LONG', 3],
    ['1en', 'LANGUAGE', 0],
    ['de-419-DE', 'SUBTAG_UNEXPECTED', 7],
    ['en-a', 'EXTENSION_EMPTY', 3],
    ['en-a-b-cc', 'EXTENSION_EMPTY', 5],
    ['en-x', 'PRIVATEUSE_EMPTY', 3],
    ['zh-aaa-bbb-ccc-ddd', 'EXTLANG_TOO_MANY', 15],
    ['en-ü', 'SUBTAG_CHARACTER', 3],
  ] as const)('%j → %s at %d', (tag, code, offset) => {
    const r = parse(tag);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code, offset, severity: 'error' });
  });
  test(`limits: ${MAX_TAG_LENGTH} characters are read, ${MAX_TAG_LENGTH + 1} are refused`, () => {
    const at = 'x' + '-a'.repeat((MAX_TAG_LENGTH - 1) / 2 - 0.5) + 'b';
    expect(at).toHaveLength(MAX_TAG_LENGTH);
    expect(parse(at).ok).toBe(true);
    expect(parse(at + 'c').issues).toEqual([expect.objectContaining({ code: 'TAG_TOO_LONG' })]);
  });
  test('1 MB of hostile input is refused before any scanning', () => {
    expect(parse('a'.repeat(1 << 20)).issues[0]!.code).toBe('TAG_TOO_LONG');
    expect(validate('en-'.repeat(1 << 18)).ok).toBe(false);
    expect(canonicalize('-'.repeat(1 << 20)).value).toBeNull();
  });
  test('linear: 8× longer tags take at most a generous multiple of 8× the time (ratio, not a budget)', () => {
    const tagOf = (n: number) => 'x' + '-ab'.repeat(n);
    expect(tagOf(320).length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expectLinear(tagOf, parse, { small: 40, factor: 8 });
  });
  test('a non-string is a programmer error', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
  });
});

const subtag = (min: number, max: number, chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') =>
  fc.string({ unit: fc.constantFrom(...chars.split('')), minLength: min, maxLength: max });
const wellFormedTag = fc
  .tuple(
    subtag(2, 3, 'abcdefghijklmnopqrstuvwxyzABC'),
    fc.option(subtag(4, 4, 'abcdefghijklmnopqrstuvwxyz')),
    fc.option(fc.oneof(subtag(2, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), subtag(3, 3, '0123456789'))),
    fc.array(subtag(5, 8), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom('a', 'b', 'u', 't'), fc.array(subtag(2, 8), { minLength: 1, maxLength: 3 })), {
      maxLength: 2,
    }),
    fc.array(subtag(1, 8), { maxLength: 2 }),
  )
  .map(([l, s, r, v, e, x]) =>
    [l, s, r, ...v, ...e.map(([k, sub]) => [k, ...sub].join('-')), x.length ? 'x-' + x.join('-') : null]
      .filter(Boolean)
      .join('-'),
  );

describe('properties', () => {
  prop.prop([fc.string({ maxLength: 64 })])('parse never throws on any string', (s) => {
    const r = parse(s);
    expect(r.ok === (r.issues.length === 0)).toBe(true);
  });
  prop.prop([fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'u', '-', '1', 'Z', 'i'), maxLength: 40 })])(
    'validate/canonicalize never throw on tag-like strings',
    (s) => {
      validate(s);
      canonicalize(s);
      canonicalize(s, { form: 'rfc5646' });
    },
  );
  prop.prop([wellFormedTag])('stringify(parse(t)) round-trips (up to case)', (t) => {
    const r = parse(t);
    expect(r.ok).toBe(true);
    expect(stringify(r.tag).toLowerCase()).toBe(t.toLowerCase());
  });
  prop.prop([wellFormedTag, fc.constantFrom('cldr', 'rfc5646', 'extlang')])(
    'canonicalization is idempotent',
    (t, form) => {
      const once = canonicalize(t, { form: form as 'cldr' }).value!;
      expect(canonicalize(once, { form: form as 'cldr' }).value).toBe(once);
    },
  );
});

describe('validate (RFC 5646 §2.2.9)', () => {
  test.each([
    ['en-US', true, []],
    ['xx', false, ['LANGUAGE_UNKNOWN']],
    ['en-Xyzw', false, ['SCRIPT_UNKNOWN']],
    ['en-QQ', true, []],
    ['en-AB', false, ['REGION_UNKNOWN']],
    ['en-abcde', false, ['VARIANT_UNKNOWN']],
    ['de-1901-1901', false, ['VARIANT_DUPLICATE']],
    ['en-a-bb-a-cc', false, ['SINGLETON_DUPLICATE']],
    ['en-yue', false, ['EXTLANG_PREFIX']],
    ['zh-yue-gan', false, ['EXTLANG_TOO_MANY']],
    ['iw', true, ['DEPRECATED']],
    ['en-Latn', true, ['SUPPRESS_SCRIPT']],
    ['en-rozaj', true, ['VARIANT_PREFIX']],
    ['zh-min', true, ['DEPRECATED']],
    ['en-BU', true, ['DEPRECATED']],
  ] as const)('%s: valid %s, issues %j', (tag, ok, codes) => {
    const r = validate(tag);
    expect(r.ok).toBe(ok);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
    expect(isValid(tag)).toBe(ok);
  });
  test('offsets point at the subtag', () => {
    expect(validate('en-Latn-AB').issues).toEqual([
      expect.objectContaining({ code: 'SUPPRESS_SCRIPT', offset: 3 }),
      expect.objectContaining({ code: 'REGION_UNKNOWN', offset: 8, subtag: 'AB' }),
    ]);
  });
  test('assertValid throws LangtagError with the first code', () => {
    expect(() => assertValid('en-US')).not.toThrow();
    try {
      assertValid('xx-US');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LangtagError);
      expect((e as LangtagError).code).toBe('LANGUAGE_UNKNOWN');
    }
  });
});

describe('canonicalize (RFC 5646 §4.5 and extlang form)', () => {
  test.each([
    ['en-b-ccc-a-bbb', 'en-a-bbb-b-ccc', 'en-a-bbb-b-ccc'],
    ['iw-IL', 'he-IL', 'he-IL'],
    ['zh-yue-HK', 'yue-HK', 'zh-yue-HK'],
    ['art-lojban', 'jbo', 'jbo'],
    ['sgn-BR', 'bzs', 'sgn-bzs'],
    ['en-BU', 'en-MM', 'en-MM'],
    ['ja-Latn-hepburn-heploc', 'ja-Latn-hepburn-alalc97', 'ja-Latn-hepburn-alalc97'],
    ['zh-cmn-Hans', 'cmn-Hans', 'zh-cmn-Hans'],
  ] as const)('%s → %s / %s', (tag, rfc, ext) => {
    expect(canonicalize(tag, { form: 'rfc5646' }).value).toBe(rfc);
    expect(canonicalize(tag, { form: 'extlang' }).value).toBe(ext);
  });
  test('not well-formed: ok false, value null, issues', () => {
    expect(canonicalize('en--US')).toMatchObject({ ok: false, value: null, issues: [{ code: 'SUBTAG_EMPTY' }] });
  });
});

describe('runtime code is browser-safe', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
    );
  test.each(
    files(join(__dirname, '..', 'src')).map((f) => [f.slice(f.indexOf('src'))]),
  )('%s has no node: import or Node global', (f) => {
    const text = readFileSync(join(__dirname, '..', f), 'utf8');
    expect(text).not.toMatch(/from 'node:|\bprocess\.|\bBuffer\b|require\(/);
  });
});

describe('data split', () => {
  /** Source files reachable from ENTRY through its (static) imports. */
  function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)\.js';/gm))
        visit(join(file, '..', `${m[1]}.ts`));
    };
    visit(join(__dirname, '..', 'src', entry));
    return new Set([...seen].map((f) => f.slice(f.indexOf('src'))));
  }
  test('the parse entry imports no data table', () => {
    expect([...reachable('parse.ts')].filter((f) => f.includes('data'))).toEqual([]);
  });
  test('validate needs only the registry records, not CLDR or the names', () => {
    const data = [...reachable('validate.ts')].filter((f) => f.includes('data')).sort();
    expect(data).toEqual(
      ['src/data/decode.ts', 'src/data/registry.ts', 'src/data/tables.ts', 'src/data/version.ts'].map((f) =>
        f.replaceAll('/', join('a', 'b')[1]!),
      ),
    );
  });
});
