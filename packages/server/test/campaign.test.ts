// Reliability (issue #12's campaign, for the service): every export covered; hostile strings, hostile
// bytes and 1 MB inputs in every field of every operation get an answer (200) or a problem (4xx), never
// a 500 and never a malformed body; the server keeps answering.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as server from '../src/index.js';
import { expectEveryExportCovered, hostileString } from '../../../test-vectors/campaign.js';
import { AUTH, fixtures, testServer, type Json } from './helpers.js';

let app: FastifyInstance;
/** Every POST operation of the OpenAPI document: path, request schema, and whether it writes. */
let operations: Array<{ path: string; schema: Json; write: boolean }>;

beforeAll(async () => {
  const { lgr, zone } = fixtures();
  app = await testServer({ lgr: [lgr], zone, bodyLimit: 8 * 1024 * 1024 });
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  operations = Object.entries(doc.paths as Record<string, Json>)
    .filter(([path, item]) => item.post && !path.endsWith('/batch'))
    .map(([path, item]) => ({
      path,
      schema: item.post.requestBody.content['application/json'].schema,
      write: Boolean(item.post.security),
    }));
  expect(operations.length).toBeGreaterThan(15);
});
afterAll(() => app.close());

/** A request body with every required field (and `extra` ones) set from `text`. */
function bodyOf(schema: Json, text: string): Record<string, unknown> {
  return Object.fromEntries(
    (schema.required as string[]).map((name) => [name, schema.properties[name].type === 'array' ? [text, 'en'] : text]),
  );
}

/** Asserts an answer or a problem, well-formed, never a server error. */
function expectAnswer(response: { statusCode: number; headers: Record<string, unknown>; body: string }, what: string) {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  const type = String(response.headers['content-type']);
  if (type.startsWith('application/x-ndjson'))
    for (const line of response.body.split('\n').filter(Boolean)) JSON.parse(line);
  else expect(() => JSON.parse(response.body), what).not.toThrow();
  if (response.statusCode >= 400) expect(type).toMatch(/^application\/problem\+json/);
}

describe('every export has a reliability case', () => {
  test('no export is missed', () => {
    expectEveryExportCovered(
      server as unknown as Record<string, unknown>,
      ['createServer', 'resolveServerOptions', 'MemoryKeywordRegistry'],
      {
        startServer: 'listens on a socket: the network test (faults, load, shutdown) is its campaign',
        openRegistry: 'createServer calls it for every server of this campaign',
        PostgresKeywordRegistry: 'the PostgreSQL test drives it with concurrent writers through the API',
      },
    );
  });
});

describe('hostile input', () => {
  test('hostile strings in every field of every operation: an answer or a problem', async () => {
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(hostileString(48), async (text) => {
          const r = await app.inject({
            method: 'POST',
            url: op.path,
            payload: bodyOf(op.schema, text),
            headers: op.write ? AUTH : {},
          });
          expectAnswer(r, op.path);
        }),
        { numRuns: 15 },
      );
    }
  });
  test('1 MB inputs in every operation, each kind in turn: an answer or a problem', async () => {
    const makers: Array<[string, (n: number) => string]> = [
      ['letters', (n) => 'a'.repeat(n)],
      ['distinct CJK', (n) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + (i % 20000))).join('')],
      ['lone surrogates and Bidi controls', (n) => '\ud800\u202e'.repeat(n / 2)],
    ];
    for (const [n, op] of operations.entries()) {
      const [name, make] = makers[n % makers.length]!;
      const r = await app.inject({
        method: 'POST',
        url: op.path,
        payload: bodyOf(op.schema, make(1 << 20)),
        headers: op.write ? AUTH : {},
      });
      expectAnswer(r, `${op.path} ${name}`);
    }
  });
  test('hostile bytes as JSON and NDJSON bodies, to single and batch routes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom('application/json', 'application/x-ndjson'),
        fc.boolean(),
        async (bytes, type, batch) => {
          const r = await app.inject({
            method: 'POST',
            url: batch ? '/v1/check/batch' : '/v1/check',
            payload: Buffer.from(bytes),
            headers: { 'content-type': type },
          });
          expectAnswer(r, `${type} ${Buffer.from(bytes).toString('hex')}`);
        },
      ),
      { numRuns: 200 },
    );
  });
  test('hostile JSON values of any shape in a batch fail item by item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 20 }), async (items) => {
        const r = await app.inject({
          method: 'POST',
          url: '/v1/tags/parse/batch',
          payload: JSON.stringify(items),
          headers: { 'content-type': 'application/json' },
        });
        expectAnswer(r, JSON.stringify(items));
        // A body with a __proto__ or constructor.prototype key is refused whole (prototype poisoning).
        if (r.statusCode === 400) expect(JSON.parse(r.body).code).toBe('JSON_INVALID');
        else expect(r.body.split('\n').filter(Boolean)).toHaveLength(items.length);
      }),
      { numRuns: 100 },
    );
  });
  test('the in-process registry takes hostile entries: refused with issues or stored, and still answers', async () => {
    const registry = new server.MemoryKeywordRegistry();
    await fc.assert(
      fc.asyncProperty(hostileString(40), hostileString(8), fc.double({ noNaN: true }), async (key, target, weight) => {
        const [result] = await registry.write([{ op: 'put', entry: { key, target, weight } }]);
        expect(['created', 'updated', 'refused']).toContain(result!.status);
        if (result!.status === 'refused') expect(result!.issues.length).toBeGreaterThan(0);
        expect((await registry.search(key, {})).matches.length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 100 },
    );
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
  });
});
