// `pnpm gen`: regenerates every table of data/manifest.json and reports what changed (per table, the code
// points changed per property). `pnpm gen:check`: regenerates in memory and fails on any difference.
// The generator contract is in scripts/gen-lib.ts.
//
//   pnpm gen [--slow] [generator script…]     write; --slow also retrains slow generators (langid models)
//   pnpm gen:check [generator script…]        exit 1 when a table is not what its generator makes
//
// Slow generators are not rerun unless --slow is given: their banners name their inputs, so `gen` and
// `gen:check` verify those inputs (and the body checksum) instead, and `gen` says when to retrain.
import { checkBanners, checkGenerator, manifest, writeTables } from './gen-lib.js';
import { describeChange } from './gen-report.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const slow = args.includes('--slow');
const only = args.filter((a) => !a.startsWith('--'));
const generators = manifest().generators.filter((g) => only.length === 0 || only.includes(g.script));
if (only.length && generators.length !== only.length) {
  console.error(`unknown generator among ${only.join(' ')}: see data/manifest.json`);
  process.exit(2);
}

let failed = false;
const started = performance.now();
for (const entry of generators) {
  const t0 = performance.now();
  const seconds = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  if (check) {
    const problems = await checkGenerator(entry.script);
    const how = entry.slow ? 'banner, inputs and checksum verified (not retrained)' : 'regenerated in memory';
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.script}: ${how}, ${seconds()}`);
    for (const p of problems) console.log(`     ${p}`);
    failed ||= problems.length > 0;
    continue;
  }
  if (entry.slow && !slow) {
    const problems = await checkBanners(entry.script);
    console.log(
      `${problems.length ? 'STALE' : 'ok  '} ${entry.script}: not retrained (pass --slow to retrain), ${seconds()}`,
    );
    for (const p of problems) console.log(`     ${p}`);
    failed ||= problems.length > 0;
    continue;
  }
  const { count, written } = await writeTables(entry.script);
  for (const { path, before, after } of written) {
    console.log(
      `  wrote ${path} (${Buffer.byteLength(after)} bytes${before === undefined ? '' : `, was ${Buffer.byteLength(before)}`})`,
    );
    for (const line of describeChange(before, after)) console.log(`    ${line}`);
  }
  console.log(
    `${written.length ? 'gen ' : 'ok  '} ${entry.script}: ${count} tables, ${written.length} changed, ${seconds()}`,
  );
}
console.log(
  `${check ? 'gen:check' : 'gen'}: ${generators.length} generators in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? ': FAILED' : ''}`,
);
process.exit(failed ? 1 : 0);
