import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGenerator } from '../../../scripts/gen-lib.js';
import { SUBSET_PATH, subsetModule } from '../scripts/train.js';
import { MODEL as DEFAULT_MODEL } from '../src/data/model-default.js';
import { MODEL as FULL_MODEL } from '../src/data/model-full.js';

describe('generated tables', () => {
  test('the models carry the banner of the generator contract: inputs as pinned, body checksum (not retrained)', async () => {
    expect(await checkGenerator('packages/langid/scripts/train.ts')).toEqual([]);
  });

  test('training is reproducible byte for byte (UDHR subset of 8 languages)', () => {
    expect(subsetModule()).toBe(readFileSync(SUBSET_PATH, 'utf8'));
  });

  test.each([DEFAULT_MODEL, FULL_MODEL])('model $tier is consistent', (model) => {
    const count = model.tags.split(' ').length;
    expect(model.scripts.split(' ')).toHaveLength(count);
    expect(model.priors).toHaveLength(count);
    expect(model.floors).toHaveLength(count);
    expect(model.calibration).toHaveLength(20);
    for (let i = 1; i < 20; i++) expect(model.calibration[i]!).toBeGreaterThanOrEqual(model.calibration[i - 1]!);
  });
});
