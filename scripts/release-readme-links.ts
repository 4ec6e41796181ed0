// README links that leave a package (issue #13): a package's README is also its registry page, where a
// relative link to a file that is not in the tarball (`docs/registration.md`, `../../bench/results/…`)
// is broken. Such links are rewritten to the repository's absolute URL; links to files that ship
// (dist/…, LICENSE) and anchors stay as they are.
//
//   npx tsx scripts/release-readme-links.ts           list the links that would break on the registry
//   npx tsx scripts/release-readme-links.ts --write   rewrite them to absolute URLs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ROOT } from './gen-lib.js';
import { packageDirs, REPOSITORY } from './release-metadata.js';

export interface BrokenLink {
  line: number;
  target: string;
  absolute: string;
}

/** Markdown link or image targets: `](target)` and `](target "title")`. */
const LINK = /\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g;

/** Whether `path` (relative to the package) is in the tarball: `files` entries, README, LICENSE, package.json. */
function ships(dir: string, path: string): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as { files?: string[] };
  const always = ['package.json', 'README.md', 'LICENSE'];
  const top = path.split('/')[0]!;
  return always.includes(path) || (pkg.files ?? []).some((f) => f === path || f === top || path.startsWith(`${f}/`));
}

/** The README of packages/`dir` with relative links that do not ship made absolute, and what changed. */
export function rewriteLinks(dir: string, text: string): { text: string; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const lines = text.split('\n');
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i]!)) fence = !fence;
    if (fence) continue;
    lines[i] = lines[i]!.replace(LINK, (whole, target: string, title: string) => {
      if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) return whole; // absolute URL, mailto:, anchor
      const [path, hash = ''] = target.split(/(?=#)/);
      const fromRoot = posix.normalize(posix.join('packages', dir, path!));
      if (
        !fromRoot.startsWith('..') &&
        fromRoot.startsWith(`packages/${dir}/`) &&
        ships(dir, fromRoot.slice(`packages/${dir}/`.length))
      )
        return whole;
      const isDir = existsSync(join(ROOT, fromRoot)) && !/\.[a-z0-9]+$/i.test(fromRoot);
      const absolute = `${REPOSITORY}/${isDir ? 'tree' : 'blob'}/main/${fromRoot}${hash}`;
      broken.push({ line: i + 1, target, absolute });
      return `](${absolute}${title})`;
    });
  }
  return { text: lines.join('\n'), broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  let count = 0;
  for (const dir of packageDirs()) {
    const file = join(ROOT, 'packages', dir, 'README.md');
    if (!existsSync(file)) continue;
    const before = readFileSync(file, 'utf8');
    const { text, broken } = rewriteLinks(dir, before);
    for (const b of broken) console.log(`packages/${dir}/README.md:${b.line}: ${b.target} → ${b.absolute}`);
    count += broken.length;
    if (write && text !== before) writeFileSync(file, text);
  }
  console.log(`${count} README link(s) that do not ship${write ? ' rewritten' : ''}`);
  if (!write && count) process.exitCode = 1;
}
