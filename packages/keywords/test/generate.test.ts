import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedFiles } from '../scripts/generate.js';

describe('generated tables', () => {
  test.each(Object.entries(generatedFiles()))('regenerating %s is a no-op', (path, contents) => {
    expect(readFileSync(join(__dirname, '..', path), 'utf8')).toBe(contents);
  });
});
