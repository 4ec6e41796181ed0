// Worst-case time and memory of @nomina/langtag at each of its limits (issue #12: "each limit in the
// README with its worst-case time and memory measured"). Run from the repository root:
//   node --expose-gc --conditions=@nomina/source --import tsx bench/langtag/limits.ts
// Time: median of 7 calls after warm-up, on distinct inputs (no memo hit). Memory: heap retained by the
// result plus the caches it fills, after a full collection.
import * as t from '@nomina/langtag';
import { worstCase } from './worst-case.js';

const fit = (head: string, unit: string, n: number): string =>
  (head + unit.repeat(Math.ceil(n / unit.length))).slice(0, n).replace(/-$/, 'a');
let k = 0;
const distinct = (tag: string): string =>
  `${tag.slice(0, t.MAX_TAG_LENGTH - 8)}-x-${(k++).toString(36).padStart(5, '0')}`.slice(0, t.MAX_TAG_LENGTH);
const tag = (unit: string) => () => distinct(fit('en', unit, t.MAX_TAG_LENGTH));

worstCase('@nomina/langtag', [
  ['parse', `MAX_TAG_LENGTH (${t.MAX_TAG_LENGTH}) units, 300 singletons`, tag('-a-bb'), (s) => t.parse(s)],
  ['validate', `MAX_TAG_LENGTH units, 300 repeated singletons`, tag('-a-bb'), (s) => t.validate(s)],
  ['canonicalize', `MAX_TAG_LENGTH units, -u keywords`, tag('-u-ca-gregory'), (s) => t.canonicalize(s)],
  ['canonicalize', `MAX_TAG_LENGTH units, 300 repeated singletons`, tag('-a-bb'), (s) => t.canonicalize(s)],
  ['maximize', `MAX_TAG_LENGTH units, variants`, tag('-rozaj-biske-1994'), (s) => t.maximize(s)],
  ['fallbackChain', `MAX_TAG_LENGTH units, variants`, tag('-rozaj-biske-1994'), (s) => t.fallbackChain(s)],
  [
    'parseAcceptLanguage',
    `MAX_ACCEPT_LANGUAGE_LENGTH (${t.MAX_ACCEPT_LANGUAGE_LENGTH}) units`,
    () => 'de-CH;q=0.9,'.repeat(400).slice(0, t.MAX_ACCEPT_LANGUAGE_LENGTH - 4) + `x-${k++ % 10}`,
    (s) => t.parseAcceptLanguage(s),
  ],
  [
    'filter (extended)',
    `MAX_FILTER_ITEMS (${t.MAX_FILTER_ITEMS}) tags × ${t.MAX_LANGUAGE_RANGES} ranges`,
    () => Array.from({ length: t.MAX_FILTER_ITEMS }, (_, i) => `de-Latn-DE-x-${k}-${i}`),
    (list) =>
      t.filter(
        Array.from({ length: t.MAX_LANGUAGE_RANGES }, (_, i) => `*-x-${i}`),
        list,
        { extended: true },
      ),
  ],
  [
    'match',
    `MAX_DESIRED (${t.MAX_DESIRED}) × MAX_SUPPORTED (${t.MAX_SUPPORTED}) fresh tags`,
    () => ({
      d: Array.from({ length: t.MAX_DESIRED }, (_, i) => `fr-x-${k}-${i}`),
      s: Array.from({ length: t.MAX_SUPPORTED }, (_, i) => `en-x-${k++}-${i}`),
    }),
    (x) => t.match(x.d, x.s),
  ],
  ['canonicalize', `a 1 MB string (refused: TAG_TOO_LONG)`, () => 'a'.repeat(1 << 20), (s) => t.canonicalize(s)],
]);
