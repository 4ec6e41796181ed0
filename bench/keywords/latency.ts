// keywords/latency: the look-up latency of @nomina/keywords on the 1,000,000-pair dataset, in several
// fresh processes, because one run's tail moves by ±30% on a shared 2-core machine. Each process
// builds the index, warms up on every 10th query (as run.ts does) and times every query once; the
// report gives each run and the median of the runs.
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

function child(): Run {
  const index = createKeywordIndex();
  for (const line of readFileSync(join(OUT, 'entries.tsv'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, target, locale, namespace] = line.split('\t') as [string, string, string, string];
    index.add({ key, target, locale, namespace });
  }
  index.compile();
  const queries = JSON.parse(readFileSync(join(OUT, 'queries.json'), 'utf8')) as Query[];
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

const args = process.argv.slice(2);
if (args.includes('--child')) {
  process.stdout.write(JSON.stringify(child()));
} else {
  const runs = Number(args[args.indexOf('--runs') + 1] || 0) || 5;
  const startLoad = loadavg()[0]!.toFixed(1);
  const results: Run[] = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    results.push(JSON.parse(out) as Run);
    console.error(`run ${r + 1}: p50 ${results.at(-1)!.p50.toFixed(3)} ms, p99 ${results.at(-1)!.p99.toFixed(3)} ms`);
  }
  const median = (pick: (r: Run) => number) => results.map(pick).sort((a, b) => a - b)[results.length >> 1]!;
  const ms = (x: number) => x.toFixed(3);
  const lines = [
    '# @nomina/keywords — look-up latency over several processes',
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, 2 cores, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Load average at the start ${startLoad}, at the end ${loadavg()[0]!.toFixed(1)}.`,
    '',
    'Reproduce: `npx tsx bench/keywords/dataset.ts && npx tsx bench/keywords/latency.ts --write` (after building @nomina/keywords).',
    '',
    `Each run is a fresh process: build the 1,000,000-pair index, warm up on every 10th of the 4,700 queries, then time every query once (wall time; CPU time of all threads beside it). ${runs} runs, and their median.`,
    '',
    '| run | p50 ms | p99 ms | max ms | CPU p99 ms |',
    '|---|---:|---:|---:|---:|',
    ...results.map((r, i) => `| ${i + 1} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.cpu99)} |`),
    `| **median** | **${ms(median((r) => r.p50))}** | **${ms(median((r) => r.p99))}** | ${ms(median((r) => r.max))} | ${ms(median((r) => r.cpu99))} |`,
    '',
  ];
  console.log(lines.join('\n'));
  if (args.includes('--write'))
    writeFileSync(
      join(fileURLToPath(new URL('..', import.meta.url)), 'results', 'keywords-latency.md'),
      lines.join('\n'),
    );
}
