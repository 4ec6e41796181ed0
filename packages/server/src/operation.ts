// One operation of the API (to-ascii, check, detect…) becomes two routes: `POST path` for one request
// (JSON in, JSON out) and `POST path/batch` for many (a JSON array or NDJSON in, NDJSON out: one line per
// item, in order, `{"index":i,"result":…}` or `{"index":i,"problem":…}`), with the same schemas.
import { Readable } from 'node:stream';
import type { Ajv, ValidateFunction } from 'ajv';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastJsonStringify, { type Schema as JsonSchema } from 'fast-json-stringify';
import { BadLine, NDJSON_TYPES } from './content.js';
import { problem, ProblemError, toProblem, validationIssues, type Problem } from './problem.js';
import { array, integer, problemResponses, problemSchema, SHARED_SCHEMAS, type Schema } from './schemas.js';

// biome-ignore lint/suspicious/noExplicitAny: each operation types its own body and result
export interface Operation<Body = any, Out = any> {
  /** OpenAPI operationId (the batch route adds `Batch`). */
  id: string;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Schema of one request (an object schema, closed). */
  body: Schema;
  /** Schema of one result. */
  response: Schema;
  run(body: Body): Out | Promise<Out>;
  /** Runs the valid items of a batch at once (one transaction for writes); default: `run` item by item. */
  runMany?(bodies: Body[]): Promise<Out[]>;
  /** A write: needs the bearer token (see auth.ts). */
  write?: boolean;
  /** Status of a single successful answer (default 200); a function of the result for writes. */
  status?: (result: Out) => number;
}

export interface OperationContext {
  ajv: Ajv;
  batchLimit: number;
  handlerTimeout: number;
  /** Hooks run before the handler of every route of an operation (the write check). */
  guard?: (request: FastifyRequest) => void;
}

/** Resolves with `work`, or rejects with a 503 problem after `ms` (the work itself cannot be stopped). */
export function withDeadline<T>(work: T | Promise<T>, ms: number): Promise<T> {
  if (!(work instanceof Promise)) return Promise.resolve(work);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProblemError(503, 'HANDLER_TIMEOUT', `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const batchLine = (response: Schema) => ({
  type: 'object',
  description: 'One line of the NDJSON answer: the result of item `index`, or its problem',
  properties: {
    index: integer('0-based position of the item in the batch'),
    result: response,
    problem: { $ref: 'Problem#' },
  },
  required: ['index'],
});

export function registerOperation(app: FastifyInstance, op: Operation, context: OperationContext): void {
  const guard = context.guard;
  const preHandler = guard
    ? async (request: FastifyRequest) => {
        guard(request);
      }
    : undefined;
  const problems = op.write ? [400, 401, 403, 413, 415, 422, 429, 503] : [400, 413, 415, 429, 503];
  app.route({
    method: 'POST',
    url: op.path,
    ...(preHandler ? { preHandler } : {}),
    schema: {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.write ? { security: [{ bearer: [] }] } : {}),
      body: op.body,
      response: { [op.status ? '2xx' : 200]: op.response, ...problemResponses(problems) },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const result = await withDeadline(op.run(request.body), context.handlerTimeout);
      if (op.status) reply.code(op.status(result));
      return result;
    },
  });

  const validate: ValidateFunction = context.ajv.compile(op.body);
  const external = { schema: Object.fromEntries(SHARED_SCHEMAS.map((s) => [s.$id, s])) } as never;
  const serialize = fastJsonStringify(op.response as unknown as JsonSchema, external);
  const serializeProblem = fastJsonStringify(problemSchema as unknown as JsonSchema, external);
  app.route({
    method: 'POST',
    url: `${op.path}/batch`,
    ...(preHandler ? { preHandler } : {}),
    attachValidation: true, // items are validated one by one: a bad item fails only its own line
    schema: {
      operationId: `${op.id}Batch`,
      tags: [op.tag],
      summary: `${op.summary} (batch)`,
      description: `At most ${context.batchLimit} items (more: 413), as a JSON array or NDJSON (one request a line). The answer is NDJSON, one line per item in order.`,
      ...(op.write ? { security: [{ bearer: [] }] } : {}),
      body: {
        content: {
          'application/json': { schema: array(op.body) },
          ...Object.fromEntries(NDJSON_TYPES.map((type) => [type, { schema: op.body }])),
        },
      },
      response: {
        200: {
          description: 'One NDJSON line per item',
          content: { 'application/x-ndjson': { schema: batchLine(op.response) } },
        },
        ...problemResponses(problems),
      },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const items = request.body as unknown[];
      if (!Array.isArray(items))
        throw new ProblemError(400, 'REQUEST_INVALID', 'a batch is a JSON array, or NDJSON with one request a line');
      if (items.length > context.batchLimit)
        throw new ProblemError(413, 'BATCH_TOO_LARGE', `a batch holds at most ${context.batchLimit} items`);
      const deadline = Date.now() + context.handlerTimeout;
      const line = (index: number, p: Problem) => `{"index":${index},"problem":${serializeProblem(p)}}\n`;
      // Items that are not valid requests get their problem; the others their result (all at once with runMany).
      const valid: number[] = [];
      const bad = new Map<number, Problem>();
      items.forEach((item: unknown, index: number) => {
        if (item instanceof BadLine)
          bad.set(index, problem(400, 'JSON_INVALID', `line ${item.line}: ${item.message}`, request.url));
        else if (!validate(item)) {
          const issues = validationIssues(validate.errors, `items/${index}`);
          bad.set(index, problem(400, 'REQUEST_INVALID', issues[0]!.message, request.url, issues));
        } else valid.push(index);
      });
      const many = !op.runMany
        ? undefined
        : valid.length === 0
          ? []
          : await withDeadline(op.runMany(valid.map((i) => items[i])), context.handlerTimeout);
      async function* lines() {
        let next = 0;
        for (let index = 0; index < items.length; index++) {
          const failed = bad.get(index);
          if (failed) {
            yield line(index, failed);
            continue;
          }
          if (many) {
            yield `{"index":${index},"result":${serialize(many[next++])}}\n`;
            continue;
          }
          if (Date.now() > deadline) {
            yield line(
              index,
              problem(503, 'HANDLER_TIMEOUT', `the batch ran over ${context.handlerTimeout} ms`, request.url),
            );
            continue;
          }
          try {
            const result = await withDeadline(op.run(items[index]), Math.max(1, deadline - Date.now()));
            yield `{"index":${index},"result":${serialize(result)}}\n`;
          } catch (error) {
            const p = toProblem(error, request.url);
            if (p.status >= 500) request.log.error({ err: error }, 'batch item failed');
            yield line(index, p);
          }
        }
      }
      reply.type('application/x-ndjson; charset=utf-8');
      return reply.send(Readable.from(lines()));
    },
  });
}
