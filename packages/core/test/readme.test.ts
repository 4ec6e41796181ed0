import { describe, test } from 'vitest';
import * as core from '@nomina/core';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

describe('README', () => {
  test('every runtime export is named in the API headings', () => {
    expectExportsDocumented(
      core as unknown as Record<string, unknown>,
      new URL('../README.md', import.meta.url).pathname,
    );
  });
});
