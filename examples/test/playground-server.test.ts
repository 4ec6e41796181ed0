// The playground's preview server (examples/playground/scripts/serve.ts): files of its root only, GET and
// HEAD only, on loopback.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../playground/scripts/serve.js';

/** Sends `method path` as written (no URL normalization) and returns the status and content type. */
function send(url: string, method: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('playground preview server', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'nomina-serve-'));
    root = join(base, 'site');
    mkdirSync(join(root, 'chunks'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'chunks', 'a.js'), 'export {};');
    writeFileSync(join(base, 'secret.txt'), 'outside the root');
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server?.close();
    if (root) rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('listens on loopback and serves the files of its root with their types', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    expect(await send(server.url, 'GET', '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await send(server.url, 'GET', '/chunks/a.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'export {};',
    });
    expect(await send(server.url, 'HEAD', '/chunks/a.js')).toMatchObject({ status: 200, body: '' });
    expect((await send(server.url, 'GET', '/missing.js')).status).toBe(404);
  });

  it('serves nothing outside its root, nothing but GET and HEAD, and survives bad escapes', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/chunks/..%2f..%2fsecret.txt']) {
      const answer = await send(server.url, 'GET', path);
      expect(answer.body, path).not.toContain('outside the root');
      expect([403, 404], path).toContain(answer.status);
    }
    // An escaped slash survives URL parsing: the root check itself refuses it.
    expect((await send(server.url, 'GET', '/..%2fsecret.txt')).status).toBe(403);
    expect((await send(server.url, 'POST', '/')).status).toBe(405);
    expect((await send(server.url, 'GET', '/%E0%A4%A')).status).toBe(400);
    expect((await send(server.url, 'GET', '/')).status).toBe(200);
  });
});
