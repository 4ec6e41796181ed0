// RFC 4647 filtering and lookup, Accept-Language, display names.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import {
  displayName,
  fallbackChain,
  filter,
  lookup,
  parentLocale,
  MAX_ACCEPT_LANGUAGE_LENGTH,
  MAX_FILTER_ITEMS,
  MAX_LANGUAGE_RANGES,
  parseAcceptLanguage,
} from '../src/index.js';

/** RFC 4647 §3.3 read literally, one range and one tag at a time (the reference for `filter`). */
function naiveFilter(ranges: string[], tags: string[], extended: boolean): string[] {
  const matches = (range: string, tag: string): boolean => {
    const r = range.toLowerCase();
    const t = tag.toLowerCase();
    if (!extended) return r === '*' || t === r || t.startsWith(r + '-');
    const rs = r.split('-');
    const ts = t.split('-');
    if (rs[0] !== '*' && rs[0] !== ts[0]) return false;
    let i = 1;
    let j = 1;
    while (i < rs.length) {
      if (rs[i] === '*') i++;
      else if (j >= ts.length) return false;
      else if (rs[i] === ts[j]) i++, j++;
      else if (ts[j]!.length === 1) return false;
      else j++;
    }
    return true;
  };
  const out: string[] = [];
  const taken = new Set<number>();
  for (const range of ranges)
    tags.forEach((tag, i) => !taken.has(i) && matches(range, tag) && (taken.add(i), out.push(tag)));
  return out;
}

describe('RFC 4647 §3.3 filtering', () => {
  const tags = [
    'de',
    'de-DE',
    'de-Latn-DE',
    'de-Latf-DE',
    'de-DE-x-goethe',
    'de-Latn-DE-1996',
    'de-Deva-DE',
    'de-x-DE',
    'de-Deva',
    'en',
  ];
  test('basic: de-de matches de-DE and de-DE-x-goethe', () => {
    expect(filter('de-de', tags)).toEqual(['de-DE', 'de-DE-x-goethe']);
  });
  test('extended: de-*-DE (RFC 4647 §3.3.2 example)', () => {
    expect(filter('de-*-DE', tags, { extended: true })).toEqual([
      'de-DE',
      'de-Latn-DE',
      'de-Latf-DE',
      'de-DE-x-goethe',
      'de-Latn-DE-1996',
      'de-Deva-DE',
    ]);
  });
  test('* matches everything; priority order of ranges', () => {
    expect(filter(['en', '*'], ['fr', 'en'])).toEqual(['en', 'fr']);
  });
  const subtag = fc.constantFrom('de', 'DE', 'x', 'a', 'latn', '*', '1996', '');
  const text = fc.array(subtag, { minLength: 1, maxLength: 4 }).map((p) => p.join('-'));
  prop.prop([fc.array(text, { maxLength: 5 }), fc.array(text, { maxLength: 8 }), fc.boolean()])(
    'equals RFC 4647 §3.3 read literally (range by range, tag by tag)',
    (ranges, tags, extended) => {
      expect(filter(ranges, tags, { extended })).toEqual(naiveFilter(ranges, tags, extended));
    },
  );
  test(`limits: the first ${MAX_LANGUAGE_RANGES} ranges and ${MAX_FILTER_ITEMS} tags are read, not one more`, () => {
    const ranges = [...Array(MAX_LANGUAGE_RANGES - 1).fill('zz'), 'de', 'en'];
    expect(filter(ranges, ['en', 'de'])).toEqual(['de']);
    expect(filter(ranges, ['en', 'de'], { extended: true })).toEqual(['de']);
    expect(lookup(ranges, ['en', 'de'])).toBe('de');
    expect(lookup(ranges.slice(MAX_LANGUAGE_RANGES - 1), ['en'], 'none')).toBe('en');
    const tags = [...Array(MAX_FILTER_ITEMS - 1).fill('fr'), 'de', 'en'];
    expect(filter(['de', 'en'], tags)).toEqual(['de']);
    expect(filter(['de', 'en'], tags, { extended: true })).toEqual(['de']);
    expect(lookup(['en', 'de'], tags)).toBe('de');
  });
  test('linear: a tag 8× longer takes at most a generous multiple of 8× the time (ratio, not a budget)', () => {
    const ranges = Array.from({ length: MAX_LANGUAGE_RANGES }, (_, i) => `a-z${i}`);
    expectLinear(
      (n) => ({ tags: ['a' + '-b'.repeat(n)], long: 'x'.repeat(n) }),
      ({ tags, long }) => [
        filter(ranges, tags, { extended: true }),
        filter(ranges, tags),
        lookup(tags[0]!, ['a', long]),
      ],
      { small: 2_000, factor: 8 },
    );
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
  /** §3.4 read literally: truncate the range string until a tag equals it (case-insensitively). */
  function naiveLookup(ranges: string[], tags: string[]): string | undefined {
    for (const range of ranges) {
      if (range === '*') continue;
      let candidate = range.toLowerCase();
      while (candidate !== '') {
        const hit = tags.find((t) => t.toLowerCase() === candidate);
        if (hit !== undefined) return hit;
        let cut = candidate.lastIndexOf('-');
        if (cut < 0) break;
        candidate = candidate.slice(0, cut);
        cut = candidate.lastIndexOf('-');
        if (cut >= 0 && candidate.length - cut - 1 === 1) candidate = candidate.slice(0, cut);
      }
    }
    return undefined;
  }
  const part = fc.constantFrom('zh', 'ZH', 'hant', 'x', 'a', 'cn', '*', '');
  const text = fc.array(part, { minLength: 1, maxLength: 5 }).map((p) => p.join('-'));
  prop.prop([fc.array(text, { maxLength: 4 }), fc.array(text, { maxLength: 8 })])(
    'equals RFC 4647 §3.4 read literally',
    (ranges, tags) => {
      expect(lookup(ranges, tags)).toBe(naiveLookup(ranges, tags));
    },
  );
});

describe('Accept-Language (RFC 9110 §12.5.4)', () => {
  test('q-values sort the ranges, q=0 drops one, bad ones are reported', () => {
    const r = parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5, it;q=0, xx_YY, es;q=2');
    expect(r.ranges).toEqual([
      { range: 'fr-CH', quality: 1 },
      { range: 'fr', quality: 0.9 },
      { range: 'en', quality: 0.8 },
      { range: 'de', quality: 0.7 },
      { range: '*', quality: 0.5 },
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
