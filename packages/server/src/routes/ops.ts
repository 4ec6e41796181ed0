// Operations: liveness (/healthz: the process answers), readiness (/readyz: the registry answers and the
// server is not shutting down), Prometheus metrics, the OpenAPI document and the data versions. None of
// them is rate limited: probes and scrapers must always get through.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics.js';
import { ProblemError } from '../problem.js';
import type { KeywordRegistry } from '../registry/registry.js';
import { choice, integer, output, problemResponses, string } from '../schemas.js';
import { versions } from '../version.js';

const free = { rateLimit: false };

export function registerOps(
  app: FastifyInstance,
  registry: KeywordRegistry,
  metrics: Metrics,
  closing: () => boolean,
): void {
  app.get(
    '/healthz',
    {
      config: free,
      schema: {
        operationId: 'health',
        tags: ['ops'],
        summary: 'Liveness',
        response: { 200: output({ status: choice(['ok']) }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: free,
      schema: {
        operationId: 'ready',
        tags: ['ops'],
        summary: 'Readiness: the keyword registry answers and the server is not shutting down',
        response: { 200: output({ status: choice(['ready']), backend: string() }), ...problemResponses([503]) },
      },
    },
    async () => {
      if (closing()) throw new ProblemError(503, 'UNAVAILABLE', 'shutting down');
      if (!(await registry.ready()))
        throw new ProblemError(503, 'UNAVAILABLE', `the ${registry.backend} registry does not answer`);
      return { status: 'ready' as const, backend: registry.backend };
    },
  );
  app.get(
    '/metrics',
    {
      config: free,
      schema: {
        operationId: 'metrics',
        tags: ['ops'],
        summary: 'Prometheus metrics (text exposition format)',
        response: { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: string() } } } },
      },
    },
    async (_, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );
  app.get(
    '/openapi.json',
    {
      config: free,
      schema: {
        operationId: 'openapi',
        tags: ['ops'],
        summary: 'This OpenAPI 3.1 document',
        response: {
          200: {
            description: 'OpenAPI document',
            content: { 'application/json': { schema: { type: 'object', description: 'OpenAPI 3.1' } } },
          },
        },
      },
    },
    async (_, reply) => {
      reply.type('application/json; charset=utf-8');
      return JSON.stringify(app.swagger());
    },
  );
  app.get(
    '/v1/versions',
    {
      schema: {
        operationId: 'versions',
        tags: ['ops'],
        summary: 'Versions of the server and of its data',
        response: {
          200: output({
            server: string(),
            uts46: string('UTS #46 (Unicode) version'),
            idna2008Unicode: string('Unicode version of the IDNA2008 properties'),
            cldr: string(),
            languageSubtagRegistry: string('IANA registry file date'),
            security: string('UTS #39 data version'),
            keywordFoldProfile: integer(),
          }),
        },
      },
    },
    async () => versions(),
  );
}
