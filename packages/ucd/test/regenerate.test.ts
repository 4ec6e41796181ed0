// Regeneration is a no-op: the checked-in tables equal what the generator makes from the pinned packages,
// and the 17.0.0 combining-class additions equal what scripts/probe-ccc.ts measures from this Node's ICU.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateFiles } from '../scripts/generate.js';
import { probeCombiningClasses } from '../scripts/probe-ccc.js';
import { describeWithRuntimeUnicode17 } from './sources.js';

const files = await generateFiles();

describe('generated tables', () => {
  test.each(Object.keys(files))('%s is what scripts/generate.ts makes', (path) => {
    const checkedIn = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    expect(checkedIn === files[path], `${path} differs: run npx tsx packages/ucd/scripts/generate.ts`).toBe(true);
  });
});

describeWithRuntimeUnicode17('generator input measured from ICU', () => {
  test('scripts/ccc-additions-17.0.0.json is what scripts/probe-ccc.ts measures', async () => {
    const checkedIn = JSON.parse(readFileSync(new URL('../scripts/ccc-additions-17.0.0.json', import.meta.url), 'utf8'));
    const measured = await probeCombiningClasses();
    expect(Object.keys(measured).length).toBe(34);
    expect(measured).toEqual(checkedIn);
  });
});
