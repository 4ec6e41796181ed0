// Body parsers. Bodies are read as bytes and decoded as strict UTF-8 (RFC 8259 §8.1: JSON text exchanged
// between systems is UTF-8): a malformed byte sequence is a 400, never silently U+FFFD. JSON goes through
// Fastify's own parser (prototype-poisoning protection); NDJSON is one JSON text a line, each line judged
// on its own so that one bad line fails only its item of a batch.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';

export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;

/** A line of an NDJSON body that is not JSON: its batch item gets a problem. */
export class BadLine {
  constructor(
    readonly line: number,
    readonly message: string,
  ) {}
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ProblemError(400, 'UTF8_INVALID', 'the body is not valid UTF-8 (RFC 8259 §8.1)');
  }
}

/** Registers the JSON and NDJSON parsers (replacing Fastify's JSON parser). */
export function registerParsers(app: FastifyInstance, batchLimit: number): void {
  const json = app.getDefaultJsonParser('error', 'error');
  const parseJson = (request: FastifyRequest, text: string): unknown => {
    let value: unknown;
    let failure: Error | undefined;
    json(request, text, (error, parsed) => {
      failure = error ?? undefined;
      value = parsed;
    });
    if (failure) throw new ProblemError(400, 'JSON_INVALID', failure.message);
    return value;
  };
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) =>
    parseJson(request, decode(body)),
  );
  app.addContentTypeParser([...NDJSON_TYPES], { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => {
    const lines = decode(body).split('\n');
    const items: unknown[] = [];
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!.trim();
      if (line === '') continue;
      if (items.length === batchLimit)
        throw new ProblemError(413, 'BATCH_TOO_LARGE', `a batch holds at most ${batchLimit} items`);
      try {
        items.push(parseJson(request, line));
      } catch {
        items.push(new BadLine(n + 1, 'not valid JSON'));
      }
    }
    return items;
  });
}
