// The server on a loopback socket: faults (malformed bodies, 10 MB bodies, slowloris clients, invalid
// UTF-8) each get the right 4xx and the server keeps serving; a load of look-ups and checks at concurrency
// 64 (autocannon) gets no error and leaves memory where it was; graceful shutdown answers in-flight
// requests in full. Counts are asserted, never timings. Bounded: a few thousand requests in all.
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { AUTH, fixtures, ndjson, TOKEN } from './helpers.js';

let server: RunningServer;
let port: number;
/** The server under load: default timeouts (the shared one cuts requests off after 2 s, for slowloris). */
let loaded: RunningServer;

beforeAll(async () => {
  const { lgr, zone } = fixtures();
  server = await startServer(
    { port: 0, logLevel: 'silent', token: TOKEN, rateLimit: 0, requestTimeout: 2000, lgr: [lgr], zone },
    { signals: false },
  );
  port = Number(new URL(server.url).port);
  loaded = await startServer(
    { port: 0, logLevel: 'silent', token: TOKEN, rateLimit: 0, lgr: [lgr], zone },
    { signals: false },
  );
  const entries = ['Москва', 'Moscow', 'Deutschland', 'القاهرة', 'とうきょう', 'Rio de Janeiro', 'मुंबई'].map(
    (key, i) => ({ key, target: `t:${i}` }),
  );
  for (const url of [server.url, loaded.url]) {
    const r = await fetch(`${url}/v1/keywords/entries/batch`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify(entries),
    });
    expect(ndjson(await r.text()).every((l) => l.result.status === 'created')).toBe(true);
  }
});
afterAll(() => Promise.all([server.close(), loaded.close()]));

/** Sends raw bytes on a new connection; resolves with everything the server sent when it closes (or after `wait` ms). */
function raw(
  chunks: Array<string | Buffer>,
  options: { delay?: number; wait?: number } = {},
): Promise<{ text: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let closedByServer = false;
    let writing = true;
    socket.on('data', (data) => {
      text += data.toString('utf8');
    });
    socket.on('error', () => {}); // a reset while we still write: the answer read so far counts
    socket.on('close', () => {
      writing = false;
      resolve({ text, closedByServer });
    });
    socket.on('end', () => {
      closedByServer = true;
    });
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (!writing) break;
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
        if (options.delay) await new Promise((r) => setTimeout(r, options.delay));
      }
      if (options.wait !== undefined) setTimeout(() => socket.destroy(), options.wait);
    });
  });
}

const status = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
const problemCode = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)).code as string;

async function stillServing() {
  const r = await fetch(`${server.url}/v1/idna/to-ascii`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"input":"Bücher.example"}',
  });
  expect([r.status, ((await r.json()) as { value: string }).value]).toEqual([200, 'xn--bcher-kva.example']);
}

describe('faults', () => {
  const head = (length: number | 'chunked', type = 'application/json') =>
    `POST /v1/idna/to-ascii HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${type}\r\nConnection: close\r\n${length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`}\r\n\r\n`;

  test('a 10 MB body gets 413, announced or chunked', async () => {
    const body = Buffer.alloc(10 * 1024 * 1024, 0x61);
    const pieces = Array.from({ length: 40 }, (_, i) => body.subarray(i * 262_144, (i + 1) * 262_144));
    const announced = await raw([head(body.length), ...pieces]);
    expect([status(announced.text), problemCode(announced.text)]).toEqual([413, 'BODY_TOO_LARGE']);
    const chunked = await raw([
      head('chunked'),
      ...pieces.map((p) => Buffer.concat([Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from('\r\n')])),
      '0\r\n\r\n',
    ]);
    expect([status(chunked.text), problemCode(chunked.text)]).toEqual([413, 'BODY_TOO_LARGE']);
    await stillServing();
  });

  test('malformed JSON, wrong types and invalid UTF-8 get 400 with their codes', async () => {
    const cases: Array<[Buffer, string]> = [
      [Buffer.from('{"input": "a"'), 'JSON_INVALID'],
      [Buffer.from('{"input": 42}'), 'REQUEST_INVALID'],
      [
        Buffer.from([0x7b, 0x22, 0x69, 0x6e, 0x70, 0x75, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
        'UTF8_INVALID',
      ],
    ];
    for (const [body, code] of cases) {
      const r = await raw([head(body.length), body]);
      expect([status(r.text), problemCode(r.text)]).toEqual([400, code]);
    }
    const line = Buffer.from('{"input":"\xff"}', 'latin1');
    const nd = await raw([
      head(line.length, 'application/x-ndjson').replace('/v1/idna/to-ascii', '/v1/idna/to-ascii/batch'),
      line,
    ]);
    expect([status(nd.text), problemCode(nd.text)]).toEqual([400, 'UTF8_INVALID']);
    const garbage = await raw(['GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n']);
    expect(status(garbage.text)).toBe(400);
    await stillServing();
  });

  test('slowloris clients are cut off with 408 while others are served', async () => {
    // Headers a byte at a time, and a body that never completes: both past the 2 s request timeout.
    const header = 'POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nX-Slow: ';
    const slowHeaders = Array.from({ length: 8 }, () =>
      raw([header, ...'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'], { delay: 100 }),
    );
    const slowBody = Array.from({ length: 8 }, () =>
      raw(
        [
          `POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":"`,
          ...'a'.repeat(50),
        ],
        { delay: 100 },
      ),
    );
    await stillServing();
    for (const r of await Promise.all([...slowHeaders, ...slowBody])) {
      expect(r.closedByServer).toBe(true);
      expect(status(r.text)).toBe(408);
      expect(problemCode(r.text)).toBe('REQUEST_TIMEOUT');
    }
    await stillServing();
  });
});

/** Heap in use after a full collection (V8's gc exposed at run time). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function load(path: string, bodies: unknown[], amount: number) {
  const result = await autocannon({
    url: loaded.url,
    connections: 64,
    amount,
    timeout: 30,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      path,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })),
  });
  return result;
}

describe('load at concurrency 64', () => {
  test('look-ups and checks: every request answered 2xx, no error, memory steady', async () => {
    const queries = ['moskva', 'МОСКВА', 'deutschlnad', 'al-qahira', 'tokyo', 'janeiro', 'mumbai', 'xyzzy'].map(
      (query) => ({ query }),
    );
    const names = ['bücher.example', 'maii.example', 'pаypal.example', 'xn--a.example', 'fresh.example'].map(
      (name) => ({ name }),
    );
    const runs = [];
    runs.push(await load('/v1/keywords/lookup', queries, 500)); // warm-up
    const before = heapAfterGc();
    for (let round = 0; round < 2; round++) {
      runs.push(await load('/v1/keywords/lookup', queries, 1000));
      runs.push(await load('/v1/check', names, 500));
    }
    const after = heapAfterGc();
    for (const r of runs) {
      expect([r.errors, r.timeouts, r.non2xx, r.resets], JSON.stringify(r.statusCodeStats)).toEqual([0, 0, 0, 0]);
      expect(r['2xx']).toBe(r.requests.total);
    }
    expect(runs.reduce((n, r) => n + r['2xx'], 0)).toBe(3500);
    // 3000 requests after the warm-up leave the heap within 16 MiB of where it was (no leak per request).
    console.log(
      `heap after a collection: ${(before / 2 ** 20).toFixed(1)} MiB before, ${(after / 2 ** 20).toFixed(1)} MiB after`,
    );
    expect(after - before).toBeLessThan(16 * 1024 * 1024);
  });
});

describe('graceful shutdown', () => {
  test('a request in flight is answered in full; then new connections are refused', async () => {
    const other = await startServer({ port: 0, logLevel: 'silent', rateLimit: 0 }, { signals: false });
    const text = 'Dies ist ein ziemlich langer deutscher Satz über Häuser, Bäume und die Stadt am Fluss. '.repeat(3);
    const items = Array.from({ length: 200 }, () => JSON.stringify({ text })).join('\n');
    const response = await fetch(`${other.url}/v1/langid/detect/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: items,
    });
    expect(response.status).toBe(200); // headers are in: the batch is being answered
    const closing = other.close();
    const lines = ndjson(await response.text());
    await closing;
    expect(lines).toHaveLength(200);
    expect(lines.every((l, i) => l.index === i && l.result.tag === 'de')).toBe(true);
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});
