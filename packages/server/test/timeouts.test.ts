// The time bounds on a loopback socket, with small timeouts through the server's options (issue #12): an idle
// keep-alive connection is closed by the server, a slow body is cut off with 408, and graceful shutdown closes
// a connection whose request never finishes. Statuses and closed connections are asserted, never timings
// (the test timeouts are generous ceilings).
import { connect } from 'node:net';
import { describe, expect, test } from 'vitest';
import { MemoryKeywordRegistry, type ServerOptions, startServer } from '../src/index.js';

/** A registry whose every call waits forever (a database that stalled); ON_CALL hears of each call. */
function stalledRegistry(onCall = () => {}): MemoryKeywordRegistry {
  const never = () => {
    onCall();
    return new Promise<never>(() => {});
  };
  return Object.assign(new MemoryKeywordRegistry(), { search: never, list: never, size: never, write: never });
}

const serve = (options: ServerOptions) =>
  startServer({ port: 0, logLevel: 'silent', rateLimit: 0, ...options }, { signals: false });

const request = (path: string, body: string, length = Buffer.byteLength(body)) =>
  `POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${body}`;

/**
 * Writes CHUNKS to a new connection (one every 50 ms) and resolves when the connection is closed: the status
 * lines the server sent, and whether it ended the connection itself (the client never does).
 */
function client(url: string, chunks: readonly string[]): Promise<{ statuses: number[]; endedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    let text = '';
    let endedByServer = false;
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (data) => {
      text += data.toString('latin1');
    });
    socket.on('end', () => {
      endedByServer = true;
    });
    socket.on('error', () => {
      endedByServer = true; // reset by the server
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ statuses: [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1])), endedByServer });
    });
    socket.on('connect', () => {
      let i = 0;
      socket.write(chunks[i++]!);
      timer = setInterval(() => {
        if (i < chunks.length && socket.writable) socket.write(chunks[i++]!);
      }, 50);
    });
  });
}

describe('time bounds', () => {
  test('keepAliveTimeout: the server closes an idle keep-alive connection after its answer', async () => {
    const server = await serve({ keepAliveTimeout: 100 });
    const seen = await client(server.url, [request('/v1/idna/to-ascii', '{"input":"a"}')]);
    expect(seen).toEqual({ statuses: [200], endedByServer: true });
    await server.close();
  }, 30_000);

  test('requestTimeout: a body that never completes is cut off with 408 and the connection closed', async () => {
    const server = await serve({ requestTimeout: 300 });
    const trickle = Array.from({ length: 400 }, () => 'a'); // 20 s of bytes, far past the timeout
    const seen = await client(server.url, [request('/v1/idna/to-ascii', '{"input":"', 1000), ...trickle]);
    expect(seen).toEqual({ statuses: [408], endedByServer: true });
    await server.close();
  }, 30_000);

  test('handlerTimeout: a stalled registry gets 503, and the connection stays usable', async () => {
    const server = await serve({ registry: stalledRegistry(), handlerTimeout: 100, keepAliveTimeout: 100 });
    const lookup = request('/v1/keywords/lookup', '{"query":"a"}');
    const seen = await client(server.url, [lookup, request('/v1/idna/to-ascii', '{"input":"a"}')]);
    expect(seen).toEqual({ statuses: [503, 200], endedByServer: true });
    await server.close();
  }, 30_000);

  test('shutdownTimeout: close() ends a request that never finishes, then resolves', async () => {
    let inHandler!: () => void;
    const called = new Promise<void>((resolve) => {
      inHandler = resolve;
    });
    const registry = stalledRegistry(() => inHandler());
    const server = await serve({ registry, handlerTimeout: 600_000, shutdownTimeout: 200 });
    const seen = client(server.url, [request('/v1/keywords/lookup', '{"query":"a"}')]);
    await called; // the request waits on the registry: only the shutdown timeout can end it
    await server.close();
    expect(await seen).toEqual({ statuses: [], endedByServer: true });
  }, 30_000);
});
