// Smoke test of the built package (dist/), as users import it: the root `test` script builds first.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');
if (!existsSync(dist))
  console.warn(`\n!!! ${dist} is not built: the dist smoke test is SKIPPED (run the build first).\n`);

(existsSync(dist) ? describe : describe.skip)('dist/index.js', () => {
  test('converts names like the sources do', async () => {
    const idna = (await import(dist)) as typeof import('../src/index.js');
    expect(idna.toASCII('Bücher.example')).toMatchObject({ ok: true, value: 'xn--bcher-kva.example', issues: [] });
    expect(idna.toUnicode('xn--bcher-kva.example').value).toBe('bücher.example');
    expect(idna.domainToASCII('a:b').ok).toBe(false);
    expect(idna.punycode.decode('tda')).toMatchObject({ ok: true, value: 'ü' });
    expect(idna.UTS46_VERSION).toBe('17.0.0');
  });
});
