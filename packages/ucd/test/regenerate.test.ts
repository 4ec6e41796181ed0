// Regeneration is a no-op: the checked-in tables equal what the generator makes from the sources pinned in
// data/manifest.json (the shared checker of scripts/gen-lib.ts, as `pnpm gen:check` runs it), and the
// 17.0.0 combining-class additions equal what scripts/probe-ccc.ts measures from this Node's ICU.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGenerator } from '../../../scripts/gen-lib.js';
import { probeCombiningClasses } from '../scripts/probe-ccc.js';
import { describeWithRuntimeUnicode17 } from './sources.js';

describe('generated tables', () => {
  test('every table is what scripts/generate.ts makes', async () => {
    expect(await checkGenerator('packages/ucd/scripts/generate.ts')).toEqual([]);
  });
});

describeWithRuntimeUnicode17('generator input measured from ICU', () => {
  test('scripts/ccc-additions-17.0.0.json is what scripts/probe-ccc.ts measures', async () => {
    const checkedIn = JSON.parse(
      readFileSync(new URL('../scripts/ccc-additions-17.0.0.json', import.meta.url), 'utf8'),
    );
    const measured = await probeCombiningClasses();
    expect(Object.keys(measured).length).toBe(34);
    expect(measured).toEqual(checkedIn);
  });
});
