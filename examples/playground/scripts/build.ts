// Builds the playground into a directory of static files: index.html, style.css, main.js and the chunks
// that main.js imports on demand (one per lazy panel, plus the code they share). esbuild bundles the
// workspace packages from their TypeScript sources (the "@nomina/source" export condition), so nothing
// needs to be built first. Run: `pnpm --filter @nomina/playground build` (→ examples/playground/dist).
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export const PLAYGROUND_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The panels loaded on first use, by the module that main.ts imports for each. */
export const LAZY_PANELS = ['langtag', 'langid', 'keywords', 'email'] as const;

export interface FileSize {
  file: string;
  minified: number;
  gzip: number;
}

export interface PlaygroundBuild {
  outDir: string;
  /** Every output file with its size (minified and gzip -9). */
  files: FileSize[];
  /** What the page loads before any lazy panel: index.html, style.css, main.js and its static imports. */
  initial: { minified: number; gzip: number };
  /** What each lazy panel adds on first use: its chunk and the shared chunks not loaded before. */
  panels: Record<(typeof LAZY_PANELS)[number], { files: string[]; minified: number; gzip: number }>;
}

const sizeOf = (path: string): FileSize => {
  const bytes = readFileSync(path);
  return { file: path, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** The output files `file` needs at once (itself and its static imports, transitively). */
function closure(meta: Metafile, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of meta.outputs[file]?.imports ?? []) {
    if (imported.kind === 'import-statement') closure(meta, imported.path, seen);
  }
  return seen;
}

export async function buildPlayground(outDir = join(PLAYGROUND_DIR, 'dist')): Promise<PlaygroundBuild> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: PLAYGROUND_DIR,
    entryPoints: { main: 'src/main.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['@nomina/source'],
    loader: { '.tsv': 'text' },
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(PLAYGROUND_DIR, 'src', file), join(outDir, file));

  // The metafile's paths are relative to absWorkingDir.
  const meta = result.metafile;
  const cwd = PLAYGROUND_DIR;
  const outputOf = (source: string) =>
    Object.keys(meta.outputs).find((out) => meta.outputs[out]!.entryPoint === source);
  const total = (files: Iterable<string>) => {
    let minified = 0;
    let gzip = 0;
    for (const file of files) {
      const size = sizeOf(join(cwd, file));
      minified += size.minified;
      gzip += size.gzip;
    }
    return { minified, gzip };
  };
  const eager = closure(meta, outputOf('src/main.ts')!);
  const initialJs = total(eager);
  const html = sizeOf(join(outDir, 'index.html'));
  const css = sizeOf(join(outDir, 'style.css'));
  const panels = {} as PlaygroundBuild['panels'];
  for (const panel of LAZY_PANELS) {
    const chunk = outputOf(`src/panels/${panel}.ts`);
    if (!chunk) throw new Error(`no chunk for the ${panel} panel`);
    const files = [...closure(meta, chunk)].filter((file) => !eager.has(file));
    panels[panel] = { files: files.map((file) => relative(outDir, join(cwd, file))), ...total(files) };
  }
  return {
    outDir,
    files: Object.keys(meta.outputs)
      .filter((file) => !file.endsWith('.map'))
      .map((file) => ({ ...sizeOf(join(cwd, file)), file: relative(outDir, join(cwd, file)) })),
    initial: {
      minified: initialJs.minified + html.minified + css.minified,
      gzip: initialJs.gzip + html.gzip + css.gzip,
    },
    panels,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildPlayground();
  console.log(`built ${relative(process.cwd(), built.outDir) || '.'}`);
  console.log(`initial page: ${kb(built.initial.minified)} minified, ${kb(built.initial.gzip)} gzip`);
  for (const [panel, size] of Object.entries(built.panels)) {
    console.log(`  + ${panel} on first use: ${kb(size.minified)} minified, ${kb(size.gzip)} gzip`);
  }
}
