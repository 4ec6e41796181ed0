import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGenerator } from '../../../scripts/gen-lib.js';
import { SUBSET_PATH, subsetModule } from '../scripts/train.js';
import { COVERAGE_ROWS } from '../src/model/build.js';
import { CALIBRATION_BINS } from '../src/model/model.js';
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
    // Rows of 20 probability bins by coverage (src/model/build.ts), non-decreasing along the rows' bins.
    expect(model.calibration).toHaveLength(CALIBRATION_BINS * COVERAGE_ROWS);
    for (let row = 0; row < COVERAGE_ROWS; row++)
      for (let i = 1; i < CALIBRATION_BINS; i++) {
        const at = row * CALIBRATION_BINS + i;
        expect(model.calibration[at]! + 1e-4).toBeGreaterThanOrEqual(model.calibration[at - 1]!);
      }
  });
});
