// Worst-case time and memory of @nomina/langtag at each of its limits (issue #12; SECURITY.md's limits
// table reads the results). Time: one call on fresh inputs (no memo hit); for the caches, the calls that
// fill one to its limit with keys at its key limit. Memory: what the result and the caches keep.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/langtag/limits.ts [--write]
import * as t from '@nomina/langtag';
import { type AnyWorstCase, worstCases } from '../harness.js';

let k = 0;
/** A fresh tag of exactly `n` units: `head` + `unit` repeated, made distinct by a private-use suffix. */
const tagOf = (head: string, unit: string, n: number): string => {
  const suffix = `-x-${(k++).toString(36).padStart(6, '0')}`;
  return `${(head + unit.repeat(Math.ceil(n / unit.length))).slice(0, n - suffix.length).replace(/-\w?$/, '-aa')}${suffix}`.slice(
    0,
    n,
  );
};
const tags = (count: number, length: number) => Array.from({ length: count }, () => tagOf('en', '-abcdefgh', length));

const cases: AnyWorstCase[] = [
  [
    'parse',
    `MAX_TAG_LENGTH (${t.MAX_TAG_LENGTH}) units, 300 singletons`,
    () => tagOf('en', '-a-bb', t.MAX_TAG_LENGTH),
    (s: string) => t.parse(s),
  ],
  [
    'validate',
    'MAX_TAG_LENGTH units, 300 repeated singletons',
    () => tagOf('en', '-a-bb', t.MAX_TAG_LENGTH),
    (s: string) => t.validate(s),
  ],
  [
    'canonicalize',
    'MAX_TAG_LENGTH units, -u keywords',
    () => tagOf('en', '-u-ca-gregory', t.MAX_TAG_LENGTH),
    (s: string) => t.canonicalize(s),
  ],
  [
    'maximize',
    'MAX_TAG_LENGTH units, variants',
    () => tagOf('en', '-rozaj-biske-1994', t.MAX_TAG_LENGTH),
    (s: string) => t.maximize(s),
  ],
  [
    'fallbackChain',
    `MAX_TAG_LENGTH units, variants (chain cut at MAX_FALLBACK_CHAIN = ${t.MAX_FALLBACK_CHAIN})`,
    () => tagOf('en', '-rozaj-biske-1994', t.MAX_TAG_LENGTH),
    (s: string) => t.fallbackChain(s),
  ],
  [
    'canonicalize',
    'a 1 MB string (refused by MAX_TAG_LENGTH)',
    () => 'a'.repeat(1 << 20),
    (s: string) => t.canonicalize(s),
  ],
  [
    'parseAcceptLanguage',
    `MAX_ACCEPT_LANGUAGE_LENGTH (${t.MAX_ACCEPT_LANGUAGE_LENGTH}) units, more than MAX_LANGUAGE_RANGES (${t.MAX_LANGUAGE_RANGES}) ranges`,
    () => `${'de-CH;q=0.9,'.repeat(400).slice(0, t.MAX_ACCEPT_LANGUAGE_LENGTH - 10)}x-${(k++ % 1e6).toString(36)}`,
    (s: string) => t.parseAcceptLanguage(s),
  ],
  [
    'filter (extended)',
    `MAX_FILTER_ITEMS (${t.MAX_FILTER_ITEMS}) tags × MAX_LANGUAGE_RANGES ranges`,
    () => Array.from({ length: t.MAX_FILTER_ITEMS }, (_, i) => `de-Latn-DE-x-${k}-${i}`),
    (list: string[]) =>
      t.filter(
        Array.from({ length: t.MAX_LANGUAGE_RANGES }, (_, i) => `*-x-${i}`),
        list,
        { extended: true },
      ),
  ],
  [
    'match',
    `MAX_DESIRED (${t.MAX_DESIRED}) × MAX_SUPPORTED (${t.MAX_SUPPORTED}) fresh tags of MATCH_TAG_CACHE_KEY_LIMIT (${t.MATCH_TAG_CACHE_KEY_LIMIT}) units, filling MATCH_TAG_CACHE_LIMIT (${t.MATCH_TAG_CACHE_LIMIT})`,
    () => ({
      d: tags(t.MAX_DESIRED, t.MATCH_TAG_CACHE_KEY_LIMIT),
      s: tags(t.MAX_SUPPORTED, t.MATCH_TAG_CACHE_KEY_LIMIT),
    }),
    (x: { d: string[]; s: string[] }) => t.match(x.d, x.s),
  ],
  [
    `match × MATCH_LIST_CACHE_LIMIT (${t.MATCH_LIST_CACHE_LIMIT}) lists`,
    `fresh supported lists of MAX_SUPPORTED tags, each about MATCH_LIST_CACHE_KEY_LIMIT (${t.MATCH_LIST_CACHE_KEY_LIMIT}) units joined`,
    () =>
      Array.from({ length: t.MATCH_LIST_CACHE_LIMIT }, () =>
        tags(t.MAX_SUPPORTED, Math.floor(t.MATCH_LIST_CACHE_KEY_LIMIT / t.MAX_SUPPORTED) - 1),
      ),
    (lists: string[][]) => lists.map((list) => t.match(['en'], list)),
  ],
  [
    `match × MATCH_RESULT_CACHE_LIMIT (${t.MATCH_RESULT_CACHE_LIMIT}) desired lists`,
    `one supported list, fresh desired lists of about MATCH_RESULT_CACHE_KEY_LIMIT (${t.MATCH_RESULT_CACHE_KEY_LIMIT}) units joined`,
    () => ({
      s: tags(100, 20),
      d: Array.from({ length: t.MATCH_RESULT_CACHE_LIMIT }, () =>
        tags(t.MAX_DESIRED, Math.floor(t.MATCH_RESULT_CACHE_KEY_LIMIT / t.MAX_DESIRED) - 1),
      ),
    }),
    (x: { s: string[]; d: string[][] }) => x.d.map((desired) => t.match(desired, x.s)),
  ],
  [
    `canonicalize, maximize, minimize × MEMO_LIMIT (${t.MEMO_LIMIT}) tags`,
    `fresh tags of MEMO_KEY_LIMIT (${t.MEMO_KEY_LIMIT}) units, filling every memo`,
    () => tags(t.MEMO_LIMIT, t.MEMO_KEY_LIMIT),
    (list: string[]) => list.map((tag) => [t.canonicalize(tag), t.maximize(tag), t.minimize(tag)]),
  ],
];
worstCases('@nomina/langtag', cases);
