// The server under load, in its own process (the load generator must not share its event loop):
// `tsx bench/server/child.ts INDEX_FILE` starts @nomina/server (dist) on a free port with the keyword
// index of INDEX_FILE, prints its URL on standard output, and stops on SIGTERM.
import { startServer } from '@nomina/server';

const running = await startServer({ port: 0, index: process.argv[2]!, rateLimit: 0, logLevel: 'warn' });
process.stdout.write(`${running.url}\n`);
