// Bundle size (esbuild bundle + minify, gzip -9) of an entry, as the project measures every package.
//   npx tsx bench/langid/size.ts        # both tiers of @nomina/langid (build first)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** min+gzip bytes of the bundle of `entry` (module source text), resolved from bench/. */
export async function bundleSize(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: join(here, '..'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const entry of ['@nomina/langid', '@nomina/langid/full']) {
    console.log(`${entry}: ${((await bundleSize(`export { detect, detectSpans } from '${entry}';`)) / 1024).toFixed(1)} KB min+gzip`);
  }
}
