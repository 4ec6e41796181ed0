// Builds the Fastify application: parsers, validation, problem errors, limits, rate limiting, CORS,
// metrics, the OpenAPI document, and the routes over the libraries and the keyword registry.
import { readFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { Ajv } from 'ajv';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadKeywordIndex } from '@nomina/keywords';
import { writeGuard } from './auth.js';
import { registerParsers } from './content.js';
import { createMetrics } from './metrics.js';
import { registerOperation, type Operation } from './operation.js';
import { resolveLimits, type Limits, type ServerOptions } from './options.js';
import { SHARED_SCHEMAS } from './schemas.js';
import { loadPolicy, type Policy } from './policy.js';
import { problem, PROBLEM_TYPE, ProblemError, toProblem } from './problem.js';
import { MemoryKeywordRegistry } from './registry/memory.js';
import { PostgresKeywordRegistry } from './registry/postgres.js';
import type { KeywordRegistry } from './registry/registry.js';
import { checkOperations } from './routes/check.js';
import { keywordOperations, registerKeywordReads } from './routes/keywords.js';
import { registerOps } from './routes/ops.js';
import { tagOperations } from './routes/tags.js';
import { textOperations } from './routes/text.js';
import { VERSION } from './version.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The keyword registry the server answers from. */
    registry: KeywordRegistry;
    /** The limits in force. */
    limits: Limits;
    /** Every route (method and URL template), HEAD routes aside: what the OpenAPI document must cover. */
    routeList: ReadonlyArray<{ method: string; url: string }>;
  }
}

/** The registry of `options`: its own `registry`, PostgreSQL with `db`, else in-process (from `index` when given). */
export async function openRegistry(
  options: ServerOptions,
  limits: Limits = resolveLimits(options),
): Promise<KeywordRegistry> {
  if (options.registry) return options.registry;
  if (options.db !== undefined)
    return PostgresKeywordRegistry.open(options.db, {
      ...(options.schema !== undefined ? { schema: options.schema } : {}),
      ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
      statementTimeout: limits.handlerTimeout,
    });
  if (options.index === undefined) return new MemoryKeywordRegistry();
  const loaded = loadKeywordIndex(await readFile(options.index));
  if (!loaded.index)
    throw new Error(`${options.index}: ${loaded.issues.map((i) => `${i.code} ${i.message}`).join('; ')}`);
  return new MemoryKeywordRegistry(loaded.index);
}

/**
 * A ready Fastify instance (not listening: call `listen`, or `inject` in tests). Reads the LGR, zone and
 * index files and connects to the database first; `close()` finishes in-flight requests, then closes the
 * registry.
 */
export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const limits = resolveLimits(options);
  const policy = await loadPolicy({
    ...(options.lgr ? { lgr: options.lgr } : {}),
    ...(options.lgrLevel !== undefined ? { level: options.lgrLevel } : {}),
    ...(options.zone !== undefined ? { zone: options.zone } : {}),
  });
  const registry = await openRegistry(options, limits);
  try {
    return await buildApp(options, limits, policy, registry);
  } catch (error) {
    await registry.close();
    throw error;
  }
}

/** Answers a connection-level error (malformed HTTP, a request too slow to arrive) with a problem, then closes. */
function clientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ([408, 'REQUEST_TIMEOUT'] as const)
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? ([431, 'REQUEST_INVALID'] as const)
        : ([400, 'REQUEST_INVALID'] as const);
  const body = JSON.stringify(
    problem(status, code, status === 408 ? 'the request did not arrive in time' : 'malformed HTTP request'),
  );
  socket.end(
    `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Connection: close\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

async function buildApp(
  options: ServerOptions,
  limits: Limits,
  policy: Policy,
  registry: KeywordRegistry,
): Promise<FastifyInstance> {
  const level = options.logLevel ?? 'info';
  const app = Fastify({
    logger:
      level === 'silent'
        ? false
        : { level, redact: ['req.headers.authorization'], ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeout,
    keepAliveTimeout: limits.keepAliveTimeout,
    // Node checks request deadlines every connectionsCheckingInterval (30 s by default): often enough here.
    http: {
      requestTimeout: limits.requestTimeout,
      headersTimeout: limits.requestTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.requestTimeout / 4))),
    },
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestIdHeader: 'x-request-id',
    clientErrorHandler: clientError,
  });
  app.decorate('registry', registry);
  app.decorate('limits', limits);
  const routeList: Array<{ method: string; url: string }> = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onClose', async () => registry.close());

  // Validation: request bodies are not coerced (a number where a string belongs is a 400); query strings are.
  const validator = (coerceTypes: boolean | 'array') =>
    new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  const strict = validator(false);
  const lenient = validator('array');
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : lenient).compile(schema));
  registerParsers(app, limits.batchLimit);

  app.setErrorHandler((error, request, reply) => {
    const p = toProblem(error, request.url);
    if (p.status >= 500 && p.code === 'INTERNAL') request.log.error({ err: error }, 'request failed');
    if (p.code === 'UNAUTHORIZED') reply.header('www-authenticate', 'Bearer realm="nomina"');
    if (p.code === 'RATE_LIMITED' && error instanceof ProblemError)
      reply.header('retry-after', String(Math.ceil(limits.rateWindow / 1000)));
    reply.code(p.status).type(PROBLEM_TYPE).send(JSON.stringify(p));
  });
  app.setNotFoundHandler((request, reply) => {
    const p = problem(404, 'NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`, request.url);
    reply.code(404).type(PROBLEM_TYPE).send(JSON.stringify(p));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-request-id', request.id);
    return payload;
  });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);

  const metrics = createMetrics();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: reply.statusCode });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  await app.register(swagger, {
    // Shared schemas become components named by their $id (Issue, Problem).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Nomina',
        version: VERSION,
        description:
          "Multilingual Internet names as a service: UTS #46, the IDNA2008 registry check with LGR variants and look-alikes, scripts, BCP 47 tags, language detection, e-mail addresses and a keyword registry. Errors are RFC 9457 problem details (application/problem+json) carrying the libraries' issue codes.",
        license: { name: 'MIT', identifier: 'MIT' },
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'idna', description: 'UTS #46 processing' },
        { name: 'registry', description: 'Registration checks: IDNA2008, LGR (RFC 7940), look-alikes (UTS #39)' },
        { name: 'script', description: 'Scripts (UAX #24, UTS #39 §5)' },
        { name: 'tags', description: 'BCP 47 language tags' },
        { name: 'langid', description: 'Language identification' },
        { name: 'email', description: 'E-mail addresses (EAI)' },
        { name: 'keywords', description: 'Keyword look-up and registry' },
        { name: 'ops', description: 'Health, readiness, metrics, this document' },
      ],
    },
  });
  if (limits.rateLimit > 0)
    await app.register(rateLimit, {
      global: true,
      max: limits.rateLimit,
      timeWindow: limits.rateWindow,
      errorResponseBuilder: (_, context) =>
        new ProblemError(429, 'RATE_LIMITED', `at most ${context.max} requests in ${context.after}`),
    });
  if (options.corsOrigins?.length)
    await app.register(cors, {
      origin: options.corsOrigins.includes('*') ? '*' : options.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
      maxAge: 600,
    });

  registerOps(app, registry, metrics, () => closing);
  const operations: Operation[] = [
    ...textOperations,
    ...checkOperations(policy),
    ...tagOperations,
    ...keywordOperations(registry),
  ];
  const guard = writeGuard(options.token);
  const context = { ajv: strict, batchLimit: limits.batchLimit, handlerTimeout: limits.handlerTimeout };
  for (const op of operations) registerOperation(app, op, op.write ? { ...context, guard } : context);
  registerKeywordReads(app, registry, limits.handlerTimeout);
  await app.ready();
  return app;
}
