// Issue #13 (langtag): three rules of RFC 5646 and UTS #35 that were not followed, each checked against
// the source that states it (the IANA registry file itself for the redundant tags).
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { canonicalize, maximize, minimize, parse, validate } from '../src/index.js';

const require = createRequire(import.meta.url);
interface RegistryRecord {
  Type: string;
  Tag?: string;
  Deprecated?: string;
  'Preferred-Value'?: string;
}
const registry = require('language-subtag-registry/data/json/registry.json') as RegistryRecord[];
const deprecatedRedundant = registry.filter((r) => r.Type === 'redundant' && r.Deprecated);

describe('RFC 5646 §3.1.6: a deprecated redundant tag is reported like a deprecated grandfathered tag', () => {
  test('the registry deprecates 25 redundant tags', () => {
    expect(deprecatedRedundant.length).toBe(25);
  });
  test.each(
    deprecatedRedundant.map((r) => [r.Tag!, r['Preferred-Value']!]),
  )('validate(%s) warns DEPRECATED, use %s', (tag, preferred) => {
    const r = validate(tag);
    expect(r.ok).toBe(true);
    const warning = r.issues.find((i) => i.code === 'DEPRECATED' && i.offset === 0);
    expect(warning).toMatchObject({ severity: 'warning', subtag: tag, label: -1, codePoint: -1 });
    expect(warning!.message).toContain(`"${preferred}"`);
  });
  test('in any case, and with extensions or private use after it (the §4.5 rule: the tag without them)', () => {
    expect(validate('ZH-CMN').issues.map((i) => [i.code, i.subtag])).toEqual([['DEPRECATED', 'ZH-CMN']]);
    expect(validate('zh-cmn-u-co-pinyin-x-a').issues.map((i) => [i.code, i.subtag])).toEqual([
      ['DEPRECATED', 'zh-cmn'],
    ]);
  });
  test('redundant tags that are not deprecated, and longer tags, get no such warning', () => {
    const notDeprecated = registry.filter((r) => r.Type === 'redundant' && !r.Deprecated).map((r) => r.Tag!);
    expect(notDeprecated.length).toBeGreaterThan(30);
    for (const tag of notDeprecated)
      expect(
        validate(tag).issues.filter((i) => i.offset === 0 && i.subtag === tag),
        tag,
      ).toEqual([]);
    expect(validate('zh-cmn-CN').issues.filter((i) => i.code === 'DEPRECATED')).toEqual([]);
  });
});

describe('UTS #35 Annex C: "true" is removed from -u keywords only, never from a -t field (RFC 6497 §2.2 tvalue)', () => {
  test.each([
    ['en-t-m0-true', 'en-t-m0-true'],
    ['en-t-m0-true-u-kn-true', 'en-t-m0-true-u-kn'],
    ['und-t-d0-true-m0-true', 'und-t-d0-true-m0-true'],
  ])('canonicalize(%s) → %s, well-formed', (input, expected) => {
    const r = canonicalize(input);
    expect(r.value).toBe(expected);
    expect(parse(r.value!).ok).toBe(true);
  });
  test('Intl agrees where it runs', () => {
    expect(Intl.getCanonicalLocales('en-t-m0-true')).toEqual(['en-t-m0-true']);
    expect(canonicalize('en-u-kn-true').value).toBe(Intl.getCanonicalLocales('en-u-kn-true')[0]);
  });
  test('maximize and minimize carry the -t value over', () => {
    expect(maximize('en-t-m0-true').value).toBe('en-Latn-US-t-m0-true');
    expect(minimize('en-Latn-US-t-m0-true').value).toBe('en-t-m0-true');
  });
});

describe('RFC 5646 §2.2.6 rule 3: a repeated singleton is never dropped without an issue', () => {
  test('cldr form keeps the first (UTS #35 §3.6) and says which extension was dropped, and where', () => {
    const r = canonicalize('en-a-ext1-a-ext2');
    expect(r.value).toBe('en-a-ext1');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'SINGLETON_DUPLICATE', severity: 'warning', offset: 10, subtag: 'a-ext2' }),
    ]);
    expect(r.issues[0]!.message).toContain('dropped');
  });
  test('the RFC 5646 forms keep both and still report it', () => {
    for (const form of ['rfc5646', 'extlang'] as const) {
      const r = canonicalize('en-a-ext1-a-ext2', { form });
      expect(r.value).toBe('en-a-ext1-a-ext2');
      expect(r.issues.map((i) => [i.code, i.offset])).toEqual([['SINGLETON_DUPLICATE', 10]]);
    }
  });
  test('one issue per repeated extension, offsets in the input, private use not counted', () => {
    const input = 'de-B-bbb-a-aaa-b-ccc-A-ddd-x-a-b';
    const r = canonicalize(input);
    expect(r.value).toBe('de-a-aaa-b-bbb-x-a-b');
    expect(r.issues.map((i) => [i.subtag, i.offset, input.slice(i.offset, i.offset + i.subtag!.length)])).toEqual([
      ['b-ccc', 15, 'b-ccc'],
      ['A-ddd', 21, 'A-ddd'],
    ]);
  });
  test('maximize and minimize report it too; validate calls it an error', () => {
    expect(maximize('en-a-ext1-a-ext2').issues.map((i) => i.code)).toEqual(['SINGLETON_DUPLICATE']);
    expect(minimize('en-a-ext1-a-ext2').issues.map((i) => i.code)).toEqual(['SINGLETON_DUPLICATE']);
    expect(validate('en-a-ext1-a-ext2').issues.map((i) => [i.code, i.severity])).toEqual([
      ['SINGLETON_DUPLICATE', 'error'],
    ]);
  });
  test('no issue without a repeat', () => {
    expect(canonicalize('en-a-ext1-b-ext2').issues).toEqual([]);
  });
});
