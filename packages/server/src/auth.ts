// Writes need `Authorization: Bearer <token>` (RFC 6750). Tokens are compared as SHA-256 digests in
// constant time, so neither their content nor their length leaks through timing. Without a configured
// token, writes are refused (403): a registry is never writable by accident.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** A check for write routes: throws the 401 or 403 problem unless the request carries the token. */
export function writeGuard(token: string | undefined): (request: FastifyRequest) => void {
  const expected = token ? digest(token) : undefined;
  return (request) => {
    if (!expected)
      throw new ProblemError(
        403,
        'WRITES_DISABLED',
        'writes need a token: start the server with --token or NOMINA_TOKEN',
      );
    const given = /^Bearer +([\x21-\x7e]+) *$/i.exec(request.headers.authorization ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(digest(given), expected))
      throw new ProblemError(401, 'UNAUTHORIZED', 'send Authorization: Bearer <token> (RFC 6750)');
  };
}
