// Where conformance data lives. Official vectors are read from ../shared/vectors (or $NOMINA_VECTORS)
// and never copied into the repository; the project's own vectors sit beside this file.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Root of the project's own vectors (`test-vectors/`). */
export const OWN_VECTORS = here;

/** Root of the official vectors: `$NOMINA_VECTORS`, else `../shared/vectors` beside the checkout. */
export const SHARED_VECTORS = resolve(process.env.NOMINA_VECTORS ?? join(here, '..', '..', 'shared', 'vectors'));

/** Path of a file under `test-vectors/`. */
export function ownVector(relative: string): string {
  return join(OWN_VECTORS, relative);
}

/**
 * Path of an official vector file, or `undefined` when it is absent. Absence is announced loudly;
 * under CI (`CI=true`) it is an error, because CI always has `../shared` beside the clone.
 */
export function sharedVector(relative: string): string | undefined {
  const path = join(SHARED_VECTORS, relative);
  if (existsSync(path)) return path;
  const message = `\n!!! OFFICIAL VECTORS MISSING: ${path}\n!!! The suites that need it are SKIPPED. Set NOMINA_VECTORS to the shared/vectors folder.\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return undefined;
}
