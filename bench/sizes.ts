// Bundle size of every entry point of every package: esbuild bundles and minifies the built dist
// file of each `exports` subpath (everything it exports, so the worst case for that entry), then gzip
// level 9. Packages are discovered from packages/*/package.json, so new ones show up by themselves;
// an entry whose dist file is missing is listed as "not built".
// Run: npx pnpm@10.34.9 build && npx tsx bench/sizes.ts   → bench/results/sizes.md
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { machineLine } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = join(here, '..', 'packages');

export interface EntrySize {
  name: string;
  subpath: string;
  minified?: number;
  gzip?: number;
  note?: string;
}

type Exports = Record<string, string | Record<string, string>>;

/** min and min+gzip bytes of a bundle of `contents` (resolved from `resolveDir`). */
export async function bundleSize(
  contents: string,
  resolveDir: string,
  platform: 'neutral' | 'node' = 'neutral',
): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    external: ['node:*'],
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function measureSizes(): Promise<EntrySize[]> {
  const rows: EntrySize[] = [];
  for (const dir of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; exports?: Exports; bin?: unknown };
    // Packages with a command (bin) run on Node only: bundle them for Node.
    const platform = pkg.bin || pkg.name === '@nomina/server' ? 'node' : 'neutral';
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      if (subpath === './package.json') continue;
      const dist = typeof target === 'string' ? target : (target.import ?? target.default);
      if (!dist) continue;
      const path = join(packagesDir, dir, dist);
      if (!existsSync(path)) {
        rows.push({ name: pkg.name, subpath, note: 'not built' });
        continue;
      }
      try {
        // Re-export everything so that nothing is tree-shaken away: the size of the whole entry.
        rows.push({
          name: pkg.name,
          subpath,
          ...(await bundleSize(`export * from ${JSON.stringify(path)};`, here, platform)),
        });
      } catch (error) {
        const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? (error as Error).message;
        rows.push({ name: pkg.name, subpath, note: `not bundled: ${first.replaceAll('|', '\\|')}` });
      }
    }
  }
  return rows;
}

const kb = (n: number | undefined) => (n === undefined ? '' : `${(n / 1024).toFixed(1)} KB`);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureSizes();
  const lines = [
    '# Package sizes',
    '',
    'Every `exports` entry point of every package, bundled whole from its built `dist/` with esbuild',
    '(`export *` of the entry, minified, ESM, platform neutral — Node for packages with a command —,',
    '`node:*` external), then gzip -9. A real application imports less and tree-shakes the rest; see each',
    "package's own results for per-function sizes. Dynamically imported modules (the CLI's lazily loaded",
    'commands and their data) are counted too.',
    '',
    `Command: \`npx pnpm@10.34.9 build && npx tsx bench/sizes.ts\` — ${new Date().toISOString().slice(0, 10)}, ${machineLine()} (sizes only: no timing).`,
    '',
    '| package | entry | min | min+gzip |',
    '| --- | --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | \`${r.subpath}\` | ${r.note ?? kb(r.minified)} | ${kb(r.gzip)} |`),
    '',
  ];
  writeFileSync(join(here, 'results', 'sizes.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}
