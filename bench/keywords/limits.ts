// Worst-case time and memory of @nomina/keywords at each of its limits, for the README's Limits section.
// Time is CPU time of this process (process.cpuUsage: robust to other processes on a shared machine),
// the median of 5 calls after a warm-up; memory is the growth of heap + array buffers over the call,
// with the result kept, after a full GC (run with --expose-gc).
//   node --expose-gc --conditions=@nomina/source --import tsx bench/keywords/limits.ts
import {
  createKeywordIndex,
  damerauLevenshtein,
  fold,
  foldBasic,
  loadKeywordIndex,
  MAX_DISTANCE_LENGTH,
  MAX_KEY_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_SEGMENT_LENGTH,
  MAX_TEXT_LENGTH,
  romanize,
  segmentWords,
  type KeywordEntry,
} from '@nomina/keywords';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const cjk = (n: number) =>
  Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
const marks = (n: number) => 'e\u0301\u0302\u0323'.repeat(Math.ceil(n / 4)).slice(0, n);
const mixed = (n: number) => 'aбαאก'.repeat(Math.ceil(n / 5)).slice(0, n);

function measure(name: string, run: () => unknown, runs = 5): void {
  run();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const m0 = process.memoryUsage();
    const c0 = process.cpuUsage();
    const kept = run();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
    gc();
    const m1 = process.memoryUsage();
    bytes = Math.max(bytes, m1.heapUsed + m1.arrayBuffers - m0.heapUsed - m0.arrayBuffers);
    if (kept === Symbol.for('never')) console.log(kept);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(58)} ${times[runs >> 1]!.toFixed(2).padStart(9)} ms CPU  ${(bytes / 2 ** 20).toFixed(2).padStart(8)} MiB kept`,
  );
}

const entries: KeywordEntry[] = [];
for (let i = 0; i < 50_000; i++)
  entries.push({
    key: `${mixed(3 + (i % 9))}${i.toString(36)}`,
    target: `t${i}`,
    locale: ['en', 'ru', 'el', 'he', 'th'][i % 5],
  });
const index = createKeywordIndex(entries);
index.compile();

measure(`search, ${MAX_QUERY_LENGTH}-unit Latin query (budget 2)`, () =>
  index.search('abcdefghij'.repeat(26).slice(0, MAX_QUERY_LENGTH)),
);
measure(`search, ${MAX_QUERY_LENGTH}-unit distinct CJK query`, () => index.search(cjk(MAX_QUERY_LENGTH)));
const huge = cjk(1 << 20);
measure('search, 1 MiB query (QUERY_TOO_LONG)', () => index.search(huge));
measure(`add, ${MAX_KEY_LENGTH}-unit key (fold, romanization)`, () =>
  createKeywordIndex([{ key: mixed(MAX_KEY_LENGTH), target: 't' }]),
);
measure(`compile after one ${MAX_KEY_LENGTH}-unit key (deletion variants)`, () =>
  createKeywordIndex([{ key: mixed(MAX_KEY_LENGTH), target: 't' }]).compile(),
);
for (const [name, make] of [
  ['distinct CJK', cjk],
  ['combining marks', marks],
  ['alternating scripts', mixed],
] as const) {
  const text = make(MAX_TEXT_LENGTH);
  measure(`fold, MAX_TEXT_LENGTH (${MAX_TEXT_LENGTH}) units, ${name}`, () => fold(text), 3);
  measure(`foldBasic, MAX_TEXT_LENGTH units, ${name}`, () => foldBasic(text), 3);
  measure(`romanize, MAX_TEXT_LENGTH units, ${name}`, () => romanize(text), 3);
  measure(
    `segmentWords, MAX_SEGMENT_LENGTH (${MAX_SEGMENT_LENGTH}) units, ${name}`,
    () => segmentWords(text.slice(0, MAX_SEGMENT_LENGTH)),
    3,
  );
}
measure(`damerauLevenshtein, 2 × MAX_DISTANCE_LENGTH (${MAX_DISTANCE_LENGTH}) units`, () =>
  damerauLevenshtein(cjk(MAX_DISTANCE_LENGTH), cjk(MAX_DISTANCE_LENGTH + 7).slice(7)),
);
measure('damerauLevenshtein, 2 × MAX_DISTANCE_LENGTH units, max 2', () =>
  damerauLevenshtein(cjk(MAX_DISTANCE_LENGTH), cjk(MAX_DISTANCE_LENGTH + 7).slice(7), 2),
);
const bytes = index.save();
measure(
  `loadKeywordIndex, ${(bytes.length / 2 ** 20).toFixed(1)} MiB file (50,000 entries)`,
  () => loadKeywordIndex(bytes),
  3,
);
