// RFC 4647 filtering and lookup, Accept-Language, display names.
import { describe, expect, test } from 'vitest';
import { displayName, fallbackChain, filter, lookup, parentLocale, MAX_ACCEPT_LANGUAGE_LENGTH, MAX_LANGUAGE_RANGES, parseAcceptLanguage } from '../src/index.js';

describe('RFC 4647 §3.3 filtering', () => {
  const tags = ['de', 'de-DE', 'de-Latn-DE', 'de-Latf-DE', 'de-DE-x-goethe', 'de-Latn-DE-1996', 'de-Deva-DE', 'de-x-DE', 'de-Deva', 'en'];
  test('basic: de-de matches de-DE and de-DE-x-goethe', () => {
    expect(filter('de-de', tags)).toEqual(['de-DE', 'de-DE-x-goethe']);
  });
  test('extended: de-*-DE (RFC 4647 §3.3.2 example)', () => {
    expect(filter('de-*-DE', tags, { extended: true })).toEqual(['de-DE', 'de-Latn-DE', 'de-Latf-DE', 'de-DE-x-goethe', 'de-Latn-DE-1996', 'de-Deva-DE']);
  });
  test('* matches everything; priority order of ranges', () => {
    expect(filter(['en', '*'], ['fr', 'en'])).toEqual(['en', 'fr']);
  });
});

describe('RFC 4647 §3.4 lookup', () => {
  test('zh-Hant-CN-x-private1-private2 falls back to zh-Hant-CN, then zh-Hant', () => {
    expect(lookup('zh-Hant-CN-x-private1-private2', ['zh', 'zh-Hant-CN'])).toBe('zh-Hant-CN');
    expect(lookup('zh-Hant-CN-x-private1-private2', ['zh', 'zh-Hant'])).toBe('zh-Hant');
  });
  test('default when nothing matches; * is skipped', () => {
    expect(lookup(['*', 'fr-FR'], ['de'], 'en')).toBe('en');
  });
});

describe('Accept-Language (RFC 9110 §12.5.4)', () => {
  test('q-values sort the ranges, q=0 drops one, bad ones are reported', () => {
    const r = parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5, it;q=0, xx_YY, es;q=2');
    expect(r.ranges).toEqual([
      { range: 'fr-CH', quality: 1 }, { range: 'fr', quality: 0.9 }, { range: 'en', quality: 0.8 }, { range: 'de', quality: 0.7 }, { range: '*', quality: 0.5 },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['LANGUAGE_RANGE', 'WEIGHT']);
  });
  test(`limits: ${MAX_ACCEPT_LANGUAGE_LENGTH} characters read, one more refused; ${MAX_LANGUAGE_RANGES} ranges kept`, () => {
    const at = 'en,'.repeat(MAX_ACCEPT_LANGUAGE_LENGTH).slice(0, MAX_ACCEPT_LANGUAGE_LENGTH);
    expect(parseAcceptLanguage(at).ranges).toHaveLength(MAX_LANGUAGE_RANGES);
    expect(parseAcceptLanguage(at).issues.map((i) => i.code)).toEqual(['TOO_MANY_RANGES']);
    expect(parseAcceptLanguage(at + 'x').issues[0]!.code).toBe('ACCEPT_LANGUAGE_TOO_LONG');
  });
});

describe('displayName', () => {
  test.each([
    ['en-US', 'en', 'American English'],
    ['zh-Hant-TW', 'en', 'Chinese (Traditional, Taiwan)'],
    ['de', 'fr', 'allemand'],
    ['quy', 'en', 'Ayacucho Quechua'],
    ['nah', 'en', 'Nahuatl languages'],
    ['shp', 'en', 'Shipibo-Conibo'],
    ['bzd', 'en', 'Bribri'],
    ['i-klingon', 'en', 'Klingon'],
  ] as const)('%s in %s: %s', (tag, locale, name) => {
    expect(displayName(tag, locale)).toBe(name);
  });
  test('not well-formed or unknown: undefined', () => {
    expect(displayName('en--')).toBeUndefined();
    expect(displayName('qqq')).toBeUndefined();
  });
});

describe('parent locales (UTS #35 §4.1.3)', () => {
  test.each([
    ['en-AU', ['en-AU', 'en-001', 'en', 'und']],
    ['es-MX', ['es-MX', 'es-419', 'es', 'und']],
    ['pt-AO', ['pt-AO', 'pt-PT', 'pt', 'und']],
    ['sr-Latn-RS', ['sr-Latn-RS', 'sr-Latn', 'und']],
    ['sr-Cyrl-RS', ['sr-Cyrl-RS', 'sr-Cyrl', 'sr', 'und']],
    ['de-CH-1901-u-co-phonebk', ['de-CH-1901', 'de-CH', 'de', 'und']],
    ['und', ['und']],
  ] as const)('%s: %j', (tag, chain) => {
    expect(fallbackChain(tag)).toEqual(chain);
  });
  test('parent of und is null; not well-formed gives null / []', () => {
    expect(parentLocale('und')).toBeNull();
    expect(parentLocale('en--')).toBeNull();
    expect(fallbackChain('en--')).toEqual([]);
  });
});
