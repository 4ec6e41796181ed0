// API tests through inject() (no socket): every endpoint answers what its library answers, in the shapes
// of its schemas; errors are problem documents with issue codes; writes need the token; the OpenAPI
// document is valid and covers every route; the README names every export.
import { parseAddress, registration } from '@nomina/email';
import { checkDomain, toASCII, toUnicode } from '@nomina/idna';
import { detect, detectSpans } from '@nomina/langid';
import { canonicalize, match, maximize, minimize, parse, parseAcceptLanguage } from '@nomina/langtag';
import { analyzeScripts } from '@nomina/script';
import { areConfusable } from '@nomina/security';
import { createKeywordIndex } from '@nomina/keywords';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveServerOptions, SETTINGS, DEFAULT_BATCH_LIMIT, PROBLEM_TYPE } from '../src/index.js';
import { AUTH, fixtures, ndjson, post, testServer, TOKEN, type Json } from './helpers.js';
import { validate, compileErrors } from '@readme/openapi-parser';
import * as server from '../src/index.js';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

let app: FastifyInstance;
beforeAll(async () => {
  const { lgr, zone } = fixtures();
  app = await testServer({ lgr: [lgr], zone, batchLimit: 50 });
});
afterAll(() => app.close());

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The problem document of a response, checked for its RFC 9457 members and our extensions. */
function problemOf(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const p = JSON.parse(response.body);
  expect(Object.keys(p)).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code', 'issues']);
  expect(p.status).toBe(response.statusCode);
  expect(p.type).toBe(`urn:nomina:problem:${p.code.toLowerCase().replaceAll('_', '-')}`);
  for (const i of p.issues)
    expect(Object.keys(i).slice(0, 6)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint']);
  expect(p.detail).not.toMatch(/\n\s+at /); // never a stack trace
  return p;
}

describe('UTS #46', () => {
  const inputs = ['Bücher.Example', 'a_b.-x-.\u05d0a', 'faß.de', 'xn--a.b', '', '\ud800.com'];
  test.each(inputs)('to-ascii and to-unicode of %j answer as the library', async (input) => {
    for (const [url, fn] of [
      ['/v1/idna/to-ascii', toASCII],
      ['/v1/idna/to-unicode', toUnicode],
    ] as const) {
      const r = await post(app, url, { input });
      expect(r.statusCode).toBe(200);
      const expected = fn(input);
      expect(r.json()).toEqual(json({ ok: expected.ok, value: expected.value, issues: expected.issues }));
    }
  });
  test('options are passed on', async () => {
    const options = { checkHyphens: false, transitionalProcessing: true };
    const r = await post(app, '/v1/idna/to-ascii', { input: 'ab--c.faß.de', options });
    expect(r.json().value).toBe(toASCII('ab--c.faß.de', options).value);
  });
});

describe('registry check', () => {
  test.each([
    'bücher.example',
    'xn--a.example',
    'a..b',
    'ÄÖ.example',
  ])('IDNA2008 of %j as checkDomain', async (name) => {
    const r = (await post(app, '/v1/check', { name })).json();
    const c = checkDomain(name);
    expect(r).toMatchObject(
      json({ verdict: c.verdict, uName: c.uName, aName: c.aName, issues: c.issues, reasons: c.reasons }),
    );
    if (!c.ok) expect([r.ok, r.lgr, r.lookalikes]).toEqual([false, null, null]);
  });
  test('the LGR judges the label under the TLD; variants collide with the zone', async () => {
    const r = (await post(app, '/v1/check', { name: 'maii.example' })).json();
    expect(r.lgr).toMatchObject({ lgr: 'latin', label: 'maii', disposition: 'valid' });
    expect(r.lgr.collisions).toEqual([{ label: 'mail', disposition: 'blocked' }]);
    expect(r.lgr.variants.map((v: { label: string }) => v.label)).toContain('mail');
    expect(r.ok).toBe(false);
    const fresh = (await post(app, '/v1/check', { name: 'fresh.example' })).json();
    expect([fresh.ok, fresh.lgr.collisions, fresh.lookalikes]).toEqual([true, [], []]);
  });
  test('a label outside the repertoire is invalid; look-alikes of the zone are found', async () => {
    const r = (await post(app, '/v1/check', { name: 'pаypal.example' })).json(); // Cyrillic а
    expect(r.lgr.disposition).toBe('invalid');
    expect(r.lookalikes).toEqual([expect.objectContaining({ name: 'paypal.example', kind: 'mixed-script' })]);
    expect(r.ok).toBe(false);
  });
  test('LGR validation of one label, and an unknown LGR', async () => {
    const r = (await post(app, '/v1/lgr/validate', { label: 'il', maxVariants: 10 })).json();
    expect(r.disposition).toBe('valid');
    expect(r.variantCount).toBe(r.variants.length);
    const missing = await post(app, '/v1/lgr/validate', { label: 'a', lgr: 'arabic' });
    expect(missing.statusCode).toBe(404);
    expect(problemOf(missing).detail).toContain('latin');
  });
  test('look-alikes: a pair as areConfusable, a name against the zone', async () => {
    const pair = (await post(app, '/v1/lookalikes', { name: 'pаypal', other: 'paypal' })).json();
    const expected = areConfusable('pаypal', 'paypal');
    expect(pair).toEqual({
      ok: expected.ok,
      confusable: expected.confusable,
      kind: expected.kind,
      matches: null,
      issues: [],
    });
    const zone = (await post(app, '/v1/lookalikes', { name: 'яндeкс.example' })).json();
    expect(zone.matches.map((m: { name: string }) => m.name)).toEqual(['яндекс.example']);
  });
});

describe('scripts, tags, language, e-mail', () => {
  test.each(['pаypal', 'Hello 世界', 'אב12', ''])('script analysis of %j', async (text) => {
    expect((await post(app, '/v1/script/analyze', { text })).json()).toEqual(json(analyzeScripts(text)));
  });
  test.each(['zh-hant-tw', 'iw-IL', 'sr', 'en-a-bbb-x-ccc', 'i-klingon', 'not a tag'])('tag %j', async (tag) => {
    const parsed = (await post(app, '/v1/tags/parse', { tag })).json();
    expect({ ok: parsed.ok, tag: parsed.tag, issues: parsed.issues }).toEqual(json(parse(tag)));
    expect((await post(app, '/v1/tags/canonicalize', { tag, form: 'rfc5646' })).json()).toEqual(
      json(canonicalize(tag, { form: 'rfc5646' })),
    );
    expect((await post(app, '/v1/tags/maximize', { tag })).json()).toEqual(json(maximize(tag)));
    expect((await post(app, '/v1/tags/minimize', { tag, favor: 'script' })).json()).toEqual(
      json(minimize(tag, { favor: 'script' })),
    );
  });
  test('match and Accept-Language negotiation', async () => {
    const m = (
      await post(app, '/v1/tags/match', { desired: ['de-AT', 'en'], supported: ['fr', 'de'], threshold: 40 })
    ).json();
    expect(m).toEqual(json(match(['de-AT', 'en'], ['fr', 'de'], { threshold: 40 })));
    const header = 'fr-CH, fr;q=0.9, *;q=0.5, en;q=0.8';
    const n = (await post(app, '/v1/tags/negotiate', { acceptLanguage: header, supported: ['en', 'fr-FR'] })).json();
    expect(n.ranges).toEqual(json(parseAcceptLanguage(header).ranges));
    expect(n.match).toEqual(json(match(['fr-CH', 'fr', 'en'], ['en', 'fr-FR'])));
  });
  test('language detection, with spans', async () => {
    const text = 'Dies ist ein deutscher Satz. This is an English sentence.';
    const r = (await post(app, '/v1/langid/detect', { text, top: 3, spans: true })).json();
    const { spans, ...rest } = r;
    expect(rest).toEqual(json(detect(text, { top: 3 })));
    expect(spans).toEqual(json(detectSpans(text).spans));
  });
  test.each(['用户@例子.广告', 'jdoe@bücher.de', 'a..b@x', 'Name <a@b.org>'])('e-mail %j', async (address) => {
    for (const profile of ['strict', 'html', 'registration'] as const) {
      const r = (await post(app, '/v1/email/parse', { address, profile, allowDisplayName: true })).json();
      const e = parseAddress(address, {
        profile: profile === 'registration' ? registration : profile,
        allowDisplayName: true,
      });
      expect(r).toEqual(json({ ok: e.ok, value: e.value, issues: e.issues }));
    }
  });
});

describe('keyword registry', () => {
  const moscow = { key: 'Москва', target: 'city:moscow', locale: 'ru', namespace: 'city' };
  test('writes need the token: 401 without or with a wrong one, 403 when the server has none', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 'Basic abc' }] as Record<
      string,
      string
    >[]) {
      const r = await post(app, '/v1/keywords/entries', moscow, headers);
      expect(r.statusCode).toBe(401);
      expect(r.headers['www-authenticate']).toBe('Bearer realm="nomina"');
      expect(problemOf(r).code).toBe('UNAUTHORIZED');
    }
    const open = await testServer({ token: '' });
    const r = await post(open, '/v1/keywords/entries/batch', [moscow], AUTH);
    expect([r.statusCode, problemOf(r).code]).toEqual([403, 'WRITES_DISABLED']);
    await open.close();
  });
  test('put, read your write, update, list, delete: answers as an index of the same entries', async () => {
    const created = await post(app, '/v1/keywords/entries', moscow, AUTH);
    expect([created.statusCode, created.json()]).toEqual([201, { status: 'created', issues: [] }]);
    const again = await post(app, '/v1/keywords/entries', { ...moscow, weight: 3 }, AUTH);
    expect([again.statusCode, again.json().status]).toEqual([200, 'updated']);
    const index = createKeywordIndex([{ ...moscow, weight: 3 }]);
    for (const q of ['moskva', 'МОСКВА', 'Mosk']) {
      const get = await app.inject({ method: 'GET', url: `/v1/keywords/lookup?q=${encodeURIComponent(q)}&limit=5` });
      expect(get.json()).toEqual(json(index.search(q, { limit: 5 })));
      expect((await post(app, '/v1/keywords/lookup', { query: q, namespace: ['city'] })).json()).toEqual(
        json(index.search(q, { namespace: ['city'] })),
      );
    }
    const listed = await app.inject({ method: 'GET', url: '/v1/keywords/entries?target=city:moscow' });
    expect(listed.json()).toEqual({ entries: [{ ...moscow, weight: 3 }] });
    expect((await app.inject({ method: 'GET', url: '/v1/keywords/stats' })).json()).toEqual({
      backend: 'memory',
      entries: 1,
    });
    const gone = await post(app, '/v1/keywords/entries/delete', moscow, AUTH);
    expect(gone.json().status).toBe('deleted');
    expect((await post(app, '/v1/keywords/entries/delete', moscow, AUTH)).json().status).toBe('absent');
    expect((await post(app, '/v1/keywords/lookup', { query: 'moskva' })).json().matches).toEqual([]);
  });
  test('concurrent writers lose nothing: every acknowledged entry is there once', async () => {
    const fresh = await testServer();
    const entries = Array.from({ length: 60 }, (_, i) => ({
      key: `Город ${i}`,
      target: `city:${i % 20}`,
      weight: i % 3,
    }));
    const answers = await Promise.all(
      [...entries, ...entries].map((e) => post(fresh, '/v1/keywords/entries', e, AUTH).then((r) => r.statusCode)),
    );
    expect(answers.filter((code) => code === 201)).toHaveLength(60); // each entry created once, updated once
    expect(answers.filter((code) => code === 200)).toHaveLength(60);
    expect((await fresh.inject({ method: 'GET', url: '/v1/keywords/stats' })).json().entries).toBe(60);
    for (let t = 0; t < 20; t++) {
      const listed = (await fresh.inject({ method: 'GET', url: `/v1/keywords/entries?target=city:${t}` })).json();
      expect(listed.entries.map((e: { key: string }) => e.key).sort()).toEqual(
        [`Город ${t}`, `Город ${t + 20}`, `Город ${t + 40}`].sort(),
      );
    }
    await fresh.close();
  });
  test('a refused entry is a 422 carrying the library issue; in a batch, its own line', async () => {
    const r = await post(app, '/v1/keywords/entries', { key: ' - ', target: 'x' }, AUTH);
    expect(r.statusCode).toBe(422);
    expect(problemOf(r).issues.map((i: { code: string }) => i.code)).toEqual(['EMPTY_KEY']);
    const batch = ndjson(
      (
        await post(
          app,
          '/v1/keywords/entries/batch',
          [
            { key: 'Berlin', target: 'city:berlin' },
            { key: 'x'.repeat(300), target: 'y' },
            { key: 'Berlin', target: 'city:berlin', weight: 1 },
          ],
          AUTH,
        )
      ).body,
    );
    expect(batch.map((l) => l.result.status)).toEqual(['created', 'refused', 'updated']);
    expect(batch[1]!.result.issues[0].code).toBe('KEY_TOO_LONG');
  });
  test('options out of range are 400 before the library sees them', async () => {
    for (const options of [{ limit: 0 }, { limit: 100_000 }, { maxEdits: 3 }, { minScore: 2 }]) {
      const r = await post(app, '/v1/keywords/lookup', { query: 'a', ...options });
      expect([r.statusCode, problemOf(r).code]).toEqual([400, 'REQUEST_INVALID']);
    }
    const q = await app.inject({ method: 'GET', url: '/v1/keywords/lookup?q=a&limit=many' });
    expect(q.statusCode).toBe(400);
  });
});

describe('batches', () => {
  test('a JSON array and NDJSON give one line per item, in order; bad items fail alone', async () => {
    const items = [{ input: 'Bücher.de' }, { input: 7 }, { input: 'a.b', extra: 1 }, { input: 'xn--zca.de' }];
    const lines = ndjson((await post(app, '/v1/idna/to-ascii/batch', items)).body);
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2, 3]);
    expect(lines[0]!.result.value).toBe(toASCII('Bücher.de').value);
    expect([lines[1]!.problem.code, lines[2]!.problem.code]).toEqual(['REQUEST_INVALID', 'REQUEST_INVALID']);
    expect(lines[1]!.problem.issues[0].pointer).toBe('/input');
    const text = '{"input":"Bücher.de"}\n\n{"input":\n{"input":"ß.de"}\r\n';
    const r = await app.inject({
      method: 'POST',
      url: '/v1/idna/to-unicode/batch',
      payload: text,
      headers: { 'content-type': 'application/x-ndjson' },
    });
    expect(r.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const nd = ndjson(r.body);
    expect(nd.map((l) => (l.result ? l.result.value : l.problem.code))).toEqual([
      toUnicode('Bücher.de').value,
      'JSON_INVALID',
      toUnicode('ß.de').value,
    ]);
  });
  test('more items than the batch limit is 413, as a JSON array and as NDJSON', async () => {
    const items = Array.from({ length: 51 }, (_, i) => ({ text: `t${i}` }));
    const a = await post(app, '/v1/script/analyze/batch', items);
    expect([a.statusCode, problemOf(a).code]).toEqual([413, 'BATCH_TOO_LARGE']);
    const nd = items.map((i) => JSON.stringify(i)).join('\n');
    const b = await app.inject({
      method: 'POST',
      url: '/v1/script/analyze/batch',
      payload: nd,
      headers: { 'content-type': 'application/x-ndjson' },
    });
    expect([b.statusCode, problemOf(b).code]).toEqual([413, 'BATCH_TOO_LARGE']);
    expect(ndjson((await post(app, '/v1/script/analyze/batch', items.slice(0, 50))).body)).toHaveLength(50);
    expect(DEFAULT_BATCH_LIMIT).toBeGreaterThan(50);
  });
  test('a batch that is not an array is a 400', async () => {
    const r = await post(app, '/v1/check/batch', { name: 'a.b' });
    expect([r.statusCode, problemOf(r).code]).toEqual([400, 'REQUEST_INVALID']);
  });
});

describe('errors', () => {
  test('malformed JSON, an empty body, wrong types, unknown fields, invalid UTF-8, another media type', async () => {
    const cases: Array<[string | Buffer, string, number, string]> = [
      ['{"input": "a', 'application/json', 400, 'JSON_INVALID'],
      ['', 'application/json', 400, 'JSON_INVALID'],
      ['{"input": ["a"]}', 'application/json', 400, 'REQUEST_INVALID'],
      ['{"input": "a", "optionz": {}}', 'application/json', 400, 'REQUEST_INVALID'],
      ['{"input": "a", "options": {"checkHyphens": "no"}}', 'application/json', 400, 'REQUEST_INVALID'],
      [
        Buffer.from([0x7b, 0x22, 0x69, 0x6e, 0x70, 0x75, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        'application/json',
        400,
        'UTF8_INVALID',
      ],
      [Buffer.from('{"input":"\xed\xa0\x80"}', 'latin1'), 'application/json', 400, 'UTF8_INVALID'], // an encoded surrogate
      ['{"__proto__": {"x": 1}, "input": "a"}', 'application/json', 400, 'JSON_INVALID'],
      ['input=a', 'application/x-www-form-urlencoded', 415, 'MEDIA_TYPE_UNSUPPORTED'],
    ];
    for (const [payload, type, status, code] of cases) {
      const r = await app.inject({
        method: 'POST',
        url: '/v1/idna/to-ascii',
        payload,
        headers: { 'content-type': type },
      });
      expect([r.statusCode, problemOf(r).code], String(payload)).toEqual([status, code]);
    }
  });
  test('unknown routes and methods are 404 problems', async () => {
    for (const [method, url] of [
      ['GET', '/nope'],
      ['GET', '/v1/check'],
      ['DELETE', '/v1/keywords/entries'],
    ] as const) {
      const r = await app.inject({ method, url });
      expect([r.statusCode, problemOf(r).code]).toEqual([404, 'NOT_FOUND']);
    }
  });
  test('a body over the limit is a 413 before it is read', async () => {
    const small = await testServer({ bodyLimit: 1000 });
    const r = await post(small, '/v1/idna/to-ascii', { input: 'a'.repeat(2000) });
    expect([r.statusCode, problemOf(r).code]).toEqual([413, 'BODY_TOO_LARGE']);
    await small.close();
  });
  test('rate limiting per client: 429 with Retry-After, probes exempt', async () => {
    const limited = await testServer({ rateLimit: 3, rateWindow: 60_000 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await post(limited, '/v1/script/analyze', { text: 'a' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const r = await post(limited, '/v1/script/analyze', { text: 'a' });
    expect(problemOf(r).code).toBe('RATE_LIMITED');
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    const other = await post(limited, '/v1/script/analyze', { text: 'a' }, {});
    expect(other.statusCode).toBe(429);
    const fromElsewhere = await limited.inject({
      method: 'POST',
      url: '/v1/script/analyze',
      payload: { text: 'a' },
      remoteAddress: '10.0.0.2',
    });
    expect(fromElsewhere.statusCode).toBe(200);
    expect((await limited.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await limited.close();
  });
});

describe('operations', () => {
  test('healthz, readyz, versions', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
      backend: 'memory',
    });
    expect(Object.keys((await app.inject({ method: 'GET', url: '/v1/versions' })).json())).toContain('uts46');
  });
  test('metrics count requests by route template and status, with latency histograms', async () => {
    await post(app, '/v1/idna/to-ascii', { input: 'a' });
    await app.inject({ method: 'GET', url: '/v1/keywords/lookup?q=zzz' });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(
      /^nomina_http_requests_total\{method="POST",route="\/v1\/idna\/to-ascii",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^nomina_http_requests_total\{method="GET",route="\/v1\/keywords\/lookup",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^nomina_http_request_duration_seconds_bucket\{le="0.001",method="POST",route="\/v1\/idna\/to-ascii"\}/m,
    );
    expect(text).not.toContain('q=zzz');
    expect(text).toMatch(/^nomina_process_resident_memory_bytes /m);
  });
  test('CORS is off unless configured', async () => {
    const headers = { origin: 'https://example.org', 'access-control-request-method': 'POST' };
    const off = await app.inject({ method: 'OPTIONS', url: '/v1/check', headers });
    expect(off.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await post(app, '/v1/idna/to-ascii', { input: 'a' }, { origin: 'https://example.org' });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const on = await testServer({ corsOrigins: ['https://example.org'] });
    const pre = await on.inject({ method: 'OPTIONS', url: '/v1/check', headers });
    expect([pre.statusCode, pre.headers['access-control-allow-origin']]).toEqual([204, 'https://example.org']);
    const foreign = await on.inject({
      method: 'OPTIONS',
      url: '/v1/check',
      headers: { ...headers, origin: 'https://evil.example' },
    });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    await on.close();
  });
  test('every response says nosniff and carries the request id', async () => {
    const r = await post(app, '/v1/idna/to-ascii', { input: 'a' }, { 'x-request-id': 'abc-123' });
    expect([r.headers['x-content-type-options'], r.headers['x-request-id']]).toEqual(['nosniff', 'abc-123']);
  });
});

describe('timeouts and logs', () => {
  test('a registry that does not answer: 503 after the handler timeout, in a batch item by item', async () => {
    const stuck = new server.MemoryKeywordRegistry();
    stuck.search = () => new Promise(() => {});
    const slow = await testServer({ registry: stuck, handlerTimeout: 100 });
    const single = await post(slow, '/v1/keywords/lookup', { query: 'a' });
    expect([single.statusCode, problemOf(single).code]).toEqual([503, 'HANDLER_TIMEOUT']);
    const get = await slow.inject({ method: 'GET', url: '/v1/keywords/lookup?q=a' });
    expect(get.statusCode).toBe(503);
    const batch = ndjson((await post(slow, '/v1/keywords/lookup/batch', [{ query: 'a' }, { query: 'b' }])).body);
    expect(batch.map((l) => l.problem?.code)).toEqual(['HANDLER_TIMEOUT', 'HANDLER_TIMEOUT']);
    expect((await post(slow, '/v1/idna/to-ascii', { input: 'a' })).statusCode).toBe(200);
    await slow.close();
  });
  test('structured logs: one JSON object a line, a request id, never the token', async () => {
    const lines: string[] = [];
    const logged = await testServer({
      logLevel: 'info',
      logStream: { write: (line: string) => void lines.push(line) },
    });
    await post(
      logged,
      '/v1/keywords/entries',
      { key: 'Berlin', target: 'city:berlin' },
      { ...AUTH, 'x-request-id': 'req-42' },
    );
    await logged.close();
    const records = lines.map((line) => JSON.parse(line));
    const done = records.find((r) => r.msg === 'request completed');
    expect(done).toMatchObject({ reqId: 'req-42', res: { statusCode: 201 } });
    expect(lines.join('')).not.toContain(TOKEN);
  });
});

describe('configuration', () => {
  test('flags win over the environment, which wins over the defaults', () => {
    const env = {
      NOMINA_PORT: '9000',
      NOMINA_RATE_LIMIT: '5',
      NOMINA_CORS_ORIGINS: 'https://a.org, https://b.org',
      NOMINA_TRUST_PROXY: 'yes',
    };
    expect(resolveServerOptions(env, { port: '9100', lgr: ['a.xml', 'b.xml'] })).toEqual({
      port: 9100,
      rateLimit: 5,
      corsOrigins: ['https://a.org', 'https://b.org'],
      trustProxy: true,
      lgr: ['a.xml', 'b.xml'],
    });
    expect(() => resolveServerOptions({ NOMINA_PORT: 'eighty' })).toThrow(/NOMINA_PORT/);
    expect(() => resolveServerOptions({}, { 'body-limit': '-1' })).toThrow(/--body-limit/);
    expect(new Set(SETTINGS.map((s) => s.env)).size).toBe(SETTINGS.length);
  });
  test('an unusable LGR or index file stops the start with its reason', async () => {
    const { zone } = fixtures();
    await expect(testServer({ lgr: [zone] })).rejects.toThrow(/not a usable RFC 7940 LGR/);
    await expect(testServer({ index: zone })).rejects.toThrow(/INDEX_/);
  });
});

test('problem documents are the one type everywhere', () => {
  expect(PROBLEM_TYPE).toBe('application/problem+json');
});

/** Fastify's `/a/:b` is OpenAPI's `/a/{b}`. */
const openapiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document', () => {
  let doc: Json;
  beforeAll(async () => {
    const r = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    doc = r.json();
  });
  test('is valid OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });
  test('covers every route, and nothing else', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = app.routeList.map((r) => `${r.method} ${openapiPath(r.url)}`);
    expect(routes.length).toBeGreaterThan(40);
    expect(documented.sort()).toEqual([...new Set(routes)].sort());
  });
  test('every operation has an id, a tag, a success response and its problems', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item as Record<string, Json>)) {
        expect(op.operationId, `${method} ${path}`).toBeTypeOf('string');
        expect(ids.has(op.operationId), `${op.operationId} twice`).toBe(false);
        ids.add(op.operationId);
        expect(op.tags?.length, `${method} ${path}`).toBe(1);
        const success = Object.keys(op.responses).filter((s) => /^2/.test(s));
        expect(success.length, `${method} ${path}`).toBeGreaterThan(0);
        if (method === 'post') {
          expect(op.requestBody.content['application/json'].schema, path).toBeDefined();
          expect(op.responses['400'].content['application/problem+json'].schema).toEqual({
            $ref: '#/components/schemas/Problem',
          });
        }
        if (path.endsWith('/batch')) {
          expect(Object.keys(op.requestBody.content).sort()).toEqual([
            'application/json',
            'application/jsonl',
            'application/x-ndjson',
          ]);
          expect(op.responses['200'].content['application/x-ndjson']).toBeDefined();
          expect(op.responses['413']).toBeDefined();
        }
      }
  });
  test('Issue and Problem are shared components', () => {
    expect(doc.components.schemas.Issue.required).toEqual([
      'code',
      'message',
      'severity',
      'label',
      'offset',
      'codePoint',
    ]);
    expect(doc.components.schemas.Problem.required).toContain('issues');
    expect(
      doc.paths['/v1/idna/to-ascii'].post.responses['200'].content['application/json'].schema.properties.issues.items,
    ).toEqual({
      $ref: '#/components/schemas/Issue',
    });
  });
  test('writes are marked with the bearer scheme', () => {
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    const writes = Object.entries(doc.paths).filter(
      ([path]) => path.startsWith('/v1/keywords/entries') && path !== '/v1/keywords/entries',
    );
    for (const [, item] of writes) expect((item as Json).post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/v1/keywords/entries'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/v1/keywords/entries'].get.security).toBeUndefined();
  });
  test('a minimal request built from each documented schema is accepted', async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = (item as Json).post;
      if (!op || path.endsWith('/batch') || op.security) continue;
      const schema = op.requestBody.content['application/json'].schema;
      const body = Object.fromEntries(
        (schema.required as string[]).map((name) => [
          name,
          schema.properties[name].type === 'array' ? ['en'] : 'a.example',
        ]),
      );
      const r = await app.inject({ method: 'POST', url: path, payload: body });
      expect(r.statusCode, `${path} ${r.body}`).toBe(200);
    }
  });
});

describe('README', () => {
  test('every runtime export is named in the API headings', () => {
    expectExportsDocumented(
      server as unknown as Record<string, unknown>,
      new URL('../README.md', import.meta.url).pathname,
    );
  });
});
