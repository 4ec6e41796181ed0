// Reliability (issue #12's campaign, for this package): every export covered; never a throw on hostile
// strings (lone surrogates, the documented maximum sizes and one beyond); time linear in the input by
// ratio, with the worst cases known for tags (many extensions, long subtags, many variants, singletons,
// long headers and lists); every cache keyed by caller input bounded.
import { test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as langtag from '../src/index.js';
import { memo } from '../src/result.js';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';

const {
  parse,
  isWellFormed,
  stringify,
  validate,
  isValid,
  assertValid,
  canonicalize,
  maximize,
  minimize,
  parentLocale,
  fallbackChain,
  match,
  distance,
  filter,
  lookup,
  parseAcceptLanguage,
  displayName,
  registryDescription,
  LangtagError,
  MAX_TAG_LENGTH,
  MAX_ACCEPT_LANGUAGE_LENGTH,
  MAX_LANGUAGE_RANGES,
  MAX_FILTER_ITEMS,
  MAX_DESIRED,
  MAX_SUPPORTED,
  MEMO_LIMIT,
  MEMO_KEY_LIMIT,
  MATCH_LIST_CACHE_LIMIT,
  MATCH_LIST_CACHE_KEY_LIMIT,
  MATCH_RESULT_CACHE_LIMIT,
  MATCH_RESULT_CACHE_KEY_LIMIT,
  MAX_FALLBACK_CHAIN,
} = langtag;

/** Worst-case tags of (about) n characters, each well-formed when it fits MAX_TAG_LENGTH. */
const fit = (head: string, unit: string, n: number): string =>
  head + unit.repeat(Math.max(0, Math.floor((n - head.length) / unit.length)));
const tags: [string, (n: number) => string][] = [
  ['many extensions', (n) => fit('en', '-a-bb-b-cc-c-dd', n)],
  ['repeated singletons', (n) => fit('en', '-a-bb', n)],
  ['many -u keywords', (n) => fit('en-u', '-ca-gregory', n)],
  ['many -t fields', (n) => fit('en-t-it', '-m0-true', n)],
  ['many variants', (n) => fit('sl', '-rozaj-biske-1994', n)],
  ['long subtags (8 characters)', (n) => fit('x', '-abcdefgh', n)],
  ['private use', (n) => fit('en-x', '-a', n)],
  ['not well-formed: an empty subtag at the end', (n) => `${fit('en', '-aa', n - 1)}-`],
];
const transforms: [string, (tag: string) => unknown][] = [
  ['parse', parse],
  ['isWellFormed', isWellFormed],
  ['validate', validate],
  ['isValid', isValid],
  ['canonicalize', (t) => canonicalize(t)],
  ['canonicalize rfc5646', (t) => canonicalize(t, { form: 'rfc5646' })],
  ['maximize', maximize],
  ['minimize', minimize],
  ['parentLocale', parentLocale],
  ['fallbackChain', fallbackChain],
  ['distance', (t) => distance(t, 'en')],
  ['displayName', displayName],
  ['stringify ∘ parse', (t) => stringify(parse(t).tag)],
];

describe('every export has a reliability case', () => {
  test('no export is missed', () => {
    expectEveryExportCovered(
      langtag as unknown as Record<string, unknown>,
      [
        ...transforms.map(([name]) => name.split(' ')[0]!),
        'stringify',
        'assertValid',
        'match',
        'filter',
        'lookup',
        'parseAcceptLanguage',
        'registryDescription',
      ],
      { LangtagError: 'a class (thrown by assertValid, checked there)' },
    );
  });
});

describe('never throws on hostile strings', () => {
  prop.prop([hostileString(80)], { numRuns: 300 })('every function taking a tag', (text) => {
    for (const [, run] of transforms) run(text);
    try {
      assertValid(text);
    } catch (e) {
      expect(e).toBeInstanceOf(LangtagError);
    }
    expect(registryDescription('language', text)).not.toBe(null);
    expect(filter(text, [text, 'en'])).toBeInstanceOf(Array);
    expect(lookup([text], [text, 'en'], 'und')).toBeTypeOf('string');
    expect(parseAcceptLanguage(text).ranges).toBeInstanceOf(Array);
    expect(match([text], [text, 'en']).issues).toBeInstanceOf(Array);
  });
  test.each(tags)('%s at MAX_TAG_LENGTH and one beyond', (_name, make) => {
    const atMax = make(MAX_TAG_LENGTH).padEnd(MAX_TAG_LENGTH, 'a').slice(0, MAX_TAG_LENGTH);
    for (const [, run] of transforms) run(atMax);
    const over = `${atMax}a`;
    expect(parse(over).issues.map((i) => [i.code, i.offset])).toEqual([['TAG_TOO_LONG', MAX_TAG_LENGTH]]);
    for (const [, run] of transforms) run(over);
  });
  test('a megabyte is refused at once by every function', () => {
    const mega = 'a'.repeat(1 << 20);
    expect(canonicalize(mega).issues.map((i) => i.code)).toEqual(['TAG_TOO_LONG']);
    expect(parseAcceptLanguage(mega).issues.map((i) => i.code)).toEqual(['ACCEPT_LANGUAGE_TOO_LONG']);
    expect(match([mega], [mega]).issues.map((i) => i.code)).toEqual(['MATCH_TAG_SKIPPED', 'MATCH_TAG_SKIPPED']);
  });
});

describe('limits at N and N+1', () => {
  test('MAX_TAG_LENGTH: N accepted, N+1 refused', () => {
    const n = fit('en', '-a-bb', MAX_TAG_LENGTH).padEnd(MAX_TAG_LENGTH, 'b');
    expect(n.length).toBe(MAX_TAG_LENGTH);
    expect(parse(n).ok).toBe(true);
    expect(parse(`${n}b`).issues[0]!.code).toBe('TAG_TOO_LONG');
  });
  test('MAX_ACCEPT_LANGUAGE_LENGTH: N read, N+1 refused', () => {
    const header = 'en,'.repeat(MAX_ACCEPT_LANGUAGE_LENGTH).slice(0, MAX_ACCEPT_LANGUAGE_LENGTH);
    expect(parseAcceptLanguage(header).issues.map((i) => i.code)).toEqual(['TOO_MANY_RANGES']);
    expect(parseAcceptLanguage(`${header},`).issues.map((i) => i.code)).toEqual(['ACCEPT_LANGUAGE_TOO_LONG']);
  });
  test('MAX_LANGUAGE_RANGES: N kept, N+1 reported', () => {
    const ranges = (k: number) => Array.from({ length: k }, (_, i) => `x-${i}`).join(',');
    expect(parseAcceptLanguage(ranges(MAX_LANGUAGE_RANGES)).ranges).toHaveLength(MAX_LANGUAGE_RANGES);
    const over = parseAcceptLanguage(ranges(MAX_LANGUAGE_RANGES + 1));
    expect([over.ranges.length, over.issues.map((i) => i.code)]).toEqual([MAX_LANGUAGE_RANGES, ['TOO_MANY_RANGES']]);
    const list = Array.from({ length: MAX_LANGUAGE_RANGES + 1 }, (_, i) => `x-${i}`);
    expect(filter(list, list)).toHaveLength(MAX_LANGUAGE_RANGES);
  });
  test('MAX_FILTER_ITEMS: N tags read, N+1 not', () => {
    const list = Array.from({ length: MAX_FILTER_ITEMS + 1 }, (_, i) => `x-${i}`);
    expect(filter(list[MAX_FILTER_ITEMS - 1]!, list)).toEqual([list[MAX_FILTER_ITEMS - 1]]);
    expect(filter(list[MAX_FILTER_ITEMS]!, list)).toEqual([]);
  });
  test('MAX_DESIRED and MAX_SUPPORTED: N read, N+1 reported', () => {
    // No demotion per position (ICU's 5 per desired tag would rule out the last of 64 anyway).
    const desired = (k: number) => [...Array.from({ length: k - 1 }, () => 'qaa'), 'de'];
    expect(match(desired(MAX_DESIRED), ['en', 'de'], { demotion: 'none' }).supported).toBe('de');
    const over = match(desired(MAX_DESIRED + 1), ['en', 'de'], { demotion: 'none' });
    expect([over.supported, over.issues.map((i) => [i.code, i.label])]).toEqual([
      'en',
      [['MATCH_TOO_MANY_DESIRED', MAX_DESIRED]],
    ]);
    const supported = (k: number) => [...Array.from({ length: k - 1 }, (_, i) => `x-${i}`), 'de'];
    expect(match('de', supported(MAX_SUPPORTED)).supported).toBe('de');
    expect(match('de', supported(MAX_SUPPORTED + 1)).issues.map((i) => i.code)).toEqual(['MATCH_TOO_MANY_SUPPORTED']);
  });
  test('MAX_FALLBACK_CHAIN bounds fallbackChain', () => {
    expect(fallbackChain(fit('sl', '-rozaj-biske-1994', MAX_TAG_LENGTH)).length).toBeLessThanOrEqual(
      MAX_FALLBACK_CHAIN,
    );
  });
});

describe('linear time (time(16n) / time(n))', () => {
  // Every call gets a distinct tag (a serial number as its last subtag), so no memo answers.
  let serial = 0;
  const fresh = (tag: string): string => {
    const id = (serial++).toString(36).padStart(5, '0');
    return tag.endsWith('-') ? `${tag.slice(0, -6)}-${id}-` : `${tag.slice(0, -6)}-${id}`;
  };
  const named = transforms.flatMap(([f, run]) => tags.map(([g, make]) => [`${f}: ${g}`, make, run] as const));
  test.each(named)('%s (n = 60 … 960)', (_name, make, run) => {
    expectLinear(
      (n) => Array.from({ length: 8 }, () => make(n)),
      (list) => {
        for (const t of list) run(fresh(t));
      },
      { small: 60, floorMs: 0.05 },
    );
  });
  test('parseAcceptLanguage: many ranges and weights (n = 256 … 4,096)', () => {
    expectLinear(
      (n) => 'de-CH;q=0.9,'.repeat(Math.floor(n / 12)),
      (h) => parseAcceptLanguage(h),
      { small: 256, floorMs: 0.02 },
    );
  });
  test('filter and lookup: extended ranges × tags (n = 625 … 10,000 tags)', () => {
    expectLinear(
      (n) => Array.from({ length: n }, (_, i) => `de-Latn-DE-x-${i}`),
      (list) => {
        filter(['de-*-DE', '*-DE'], list, { extended: true });
        lookup(['zz-Latn-ZZ-x-a-b-c'], list);
      },
      { small: 625, floorMs: 0.1 },
    );
  });
  test('match: supported list (n = 625 … 10,000)', () => {
    expectLinear(
      (n) => Array.from({ length: n }, (_, i) => `en-x-${serial++}-${i}`),
      (list) => match(['de-CH', 'fr'], list),
      { small: 625, floorMs: 0.5 },
    );
  });
  test('match: desired list (n = 4 … 64)', () => {
    expectLinear(
      (n) => Array.from({ length: n }, (_, i) => `de-x-${serial++}-${i}`),
      (list) => match(list, ['en', 'fr', 'es', 'ja']),
      { small: 4, floorMs: 0.05 },
    );
  });
});

describe('caches keyed by caller input are bounded', () => {
  test('memo: cleared when full, keys over the key limit never kept', () => {
    let calls = 0;
    const f = memo(4, (k: string) => (calls++, k.length), 8);
    for (const k of ['a', 'b', 'c', 'd']) f(k);
    f('a');
    expect(calls).toBe(4); // a hit
    f('e'); // full: cleared, then 'e' kept
    f('a');
    expect(calls).toBe(6); // 'a' was dropped with the rest
    f('123456789');
    f('123456789');
    expect(calls).toBe(8); // too long to keep
  });
  /** A well-formed tag of exactly N units: HEAD, then private-use subtags (which matching ignores), ID first. */
  const exactly = (head: string, n: number, id = 0): string => {
    let out = `${head}-x-i${id}`;
    for (let r = n - out.length; r > 0; ) {
      const chunk = r >= 11 ? 9 : r <= 9 ? r : 5; // a hyphen and 1-8 letters, never a lone hyphen at the end
      out += `-${'abcdefgh'.slice(0, chunk - 1)}`;
      r -= chunk;
    }
    return out;
  };
  test(`MEMO_KEY_LIMIT: tags of ${MEMO_KEY_LIMIT} (kept) and ${MEMO_KEY_LIMIT + 1} units (not kept) answer alike, twice`, () => {
    for (const n of [MEMO_KEY_LIMIT, MEMO_KEY_LIMIT + 1]) {
      const tag = exactly('EN-latn', n, n);
      expect(tag.length).toBe(n);
      const first = [canonicalize(tag).value, maximize(tag).value, minimize(tag).value];
      expect(first[0]).toBe(tag.replace('EN-latn', 'en-Latn'));
      expect([canonicalize(tag).value, maximize(tag).value, minimize(tag).value]).toEqual(first);
    }
  });
  test(`MATCH_LIST_CACHE_LIMIT, MATCH_RESULT_CACHE_LIMIT: ${MATCH_LIST_CACHE_LIMIT + 1} lists and ${MATCH_RESULT_CACHE_LIMIT + 1} desired lists (caches cleared when full) leave answers unchanged`, () => {
    const supported = (i: number) => ['en', 'fr', 'de', `en-x-l${i}`];
    const first = match(['fr-CA'], supported(0)).supported;
    expect(first).toBe('fr');
    for (let i = 1; i <= MATCH_LIST_CACHE_LIMIT; i++) expect(match(['fr-CA'], supported(i)).supported).toBe('fr');
    for (let i = 0; i <= MATCH_RESULT_CACHE_LIMIT; i++)
      expect(match([`de-x-r${i}`], supported(0)).supported).toBe('de');
    expect(match(['fr-CA'], supported(0)).supported).toBe(first);
  });
  test(`MATCH_LIST_CACHE_KEY_LIMIT, MATCH_RESULT_CACHE_KEY_LIMIT: lists just within and just over the key limits answer alike, twice`, () => {
    for (const extra of [0, 1]) {
      // A supported list whose tags joined with commas are MATCH_LIST_CACHE_KEY_LIMIT + extra units.
      // Tags of 104 units: fewer than MAX_SUPPORTED of them reach the key limit, so every one is read.
      const count = Math.floor((MATCH_LIST_CACHE_KEY_LIMIT - 200) / 105);
      const tags = Array.from({ length: count }, (_, i) => exactly('en', 104, i));
      tags.push(exactly('de', MATCH_LIST_CACHE_KEY_LIMIT + extra - 105 * count));
      expect(tags.length).toBeLessThanOrEqual(MAX_SUPPORTED);
      expect(tags.join(',').length).toBe(MATCH_LIST_CACHE_KEY_LIMIT + extra);
      // Desired tags joined to MATCH_RESULT_CACHE_KEY_LIMIT + extra units (the options add to the key: over it either way for extra 1).
      const desired = ['de-AT', exactly('fr', MATCH_RESULT_CACHE_KEY_LIMIT + extra - 6)];
      for (let round = 0; round < 2; round++) expect(match(desired, tags).supported).toBe(tags.at(-1));
    }
  });
  test(`a stream of ${3 * MEMO_LIMIT} distinct tags through every memo gives the same answers as fresh calls`, () => {
    const stream = Array.from({ length: 3 * MEMO_LIMIT }, (_, i) => `en-x-s${i}`);
    for (const t of stream) {
      canonicalize(t);
      maximize(t);
      minimize(t);
      distance(t, 'en');
    }
    expect(canonicalize(stream[0]!).value).toBe('en-x-s0');
    expect(maximize(stream[0]!).value).toBe('en-Latn-US-x-s0');
  });
});
