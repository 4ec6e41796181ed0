// `pnpm release:dry-run` (issue #13): packs every package as it would be published (`pnpm pack`, which
// rewrites `workspace:*` to the version) and checks each tarball: no workspace: dependency left, LICENSE
// and README inside, every `exports`/`bin` target present, the publishing fields set, and no README link
// that breaks on the registry page. The install in a fresh consumer (ESM, CommonJS, strict TypeScript) is
// test/release/consumer.test.ts, which packs through the same functions. It first checks that the generated
// release files are current: package.json publishing fields, LICENSE files, the SECURITY.md limits table.
//
//   pnpm release:dry-run [--keep]     build, pack into a temp dir, check; --keep leaves the tarballs there
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './gen-lib.js';
import { rewriteLinks } from './release-readme-links.js';

export const PNPM = ['npx', '--yes', 'pnpm@10.34.9'];

export interface Packed {
  name: string;
  version: string;
  tarball: string;
  /** Unpacked `package/` directory. */
  dir: string;
  manifest: Record<string, unknown>;
  bytes: number;
  files: number;
  /** Problems that make the tarball unfit to publish. */
  problems: string[];
  /** README links that break on the registry page (see scripts/release-readme-links.ts). */
  links: string[];
}

/** Packs every packages/* workspace package into `dest` and returns the tarball paths. */
export function packAll(dest: string): string[] {
  mkdirSync(dest, { recursive: true });
  execFileSync(PNPM[0]!, [...PNPM.slice(1), '-r', '--filter', './packages/*', 'pack', '--pack-destination', dest], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return readdirSync(dest)
    .filter((f) => f.endsWith('.tgz'))
    .sort()
    .map((f) => join(dest, f));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every target string of an `exports` field. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** Unpacks `tarball` next to it and checks what a registry user would get. */
export function inspect(tarball: string): Packed {
  const out = `${tarball.slice(0, -'.tgz'.length)}.unpacked`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', out]);
  const dir = join(out, 'package');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const name = String(manifest.name);
  const problems: string[] = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>))
      if (/^(workspace|link|file):/.test(range)) problems.push(`${field}.${dep} is "${range}"`);
  }
  for (const file of ['LICENSE', 'README.md']) if (!existsSync(join(dir, file))) problems.push(`${file} missing`);
  for (const field of ['repository', 'homepage', 'bugs', 'engines', 'keywords', 'license'])
    if (manifest[field] === undefined) problems.push(`package.json has no "${field}"`);
  const targets = [
    ...exportTargets(manifest.exports).filter((t) => !t.startsWith('./src/')), // the workspace-only condition
    ...exportTargets(manifest.bin),
  ];
  for (const t of new Set(targets))
    if (!existsSync(join(dir, t))) problems.push(`${t} (exports/bin) is not in the tarball`);
  const exportsField = (manifest.exports ?? {}) as Record<string, unknown>;
  for (const [subpath, target] of Object.entries(exportsField)) {
    if (typeof target === 'object' && target && !('default' in target))
      problems.push(`exports["${subpath}"] has no "default" condition: require() cannot load it`);
  }
  const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
  const links = rewriteLinks(name.replace(/^@nomina\//, ''), readme).broken.map(
    (b) => `README.md:${b.line} ${b.target}`,
  );
  const files = walk(dir);
  return {
    name,
    version: String(manifest.version),
    tarball,
    dir,
    manifest,
    bytes: statSync(tarball).size,
    files: files.length,
    problems,
    links,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The generated release files first: publishing fields, LICENSE files, the SECURITY.md limits table.
  let stale = 0;
  for (const script of ['release-metadata.ts', 'release-licenses.ts', 'release-security.ts']) {
    try {
      execFileSync('npx', ['tsx', join(ROOT, 'scripts', script), '--check'], { cwd: ROOT, stdio: 'inherit' });
    } catch {
      stale++;
    }
  }
  const dest = mkdtempSync(join(tmpdir(), 'nomina-release-'));
  const packed = packAll(dest).map(inspect);
  let bad = 0;
  console.log(`\n| package | version | files | tarball | problems |\n| --- | --- | ---: | ---: | --- |`);
  for (const p of packed) {
    const all = [...p.problems, ...p.links.map((l) => `link that does not ship: ${l}`)];
    bad += all.length;
    console.log(
      `| ${p.name} | ${p.version} | ${p.files} | ${(p.bytes / 1024).toFixed(0)} KB | ${all.join('; ') || 'none'} |`,
    );
  }
  console.log(`\n${packed.length} packages packed into ${dest}`);
  if (!process.argv.includes('--keep')) rmSync(dest, { recursive: true, force: true });
  if (bad || stale) {
    console.error(
      `release:dry-run: ${bad + stale} problem(s); README links: npx tsx scripts/release-readme-links.ts --write`,
    );
    process.exit(1);
  }
  console.log('release:dry-run: every package is fit to publish (install test: test/release/consumer.test.ts)');
}
