// Regenerating the tables from their sources is a no-op (the shared generator contract, scripts/gen-lib.ts:
// banner with each source's pinned version or sha256, body checksum). The UTS #39 files are read from the
// shared vectors; without them the check is skipped loudly (an error under CI).
import { describe, expect, test } from 'vitest';
import { checkGenerator } from '../../../scripts/gen-lib.js';
import { sharedVector } from '../../../test-vectors/locate.js';

describe.runIf(sharedVector('unicode/security/confusables.txt'))('generated tables', () => {
  test('regenerating packages/security/src/data/* is a no-op', async () => {
    expect(await checkGenerator('packages/security/scripts/generate.ts')).toEqual([]);
  });
});
