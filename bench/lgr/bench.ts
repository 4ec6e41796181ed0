// bench/lgr: @nomina/lgr on the RZ-LGR-5 tables (benchmarks `lgr/<operation>/<case>`). No JavaScript peer
// exists (ICANN's lgr-core is Python); the figures are the targets: parse RZ-LGR-5 common well
// under a second, ≥ 100,000 labels/s against a script LGR, estimate linear in the label, a collision
// index over 1,000,000 names built in under a minute with look-up p99 ≤ 1 ms; and the bundle size.
// Run: npx pnpm@10.34.9 --filter @nomina/lgr... build && npx tsx bench/lgr/bench.ts
// (times the built dist: tsx's transform of the sources wraps every named closure in `__name()`, which
// slows some hot paths several times)
//      → bench/results/lgr.md (the worst cases at the limits there come from bench/lgr/limits.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cpuMs, latencies, machineLine, measureAll, type OverviewRow, overviewBlock, quantile } from '../harness.js';
import { sharedVector } from '../../test-vectors/locate.js';
import type { Lgr } from '../../packages/lgr/src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const { CollisionIndex, checkLgr, parseLgr, validateLabel } = (await import(
  join(here, '..', '..', 'packages', 'lgr', 'dist', 'index.js')
)) as typeof import('../../packages/lgr/src/index.js');
const read = (f: string) => {
  const path = sharedVector(`lgr/root-zone/rz-lgr-5/${f}`);
  if (!path) throw new Error(`${f}: the RZ-LGR-5 vectors are missing (set NOMINA_VECTORS)`);
  return readFileSync(path, 'utf8');
};
const files = {
  common: 'lgr-5-common-26may22-en.xml',
  arabic: 'lgr-5-arabic-script-26may22-en.xml',
  chinese: 'lgr-5-chinese-script-26may22-en.xml',
  latin: 'lgr-5-latin-script-26may22-en.xml',
};

const rows: string[] = [];
// No peer: the overview gives our figures against the targets of issue #14 in the table.
const overview: OverviewRow[] = [];
const row = (name: string, value: string, target: string) => rows.push(`| ${name} | ${value} | ${target} |`);

// Parsing.
const docs = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, read(f)])) as Record<
  keyof typeof files,
  string
>;
for (const k of ['common', 'chinese', 'arabic'] as const) {
  const ms = cpuMs(() => parseLgr(docs[k]), 7);
  if (k === 'common') overview.push({ name: 'lgr/parse/rz-lgr-5-common', ours: `${ms.toFixed(0)} ms` });
  row(
    `lgr/parse/RZ-LGR-5 ${k} (${(docs[k].length / 1e6).toFixed(2)} M chars)`,
    `${ms.toFixed(0)} ms`,
    k === 'common' ? 'well under 1 s' : '',
  );
}
const arabic = parseLgr(docs.arabic).lgr as Lgr;
const latin = parseLgr(docs.latin).lgr as Lgr;
const common = parseLgr(docs.common).lgr as Lgr;

// Labels: deterministic random labels of 3–12 repertoire code points.
let seed = 42;
// xorshift32: deterministic, and exact in 32-bit integers.
const next = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>>= 0);
};
const labelsOf = (lgr: Lgr, count: number) => {
  const chars = lgr.chars.filter((c) => c.cps.length === 1).map((c) => String.fromCodePoint(c.cps[0]!));
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + (next() % 10) }, () => chars[next() % chars.length]).join(''),
  );
};
const arabicLabels = labelsOf(arabic, 10_000);
const latinLabels = labelsOf(latin, 10_000);
const perLabel = {
  ...measureAll(
    { 'lgr/validate/Arabic, disposition only': (l: string) => validateLabel(arabic, l, { variants: false }) },
    arabicLabels,
    { rounds: 5, roundNs: 300e6 },
  ),
  // About 2 ms a label: the first 1,000 labels (a pass of 10,000 would take 20 s).
  ...measureAll(
    { 'lgr/validate/Arabic, with variants (maxVariants 1000)': (l: string) => validateLabel(arabic, l) },
    arabicLabels.slice(0, 1000),
    { rounds: 5, roundNs: 300e6 },
  ),
};
const perLatin = measureAll(
  { 'lgr/validate/Latin, disposition only': (l: string) => validateLabel(latin, l, { variants: false }) },
  latinLabels,
  { rounds: 5, roundNs: 300e6 },
);
overview.push({
  name: 'lgr/validate/rz-lgr-5-arabic',
  ours: `${Math.round(1e9 / perLabel['lgr/validate/Arabic, disposition only']!).toLocaleString('en')} labels/s`,
});
for (const [name, ns] of Object.entries({ ...perLabel, ...perLatin }))
  row(
    name,
    `${Math.round(1e9 / ns).toLocaleString('en')} labels/s (${(ns / 1000).toFixed(1)} µs)`,
    name.includes('only') ? '≥ 100,000 labels/s' : '',
  );
const commonNs = measureAll(
  {
    'lgr/validate/common LGR, Latin labels, disposition only': (l: string) =>
      validateLabel(common, l, { variants: false }),
  },
  latinLabels,
  { rounds: 3, roundNs: 300e6 },
);
for (const [name, ns] of Object.entries(commonNs))
  row(name, `${Math.round(1e9 / ns).toLocaleString('en')} labels/s`, '');

// Estimate: linear in the label (time per code point for 8 and 63 code points).
const ar = arabic.chars.find((c) => c.variants.length > 3)!;
const long = (n: number) => Array.from({ length: 200 }, () => String.fromCodePoint(ar.cps[0]!).repeat(n));
const est = measureAll({ 8: (l: string) => validateLabel(arabic, l, { variants: false }).estimate }, long(8), {
  rounds: 3,
});
const est63 = measureAll({ 63: (l: string) => validateLabel(arabic, l, { variants: false }).estimate }, long(63), {
  rounds: 3,
});
row(
  'lgr/estimate/63 vs 8 code points (time ratio)',
  `${(est63['63']! / est['8']!).toFixed(1)}× for 7.9× the length (estimate ${validateLabel(arabic, long(63)[0]!, { variants: false }).estimate.toExponential(1)})`,
  'linear',
);

// Collision index over 1,000,000 names.
const zone = labelsOf(arabic, 1_000_000);
let index!: InstanceType<typeof CollisionIndex>;
const buildMs = cpuMs(() => {
  index = new CollisionIndex(arabic);
  for (const name of zone) index.add(name);
}, 1);
overview.push({ name: 'lgr/collide-build/zone-1m', ours: `${(buildMs / 1000).toFixed(1)} s` });
row(
  'lgr/collide/build index over 1,000,000 Arabic names',
  `${(buildMs / 1000).toFixed(1)} s (${index.size.toLocaleString('en')} indexed)`,
  '< 1 min',
);
const queries = labelsOf(arabic, 20_000);
const lat = latencies((l: string) => index.check(l), queries);
const hits = queries.filter((q) => index.check(q).collisions.length > 0).length;
overview.push({ name: 'lgr/collide-check/zone-1m', ours: `p99 ${(quantile(lat, 0.99) * 1000).toFixed(0)} µs` });
row(
  'lgr/collide/check a new name (20,000 look-ups)',
  `p50 ${(quantile(lat, 0.5) * 1000).toFixed(0)} µs, p99 ${(quantile(lat, 0.99) * 1000).toFixed(0)} µs (${hits} collide)`,
  'p99 ≤ 1 ms',
);

// Checks.
row(
  'lgr/check/RZ-LGR-5 common (symmetry, transitivity, IDNA2008, summary)',
  `${cpuMs(() => checkLgr(common), 3).toFixed(0)} ms`,
  '',
);

// Bundle size (minified, gzip), from the sources.
/** [min, min+gzip] kB of a bundle of `contents`. */
async function size(contents: string): Promise<number[]> {
  const out = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@nomina/source'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0]!.contents;
  return [bytes.length / 1024, gzipSync(bytes, { level: 9 }).length / 1024];
}
const sizeText = ([min, gzip]: number[]) => `${min!.toFixed(1)} kB min, ${gzip!.toFixed(1)} kB gzip`;
const mainImport = await size(
  `import { parseLgr, validateLabel } from '../../packages/lgr/src/index.ts'; globalThis.x = [parseLgr, validateLabel];`,
);
row('bundle: parseLgr + validateLabel', sizeText(mainImport), '');
overview.push({ name: 'lgr/size/parseLgr-validateLabel', ours: `${mainImport[1]!.toFixed(1)} kB gzip` });
row(
  'bundle: everything (checkLgr pulls the IDNA2008 and script tables)',
  sizeText(await size(`export * from '../../packages/lgr/src/index.ts';`)),
  '',
);

const md = [
  '# @nomina/lgr — speed and size',
  '',
  `Command: \`npx pnpm@10.34.9 --filter @nomina/lgr... build && npx tsx bench/lgr/bench.ts\` — ${new Date().toISOString().slice(0, 10)}, ${machineLine()}.`,
  '',
  'CPU time (bench/harness.ts: measureAll per label, cpuMs for parses and builds), medians; labels are random',
  'sequences of 3–12 repertoire code points of the RZ-LGR-5 script LGR (deterministic seed). Look-up',
  'latencies are wall-clock. No JavaScript peer exists; ICANN lgr-core (Python) is not run here.',
  '',
  overviewBlock(overview),
  '',
  '| case | result | target (issue #14) |',
  '|---|---|---|',
  ...rows,
  '',
];
// The worst-case section (bench/lgr/limits.ts) is kept as it is.
const results = join(here, '..', 'results', 'lgr.md');
const previous = readFileSync(results, 'utf8');
const worst = previous.indexOf('## Worst cases at the limits');
writeFileSync(results, md.join('\n') + (worst < 0 ? '' : `\n${previous.slice(worst)}`));
console.log(md.join('\n'));
