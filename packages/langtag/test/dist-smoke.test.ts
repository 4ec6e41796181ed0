// The built package (dist/, what npm users get) loads and answers; skipped before the first build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const dist = join(__dirname, '..', 'dist');
const built = existsSync(join(dist, 'index.js'));
if (!built) console.warn('\n!!! @nomina/langtag dist/ is missing: build it to run the smoke test\n');

(built ? describe : describe.skip)('dist smoke test', () => {
  test('the root and every subpath entry load and work', async () => {
    const load = (name: string) => import(pathToFileURL(join(dist, `${name}.js`)).href);
    const root = await load('index');
    expect(root.canonicalize('iw').value).toBe('he');
    expect((await load('parse')).parse('en-US').ok).toBe(true);
    expect((await load('validate')).validate('xx').ok).toBe(false);
    expect((await load('canonicalize')).canonicalize('sh').value).toBe('sr-Latn');
    expect((await load('likely')).maximize('und-Cyrl').value).toBe('ru-Cyrl-RU');
    expect((await load('match')).match('en-AU', ['en-US', 'en-GB']).supported).toBe('en-GB');
    expect((await load('display')).displayName('bzd')).toBe('Bribri');
  });
});
