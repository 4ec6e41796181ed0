// @nomina/server: Nomina as an HTTP service (Fastify). Node only.
export { createServer, openRegistry } from './app.js';
export { startServer, type RunningServer, type StartOptions } from './start.js';
export { resolveServerOptions, SETTINGS, type ServerOptions, type Setting } from './options.js';
export { MemoryKeywordRegistry } from './registry/memory.js';
export { PostgresKeywordRegistry, type PostgresRegistryOptions } from './registry/postgres.js';
export type { EntryId, KeywordRegistry, ListFilter, SearchResult, WriteOp, WriteResult } from './registry/registry.js';
export { PROBLEM_TYPE, type Problem, type ProblemCode } from './problem.js';
export { VERSION } from './version.js';
export * from './limits.js';
