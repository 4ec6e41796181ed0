// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const index = new URL('../dist/index.js', import.meta.url);

describe.runIf(existsSync(index))('dist', () => {
  test('index loads, answers, documents itself and closes', async () => {
    const server = await import(index.href);
    const app = await server.createServer({ logLevel: 'silent', rateLimit: 0 });
    const r = await app.inject({ method: 'POST', url: '/v1/idna/to-ascii', payload: { input: 'Bücher.example' } });
    expect(r.json().value).toBe('xn--bcher-kva.example');
    expect((await app.inject({ method: 'GET', url: '/openapi.json' })).json().info.version).toBe(server.VERSION);
    await app.close();
  });
});
