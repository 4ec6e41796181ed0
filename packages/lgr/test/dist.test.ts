// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const index = new URL('../dist/index.js', import.meta.url);

describe.runIf(existsSync(index))('dist', () => {
  test('index loads and answers', async () => {
    const lgr = await import(index.href);
    const { lgr: parsed } = lgr.parseLgr(
      '<lgr xmlns="urn:ietf:params:xml:ns:lgr-1.0"><data><char cp="0061"><var cp="0062" type="blocked"/></char><char cp="0062"><var cp="0061" type="blocked"/></char></data></lgr>',
    );
    const r = lgr.validateLabel(parsed, 'a');
    expect([
      r.disposition,
      r.variants.map((v: { label: string; disposition: string }) => `${v.label}:${v.disposition}`),
    ]).toEqual(['valid', ['b:blocked']]);
  });
});
