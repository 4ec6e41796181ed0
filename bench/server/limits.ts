// Worst-case time and memory of the `nomina serve` service at each of its limits (issue #12; SECURITY.md's
// limits table reads the results). The size limits: one request through Fastify `inject()` (no socket) on a
// server built in-process with its defaults (the in-memory keyword registry). The timeouts: clients on
// loopback sockets against a listening server with the default timeouts (the time of a row is when the
// bound cut in). Timed by bench/harness.ts `worstCasesAsync`.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/server/limits.ts [--write] [--only WORD]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import {
  createServer,
  DEFAULT_BATCH_LIMIT,
  DEFAULT_BODY_LIMIT,
  DEFAULT_HANDLER_TIMEOUT,
  DEFAULT_KEEP_ALIVE_TIMEOUT,
  DEFAULT_RATE_LIMIT,
  DEFAULT_REQUEST_TIMEOUT,
  DEFAULT_SHUTDOWN_TIMEOUT,
  MAX_LIST_ENTRIES,
  MemoryKeywordRegistry,
  type RunningServer,
  startServer,
} from '../../packages/server/src/index.js';
import { worstCasesAsync } from '../harness.js';
import { mixedWords } from '../worst-text.js';

// fastify is not a dependency of bench/: its types come through createServer.
type FastifyInstance = Awaited<ReturnType<typeof createServer>>;
interface InjectOptions {
  method: 'GET' | 'POST';
  url: string;
  payload?: string;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

const TOKEN = 'bench-token.1234~';
const AUTH = { authorization: `Bearer ${TOKEN}` };

interface Case {
  operation: string;
  input: string;
  /** The requests of one run (made afresh for every run, so that no cache answers them). */
  make: () => InjectOptions[];
  /** The server (default: the defaults, rate limiting off so that the runs are not refused). */
  app?: FastifyInstance;
  /** Expected status of every answer. */
  status: number;
  runs?: number;
}

let checked = '';
async function send(app: FastifyInstance, requests: InjectOptions[], status: number): Promise<void> {
  for (const request of requests) {
    const r = await app.inject(request);
    if (r.statusCode !== status)
      throw new Error(`${request.url}: ${r.statusCode} (expected ${status}): ${r.body.slice(0, 200)}`);
    checked = r.body.slice(0, 1);
  }
}

let fresh = 0;
/** A name of distinct CJK labels (20 characters each) of about BYTES bytes of UTF-8, unlike any made before. */
function cjkName(bytes: number): string {
  const labels: string[] = [];
  for (let size = 0; size + 61 <= bytes - 8; size += 61)
    labels.push(
      Array.from({ length: 20 }, (_, i) => String.fromCodePoint(0x4e00 + ((fresh++ * 7919 + i) % 20000))).join(''),
    );
  return `${labels.join('.')}.example`;
}
/** `units` UTF-16 units of words in four alphabets, unlike any made before. */
const freshWords = (units: number) => mixedWords(units, 12345 + fresh++);

/** A JSON batch of DEFAULT_BATCH_LIMIT items made by ITEM, its body within DEFAULT_BODY_LIMIT bytes. */
function batch(url: string, item: (bytes: number) => object): InjectOptions {
  const each = Math.floor(DEFAULT_BODY_LIMIT / DEFAULT_BATCH_LIMIT) - 24;
  const payload = JSON.stringify(Array.from({ length: DEFAULT_BATCH_LIMIT }, () => item(each)));
  if (Buffer.byteLength(payload) > DEFAULT_BODY_LIMIT) throw new Error(`${url}: body over the limit`);
  return { method: 'POST', url, payload, headers: { 'content-type': 'application/json' } };
}
const post = (url: string, payload: string, type = 'application/json'): InjectOptions & { payload: string } => ({
  method: 'POST',
  url,
  payload,
  headers: { 'content-type': type },
});

const app = await createServer({ logLevel: 'silent', token: TOKEN, rateLimit: 0 });
const limited = await createServer({ logLevel: 'silent', token: TOKEN });

// MAX_LIST_ENTRIES: 5,000 entries of one target, of which a listing returns MAX_LIST_ENTRIES.
for (let b = 0; b < 5; b++) {
  const entries = Array.from({ length: 1000 }, (_, i) => ({
    key: `${freshWords(40).trim()} ${b}-${i}`,
    target: 'city:bench',
    locale: 'ru',
    namespace: 'city',
  }));
  await send(
    app,
    [
      {
        ...post('/v1/keywords/entries/batch', JSON.stringify(entries)),
        headers: { 'content-type': 'application/json', ...AUTH },
      },
    ],
    200,
  );
}
// DEFAULT_RATE_LIMIT: one client has used up its requests of the window.
const SPENT = '10.255.0.1';
for (let i = 0; i < DEFAULT_RATE_LIMIT; i++)
  await send(limited, [{ ...post('/v1/script/analyze', '{"text":"a"}'), remoteAddress: SPENT }], 200);
let client = 0;
const address = () => `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client++ & 255}`;
const MiB = 1 << 20;

// The rate cases first: the client's window (DEFAULT_RATE_WINDOW) must not end before they run.
const all: Case[] = [
  {
    operation: 'POST /v1/script/analyze',
    input: `a client past DEFAULT_RATE_LIMIT (${DEFAULT_RATE_LIMIT}) requests in DEFAULT_RATE_WINDOW (refused: 429 RATE_LIMITED)`,
    app: limited,
    make: () => [{ ...post('/v1/script/analyze', '{"text":"a"}'), remoteAddress: SPENT }],
    status: 429,
  },
  {
    operation: 'POST /v1/script/analyze × 1,000',
    input:
      'one request from each of 1,000 new client addresses in DEFAULT_RATE_WINDOW (the rate table grows by one entry each, under DEFAULT_RATE_LIMIT)',
    app: limited,
    make: () =>
      Array.from({ length: 1000 }, () => ({
        ...post('/v1/script/analyze', '{"text":"a"}'),
        remoteAddress: address(),
      })),
    status: 200,
    runs: 3,
  },
  {
    operation: 'POST /v1/check/batch',
    input: `DEFAULT_BATCH_LIMIT (${DEFAULT_BATCH_LIMIT}) names of 16 distinct-CJK labels, a body of about DEFAULT_BODY_LIMIT (${DEFAULT_BODY_LIMIT}) bytes`,
    make: () => [batch('/v1/check/batch', (bytes) => ({ name: cjkName(bytes - 12) }))],
    status: 200,
    runs: 5,
  },
  {
    operation: 'POST /v1/idna/to-ascii/batch',
    input: 'DEFAULT_BATCH_LIMIT names of 16 distinct-CJK labels, a body of about DEFAULT_BODY_LIMIT bytes',
    make: () => [batch('/v1/idna/to-ascii/batch', (bytes) => ({ input: cjkName(bytes - 12) }))],
    status: 200,
    runs: 5,
  },
  {
    operation: 'POST /v1/script/analyze/batch',
    input: 'DEFAULT_BATCH_LIMIT texts of words in four alphabets, a body of about DEFAULT_BODY_LIMIT bytes',
    make: () => [batch('/v1/script/analyze/batch', (bytes) => ({ text: freshWords(bytes / 2 - 12) }))],
    status: 200,
    runs: 5,
  },
  {
    operation: 'POST /v1/langid/detect/batch',
    input: 'DEFAULT_BATCH_LIMIT texts of words in four alphabets with spans, a body of about DEFAULT_BODY_LIMIT bytes',
    make: () => [batch('/v1/langid/detect/batch', (bytes) => ({ text: freshWords(bytes / 2 - 24), spans: true }))],
    status: 200,
    runs: 5,
  },
  {
    operation: 'POST /v1/idna/to-ascii/batch (NDJSON)',
    input: 'DEFAULT_BATCH_LIMIT lines of names of 16 distinct-CJK labels, a body of about DEFAULT_BODY_LIMIT bytes',
    make: () => {
      const lines = Array.from({ length: DEFAULT_BATCH_LIMIT }, () => JSON.stringify({ input: cjkName(1000) }));
      return [post('/v1/idna/to-ascii/batch', lines.join('\n'), 'application/x-ndjson')];
    },
    status: 200,
    runs: 5,
  },
  {
    operation: 'POST /v1/langid/detect',
    input:
      'one text with spans in a body of about DEFAULT_BODY_LIMIT bytes (words in four alphabets; past MAX_SPANS_LENGTH of @nomina/langid: its issue)',
    make: () => [
      post('/v1/langid/detect', JSON.stringify({ text: freshWords(DEFAULT_BODY_LIMIT / 2 - 100), spans: true })),
    ],
    status: 200,
    runs: 5,
  },
  {
    operation: 'POST /v1/idna/to-ascii',
    input: 'a body of DEFAULT_BODY_LIMIT + 1 bytes (refused: 413 BODY_TOO_LARGE)',
    make: () => [
      post('/v1/idna/to-ascii', JSON.stringify({ input: 'a'.repeat(DEFAULT_BODY_LIMIT - 12 + 1 + fresh++ * 0) })),
    ],
    status: 413,
  },
  {
    operation: 'POST /v1/idna/to-ascii',
    input: 'a 16 MiB body, past DEFAULT_BODY_LIMIT (refused: 413 BODY_TOO_LARGE)',
    make: () => [post('/v1/idna/to-ascii', JSON.stringify({ input: 'a'.repeat(16 * MiB) }))],
    status: 413,
  },
  {
    operation: 'POST /v1/script/analyze/batch',
    input: 'DEFAULT_BATCH_LIMIT + 1 one-letter texts (refused: 413 BATCH_TOO_LARGE)',
    make: () => [
      post(
        '/v1/script/analyze/batch',
        JSON.stringify(Array.from({ length: DEFAULT_BATCH_LIMIT + 1 }, () => ({ text: 'a' }))),
      ),
    ],
    status: 413,
  },
  {
    operation: 'GET /v1/keywords/entries',
    input: `MAX_LIST_ENTRIES (${MAX_LIST_ENTRIES}) entries listed of 5,000 with the target`,
    make: () => [{ method: 'GET', url: '/v1/keywords/entries?target=city:bench' }],
    status: 200,
  },
];

// The timeouts, on loopback sockets.

/** A registry whose every call waits forever (a database that stalled). */
function stalledRegistry(): MemoryKeywordRegistry {
  const never = () => new Promise<never>(() => {});
  return Object.assign(new MemoryKeywordRegistry(), { search: never, list: never, size: never, write: never });
}

/** What a raw client saw: the status of the first answer (0: none) and when the server closed the connection. */
interface Seen {
  status: number;
  answeredMs: number;
  closedMs: number;
}

/**
 * Opens a connection to PORT, writes CHUNKS one every EVERY ms (stopping when the server closes), and resolves
 * when the server closes it (or, UNTIL_ANSWER, at the first answer).
 */
function rawClient(port: number, chunks: readonly string[], every: number, untilAnswer = false): Promise<Seen> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const socket = connect(port, '127.0.0.1');
    const seen: Seen = { status: 0, answeredMs: Number.NaN, closedMs: Number.NaN };
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (data) => {
      if (seen.status === 0) {
        seen.status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data.toString('latin1'))?.[1] ?? -1);
        seen.answeredMs = performance.now() - t0;
        if (untilAnswer) socket.destroy();
      }
    });
    socket.on('error', () => {}); // a reset is a close too
    socket.on('close', () => {
      clearInterval(timer);
      seen.closedMs = performance.now() - t0;
      resolve(seen);
    });
    socket.on('connect', () => {
      let i = 0;
      socket.write(chunks[i++]!);
      timer = setInterval(() => {
        if (i < chunks.length && socket.writable) socket.write(chunks[i++]!);
      }, every);
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** The note of a run of many clients: their statuses (each with a count) and the latest close. */
function summary(seen: readonly Seen[]): string {
  const statuses = new Map<number, number>();
  for (const s of seen) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  const counted = [...statuses].map(([status, n]) => `${n === 1 ? '' : `${n} × `}${status || 'no answer'}`);
  return `${counted.join(', ')}, closed by ${seconds(Math.max(...seen.map((s) => s.closedMs)))}`;
}

const defaults = await startServer({ port: 0, logLevel: 'silent', rateLimit: 0 }, { signals: false });
const stalled = await startServer(
  { port: 0, logLevel: 'silent', rateLimit: 0, registry: stalledRegistry() },
  { signals: false },
);
const portOf = (server: RunningServer) => Number(new URL(server.url).port);
const CLIENTS = 1000;
const request = (path: string, body = '') =>
  `POST ${path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

interface TimeoutCase {
  operation: string;
  input: string;
  run: () => Promise<string>;
}
const timeouts: TimeoutCase[] = [
  {
    operation: 'POST /v1/check, 1 client',
    input: `a slowloris client sending one header line a second: cut off at DEFAULT_REQUEST_TIMEOUT (${DEFAULT_REQUEST_TIMEOUT} ms) with 408 REQUEST_TIMEOUT`,
    run: async () =>
      summary([
        await rawClient(
          portOf(defaults),
          ['POST /v1/check HTTP/1.1\r\nHost: bench\r\n', ...Array.from({ length: 60 }, (_, i) => `X-Slow-${i}: a\r\n`)],
          1000,
        ),
      ]),
  },
  {
    operation: `POST /v1/idna/to-ascii, ${CLIENTS.toLocaleString('en')} clients`,
    input: `${CLIENTS.toLocaleString('en')} slowloris clients at once, each sending its headers, then a body of 1,000 bytes one byte a second: all cut off at DEFAULT_REQUEST_TIMEOUT (checked every second) with 408 REQUEST_TIMEOUT; memory of the server and the clients (one process)`,
    run: async () => {
      const head = `${request('/v1/idna/to-ascii').replace('Content-Length: 0', 'Content-Length: 1000')}{"input":"`;
      const chunks = [head, ...Array.from({ length: 60 }, () => 'a')];
      return summary(
        await Promise.all(Array.from({ length: CLIENTS }, () => rawClient(portOf(defaults), chunks, 1000))),
      );
    },
  },
  {
    operation: 'POST /v1/keywords/lookup',
    input: `a registry that never answers (a stalled database): 503 HANDLER_TIMEOUT at DEFAULT_HANDLER_TIMEOUT (${DEFAULT_HANDLER_TIMEOUT} ms)`,
    run: async () => {
      const seen = await rawClient(portOf(stalled), [request('/v1/keywords/lookup', '{"query":"moscow"}')], 1000, true);
      return `${seen.status} at ${seconds(seen.answeredMs)}`;
    },
  },
  {
    operation: 'POST /v1/idna/to-ascii, keep-alive',
    input: `one request, then an idle keep-alive connection: closed at DEFAULT_KEEP_ALIVE_TIMEOUT (${DEFAULT_KEEP_ALIVE_TIMEOUT} ms; advertised as Keep-Alive: timeout=5) + the 1 s Node waits beyond it`,
    run: async () => {
      const seen = await rawClient(portOf(defaults), [request('/v1/idna/to-ascii', '{"input":"a"}')], 1000);
      return `${seen.status} at ${seconds(seen.answeredMs)}, closed at ${seconds(seen.closedMs)}`;
    },
  },
  {
    operation: 'graceful shutdown',
    input: `close() with a request in flight on a registry that never answers (handler timeout raised to 60 s so that it does not answer first): connections closed at DEFAULT_SHUTDOWN_TIMEOUT (${DEFAULT_SHUTDOWN_TIMEOUT} ms); time includes starting the server`,
    run: async () => {
      const server = await startServer(
        { port: 0, logLevel: 'silent', rateLimit: 0, registry: stalledRegistry(), handlerTimeout: 60_000 },
        { signals: false },
      );
      const client = rawClient(portOf(server), [request('/v1/keywords/lookup', '{"query":"moscow"}')], 1000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const t0 = performance.now();
      await server.close();
      const closed = performance.now() - t0;
      const seen = await client;
      return `close() in ${seconds(closed)}, the client: ${seen.status || 'no answer'}`;
    },
  },
];

// A stalled PostgreSQL: another session holds its tables locked (ACCESS EXCLUSIVE, through psql) while the
// server looks up; the statement timeout and the handler timeout are both DEFAULT_HANDLER_TIMEOUT.
const pgUrl =
  process.env.NOMINA_PG_URL ??
  (() => {
    try {
      return readFileSync('/tmp/nomina-pgurl', 'utf8').trim();
    } catch {
      return undefined;
    }
  })();
const SCHEMA = 'nomina_bench_timeouts';
const onPostgres = pgUrl
  ? await startServer({ port: 0, logLevel: 'silent', rateLimit: 0, db: pgUrl, schema: SCHEMA }, { signals: false })
  : undefined;
if (onPostgres && pgUrl)
  timeouts.push({
    operation: 'POST /v1/keywords/lookup (PostgreSQL)',
    input: `the registry's tables locked by another session: 503 HANDLER_TIMEOUT at DEFAULT_HANDLER_TIMEOUT (also the statement timeout)`,
    run: async () => {
      // psql runs the script line by line: `locked` is printed once the lock is held.
      const lock = spawn('psql', [pgUrl, '-q', '-f', '-']);
      lock.stdin.write(
        `SET client_connection_check_interval = 100;\nBEGIN;\nLOCK TABLE ${['entries', 'keys', 'postings', 'words'].map((t) => `${SCHEMA}.${t}`).join(', ')} IN ACCESS EXCLUSIVE MODE;\n\\echo locked\nSELECT pg_sleep(60);\n`,
      );
      await new Promise<void>((resolve, reject) => {
        lock.stdout.on('data', (data: Buffer) => {
          if (data.toString().includes('locked')) resolve();
        });
        lock.once('exit', () => reject(new Error('psql could not lock the tables')));
      });
      const seen = await rawClient(
        portOf(onPostgres),
        [request('/v1/keywords/lookup', '{"query":"moscow"}')],
        1000,
        true,
      );
      lock.kill();
      await new Promise((resolve) => lock.once('exit', resolve));
      return `${seen.status} at ${seconds(seen.answeredMs)}`;
    },
  });
else console.log('NOMINA_PG_URL is not set: no PostgreSQL row');

await worstCasesAsync(
  '@nomina/server',
  [
    ...all.map((c) => ({
      ...c,
      run: async (requests: InjectOptions[]) => {
        await send(c.app ?? app, requests, c.status);
        return String(c.status);
      },
    })),
    ...timeouts.map((c) => ({ ...c, make: () => undefined, runs: 2 })),
  ],
  [
    'The size rows send their requests through Fastify `inject()` (no socket) to a server built in-process with the default limits (the in-memory keyword registry; rate limiting on only for the rate rows) and check every status.',
    'The timeout rows (`DEFAULT_REQUEST_TIMEOUT`, `DEFAULT_HANDLER_TIMEOUT`, `DEFAULT_KEEP_ALIVE_TIMEOUT`, `DEFAULT_SHUTDOWN_TIMEOUT`) run raw clients on loopback sockets against a listening server with the default timeouts: the time is when the bound cut in (the 503 answer of the handler rows, the server closing the connection in the others, `close()` resolving at shutdown), the operation column says what the clients got (median of 2 runs after a warm-up).',
  ],
  (name) => name.startsWith('DEFAULT_') || name.startsWith('MAX_LIST'),
);
await app.close();
await limited.close();
await Promise.all([defaults.close(), stalled.close(), onPostgres?.close()]);
if (checked === '\0') console.log('');
