// Listening and shutting down. On SIGTERM or SIGINT the server stops accepting connections, answers 503
// to new requests on open ones, finishes the requests in flight, closes the registry, and exits; after
// `shutdownTimeout` the connections still open are closed.
import type { FastifyInstance } from 'fastify';
import { createServer } from './app.js';
import type { ServerOptions } from './options.js';

export interface RunningServer {
  app: FastifyInstance;
  /** `http://host:port` the server listens on. */
  url: string;
  /** Graceful shutdown (idempotent): resolves when every request has been answered and the registry is closed. */
  close(): Promise<void>;
  /** Resolves after `close` completes, whoever called it (a signal or the program). */
  closed: Promise<void>;
}

export interface StartOptions {
  /** Shut down on SIGTERM and SIGINT (default true). */
  signals?: boolean;
}

/** Creates the server and listens (default 127.0.0.1:8080). */
export async function startServer(options: ServerOptions = {}, start: StartOptions = {}): Promise<RunningServer> {
  const app = await createServer(options);
  let url: string;
  try {
    url = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8080 });
  } catch (error) {
    await app.close();
    throw error;
  }
  let done!: () => void;
  const closed = new Promise<void>((resolve) => {
    done = resolve;
  });
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const force = setTimeout(() => app.server.closeAllConnections(), app.limits.shutdownTimeout);
      force.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(force);
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        done();
      }
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    app.log.info({ signal }, 'shutting down: finishing the requests in flight');
    void close();
  };
  if (start.signals ?? true) {
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { app, url, close, closed };
}
