// @nomina/keywords/postgres — the keyword store on PostgreSQL (pg_trgm), with an injected client.
export {
  PostgresKeywordStore,
  type EntryIdentity,
  type Refused,
  trigramText,
  SHORT_TWO_EDIT_THRESHOLD,
  TRIGRAM_THRESHOLD,
  type PostgresLookupResult,
  type PostgresStoreOptions,
  type SqlClient,
} from './postgres/store.js';
