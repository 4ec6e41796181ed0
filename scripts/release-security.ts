// The per-package limits table of SECURITY.md, made from the packages and their benches: every exported
// constant of packages/*/src/limits.ts with its value and the first sentence of its doc comment, and the
// worst-case time and memory measured at that limit — the slowest row naming it in the package's worst-case
// table (`<!-- worst-case @nomina/x -->` in bench/results/*.md, written by bench/harness.ts `worstCases`
// from each package's limits bench). The table sits between the markers below; the rest of SECURITY.md is
// written by hand.
//
//   npx tsx scripts/release-security.ts           rewrite the table
//   npx tsx scripts/release-security.ts --check   exit 1 when it is not current (run by pnpm release:dry-run)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './gen-lib.js';
import { packageDirs } from './release-metadata.js';

const START = '<!-- limits:start (npx tsx scripts/release-security.ts) -->';
const END = '<!-- limits:end -->';

/** `export const NAME` → first sentence of the doc comment right above it. */
function docs(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const (\w+)/g; // one comment, not a run of them
  for (const m of source.matchAll(re)) {
    const text = m[1]!
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .join(' ')
      .trim();
    const sentence = (text.match(/^.*?[a-z)\d`]\.(?=\s|$)/)?.[0] ?? text).replace(/:$/, '.');
    const short = sentence.length > 240 ? `${sentence.slice(0, 240).replace(/\s\S*$/, '')} …` : sentence;
    out.set(m[2]!, short.replaceAll('|', '\\|'));
  }
  return out;
}

/** One measured row of a worst-case table. */
interface Measured {
  limits: string[];
  operation: string;
  input: string;
  time: string;
  memory: string;
  file: string;
}

/** Cells of a Markdown table row (`\|` is a pipe inside a cell). */
const cells = (row: string): string[] =>
  row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/** `85 µs`, `1.3 ms`, `2.4 s` (bench/harness.ts formatMs) in ms; `512 B`, `43 KB`, `2.1 MB` in bytes. */
const UNITS: Record<string, number> = { µs: 1e-3, ms: 1, s: 1e3, B: 1, KB: 1024, MB: 1 << 20 };
const amount = (text: string): number => {
  const m = text.match(/^([\d.]+) (µs|ms|s|B|KB|MB)$/);
  return m ? Number(m[1]) * UNITS[m[2]!]! : Number.NaN;
};

/**
 * Every worst-case table of bench/results/*.md, by package name (`@nomina/x`, from the marker, or the
 * results file's name when the marker has none): rows | limits | operation | input | time | memory… |,
 * the limits as `NAME`s (a limit of another package, "`NAME` of @nomina/y", is not this package's), and
 * the largest of the memory columns (kept, allocated…) as the row's memory.
 */
export function worstCaseTables(): Map<string, Measured[]> {
  const out = new Map<string, Measured[]>();
  const dir = join(ROOT, 'bench', 'results');
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!file.endsWith('.md')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const block of text.matchAll(/<!-- worst-case ?(\S*) -->\n([\s\S]*?)<!-- \/worst-case -->/g)) {
      const pkg = block[1] || `@nomina/${file.replace(/(-limits)?\.md$/, '')}`;
      const rows = block[2]!
        .split('\n')
        .filter((line) => line.startsWith('|'))
        .slice(2);
      const measured = out.get(pkg) ?? [];
      for (const row of rows) {
        const [limits = '', operation = '', input = '', time = '', ...memories] = cells(row);
        measured.push({
          limits: limits.includes(' of @nomina/') ? [] : [...limits.matchAll(/`(\w+)`/g)].map((m) => m[1]!),
          operation,
          input,
          time,
          memory: memories.reduce((a, b) => (amount(b) > amount(a) ? b : a), memories[0] ?? ''),
          file: `bench/results/${file}`,
        });
      }
      out.set(pkg, measured);
    }
  }
  return out;
}

/** The worst case measured at LIMIT: the slowest row naming it, and the most memory any of them keeps (and where). */
function worstAt(limit: string, measured: readonly Measured[]): string {
  const rows = measured.filter((m) => m.limits.includes(limit));
  if (rows.length === 0) return '| not measured | | |';
  const slowest = rows.reduce((a, b) => (amount(b.time) > amount(a.time) ? b : a));
  const most = rows.reduce((a, b) => (amount(b.memory) > amount(a.memory) ? b : a));
  const input = (m: Measured) => `${m.operation}: ${m.input}`;
  const where = most === slowest ? input(slowest) : `${input(slowest)}; memory: ${input(most)}`;
  return `| ${slowest.time} | ${most.memory} | ${where} |`;
}

/** The README heading of a package's security section, as a GitHub anchor. */
function securityAnchor(dir: string): string | undefined {
  const file = join(ROOT, 'packages', dir, 'README.md');
  if (!existsSync(file)) return undefined;
  const heading = readFileSync(file, 'utf8').match(/^## (Security[^\n]*)$/m)?.[1];
  return heading
    ? `#${heading
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replaceAll(' ', '-')}`
    : undefined;
}

export async function limitsTable(): Promise<string> {
  const lines = [
    START,
    '',
    '| package | limit | value | what it bounds | worst-case time | memory kept | worst input measured |',
    '| --- | --- | ---: | --- | ---: | ---: | --- |',
  ];
  const tables = worstCaseTables();
  for (const dir of packageDirs()) {
    const file = join(ROOT, 'packages', dir, 'src', 'limits.ts');
    const anchor = securityAnchor(dir);
    const readme = anchor ? `[README](packages/${dir}/README.md${anchor})` : 'README: to do';
    const measured = tables.get(`@nomina/${dir}`) ?? [];
    const sources = [...new Set(measured.map((m) => m.file))].map(
      (f) => `[${f.replace(/^bench\/results\//, '')}](${f})`,
    );
    const name = `@nomina/${dir}<br>${[readme, ...sources].join(', ')}`;
    if (!existsSync(file)) {
      lines.push(`| ${name} | — | | no input-size limit of its own | | | |`);
      continue;
    }
    const values = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const comments = docs(readFileSync(file, 'utf8'));
    let first = true;
    for (const [limit, value] of Object.entries(values)) {
      if (typeof value !== 'number') continue;
      const shown = Number.isInteger(value) ? value.toLocaleString('en') : String(value);
      lines.push(
        `| ${first ? name : ''} | \`${limit}\` | ${shown} | ${comments.get(limit) ?? ''} ${worstAt(limit, measured)}`,
      );
      first = false;
    }
  }
  lines.push('', END);
  return lines.join('\n');
}

export async function securityMarkdown(): Promise<{ before: string; after: string }> {
  const path = join(ROOT, 'SECURITY.md');
  const before = readFileSync(path, 'utf8');
  const start = before.indexOf(START);
  const end = before.indexOf(END);
  if (start < 0 || end < start) throw new Error('SECURITY.md has no limits markers');
  return { before, after: before.slice(0, start) + (await limitsTable()) + before.slice(end + END.length) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { before, after } = await securityMarkdown();
  if (process.argv.includes('--check')) {
    if (before !== after) {
      console.error('SECURITY.md: the limits table is not current (run npx tsx scripts/release-security.ts)');
      process.exit(1);
    }
    console.log('SECURITY.md limits table: ok');
  } else {
    writeFileSync(join(ROOT, 'SECURITY.md'), after);
    console.log(before === after ? 'SECURITY.md: unchanged' : 'SECURITY.md: limits table rewritten');
  }
}
