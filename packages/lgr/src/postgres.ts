// @nomina/lgr/postgres — the collision index on PostgreSQL (index labels in an indexed column), with an injected client.
export { PostgresLgrStore, type PostgresLgrStoreOptions, type SqlClient } from './postgres/store.js';
