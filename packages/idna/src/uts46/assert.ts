// Throwing variants for code that treats an invalid name as a programming error.
import { IdnaAssertionError } from '../errors.js';
import type { Uts46Options } from './options.js';
import { toASCII, type Uts46Result } from './to-ascii.js';
import { toUnicode } from './to-unicode.js';

function unwrap(result: Uts46Result, input: string): string {
  if (!result.ok) throw new IdnaAssertionError(result.issues, input);
  return result.value;
}

/** `toASCII(input, options).value`, or throws `IdnaAssertionError` carrying every issue. */
export function assertToASCII(input: string, options?: Uts46Options): string {
  return unwrap(toASCII(input, options), input);
}

/** `toUnicode(input, options).value`, or throws `IdnaAssertionError` carrying every issue. */
export function assertToUnicode(input: string, options?: Uts46Options): string {
  return unwrap(toUnicode(input, options), input);
}
