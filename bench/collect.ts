// Assembles bench/RESULTS.md from the per-package tables in bench/results/*.md: first the overview (the
// at most five `overview` cases of each package, from the blocks bench/harness.ts `overviewBlock` writes
// into a results file: one per bench writing it), then every results file in a fixed order. Each table
// carries the command that reproduces it; this file only gathers them.
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
  'server',
  'cli',
];

/** Results files left out of the overview on purpose, and why (said in RESULTS.md). */
const NOT_IN_OVERVIEW: Record<string, string> = {
  sizes:
    "sizes (every entry point bundled whole: a reference table, not a comparison; where a package's main import is compared with its nearest peer's, as for security and email, that row is in the package's own overview)",
};

const dir = join(here, 'results');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
// A package's other results (`<pkg>-<what>.md`) follow its main file, then its worst cases at its limits
// (`<pkg>-limits.md`, bench/harness.ts `worstCases`).
const rank = (f: string) => {
  const base = f.replace(/\.md$/, '');
  const i = ORDER.indexOf(base.split('-')[0]!);
  return (i === -1 ? ORDER.length : i) * 3 + (base.endsWith('-limits') ? 2 : base.includes('-') ? 1 : 0);
};
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Overview rows of every results file (the table rows between the markers), at most five per package. */
const overview: string[] = [];
const perPackage = new Map<string, number>();
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const blocks = text.split(OVERVIEW_START).slice(1);
  for (const row of blocks.flatMap((b) => b.slice(0, b.indexOf(OVERVIEW_END)).split('\n').slice(3))) {
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
const deliberate = without.filter((f) => f in NOT_IN_OVERVIEW).map((f) => NOT_IN_OVERVIEW[f]);
const notYet = without.filter((f) => !(f in NOT_IN_OVERVIEW));

const parts = [
  '# Benchmark results',
  '',
  'Latest figures of every benchmark, each measured side by side with its peers in one Node.js process on',
  'the project machine (2 cores, Node 20). Each section names the command that reproduces it; `pnpm bench`',
  'runs them all and `npx tsx bench/collect.ts` rebuilds this file from `bench/results/*.md`.',
  '',
  '## Overview',
  '',
  'At most five cases per package (`<package>/<operation>/<case>`), each against its fastest peer (a differential:',
  'how often Nomina and the peer agree, and how many differences no rule explains; no peer where none exists);',
  'the sections below give every case.' +
    (deliberate.length ? ` Not in the overview: ${deliberate.join('; ')}.` : '') +
    (notYet.length ? ` Not in the overview yet: ${notYet.join(', ')}.` : ''),
  '',
  '| case | Nomina | peer | peer figure | Nomina is |',
  '| --- | ---: | --- | ---: | ---: |',
  ...overview,
  '',
  ...files.map((f) => readFileSync(join(dir, f), 'utf8').trim().replace(/^# /, '## ') + '\n'),
];
writeFileSync(join(here, 'RESULTS.md'), parts.join('\n'));
console.log(`bench/RESULTS.md: ${files.length} sections (${files.join(', ')})`);
