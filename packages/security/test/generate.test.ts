// Regenerating the tables from their sources is a no-op (the banner names file, version and checksum).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';

const folder = sharedVector('unicode/security/confusables.txt');

describe.runIf(folder)('generated tables', () => {
  test('scripts/generate.ts reproduces src/data/* byte for byte', async () => {
    const { generateFiles } = await import('../scripts/generate.js');
    const files = await generateFiles();
    expect(Object.keys(files).length).toBeGreaterThan(3);
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path).toBe(text);
    }
  });
});
