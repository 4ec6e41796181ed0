// Worst-case time and memory of the `nomina serve` service at each of its size limits (issue #12; SECURITY.md's
// limits table reads the results). Every case is one request through Fastify `inject()` (no socket) on a
// server built in-process with its defaults (the in-memory keyword registry); timed by bench/harness.ts
// `worstCasesAsync`.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/server/limits.ts [--write] [--only WORD]
import {
  createServer,
  DEFAULT_BATCH_LIMIT,
  DEFAULT_BODY_LIMIT,
  DEFAULT_RATE_LIMIT,
  MAX_LIST_ENTRIES,
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

await worstCasesAsync(
  '@nomina/server',
  all.map((c) => ({
    ...c,
    run: async (requests: InjectOptions[]) => {
      await send(c.app ?? app, requests, c.status);
      return String(c.status);
    },
  })),
  [
    'Each row sends its requests through Fastify `inject()` (no socket) to a server built in-process with the default limits (the in-memory keyword registry; rate limiting on only for the rate rows) and checks every status.',
    'The timeouts (`DEFAULT_REQUEST_TIMEOUT`, `DEFAULT_HANDLER_TIMEOUT`, `DEFAULT_KEEP_ALIVE_TIMEOUT`, `DEFAULT_SHUTDOWN_TIMEOUT`) are bounds of time themselves and are not measured here.',
  ],
  (name) => name.startsWith('DEFAULT_') || name.startsWith('MAX_LIST'),
);
await app.close();
await limited.close();
if (checked === '\0') console.log('');
