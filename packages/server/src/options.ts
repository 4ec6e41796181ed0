// Configuration: one table of settings, each with its flag (`nomina serve --flag`), its environment
// variable and its default. Flags win over the environment, the environment over the defaults.
import {
  DEFAULT_BATCH_LIMIT,
  DEFAULT_BODY_LIMIT,
  DEFAULT_HANDLER_TIMEOUT,
  DEFAULT_KEEP_ALIVE_TIMEOUT,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RATE_WINDOW,
  DEFAULT_REQUEST_TIMEOUT,
  DEFAULT_SHUTDOWN_TIMEOUT,
} from './limits.js';
import type { KeywordRegistry } from './registry/registry.js';

export interface ServerOptions {
  /** Address to listen on (default 127.0.0.1: expose it deliberately). */
  host?: string;
  /** Port (default 8080; 0 picks a free one). */
  port?: number;
  /** PostgreSQL connection string: the keyword registry lives there (needs the `pg` package). */
  db?: string;
  /** PostgreSQL schema of the keyword store (default nomina_keywords). */
  schema?: string;
  /** Connections in the PostgreSQL pool (default 10). */
  poolSize?: number;
  /** A saved keyword index (`nomina keywords build -o`) the in-process registry starts from. */
  index?: string;
  /** Bearer token that authorizes writes to the keyword registry; without one, writes are refused (403). */
  token?: string;
  /** RFC 7940 LGR files (XML) for the registry check; each is named by its file name without `.xml`. */
  lgr?: string[];
  /** Which label of a name an LGR judges, from the right (default 2: the label under the TLD). */
  lgrLevel?: number;
  /** The names of the existing zone (one a line): LGR variant collisions and look-alikes are found among them. */
  zone?: string;
  bodyLimit?: number;
  batchLimit?: number;
  requestTimeout?: number;
  handlerTimeout?: number;
  keepAliveTimeout?: number;
  /** Requests per client per `rateWindow`; 0 turns rate limiting off. */
  rateLimit?: number;
  rateWindow?: number;
  shutdownTimeout?: number;
  /** Origins allowed by CORS (`*` for any); none: CORS is off (no CORS headers). */
  corsOrigins?: string[];
  /** Trust X-Forwarded-For (behind a reverse proxy): the client address then comes from it. */
  trustProxy?: boolean;
  /** pino level (fatal, error, warn, info, debug, trace, silent); default info. */
  logLevel?: string;
  /** A pino destination stream for the logs (tests); default standard output. */
  logStream?: { write(line: string): void };
  /** A keyword registry of your own (instead of `db` or `index`); the server closes it on close. */
  registry?: KeywordRegistry;
}

type Kind = 'string' | 'integer' | 'boolean' | 'list';

export interface Setting {
  option: keyof ServerOptions;
  flag: string;
  env: string;
  kind: Kind;
  value: string;
  help: string;
}

/** Every setting: the flag, the environment variable, and what it does (with its default). */
export const SETTINGS: readonly Setting[] = [
  {
    option: 'host',
    flag: 'host',
    env: 'NOMINA_HOST',
    kind: 'string',
    value: 'ADDR',
    help: 'listen address (default 127.0.0.1)',
  },
  {
    option: 'port',
    flag: 'port',
    env: 'NOMINA_PORT',
    kind: 'integer',
    value: 'N',
    help: 'port (default 8080; 0: any free port)',
  },
  {
    option: 'db',
    flag: 'db',
    env: 'NOMINA_DB_URL',
    kind: 'string',
    value: 'URL',
    help: 'PostgreSQL connection string for the keyword registry (default: in-process index)',
  },
  {
    option: 'schema',
    flag: 'schema',
    env: 'NOMINA_DB_SCHEMA',
    kind: 'string',
    value: 'NAME',
    help: 'PostgreSQL schema (default nomina_keywords)',
  },
  {
    option: 'poolSize',
    flag: 'pool-size',
    env: 'NOMINA_DB_POOL',
    kind: 'integer',
    value: 'N',
    help: 'PostgreSQL connections (default 10)',
  },
  {
    option: 'index',
    flag: 'index',
    env: 'NOMINA_INDEX',
    kind: 'string',
    value: 'FILE',
    help: 'saved keyword index the in-process registry starts from',
  },
  {
    option: 'token',
    flag: 'token',
    env: 'NOMINA_TOKEN',
    kind: 'string',
    value: 'TOKEN',
    help: 'bearer token for registry writes (none: writes refused); prefer the environment',
  },
  {
    option: 'lgr',
    flag: 'lgr',
    env: 'NOMINA_LGR',
    kind: 'list',
    value: 'FILE',
    help: 'RFC 7940 LGR for /v1/check and /v1/lgr (repeat; env: comma-separated)',
  },
  {
    option: 'lgrLevel',
    flag: 'lgr-level',
    env: 'NOMINA_LGR_LEVEL',
    kind: 'integer',
    value: 'N',
    help: 'label the LGR judges, from the right (default 2)',
  },
  {
    option: 'zone',
    flag: 'zone',
    env: 'NOMINA_ZONE',
    kind: 'string',
    value: 'FILE',
    help: 'existing names, one a line: LGR collisions and look-alikes',
  },
  {
    option: 'bodyLimit',
    flag: 'body-limit',
    env: 'NOMINA_BODY_LIMIT',
    kind: 'integer',
    value: 'BYTES',
    help: `largest body; more is 413 (default ${DEFAULT_BODY_LIMIT})`,
  },
  {
    option: 'batchLimit',
    flag: 'batch-limit',
    env: 'NOMINA_BATCH_LIMIT',
    kind: 'integer',
    value: 'N',
    help: `most items a batch; more is 413 (default ${DEFAULT_BATCH_LIMIT})`,
  },
  {
    option: 'requestTimeout',
    flag: 'request-timeout',
    env: 'NOMINA_REQUEST_TIMEOUT',
    kind: 'integer',
    value: 'MS',
    help: `time to receive a request; slower is 408 (default ${DEFAULT_REQUEST_TIMEOUT})`,
  },
  {
    option: 'handlerTimeout',
    flag: 'handler-timeout',
    env: 'NOMINA_HANDLER_TIMEOUT',
    kind: 'integer',
    value: 'MS',
    help: `time to answer; longer is 503 (default ${DEFAULT_HANDLER_TIMEOUT})`,
  },
  {
    option: 'keepAliveTimeout',
    flag: 'keep-alive-timeout',
    env: 'NOMINA_KEEP_ALIVE_TIMEOUT',
    kind: 'integer',
    value: 'MS',
    help: `idle keep-alive (default ${DEFAULT_KEEP_ALIVE_TIMEOUT})`,
  },
  {
    option: 'rateLimit',
    flag: 'rate-limit',
    env: 'NOMINA_RATE_LIMIT',
    kind: 'integer',
    value: 'N',
    help: `requests per client a window; 0: off (default ${DEFAULT_RATE_LIMIT})`,
  },
  {
    option: 'rateWindow',
    flag: 'rate-window',
    env: 'NOMINA_RATE_WINDOW',
    kind: 'integer',
    value: 'MS',
    help: `rate-limit window (default ${DEFAULT_RATE_WINDOW})`,
  },
  {
    option: 'shutdownTimeout',
    flag: 'shutdown-timeout',
    env: 'NOMINA_SHUTDOWN_TIMEOUT',
    kind: 'integer',
    value: 'MS',
    help: `graceful shutdown wait (default ${DEFAULT_SHUTDOWN_TIMEOUT})`,
  },
  {
    option: 'corsOrigins',
    flag: 'cors',
    env: 'NOMINA_CORS_ORIGINS',
    kind: 'list',
    value: 'ORIGIN',
    help: 'allow CORS from ORIGIN (repeat; * for any; default: CORS off)',
  },
  {
    option: 'trustProxy',
    flag: 'trust-proxy',
    env: 'NOMINA_TRUST_PROXY',
    kind: 'boolean',
    value: '',
    help: 'client address from X-Forwarded-For (behind a proxy)',
  },
  {
    option: 'logLevel',
    flag: 'log-level',
    env: 'NOMINA_LOG_LEVEL',
    kind: 'string',
    value: 'LEVEL',
    help: 'fatal|error|warn|info|debug|trace|silent (default info)',
  },
];

/** A setting's value from text (a flag or an environment variable); throws RangeError naming `source`. */
function parseSetting(setting: Setting, text: string | string[] | boolean, source: string): unknown {
  switch (setting.kind) {
    case 'boolean':
      if (typeof text === 'boolean') return text;
      if (/^(1|true|yes|on)$/i.test(String(text))) return true;
      if (/^(0|false|no|off|)$/i.test(String(text))) return false;
      throw new RangeError(`${source} must be true or false (got ${JSON.stringify(text)})`);
    case 'integer': {
      const value = Number(text);
      if (typeof text !== 'string' || !/^\d+$/.test(text) || !Number.isSafeInteger(value))
        throw new RangeError(`${source} must be a non-negative integer (got ${JSON.stringify(text)})`);
      return value;
    }
    case 'list':
      return (Array.isArray(text) ? text : String(text).split(',')).map((s) => s.trim()).filter((s) => s !== '');
    default:
      return String(text);
  }
}

/**
 * Options from the environment (`NOMINA_*`), then from `flags` (parsed `nomina serve` flags by flag
 * name). A malformed value is a `RangeError` naming the flag or variable.
 */
export function resolveServerOptions(
  env: Record<string, string | undefined>,
  flags: Record<string, string | string[] | boolean | undefined> = {},
): ServerOptions {
  const options: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const fromEnv = env[setting.env];
    if (fromEnv !== undefined && fromEnv !== '') options[setting.option] = parseSetting(setting, fromEnv, setting.env);
    const fromFlag = flags[setting.flag];
    if (fromFlag !== undefined) options[setting.option] = parseSetting(setting, fromFlag, `--${setting.flag}`);
  }
  return options as ServerOptions;
}

/** Every limit and timeout resolved to a number. */
export interface Limits {
  bodyLimit: number;
  batchLimit: number;
  requestTimeout: number;
  handlerTimeout: number;
  keepAliveTimeout: number;
  rateLimit: number;
  rateWindow: number;
  shutdownTimeout: number;
}

export function resolveLimits(options: ServerOptions): Limits {
  return {
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    batchLimit: options.batchLimit ?? DEFAULT_BATCH_LIMIT,
    requestTimeout: options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT,
    handlerTimeout: options.handlerTimeout ?? DEFAULT_HANDLER_TIMEOUT,
    keepAliveTimeout: options.keepAliveTimeout ?? DEFAULT_KEEP_ALIVE_TIMEOUT,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    rateWindow: options.rateWindow ?? DEFAULT_RATE_WINDOW,
    shutdownTimeout: options.shutdownTimeout ?? DEFAULT_SHUTDOWN_TIMEOUT,
  };
}
