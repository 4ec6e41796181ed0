// Assembles bench/RESULTS.md from the per-package tables in bench/results/*.md: first the overview (the
// at most five `overview` cases of each package, from the block bench/harness.ts `overviewBlock` writes
// into a results file), then every results file in a fixed order. Each table carries the command that
// reproduces it; this file only gathers them.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OVERVIEW_END, OVERVIEW_START } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const ORDER = [
  'sizes',
  'ucd',
  'script',
  'idna',
  'idna2008',
  'langtag',
  'langid',
  'keywords',
  'security',
  'lgr',
  'email',
];

const dir = join(here, 'results');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
// A package's worst cases at its limits (`<pkg>-limits.md`, bench/harness.ts `worstCases`) follow its results.
const rank = (f: string) => {
  const i = ORDER.indexOf(f.replace(/(-limits)?\.md$/, ''));
  return (i === -1 ? ORDER.length : i) * 2 + (f.endsWith('-limits.md') ? 1 : 0);
};
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Overview rows of every results file (the table rows between the markers), at most five per package. */
const overview: string[] = [];
const perPackage = new Map<string, number>();
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const start = text.indexOf(OVERVIEW_START);
  const end = text.indexOf(OVERVIEW_END);
  if (start < 0 || end < start) continue;
  for (const row of text.slice(start, end).split('\n').slice(3)) {
    if (!row.startsWith('|')) continue;
    const pkg = row.slice(1).trim().split('/')[0]!;
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + 1);
    if (perPackage.get(pkg)! > 5) throw new Error(`${f}: more than five overview cases for ${pkg}`);
    overview.push(row);
  }
}
const without = files
  .filter((f) => !f.endsWith('-limits.md') && !readFileSync(join(dir, f), 'utf8').includes(OVERVIEW_START))
  .map((f) => f.replace(/\.md$/, ''));

const parts = [
  '# Benchmark results',
  '',
  'Latest figures of every benchmark, each measured side by side with its peers in one Node.js process on',
  'the project machine (2 cores, Node 20). Each section names the command that reproduces it; `pnpm bench`',
  'runs them all and `npx tsx bench/collect.ts` rebuilds this file from `bench/results/*.md`.',
  '',
  '## Overview',
  '',
  'At most five cases per package (`<package>/<operation>/<case>`), each against its fastest peer; the sections',
  'below give every case.' + (without.length ? ` Not in the overview yet: ${without.join(', ')}.` : ''),
  '',
  '| case | Nomina | peer | peer figure | Nomina is |',
  '| --- | ---: | --- | ---: | ---: |',
  ...overview,
  '',
  ...files.map((f) => readFileSync(join(dir, f), 'utf8').trim().replace(/^# /, '## ') + '\n'),
];
writeFileSync(join(here, 'RESULTS.md'), parts.join('\n'));
console.log(`bench/RESULTS.md: ${files.length} sections (${files.join(', ')})`);
