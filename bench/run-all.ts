// `pnpm bench`: every benchmark of the project, one after the other (each compares Nomina with its peers side
// by side in one process, timed by bench/harness.ts, and rewrites its table in bench/results/; the server's
// load test is timed by autocannon, the peers of the differentials run as their own processes), then
// bench/RESULTS.md and SECURITY.md's limits table.
// The packages are built first by the root `bench` script. Heavy runs (the 1M-name registry check, the
// 1M-key keyword set, the language-ID evaluation) take several minutes each on 2 cores.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const RUNS: ReadonlyArray<readonly string[]> = [
  ['npx', 'tsx', 'bench/sizes.ts'],
  ['npx', 'tsx', 'bench/ucd/lookups.ts'],
  ['npx', 'tsx', 'bench/script/throughput.ts'],
  ['npx', 'tsx', 'bench/idna/bench.ts', '--write'],
  ['npx', 'tsx', 'bench/idna2008/differential.ts', '--write'],
  ['npx', 'tsx', 'bench/idna2008/throughput.ts', '--write'],
  ['npx', 'tsx', 'bench/langtag/bench.ts', '--write'],
  ['npx', 'tsx', 'bench/langid/eval.ts'],
  ['npx', 'tsx', 'bench/keywords/dataset.ts'],
  ['node', '--expose-gc', '--import', 'tsx', 'bench/keywords/run.ts', '--write'],
  ['npx', 'tsx', 'bench/keywords/latency.ts', '--write'],
  // Timed on the built dist, as above: tsx's transform of the sources wraps every named closure in
  // `__name()`, which slows some hot paths several times (langtag's validate 5×).
  ['npx', 'tsx', 'bench/lgr/bench.ts'],
  ['node', '--expose-gc', '--import', 'tsx', 'bench/security/bench.ts'],
  ['npx', 'tsx', 'bench/security/differential.ts'],
  ['npx', 'tsx', 'bench/email/bench.ts', '--write'],
  ['npx', 'tsx', 'bench/server/run.ts', '--write'],
  // Worst cases at every documented limit (time and memory), which SECURITY.md's limits table reads.
  ...[
    ['bench/idna/limits.ts', '--write'],
    ['bench/email/worst-case.ts', '--write'],
    ['bench/script/limits.ts', '--write'],
    ['bench/langtag/limits.ts', '--write'],
    ['bench/langid/limits.ts', '--write'],
    ['bench/keywords/limits.ts', '--write'],
    ['bench/lgr/limits.ts'],
    ['bench/security/worst-case.ts'],
    ['bench/cli/limits.ts', '--write'],
    ['bench/server/limits.ts', '--write'],
  ].map((args) => ['node', '--expose-gc', '--conditions=@nomina/source', '--import', 'tsx', ...args]),
  ['npx', 'tsx', 'bench/collect.ts'],
  ['npx', 'tsx', 'scripts/release-security.ts'],
];

let failed = 0;
for (const [command, ...args] of RUNS) {
  const script = args.find((a) => a.startsWith('bench/'));
  if (script && !existsSync(join(root, script))) continue;
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command!, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`!! exited with ${result.status ?? result.signal}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
