// @nomina/langtag against its peers, side by side in one process.
// Run: npx pnpm@10.34.9 --filter @nomina/langtag build && npx tsx bench/langtag/bench.ts [--write]
// Names: langtag/<operation>/<case>. `--write` updates bench/results/langtag.md.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { match as formatjsMatch } from '@formatjs/intl-localematcher';
import { parse as bcp47Parse } from 'bcp-47';
import { bcp47Normalize } from 'bcp-47-normalize';
import languageTags from 'language-tags';
import {
  canonicalize,
  match,
  MATCH_TAG_CACHE_LIMIT,
  maximize,
  parse,
  parseAcceptLanguage,
  validate,
} from '@nomina/langtag';
import { coldMatchInputs, corpus, desiredLists, HOT, SUPPORTED } from './corpus.js';
import { type Contender, measureAll, measureFresh, overviewBlock, type OverviewRow } from '../harness.js';
import { sizes } from './sizes.js';

type Fn = (input: never) => unknown;
interface Case {
  name: string;
  inputs: unknown[];
  contenders: Record<string, Fn>;
}

const all = corpus();
const lists = desiredLists();
const hotLists = HOT.map((t) => [t, 'en']);
const cold = coldMatchInputs();
const safe = (fn: () => unknown) => {
  try {
    return fn();
  } catch {
    return null;
  }
};

const HOSTILE = ['a-'.repeat(1 << 19), 'x' + '-ab'.repeat(340), 'en-' + 'u-'.repeat(300) + 'aa'];
const HEADERS = [
  'fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5',
  'en-US,en;q=0.9',
  'zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7',
];

const cases: Case[] = [
  {
    name: 'langtag/parse/corpus',
    inputs: all,
    contenders: { nomina: (t: string) => parse(t), 'bcp-47': (t: string) => bcp47Parse(t) },
  },
  {
    name: 'langtag/parse/hostile (1 MB, 1 kB, 300 singletons)',
    inputs: HOSTILE,
    contenders: { nomina: (t: string) => parse(t), 'bcp-47': (t: string) => bcp47Parse(t) },
  },
  {
    name: 'langtag/parseAcceptLanguage/headers',
    inputs: HEADERS,
    contenders: { nomina: (h: string) => parseAcceptLanguage(h) },
  },
  {
    name: 'langtag/validate/corpus',
    inputs: all,
    contenders: { nomina: (t: string) => validate(t).ok, 'language-tags': (t: string) => languageTags.check(t) },
  },
  {
    name: 'langtag/canonicalize/corpus',
    inputs: all,
    contenders: {
      nomina: (t: string) => canonicalize(t).value,
      'Intl.getCanonicalLocales': (t: string) => safe(() => Intl.getCanonicalLocales(t)[0]),
      'bcp-47-normalize': (t: string) => bcp47Normalize(t),
    },
  },
  {
    name: 'langtag/canonicalize/hot (memo hits)',
    inputs: HOT,
    contenders: {
      nomina: (t: string) => canonicalize(t).value,
      'Intl.getCanonicalLocales': (t: string) => Intl.getCanonicalLocales(t)[0],
      'bcp-47-normalize': (t: string) => bcp47Normalize(t),
    },
  },
  {
    name: 'langtag/maximize/corpus',
    inputs: all,
    contenders: {
      nomina: (t: string) => maximize(t).value,
      'Intl.Locale#maximize': (t: string) => safe(() => new Intl.Locale(t).maximize().toString()),
    },
  },
  {
    name: 'langtag/maximize/hot (memo hits)',
    inputs: HOT,
    contenders: {
      nomina: (t: string) => maximize(t).value,
      'Intl.Locale#maximize': (t: string) => new Intl.Locale(t).maximize().toString(),
    },
  },
  {
    name: 'langtag/match/lists',
    inputs: lists,
    contenders: {
      nomina: (d: string[]) => match(d, SUPPORTED).supported,
      '@formatjs/intl-localematcher': (d: string[]) =>
        safe(() => formatjsMatch(d, SUPPORTED, 'en', { algorithm: 'best fit' })),
    },
  },
  {
    // A new supported list every call (our list and result memos miss), drawn from recurring tags
    // (both libraries' per-tag caches are warm: ours holds MATCH_TAG_CACHE_LIMIT tags, @formatjs's is unbounded).
    name: 'langtag/match/new list per call (recurring tags)',
    inputs: cold,
    contenders: {
      nomina: (c: { desired: string[]; supported: string[] }) => match(c.desired, c.supported).supported,
      '@formatjs/intl-localematcher': (c: { desired: string[]; supported: string[] }) =>
        safe(() => formatjsMatch(c.desired, c.supported, 'en', { algorithm: 'best fit' })),
    },
  },
  {
    name: 'langtag/match/hot (memo hits)',
    inputs: hotLists,
    contenders: {
      nomina: (d: string[]) => match(d, SUPPORTED).supported,
      '@formatjs/intl-localematcher': (d: string[]) => formatjsMatch(d, SUPPORTED, 'en', { algorithm: 'best fit' }),
    },
  },
];

const rows: string[] = [];
const slower: string[] = [];
const overview: OverviewRow[] = [];
const OVERVIEW = [
  'langtag/parse/corpus',
  'langtag/validate/corpus',
  'langtag/canonicalize/corpus',
  'langtag/maximize/corpus',
  'langtag/match/lists',
];
for (const c of cases) {
  // The shared harness: each contender in its own compiled loop, interleaved rounds, median CPU time.
  const timed = measureAll(c.contenders as Record<string, Contender<unknown>>, c.inputs);
  const results = Object.entries(timed).map(([name, ns]) => ({ name, ns }));
  const ours = results[0]!.ns;
  for (const r of results.slice(1))
    if (r.ns < ours) slower.push(`${c.name} (${r.name} ${(ours / r.ns).toFixed(1)}× faster than us)`);
  const peers = results.slice(1).map((r) => `${r.name} ${(r.ns / 1000).toFixed(2)} µs (${(r.ns / ours).toFixed(1)}×)`);
  if (peers.length === 0) peers.push('(no peer: HTTP parsing is left to the app)');
  const fastest = results.slice(1).sort((x, y) => x.ns - y.ns)[0];
  if (OVERVIEW.includes(c.name))
    overview.push({
      name: c.name,
      ours: `${(ours / 1000).toFixed(2)} µs`,
      ...(fastest && {
        peer: fastest.name,
        theirs: `${(fastest.ns / 1000).toFixed(2)} µs`,
        ratio: `${(fastest.ns / ours).toFixed(1)}× as fast`,
      }),
    });
  const line = `| ${c.name} | ${c.inputs.length} | ${(ours / 1000).toFixed(2)} µs | ${peers.join('; ')} |`;
  rows.push(line);
  console.log(line);
}

// Both cold: @formatjs/intl-localematcher memoizes canonicalize, maximize and every desired ×
// supported distance without bound, so after a warm-up pass the "match/new list per call" row above times its
// memo hits (and ours our bounded per-tag cache). Here every pass gets tags neither library has seen (a fresh
// private-use suffix, which matching ignores): bench/harness.ts measureFresh, one pass per round, median.
{
  const name = 'langtag/match/fresh tags (both cold)';
  let pass = 0;
  const fresh = () => {
    const suffix = `-x-p${pass++}`;
    return cold.map((c) => ({
      desired: c.desired.map((t) => t + suffix),
      supported: c.supported.map((t) => t + suffix),
    }));
  };
  const contenders: Record<string, (c: { desired: string[]; supported: string[] }) => unknown> = {
    nomina: (c) => match(c.desired, c.supported).supported,
    '@formatjs/intl-localematcher': (c) =>
      safe(() => formatjsMatch(c.desired, c.supported, 'en', { algorithm: 'best fit' })),
  };
  const times = measureFresh(contenders, fresh);
  const ours = times.nomina!;
  const peer = times['@formatjs/intl-localematcher']!;
  if (peer < ours) slower.push(`${name} (@formatjs/intl-localematcher ${(ours / peer).toFixed(1)}× faster than us)`);
  const line = `| ${name} | ${cold.length} | ${(ours / 1000).toFixed(2)} µs | @formatjs/intl-localematcher ${(peer / 1000).toFixed(2)} µs (${(peer / ours).toFixed(1)}×) |`;
  rows.push(line);
  console.log(line);
}

const sizeRows = (await sizes()).map(
  (r) => `| \`${r.entry}\` | ${(r.minified / 1024).toFixed(1)} kB | ${(r.gzip / 1024).toFixed(1)} kB |`,
);
const md = [
  '# @nomina/langtag — speed and size',
  '',
  `Reproduce: \`npx pnpm@10.34.9 --filter @nomina/langtag build && npx tsx bench/langtag/bench.ts --write\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ICU ${process.versions.icu}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end: a shared machine, so absolute times vary run to run; the ratios are steadier).`,
  '',
  'CPU time per input, median of 7 interleaved rounds, each contender in its own compiled loop (bench/harness.ts), all contenders in one process on the same inputs (`bench/langtag/corpus.ts`: ' +
    `${new Set(all).size} distinct tags for "corpus" cases, cycled in the same order: each tag comes back only after ` +
    `${new Set(all).size - 1} others, and the 512-entry memos are cleared when full, so no corpus call is a memo hit — these are ` +
    `the cold, computed figures). "match/lists" prepares its one supported list once (as ICU's LocaleMatcher does); ` +
    `"match/new list per call" gives each call a supported list it has not seen (${cold[0]!.supported.length} supported and ${cold[0]!.desired.length} desired tags), ` +
    `drawn from ${new Set(cold.flatMap((c) => [...c.supported, ...c.desired])).size} recurring tags: our list and result memos miss, our per-tag cache ` +
    `(MATCH_TAG_CACHE_LIMIT = ${MATCH_TAG_CACHE_LIMIT} tags) hits, and @formatjs/intl-localematcher's unbounded per-tag and per-pair memos hit; ` +
    '"match/fresh tags" gives both libraries tags never seen before (one pass each on fresh tags per round, median of 21 interleaved rounds). ' +
    `"hot" cases repeat ${HOT.length} tags: they measure our memo hits, not the computation — ` +
    'do not read them as the speed of the algorithm. "×" = the peer\'s time divided by ours (above 1: we are faster).',
  '',
  overviewBlock(overview),
  '',
  '| case | inputs | @nomina/langtag | peers (time, ratio) |',
  '|---|---:|---:|---|',
  ...rows,
  '',
  slower.length === 0
    ? 'Faster than every peer in every case of this run.'
    : `**Slower than a peer** in this run: ${slower.join('; ')}.`,
  '',
  'Bundle size (esbuild bundle + minify of a one-line entry importing from `@nomina/langtag`, gzip level 9; `bench/langtag/sizes.ts`):',
  '',
  '| import | min | min+gzip |',
  '|---|---:|---:|',
  ...sizeRows,
  '',
];
if (process.argv.includes('--write')) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'langtag.md');
  writeFileSync(out, md.join('\n'));
  console.log(`wrote ${out}`);
}
