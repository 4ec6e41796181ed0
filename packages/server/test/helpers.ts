// Shared set-up of the server tests: a server on the in-process registry, with a small LGR and zone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createServer, type ServerOptions } from '../src/index.js';

export const TOKEN = 'test-token.1234~';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/** A Latin LGR where i and l are blocked variants of each other (RFC 7940 §5.3). */
export const LGR_XML = `<?xml version="1.0" encoding="utf-8"?>
<lgr xmlns="urn:ietf:params:xml:ns:lgr-1.0">
  <meta><version>1</version></meta>
  <data>
    <char cp="002D"/>
    <range first-cp="0030" last-cp="0039"/>
    <range first-cp="0061" last-cp="0068"/>
    <char cp="0069"><var cp="006C" type="blocked"/></char>
    <range first-cp="006A" last-cp="006B"/>
    <char cp="006C"><var cp="0069" type="blocked"/></char>
    <range first-cp="006D" last-cp="007A"/>
  </data>
</lgr>`;

export const ZONE = ['paypal.example', 'mail.example', 'яндекс.example', '# a comment', ''].join('\n');

/** Writes the LGR and zone files once per test file; returns their paths. */
export function fixtures(): { lgr: string; zone: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nomina-server-'));
  const lgr = join(dir, 'latin.xml');
  const zone = join(dir, 'zone.txt');
  writeFileSync(lgr, LGR_XML);
  writeFileSync(zone, ZONE);
  return { lgr, zone };
}

export function testServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  return createServer({ logLevel: 'silent', token: TOKEN, rateLimit: 0, ...options });
}

/** inject() with a JSON body. */
export async function post(app: FastifyInstance, url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'POST', url, payload: body as InjectOptions['payload'], headers });
  return response;
}

/** Parsed JSON of the answers, read freely by the tests. */
// biome-ignore lint/suspicious/noExplicitAny: JSON read by tests
export type Json = any;

/** The lines of an NDJSON answer, parsed. */
export function ndjson(text: string): Array<{ index: number; result?: Json; problem?: Json }> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}
