// A tiny static file server for the built playground, on loopback only (the page uses ES modules, which
// browsers do not load from file:// URLs). Used by the browser tests; run it by hand with
// `pnpm --filter @nomina/playground preview` after a build, then open the address it prints.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAYGROUND_DIR } from './build.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the files of `root` (GET and HEAD only; nothing outside `root`) on 127.0.0.1 at `port` (0: any). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let file: string;
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    } catch {
      response.writeHead(400).end(); // a malformed %-escape
      return;
    }
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serveStatic(join(PLAYGROUND_DIR, 'dist'), Number(process.env.PORT ?? 8080));
  console.log(`serving examples/playground/dist at ${server.url} (Ctrl-C stops)`);
}
