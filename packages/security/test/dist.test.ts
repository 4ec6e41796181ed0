// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const index = new URL('../dist/index.js', import.meta.url);
const small = new URL('../dist/skeleton.js', import.meta.url);

describe.runIf(existsSync(index) && existsSync(small))('dist', () => {
  test('index and the skeleton tier load and answer', async () => {
    const security = await import(index.href);
    expect(security.areConfusable('pаypal', 'paypal').kind).toBe('mixed-script');
    expect(security.identifierProfile('example').ok).toBe(true);
    const tier = await import(small.href);
    expect(tier.skeleton('ѕсоре')).toBe('scope');
    expect(Object.keys(tier).sort()).toEqual(['SECURITY_DATA_VERSION', 'bidiSkeleton', 'skeleton']);
  });
});
