// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const index = new URL('../dist/index.js', import.meta.url);

describe.runIf(existsSync(index))('dist', () => {
  test('index loads and answers', async () => {
    const script = await import(index.href);
    expect(script.scriptRuns('abc кот')).toEqual([
      { script: 'Latn', start: 0, end: 4 },
      { script: 'Cyrl', start: 4, end: 7 },
    ]);
    expect(script.isSingleScript('ラーメン寿司')).toBe(true);
  });
});
