// The PostgreSQL test set-up every store's parity test shares (keywords, lgr, security).
import { createRequire } from 'node:module';

/**
 * pg's Client, loaded alone from the test file's own package (`from` is its `import.meta.url`): vitest runs
 * with the `import` export condition, which makes pg's CommonJS entry require the ES-module build of
 * pg-pool and fail. `Client` is the caller's `typeof PG.Client` (pg's types are the test package's).
 */
export function pgClient<Client>(from: string): Client {
  return createRequire(from)('pg/lib/client') as Client;
}

/**
 * `NOMINA_PG_URL` (exported by .ci/postgres.sh), or undefined after a loud warning that the parity tests
 * of `pkg` are skipped. Under CI (`CI=true`), where the server always runs, its absence is an error.
 */
export function postgresUrl(pkg: string): string | undefined {
  const url = process.env.NOMINA_PG_URL;
  if (url) return url;
  const message = `\n!!! NOMINA_PG_URL is not set: the PostgreSQL parity tests of ${pkg} are SKIPPED.\n!!! Run them with: bash -c 'source .ci/postgres.sh && npx vitest run packages/${pkg.replace('@nomina/', '')}'\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return undefined;
}
