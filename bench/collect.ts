// Assembles bench/RESULTS.md from the per-package tables in bench/results/*.md.
// Each table carries the command that reproduces it; this file only concatenates them in a fixed order.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ORDER = ['sizes', 'ucd', 'script', 'idna', 'idna2008', 'langtag', 'langid', 'keywords'];

const dir = join(here, 'results');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
const rank = (f: string) => {
  const i = ORDER.indexOf(f.replace(/\.md$/, ''));
  return i === -1 ? ORDER.length : i;
};
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const parts = [
  '# Benchmark results',
  '',
  'Latest figures of every benchmark, each measured side by side with its peers in one Node.js process on',
  'the project machine (2 cores, Node 20). Each section names the command that reproduces it; `pnpm bench`',
  'runs them all and `npx tsx bench/collect.ts` rebuilds this file from `bench/results/*.md`.',
  '',
  ...files.map((f) => readFileSync(join(dir, f), 'utf8').trim().replace(/^# /, '## ') + '\n'),
];
writeFileSync(join(here, 'RESULTS.md'), parts.join('\n'));
console.log(`bench/RESULTS.md: ${files.length} sections (${files.join(', ')})`);
