// bench/script: throughput of @nomina/script on natural and adversarial text (benchmarks
// `script/<operation>/<case>`; each adversarial case is one of the linearity cases of the tests).
// Run: npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/script build && npx tsx bench/script/throughput.ts
//      → bench/results/script.md
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeScripts, resolvedScriptSet, scriptRuns } from '@nomina/script';
import { measureAll, overviewBlock, type OverviewRow } from '../harness.js';
import { bundleSize } from '../sizes.js';

const here = dirname(fileURLToPath(import.meta.url));
const UNITS = 1 << 20; // 1 Mi UTF-16 units per case

function fill(piece: string): string {
  return piece
    .repeat(Math.ceil(UNITS / piece.length))
    .slice(0, UNITS)
    .replace(/[\ud800-\udbff]$/, 'x');
}

const cases: Record<string, string> = {
  'overview: multilingual prose': fill(
    'The quick brown fox jumps. Съешь же ещё этих мягких булок. Ξεσκεπάζω την ψυχοφθόρα. نص حكيم له سر قاطع. ' +
      'עטלף אבק נס. 色は匂へど散りぬるを、ラーメン。키스의 고유조건은. ऋषियों को सताने वाले। ฉันกินกระจกได้ (English) 123. ',
  ),
  'overview: English prose': fill('It was the best of times, it was the worst of times (said Dickens). '),
  'overview: Japanese prose': fill('東京は日本の首都です。ラーメンとすしが好きです（本当に）。'),
  'DoS: one run of combining marks': 'a' + '\u0301'.repeat(UNITS - 1),
  'DoS: script change at every code point': fill('aб'),
  'DoS: nested brackets around another script': 'a' + '('.repeat(UNITS / 2 - 1) + 'б' + ')'.repeat(UNITS / 2 - 1),
  'DoS: unmatched closing brackets': 'a' + ')'.repeat(UNITS - 1),
  'DoS: lone surrogates': fill('\ud800a'),
};

const rows: string[] = [];
const overview: OverviewRow[] = [];
for (const [name, text] of Object.entries(cases)) {
  // MB/s from the harness's CPU time per call (one call per input: the 1 Mi-unit text).
  const mbs = (ns: number) => (text.length * 2) / 1e6 / (ns / 1e9);
  const t = measureAll({ scriptRuns, resolvedScriptSet, analyzeScripts }, [text], { rounds: 5 });
  const [runs, resolved, all] = [mbs(t.scriptRuns!), mbs(t.resolvedScriptSet!), mbs(t.analyzeScripts!)];
  rows.push(`| ${name} | ${runs.toFixed(0)} | ${resolved.toFixed(0)} | ${all.toFixed(0)} |`);
  const kase = name
    .replace(/^overview: /, '')
    .split(' ')[0]!
    .toLowerCase();
  if (name.startsWith('overview: '))
    overview.push({ name: `script/scriptRuns/${kase}`, ours: `${runs.toFixed(0)} MB/s` });
  if (name.startsWith('overview: multilingual'))
    overview.push({ name: `script/analyzeScripts/${kase}`, ours: `${all.toFixed(0)} MB/s` });
}
const size = await bundleSize(`export * from '@nomina/script';`, here);
const sizeRuns = await bundleSize(`import { scriptRuns } from '@nomina/script'; globalThis.x = scriptRuns;`, here);
const sizeSet = await bundleSize(
  `import { resolvedScriptSet } from '@nomina/script'; globalThis.x = resolvedScriptSet;`,
  here,
);

const md = [
  '# @nomina/script — throughput and size',
  '',
  `Command: \`npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/script build && npx tsx bench/script/throughput.ts\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, 2 cores (load average ${loadavg()[0]!.toFixed(1)} when measured).`,
  '',
  'MB/s of UTF-16 string (2 bytes per unit), 1 Mi units per case, from CPU time: median of 5 interleaved rounds',
  '(bench/harness.ts). No peer library computes UAX #24',
  'runs with Script_Extensions or UTS #39 resolved sets in JavaScript, so only our own figures are shown;',
  'the DoS cases are the adversarial inputs of the linearity tests. resolvedScriptSet stops at the first',
  'code point that empties the set, hence its huge figures on mixed-script input.',
  '',
  overviewBlock(overview),
  '',
  '| case | scriptRuns MB/s | resolvedScriptSet MB/s | analyzeScripts MB/s |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  '',
  '| bundle (esbuild, minified, gzip -9) | min | min+gzip |',
  '| --- | ---: | ---: |',
  `| scriptRuns | ${(sizeRuns.minified / 1024).toFixed(1)} KB | ${(sizeRuns.gzip / 1024).toFixed(1)} KB |`,
  `| resolvedScriptSet | ${(sizeSet.minified / 1024).toFixed(1)} KB | ${(sizeSet.gzip / 1024).toFixed(1)} KB |`,
  `| whole package | ${(size.minified / 1024).toFixed(1)} KB | ${(size.gzip / 1024).toFixed(1)} KB |`,
  '',
].join('\n');
writeFileSync(join(here, '..', 'results', 'script.md'), md);
console.log(md);
