import { describe, test } from 'vitest';
import * as cli from '../src/index.js';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

describe('README', () => {
  test('every runtime export is named in the API headings', () => {
    expectExportsDocumented(
      cli as unknown as Record<string, unknown>,
      new URL('../README.md', import.meta.url).pathname,
    );
  });
});
