// Worst-case time and memory of @nomina/keywords at each of its limits (issue #12; SECURITY.md's limits
// table reads the results, the README's Limits section links them). Timed by bench/harness.ts `worstCases`.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/keywords/limits.ts [--write]
import {
  createKeywordIndex,
  damerauLevenshtein,
  fold,
  foldBasic,
  loadKeywordIndex,
  MAX_CACHED_SEGMENTERS,
  MAX_DISTANCE_LENGTH,
  MAX_EDITS,
  MAX_INDEX_BYTES,
  MAX_ENTRIES,
  MAX_KEY_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_LABELS,
  MAX_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_SEGMENT_LENGTH,
  MAX_TARGET_LENGTH,
  MAX_TEXT_LENGTH,
  romanize,
  segmentWords,
  type KeywordEntry,
} from '@nomina/keywords';
import { type AnyWorstCase, worstCases } from '../harness.js';

const cjk = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + (((i + from) * 7919) % 20000))).join('');
const marks = (n: number) => 'e\u0301\u0302\u0323'.repeat(Math.ceil(n / 4)).slice(0, n);
const mixed = (n: number) => 'aбαאก'.repeat(Math.ceil(n / 5)).slice(0, n);

const entries: KeywordEntry[] = [];
for (let i = 0; i < 50_000; i++)
  entries.push({
    key: `${mixed(3 + (i % 9))}${i.toString(36)}`,
    target: `t${i}`,
    locale: ['en', 'ru', 'el', 'he', 'th'][i % 5],
  });
const index = createKeywordIndex(entries);
index.compile();
const file = index.save();

let k = 0;
/** A fresh Latin query of `n` units (no two alike, so no memo can answer it). */
const latin = (n: number) => `${(k++).toString(36)}${'abcdefghij'.repeat(Math.ceil(n / 10))}`.slice(0, n);

const texts: AnyWorstCase[] = (
  [
    ['distinct CJK', cjk],
    ['combining marks', marks],
    ['alternating scripts', mixed],
  ] as const
).flatMap(([shape, make]): AnyWorstCase[] => {
  const text = make(MAX_TEXT_LENGTH);
  const segment = text.slice(0, MAX_SEGMENT_LENGTH);
  return [
    ['fold', `MAX_TEXT_LENGTH units, ${shape}`, () => text, (s: string) => fold(s)],
    ['foldBasic', `MAX_TEXT_LENGTH units, ${shape}`, () => text, (s: string) => foldBasic(s)],
    ['romanize', `MAX_TEXT_LENGTH units, ${shape}`, () => text, (s: string) => romanize(s)],
    ['segmentWords', `MAX_SEGMENT_LENGTH units, ${shape}`, () => segment, (s: string) => segmentWords(s)],
  ];
});

const cases: AnyWorstCase[] = [
  [
    'search',
    `MAX_QUERY_LENGTH (${MAX_QUERY_LENGTH}) units, Latin, two edits`,
    () => latin(MAX_QUERY_LENGTH),
    (q: string) => index.search(q),
  ],
  ['search', 'MAX_QUERY_LENGTH units, distinct CJK', () => cjk(MAX_QUERY_LENGTH, k++), (q: string) => index.search(q)],
  [
    'search',
    `the first 4–6 letters every key starts with, MAX_EDITS (${MAX_EDITS}), MAX_LIMIT (${MAX_LIMIT}) answers: the most fuzzy candidates (MAX_FUZZY_CANDIDATES)`,
    () => mixed(4 + (k++ % 3)),
    (q: string) => index.search(q, { maxEdits: MAX_EDITS, limit: MAX_LIMIT, minScore: 0 }),
  ],
  [
    'search',
    `a one-letter prefix query of 50,000 keys, MAX_LIMIT answers (MAX_PREFIX_SCAN)`,
    () => 'aбαאก'[k++ % 5]!,
    (q: string) => index.search(q, { prefix: true, limit: MAX_LIMIT }),
  ],
  {
    operation: 'search',
    input: 'a 1 MiB query (refused at once: QUERY_TOO_LONG)',
    limits: ['MAX_QUERY_LENGTH'],
    make: () => cjk(1 << 20),
    run: (q: string) => index.search(q),
  },
  [
    'createKeywordIndex + compile',
    `one key of MAX_KEY_LENGTH (${MAX_KEY_LENGTH}) units, alternating scripts (fold, romanization, deletion variants)`,
    () => [{ key: `${mixed(MAX_KEY_LENGTH - 6)}${(k++).toString(36).padStart(6, '0')}`, target: 't' }],
    (e: KeywordEntry[]) => createKeywordIndex(e).compile(),
  ],
  [
    'createKeywordIndex',
    `a target of MAX_TARGET_LENGTH (${MAX_TARGET_LENGTH}) units`,
    () => [{ key: `k${k++}`, target: 't'.repeat(MAX_TARGET_LENGTH) }],
    (e: KeywordEntry[]) => createKeywordIndex(e),
  ],
  [
    'createKeywordIndex + compile',
    `MAX_LABELS (${MAX_LABELS}) entries, each with its own locale of MAX_LABEL_LENGTH (${MAX_LABEL_LENGTH}) units`,
    () => {
      const run = (k++).toString(36);
      return Array.from({ length: MAX_LABELS }, (_, i) => ({
        key: `k${i.toString(36)}`,
        target: 't',
        locale: `x-${run}-${i.toString(36)}`.padEnd(MAX_LABEL_LENGTH, 'a'),
      }));
    },
    (e: KeywordEntry[]) => createKeywordIndex(e).compile(),
  ],
  {
    operation: 'createKeywordIndex + compile',
    input: `MAX_ENTRIES (${MAX_ENTRIES.toLocaleString('en')}) entries in five scripts`,
    limits: ['MAX_ENTRIES'],
    scale: MAX_ENTRIES / entries.length,
    make: () => entries.map((e) => ({ ...e, key: `${e.key}${k}` })),
    // The index is the result, so the memory column is what it holds.
    run: (e: KeywordEntry[]) => {
      const built = createKeywordIndex(e);
      built.compile();
      return built;
    },
  },
  {
    operation: 'loadKeywordIndex',
    input: `a file of MAX_INDEX_BYTES (2 GiB: about ${Math.round((entries.length * MAX_INDEX_BYTES) / file.length / 1e6)} million such entries)`,
    limits: ['MAX_INDEX_BYTES'],
    scale: MAX_INDEX_BYTES / file.length,
    make: () => file,
    run: (bytes: Uint8Array) => loadKeywordIndex(bytes),
  },
  [
    'segmentWords',
    `MAX_CACHED_SEGMENTERS + 1 (${MAX_CACHED_SEGMENTERS + 1}) locales in turn (every call builds a segmenter)`,
    () => ['en', 'de', 'fr', 'th', 'ja', 'zh', 'km', 'lo', 'my'][k++ % (MAX_CACHED_SEGMENTERS + 1)]!,
    (locale: string) => segmentWords('ภาษาไทยง่ายนิดเดียว 日本語の文章', locale),
  ],
  ...texts,
  [
    'damerauLevenshtein',
    `2 × MAX_DISTANCE_LENGTH (${MAX_DISTANCE_LENGTH}) units of distinct CJK`,
    () => [cjk(MAX_DISTANCE_LENGTH), cjk(MAX_DISTANCE_LENGTH, 7)] as const,
    ([a, b]: readonly [string, string]) => damerauLevenshtein(a, b),
  ],
  [
    'damerauLevenshtein',
    '2 × MAX_DISTANCE_LENGTH units, max 2 (banded)',
    () => [cjk(MAX_DISTANCE_LENGTH), cjk(MAX_DISTANCE_LENGTH, 7)] as const,
    ([a, b]: readonly [string, string]) => damerauLevenshtein(a, b, 2),
  ],
  {
    operation: 'loadKeywordIndex',
    input: `a ${(file.length / 2 ** 20).toFixed(1)} MiB file (50,000 entries in five scripts)`,
    limits: [],
    make: () => file,
    run: (bytes: Uint8Array) => loadKeywordIndex(bytes),
  },
];

worstCases('@nomina/keywords', cases);
