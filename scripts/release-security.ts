// The per-package limits table of SECURITY.md, made from the packages themselves: every exported constant
// of packages/*/src/limits.ts with its value and the first sentence of its doc comment, and a link to the
// package README's security section (where each package states its measured worst case). The table sits
// between the markers below; the rest of SECURITY.md is written by hand.
//
//   npx tsx scripts/release-security.ts           rewrite the table
//   npx tsx scripts/release-security.ts --check   exit 1 when it is not current (run by pnpm release:dry-run)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './gen-lib.js';
import { packageDirs } from './release-metadata.js';

const START = '<!-- limits:start (npx tsx scripts/release-security.ts) -->';
const END = '<!-- limits:end -->';

/** `export const NAME` → first sentence of the doc comment right above it. */
function docs(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\/\*\*([\s\S]*?)\*\/\s*export const (\w+)/g;
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
    '| package | limit | value | what it bounds | worst case measured |',
    '| --- | --- | ---: | --- | --- |',
  ];
  for (const dir of packageDirs()) {
    const file = join(ROOT, 'packages', dir, 'src', 'limits.ts');
    const anchor = securityAnchor(dir);
    const readme = anchor ? `[README](packages/${dir}/README.md${anchor})` : 'README: to do';
    if (!existsSync(file)) {
      lines.push(`| @nomina/${dir} | — | | no input-size limit of its own (see its README) | ${readme} |`);
      continue;
    }
    const values = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const comments = docs(readFileSync(file, 'utf8'));
    let first = true;
    for (const [name, value] of Object.entries(values)) {
      if (typeof value !== 'number') continue;
      const shown = Number.isInteger(value) ? value.toLocaleString('en') : String(value);
      lines.push(
        `| ${first ? `@nomina/${dir}` : ''} | \`${name}\` | ${shown} | ${comments.get(name) ?? ''} | ${first ? readme : ''} |`,
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
