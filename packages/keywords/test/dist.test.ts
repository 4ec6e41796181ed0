// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { INDEX_FORMAT_VERSION } from '../src/index.js';

const index = new URL('../dist/index.js', import.meta.url);
const internals = new URL('../dist/internals.js', import.meta.url);
const postgres = new URL('../dist/postgres.js', import.meta.url);

describe.runIf(existsSync(index) && existsSync(internals) && existsSync(postgres))('dist', () => {
  test('index, ./internals and ./postgres load and answer', async () => {
    const keywords = await import(index.href);
    const { prepareQuery } = await import(internals.href);
    const { PostgresKeywordStore, trigramText } = await import(postgres.href);
    const built = keywords.createKeywordIndex([{ key: 'Москва', target: 'moscow' }]);
    expect(built.lookup('moskva')[0].target).toBe('moscow');
    expect(keywords.loadKeywordIndex(built.save()).ok).toBe(true);
    // The build is of the current source.
    expect(keywords.INDEX_FORMAT_VERSION).toBe(INDEX_FORMAT_VERSION);
    expect(prepareQuery('Moskva').folded).toBe('moskva');
    expect(typeof PostgresKeywordStore).toBe('function');
    expect(trigramText('ab')).toHaveLength(2);
  });
});
