// ICU/CLDR localeMatcherTest.txt: one named test per case, all groups and parameters.
// Compared as canonical tags (ICU's ULocale turns i-klingon into tlh and sorts extensions).
import { readFileSync } from 'node:fs';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { ownVector, sharedVector } from '../../../test-vectors/locate.js';
import { canonicalize } from '../src/canonicalize.js';
import {
  distance,
  match,
  MATCH_TAG_CACHE_KEY_LIMIT,
  MATCH_TAG_CACHE_LIMIT,
  MAX_DESIRED,
  MAX_SUPPORTED,
} from '../src/match.js';
import { MATCH_RULES } from '../src/data/cldr-matching.js';
import { matcherCases } from './matcher-vectors.js';

const diffs: {
  file: string;
  line: number;
  differences: Record<string, { cldr46: string; cldr48: string }>;
  evidence: { languageMatch?: string; is: null };
}[] = JSON.parse(readFileSync(ownVector('langtag/cldr46-vs-48.json'), 'utf8')).rows.filter(
  (r: { file: string }) => r.file === 'localeMatcherTest.txt',
);

const canonical = (tag: string | null | undefined) =>
  tag == null || tag === 'null' ? 'null' : (canonicalize(tag).value ?? tag).toLowerCase();

const path = sharedVector('cldr/localeMatcherTest.txt');
(path ? describe : describe.skip)('localeMatcherTest.txt (UTS #35 §4.5, ICU LocaleMatcher)', () => {
  const cases = path ? matcherCases(path) : [];
  test.each(
    cases.map(
      (c) => [`localeMatcherTest line ${c.line} [${c.group}]: ${c.desired.join(', ')} >> ${c.match}`, c] as const,
    ),
  )('%s', (_, c) => {
    const result = match(c.desired, c.supported, {
      default: c.default,
      favor: c.favor === 'script' ? 'script' : 'language',
      threshold: c.threshold,
    });
    const diff = diffs.find((d) => d.line === c.line)?.differences.match;
    if (diff) expect(diff.cldr46).toBe(c.match);
    expect(canonical(result.supported)).toBe(canonical(diff ? diff.cldr48 : c.match));
    if (c.bestDesired) expect(canonical(result.desired)).toBe(canonical(c.bestDesired));
    if (c.combined) expect(canonical(result.resolved)).toBe(canonical(c.combined));
  });
});

describe('CLDR 48 language-matching changes listed in cldr46-vs-48.json', () => {
  test.each(
    diffs.map((d) => [`localeMatcherTest line ${d.line}: ${d.evidence.languageMatch} is gone in CLDR 48`, d] as const),
  )('%s', (_, d) => {
    const [desired, supported] = d.evidence.languageMatch!.split(';');
    expect(MATCH_RULES.split('|').some((r) => r.startsWith(`${desired};${supported};`))).toBe(false);
  });
});

describe('distance', () => {
  test.each([
    ['en-AU', 'en-GB', 3],
    ['en-AU', 'en-US', 5],
    ['es-AR', 'es-419', 4],
    ['nb', 'no', 1],
    ['sr-Latn', 'sr-Cyrl', 5],
    ['fr', 'fr', 0],
    ['fr', 'de', 84],
  ] as const)('%s → %s is %d', (a, b, want) => {
    expect(distance(a, b)).toBe(want);
  });
  test('one-way rules are asymmetric: gsw → de is close, de → gsw is not', () => {
    expect(distance('gsw', 'de')).toBeLessThan(50);
    expect(distance('de', 'gsw')).toBeGreaterThanOrEqual(50);
  });
  test('not well-formed gives undefined', () => {
    expect(distance('en--US', 'en')).toBeUndefined();
  });
});

describe('match options and issues', () => {
  test('only-two-way ignores a one-way match', () => {
    expect(match('gsw', ['fr', 'de']).supported).toBe('de');
    expect(match('gsw', ['fr', 'de'], { direction: 'only-two-way' }).supportedIndex).toBe(-1);
  });
  test('demotion none lets a later desired tag win on distance', () => {
    expect(match(['de-CH', 'fr'], ['fr', 'de']).supported).toBe('de');
    expect(match(['en-AU', 'fr-FR'], ['en-US', 'fr-FR'], { demotion: 'none' }).supported).toBe('fr-FR');
    expect(match(['en-AU', 'fr-FR'], ['en-US', 'fr-FR']).supported).toBe('en-US');
  });
  test('default null means no default', () => {
    expect(match('ja', ['fr', 'de'], { default: null }).supported).toBeNull();
  });
  test(`limits: ${MAX_DESIRED} desired and ${MAX_SUPPORTED} supported tags are read, not one more`, () => {
    const desired = (n: number) => [...Array(n - 1).fill('ja'), 'fr'];
    expect(match(desired(MAX_DESIRED), ['de', 'fr'], { demotion: 'none' })).toMatchObject({
      supported: 'fr',
      desiredIndex: MAX_DESIRED - 1,
      issues: [],
    });
    expect(match(desired(MAX_DESIRED + 1), ['de', 'fr'], { demotion: 'none' })).toMatchObject({
      supported: 'de',
      supportedIndex: -1,
      issues: [{ code: 'MATCH_TOO_MANY_DESIRED' }],
    });
    const supported = (n: number) => [...Array(n - 1).fill('de'), 'fr'];
    expect(match('fr', supported(MAX_SUPPORTED))).toMatchObject({
      supported: 'fr',
      supportedIndex: MAX_SUPPORTED - 1,
      issues: [],
    });
    expect(match('fr', supported(MAX_SUPPORTED + 1))).toMatchObject({
      supported: 'de',
      supportedIndex: -1,
      issues: [{ code: 'MATCH_TOO_MANY_SUPPORTED' }],
    });
  });
  test(`tag cache: tags of ${MATCH_TAG_CACHE_KEY_LIMIT} and ${MATCH_TAG_CACHE_KEY_LIMIT + 1} characters match alike, cached or not`, () => {
    // A private-use suffix does not change matching: pad "sr-Latn-x-…" to exactly N and N+1 characters.
    const padded = (n: number) => `sr-Latn-x-${'abcdefg-'.repeat(10)}`.slice(0, n).replace(/-$/, 'z');
    for (const n of [MATCH_TAG_CACHE_KEY_LIMIT, MATCH_TAG_CACHE_KEY_LIMIT + 1]) {
      const tag = padded(n);
      expect(tag).toHaveLength(n);
      for (let round = 0; round < 2; round++) {
        expect(match(tag, ['en', 'sr-Cyrl', 'sr-Latn-BA'])).toMatchObject({ supported: 'sr-Latn-BA', distance: 4 });
        expect(match('sr-Latn', ['en', tag])).toMatchObject({ supported: tag, distance: 0 });
      }
    }
  });
  test(`tag cache: ${MATCH_TAG_CACHE_LIMIT + 1} unique tags (the cache is cleared when full) leave answers unchanged`, () => {
    const supported = ['en', 'fr-CA', 'zh-Hant', 'pt-PT', 'es-419'];
    const desired = ['fr', 'zh-TW', 'pt-BR', 'es-MX', 'en-AU', 'de'];
    const before = desired.map((d) => match(d, [...supported]));
    for (let i = 0; i <= MATCH_TAG_CACHE_LIMIT; i++) distance(`en-x-u${i}`, `fr-x-u${i}`);
    expect(desired.map((d) => match(d, [...supported]))).toEqual(before);
    expect(before.map((r) => r.supported)).toEqual(['fr-CA', 'zh-Hant', 'pt-PT', 'es-419', 'en', 'en']);
  });
  test('bad tags are skipped and reported, never thrown', () => {
    const r = match(['en--x', 'fr'], ['de', '--', 'fr-CA']);
    expect(r.supported).toBe('fr-CA');
    expect(r.issues.map((i) => i.code)).toEqual(['MATCH_TAG_SKIPPED', 'MATCH_TAG_SKIPPED']);
  });
});

describe('properties', () => {
  const tagLike = fc.string({
    unit: fc.constantFrom('e', 'n', 'f', 'r', 'x', 'u', '-', 'Z', 'h', 'a', 'T', 'W', '1'),
    maxLength: 14,
  });
  const realTags = fc.constantFrom(
    'en',
    'en-GB',
    'fr-CA',
    'zh-Hant',
    'zh-TW',
    'sr-Latn',
    'und',
    'x-bork',
    'i-klingon',
    'gsw',
    'nb',
    'no',
    'es-419',
    'pt-BR',
    'ar-MA',
  );
  prop.prop([
    fc.array(fc.oneof(tagLike, realTags), { maxLength: 6 }),
    fc.array(fc.oneof(tagLike, realTags), { maxLength: 8 }),
  ])('match never throws and answers a supported tag, the default or null', (desired, supported) => {
    const r = match(desired, supported);
    expect(r.supported === null || supported.includes(r.supported)).toBe(true);
    if (r.supportedIndex >= 0) expect(supported[r.supportedIndex]).toBe(r.supported);
  });
  prop.prop([realTags])('distance of a tag to itself is 0', (t) => {
    expect(distance(t, t)).toBe(0);
  });
});
