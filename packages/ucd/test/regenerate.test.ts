// Regeneration is a no-op: the checked-in tables equal what the generator makes from the pinned packages.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateFiles } from '../scripts/generate.js';

const files = await generateFiles();

describe('generated tables', () => {
  test.each(Object.keys(files))('%s is what scripts/generate.ts makes', (path) => {
    const checkedIn = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    expect(checkedIn === files[path], `${path} differs: run npx tsx packages/ucd/scripts/generate.ts`).toBe(true);
  });
});
