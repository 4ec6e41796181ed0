// Throwing variants for code that treats an invalid name as a programming error.
import { IdnaAssertionError, type IdnaError } from '../errors.js';
import type { Uts46Options } from './options.js';
import { toASCII } from './to-ascii.js';
import { toUnicode } from './to-unicode.js';

function unwrap(result: { domain: string; errors: readonly IdnaError[] }): string {
  if (result.errors.length > 0) throw new IdnaAssertionError(result.errors as [IdnaError, ...IdnaError[]]);
  return result.domain;
}

/** `toASCII(input, options).domain`, or throws `IdnaAssertionError` carrying every error. */
export function assertToASCII(input: string, options?: Uts46Options): string {
  return unwrap(toASCII(input, options));
}

/** `toUnicode(input, options).domain`, or throws `IdnaAssertionError` carrying every error. */
export function assertToUnicode(input: string, options?: Uts46Options): string {
  return unwrap(toUnicode(input, options));
}
