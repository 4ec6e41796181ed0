// Bundle size (esbuild bundle + minify, gzip -9) of an entry, as the project measures every package.
//   npx tsx bench/langid/size.ts        # both tiers of @nomina/langid (build first)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize as measure } from '../sizes.js';

const bench = join(dirname(fileURLToPath(import.meta.url)), '..');

/** min+gzip bytes of the bundle of `entry` (module source text), resolved from bench/. */
export async function bundleSize(entry: string): Promise<number> {
  return (await measure(entry, bench)).gzip;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const entry of ['@nomina/langid', '@nomina/langid/full']) {
    console.log(
      `${entry}: ${((await bundleSize(`export { detect, detectSpans } from '${entry}';`)) / 1024).toFixed(1)} KB min+gzip`,
    );
  }
}
