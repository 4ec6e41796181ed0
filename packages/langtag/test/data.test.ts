// Generated tables: regeneration is a no-op; versions are exported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateData } from '../scripts/generate-data.js';
import { CLDR_VERSION, REGISTRY_DATE } from '../src/index.js';

describe('generated data', () => {
  const files = generateData();
  test.each(Object.keys(files).map((f) => [f]))('src/data/%s is what the generator produces', (name) => {
    expect(readFileSync(join(__dirname, '..', 'src', 'data', name), 'utf8')).toBe(files[name]);
  });
  test('versions', () => {
    expect(REGISTRY_DATE).toBe('2025-08-25');
    expect(CLDR_VERSION).toBe('48');
  });
});
