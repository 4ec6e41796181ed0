// Bundle size (min + gzip) of @nomina/langtag per use: esbuild bundles a one-line entry that
// imports the function from the package root, so tree-shaking decides what tables come along.
// Run: npx tsx bench/langtag/sizes.ts   (build first: npx pnpm@10.34.9 --filter @nomina/langtag build)
import { bundleSize } from '../sizes.js';

const entries: Record<string, string> = {
  'parse + stringify': `import { parse, stringify } from '@nomina/langtag'; console.log(stringify(parse(x).tag));`,
  validate: `import { validate } from '@nomina/langtag'; console.log(validate(x));`,
  canonicalize: `import { canonicalize } from '@nomina/langtag'; console.log(canonicalize(x));`,
  maximize: `import { maximize } from '@nomina/langtag'; console.log(maximize(x));`,
  match: `import { match } from '@nomina/langtag'; console.log(match(x, [x]));`,
  'filter + lookup + Accept-Language': `import { filter, lookup, parseAcceptLanguage } from '@nomina/langtag'; console.log(filter(x, [x]), lookup(x, [x]), parseAcceptLanguage(x));`,
  displayName: `import { displayName } from '@nomina/langtag'; console.log(displayName(x));`,
  everything: `import * as all from '@nomina/langtag'; console.log(all);`,
};

export async function sizes(): Promise<{ entry: string; minified: number; gzip: number }[]> {
  const rows = [];
  for (const [entry, code] of Object.entries(entries)) {
    rows.push({ entry, ...(await bundleSize(`const x = globalThis.tag;\n${code}`, import.meta.dirname)) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await sizes();
  console.log('| import | min | min+gzip |\n|---|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.entry} | ${(r.minified / 1024).toFixed(1)} kB | ${(r.gzip / 1024).toFixed(1)} kB |`);
}
