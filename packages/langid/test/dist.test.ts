import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Smoke test of the built package (CI builds before testing; locally run `pnpm --filter @nomina/langid build`).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const built = existsSync(`${dist}index.js`) && existsSync(`${dist}full.js`);
if (!built) console.warn('\n!!! packages/langid/dist is missing: the dist smoke test is SKIPPED (build first).\n');

describe.skipIf(!built)('built dist/', () => {
  test.each(['index.js', 'full.js'])('%s detects and spans', async (entry) => {
    const langid = (await import(`${dist}${entry}`)) as typeof import('../src/index.js');
    expect(langid.detect('Das ist ein kleiner Test.').tag).toBe('de');
    expect(langid.detectSpans('Hello there. Привет всем.').spans.map((s) => s.tag)).toEqual(['en', 'ru']);
  });
});
