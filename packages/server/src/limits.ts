// The service's own limits: each an exported default that `ServerOptions` (flags, environment) may lower
// or raise. The libraries' limits apply beneath them (a name over MAX_INPUT_LENGTH is an issue, not a crash).

/** Request bodies over this get 413: 1 MiB holds a batch of 1000 names, 10 MB does not pass. */
export const DEFAULT_BODY_LIMIT = 1_048_576;

/** Items in one batch (JSON array or NDJSON lines): more is 413. Bounds the work of one request. */
export const DEFAULT_BATCH_LIMIT = 1000;

/**
 * Milliseconds a client has to send a whole request (headers and body): slow clients (slowloris) are cut
 * off with 408. Node checks every `connectionsCheckingInterval` (a quarter of this, at most 1 s).
 */
export const DEFAULT_REQUEST_TIMEOUT = 10_000;

/** Milliseconds a handler may wait on the database (and a batch may run) before a 503. */
export const DEFAULT_HANDLER_TIMEOUT = 10_000;

/**
 * Milliseconds an idle keep-alive connection stays open, as advertised (`Keep-Alive: timeout=5`); Node closes it
 * 1 s later, so that a client reusing it at the advertised limit does not race the close.
 */
export const DEFAULT_KEEP_ALIVE_TIMEOUT = 5_000;

/** Requests a client (by IP address) may make in `DEFAULT_RATE_WINDOW`; more get 429. */
export const DEFAULT_RATE_LIMIT = 6000;

/** The rate-limit window, in milliseconds. */
export const DEFAULT_RATE_WINDOW = 60_000;

/** Milliseconds graceful shutdown waits for in-flight requests before closing the remaining connections. */
export const DEFAULT_SHUTDOWN_TIMEOUT = 10_000;

/** Entries returned by one listing of the keyword registry. */
export const MAX_LIST_ENTRIES = 1000;
