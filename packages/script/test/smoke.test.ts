import { expect, test } from 'vitest';
import { UNICODE_VERSION } from '@nomina/script';
test('resolves workspace source', () => { expect(UNICODE_VERSION).toBe('17.0.0'); });
