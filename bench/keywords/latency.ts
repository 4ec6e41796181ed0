// keywords/latency: the look-up latency of @nomina/keywords on the 1,000,000-pair dataset, in several
// fresh processes, because one run's tail moves by ±30% on a shared 2-core machine. Each process
// builds the index (timing the build and its memory), warms up on every 10th query of each set (A and B,
// as run.ts does) and times every query once; the report gives each run and the median of the runs.
// Run: npx tsx bench/keywords/dataset.ts && npx tsx bench/keywords/latency.ts [--runs N] [--write]
//   --write   writes bench/results/keywords-latency.md
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKeywordIndex } from '@nomina/keywords';
import { OUT, type Query } from './dataset.js';

interface Run {
  p50: number;
  p99: number;
  max: number;
  cpu99: number;
}

/** One process: the build (seconds, heap and array buffers kept in MB) and the latency of each query set. */
interface Child {
  build: number;
  memory: number;
  a: Run;
  b: Run;
}

function timed(index: ReturnType<typeof createKeywordIndex>, file: string): Run {
  const queries = JSON.parse(readFileSync(join(OUT, file), 'utf8')) as Query[];
  for (let i = 0; i < queries.length; i += 10) index.lookup(queries[i]!.query);
  const times: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    index.lookup(q.query);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const at = (list: number[], q: number) => list[Math.floor(list.length * q)]!;
  return { p50: at(times, 0.5), p99: at(times, 0.99), max: times.at(-1)!, cpu99: at(cpu, 0.99) };
}

function child(): Child {
  const lines = readFileSync(join(OUT, 'entries.tsv'), 'utf8').split('\n');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const start = performance.now();
  const index = createKeywordIndex();
  for (const line of lines) {
    if (!line) continue;
    const [key, target, locale, namespace] = line.split('\t') as [string, string, string, string];
    index.add({ key, target, locale, namespace });
  }
  index.compile();
  const build = (performance.now() - start) / 1000;
  gc();
  const memory = (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - before) / 2 ** 20;
  return { build, memory, a: timed(index, 'queries.json'), b: timed(index, 'queries-b.json') };
}

const args = process.argv.slice(2);
if (args.includes('--child')) {
  process.stdout.write(JSON.stringify(child()));
} else {
  const runs = Number(args[args.indexOf('--runs') + 1] || 0) || 5;
  const startLoad = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const results: Child[] = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child'],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const run = JSON.parse(out) as Child;
    results.push(run);
    console.error(
      `run ${r + 1}: build ${run.build.toFixed(1)} s; A p50 ${run.a.p50.toFixed(3)} p99 ${run.a.p99.toFixed(3)} ms; B p50 ${run.b.p50.toFixed(3)} p99 ${run.b.p99.toFixed(3)} ms; load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  const median = (pick: (r: Child) => number) => results.map(pick).sort((a, b) => a - b)[results.length >> 1]!;
  const ms = (x: number) => x.toFixed(3);
  const row = (name: string, f: (pick: (r: Child) => number) => number) =>
    `| ${name} | ${ms(f((r) => r.a.p50))} | ${ms(f((r) => r.a.p99))} | ${ms(f((r) => r.a.cpu99))} | ${ms(f((r) => r.b.p50))} | ${ms(f((r) => r.b.p99))} | ${ms(f((r) => r.b.cpu99))} | ${f((r) => r.build).toFixed(1)} | ${f((r) => r.memory).toFixed(0)} |`;
  const lines = [
    '# @nomina/keywords — look-up latency and build over several processes',
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, 2 cores, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Load average (1, 5, 15 min) at the start ${startLoad}, at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' ',
      )}: the 2 cores are shared with other jobs, so wall times (above all the p99 and the build) are those of a loaded machine; CPU p99 counts this process only.`,
    '',
    'Reproduce: `npx tsx bench/keywords/dataset.ts && npx tsx bench/keywords/queries-b.ts && npx tsx bench/keywords/latency.ts --write` (after building @nomina/keywords).',
    '',
    `Each run is a fresh process: build the 1,000,000-pair index (add + compile; memory = heap and array buffers kept after a full GC), then for each query set (A: 4,700 queries, B: 4,276) warm up on every 10th query and time every query once (wall time; CPU time of all threads beside it). ${runs} runs, and their median. Targets of issue #19: p50 ≤ 0.1 ms, p99 ≤ 1 ms, build ≤ 20 s, ≤ 500 MB.`,
    '',
    '| run | A p50 ms | A p99 ms | A CPU p99 ms | B p50 ms | B p99 ms | B CPU p99 ms | build s | memory MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r, i) => row(String(i + 1), (pick) => pick(r))),
    row('**median**', median),
    '',
  ];
  console.log(lines.join('\n'));
  if (args.includes('--write'))
    writeFileSync(
      join(fileURLToPath(new URL('..', import.meta.url)), 'results', 'keywords-latency.md'),
      lines.join('\n'),
    );
}
