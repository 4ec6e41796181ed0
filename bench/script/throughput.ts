// bench/script: throughput of @nomina/script on natural and adversarial text (benchmarks
// `script/<operation>/<case>`; each adversarial case is one of the linearity cases of the tests).
// Run: npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/script build && npx tsx bench/script/throughput.ts
//      → bench/results/script.md
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeScripts, resolvedScriptSet, scriptRuns } from '@nomina/script';
import { bundleSize } from '../sizes.js';

const here = dirname(fileURLToPath(import.meta.url));
const UNITS = 1 << 20; // 1 Mi UTF-16 units per case

function fill(piece: string): string {
  return piece.repeat(Math.ceil(UNITS / piece.length)).slice(0, UNITS).replace(/[\ud800-\udbff]$/, 'x');
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

function mbPerSecond(fn: () => unknown, bytes: number): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return bytes / 1e6 / (best / 1000);
}

const rows: string[] = [];
for (const [name, text] of Object.entries(cases)) {
  const bytes = text.length * 2;
  const runs = mbPerSecond(() => scriptRuns(text), bytes);
  const resolved = mbPerSecond(() => resolvedScriptSet(text), bytes);
  const all = mbPerSecond(() => analyzeScripts(text), bytes);
  rows.push(`| ${name} | ${runs.toFixed(0)} | ${resolved.toFixed(0)} | ${all.toFixed(0)} |`);
}
const size = await bundleSize(`export * from '@nomina/script';`, here);
const sizeRuns = await bundleSize(`import { scriptRuns } from '@nomina/script'; globalThis.x = scriptRuns;`, here);
const sizeSet = await bundleSize(`import { resolvedScriptSet } from '@nomina/script'; globalThis.x = resolvedScriptSet;`, here);

const md = [
  '# @nomina/script — throughput and size',
  '',
  `Command: \`npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/script build && npx tsx bench/script/throughput.ts\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, 2 cores (load average ${loadavg()[0]!.toFixed(1)} when measured).`,
  '',
  'MB/s of UTF-16 string (2 bytes per unit), 1 Mi units per case, best of 5. No peer library computes UAX #24',
  'runs with Script_Extensions or UTS #39 resolved sets in JavaScript, so only our own figures are shown;',
  'the DoS cases are the adversarial inputs of the linearity tests. resolvedScriptSet stops at the first',
  'code point that empties the set, hence its huge figures on mixed-script input.',
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
