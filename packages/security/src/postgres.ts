// @nomina/security/postgres — the skeleton index on PostgreSQL, with an injected client.
export { PostgresSkeletonStore, type PostgresSkeletonStoreOptions, type SqlClient } from './postgres/store.js';
