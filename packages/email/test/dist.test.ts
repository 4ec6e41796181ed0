// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const index = new URL('../dist/index.js', import.meta.url);

describe.runIf(existsSync(index))('dist', () => {
  test('index loads and answers', async () => {
    const email = await import(index.href);
    const r = email.parseAddress('用户@例子.广告');
    expect(r.ok).toBe(true);
    expect(r.value.smtputf8).toBe(true);
    expect(email.parseAddress('jdoe@bücher.de', { profile: email.registration }).value.ascii).toBe(
      'jdoe@xn--bcher-kva.de',
    );
  });
});
