// Throughput of the registry batch check on 1 000 000 generated names (the UDHR corpora of
// bench/idna/corpus.ts, IDN and mostly-ASCII names interleaved), next to loops of the peers over the same
// file: python3-idna `idna.encode`, libidn2 `idn2_register_u8` label by label (`idn2 --register`-style)
// and `idn2_lookup_u8`. Also the peak memory of `nomina check` for 100 000 and 1 000 000 names (constant
// memory), and the bundle size of the registration entry points.
//
//   npx pnpm@10.34.9 build && npx tsx bench/idna2008/throughput.ts [--names 1000000] [--write]
//
// Names: idna2008/<operation>/<corpus>. `--write` updates the throughput section of bench/results/idna2008.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDomain } from '@nomina/idna';
import { measureAll, overviewBlock, ratio } from '../harness.js';
import { bundleSize } from '../sizes.js';
import { corpora } from '../idna/corpus.js';
import { ensurePeers, peerVersions, PYTHON, updateResults } from './peers.js';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = join(here, '..', '..', 'packages', 'cli', 'dist', 'nomina.js');

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** IDN names and mostly-ASCII host names, interleaved (about 55 % of the names have a non-ASCII label). */
function generate(count: number): string[] {
  const { idn, mixed } = corpora(Math.ceil(count / 2));
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) names.push(i % 2 ? mixed[i >> 1]! : idn[i >> 1]!);
  return names;
}

/**
 * Wall and CPU seconds of a run (CPU time is the fairer figure on a shared machine). The CLI and the
 * Python/libidn2 peers run as whole processes (start-up, reading and writing included), which the in-process
 * harness cannot time; the in-process `checkDomain` loop is timed by bench/harness.ts.
 */
type Timing = [wall: number, cpu: number];

/** Times and peak resident memory of `nomina check --file FILE` (output to /dev/null), NODE_ARGS for Node. */
function runCli(file: string, format: string, nodeArgs: string[] = []): { timing: Timing; maxRssKb: number } {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', process.execPath, ...nodeArgs, CLI, 'check', '--file', file, '--format', format, '--quiet'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 20,
    },
  );
  const stderr = result.stderr.toString().trim().split('\n');
  const [wall, user, sys, rss] = stderr.at(-1)!.split(' ').map(Number) as [number, number, number, number];
  // Exit 1 is "some names failed", but also what Node gives for a crash (e.g. dist/ rebuilt mid-run): with
  // --quiet the command writes nothing to stderr, so any line besides /usr/bin/time's own is a failure.
  const other = stderr.slice(0, -1).filter((line) => !/^Command exited with non-zero status 1$/.test(line));
  if (
    (result.status !== 0 && result.status !== 1) ||
    other.length > 0 ||
    [wall, user, sys, rss].some((n) => !Number.isFinite(n))
  ) {
    throw new Error(`nomina check ${format} failed (status ${result.status}): ${stderr.join('\n')}`);
  }
  return { timing: [wall, user + sys], maxRssKb: rss };
}

/** CPU seconds of `checkDomain` over every name, timed by the shared harness (median of 3 passes); no wall time. */
function inProcess(names: string[]): Timing {
  const ns = measureAll({ checkDomain: (name: string) => checkDomain(name).ok }, names, { rounds: 3 }).checkDomain!;
  return [Number.NaN, (ns * names.length) / 1e9];
}

async function main(): Promise<void> {
  ensurePeers();
  const count = argument('--names', 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'nomina-throughput-'));
  const names = generate(count);
  const file = join(dir, 'names.txt');
  writeFileSync(file, names.join('\n') + '\n');
  const small = join(dir, 'names-100k.txt');
  writeFileSync(small, names.slice(0, count / 10).join('\n') + '\n');

  const rows: [string, Timing][] = [];
  const text = runCli(file, 'text');
  const ndjson = runCli(file, 'ndjson');
  const memorySmall = runCli(small, 'ndjson');
  // Constant memory: the same run with V8's old space capped far below what holding the names would take.
  const capped = runCli(file, 'ndjson', ['--max-old-space-size=24']);
  rows.push([
    `idna2008/check-cli-text/udhr-mix: \`nomina check --file FILE\` (process start, reading, text report)`,
    text.timing,
  ]);
  rows.push([`idna2008/check-cli-ndjson/udhr-mix: \`nomina check --file FILE --format ndjson\``, ndjson.timing]);
  const ours = inProcess(names);
  rows.push([
    `idna2008/checkDomain/udhr-mix: \`checkDomain(name)\` in process (no I/O; bench/harness.ts, CPU time only)`,
    ours,
  ]);
  const versions = peerVersions();
  const peer = JSON.parse(
    execFileSync(PYTHON, [join(here, 'peers.py'), 'time', file], { maxBuffer: 1 << 20 }).toString(),
  ) as Record<string, Timing>;
  rows.push([`python3-idna ${versions.python_idna}: \`idna.encode(name)\` loop (Python, in process)`, peer.python!]);
  rows.push([
    `libidn2 ${versions.libidn2}: \`idn2_register_u8\` per label loop (\`idn2 --register\`-style, ctypes)`,
    peer.idn2_register!,
  ]);
  rows.push([`libidn2 ${versions.libidn2}: \`idn2_lookup_u8\` loop (IDN2_NO_TR46, ctypes)`, peer.idn2_lookup!]);

  // Overview: checkDomain against the fastest registration peer (CPU per name; the peers' loops run in Python).
  const perName = (t: Timing) => (t[1] * 1e9) / count;
  const [peerName, peerTiming] = (
    [
      [`python-idna ${versions.python_idna} idna.encode (Python loop)`, peer.python!],
      [`libidn2 ${versions.libidn2} idn2_register_u8 (Python ctypes loop)`, peer.idn2_register!],
    ] as const
  ).reduce((a, b) => (b[1][1] < a[1][1] ? b : a));
  const overview = overviewBlock([
    {
      name: 'idna2008/checkDomain/udhr-mix',
      ours: `${perName(ours).toFixed(0)} ns`,
      peer: peerName,
      theirs: `${perName(peerTiming).toFixed(0)} ns`,
      ratio: `${ratio(perName(ours), perName(peerTiming))} as fast`,
    },
  ]);
  const base = ndjson.timing[1];
  const table = [
    overview,
    '',
    `${count.toLocaleString('en')} names, one file (${Math.round((names.join('\n').length / 2 ** 20) * 10) / 10} MiB of text); ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `Load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ', ',
      )}. The CLI rows include starting Node, reading the file and writing the report to /dev/null; names/s and the ratio use CPU time (user + system), which the machine's other jobs disturb less than wall time.`,
    '',
    '| what | wall s | CPU s | names/s (CPU) | CPU time vs `nomina check --format ndjson` |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      ([label, [wall, cpu]]) =>
        `| ${label} | ${Number.isNaN(wall) ? '—' : wall.toFixed(2)} | ${cpu.toFixed(2)} | ${Math.round(count / cpu).toLocaleString('en')} | ${(cpu / base).toFixed(2)}× |`,
    ),
    '',
    `Memory of \`nomina check --format ndjson\` (peak resident set, mostly Node itself): ${(memorySmall.maxRssKb / 1024).toFixed(0)} MiB for ${(count / 10).toLocaleString('en')} names, ${(ndjson.maxRssKb / 1024).toFixed(0)} MiB for ${count.toLocaleString('en')} names; with the V8 old space capped at 24 MiB (\`--max-old-space-size=24\`) the ${count.toLocaleString('en')}-name run still completes (${(capped.maxRssKb / 1024).toFixed(0)} MiB), so the heap does not grow with the file.`,
  ];

  const sizes: string[] = [
    '',
    '| entry (import from `@nomina/idna`, built dist, esbuild minify, gzip -9) | min | min+gzip |',
    '|---|---:|---:|',
  ];
  const idnaDist = join(here, '..', 'node_modules', '@nomina', 'idna', 'dist', 'index.js');
  for (const [what, contents] of [
    ['`getIdna2008Property` (RFC 5892 table)', `export { getIdna2008Property } from ${JSON.stringify(idnaDist)};`],
    [
      '`checkDomain` (registration checks + UTS #46 for the verdict)',
      `export { checkDomain } from ${JSON.stringify(idnaDist)};`,
    ],
    [
      '`inspectDomain`, `inspectLabel`, `inspectLabelPair`',
      `export { inspectDomain, inspectLabel, inspectLabelPair } from ${JSON.stringify(idnaDist)};`,
    ],
  ] as const) {
    const size = await bundleSize(contents, here);
    sizes.push(`| ${what} | ${(size.minified / 1024).toFixed(1)} KiB | ${(size.gzip / 1024).toFixed(1)} KiB |`);
  }
  const report = [...table, ...sizes].join('\n');
  console.log(report);
  if (process.argv.includes('--write')) updateResults('throughput', report);
}

await main();
