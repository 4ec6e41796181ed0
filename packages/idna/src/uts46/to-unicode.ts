// UTS #46 §4.3 ToUnicode.
import { idnaError, type IdnaError } from '../errors.js';
import { MAX_INPUT_LENGTH } from '../limits.js';
import { passThrough } from './fast-path.js';
import { resolveOptions, type ResolvedOptions, type Uts46Options } from './options.js';
import { LabelKind, NO_ERRORS, domainLabels, inputTooLong, processDomain, sortErrors, spliceLabels } from './process.js';
import type { Uts46Result } from './to-ascii.js';

/**
 * UTS #46 §4.3 ToUnicode: the domain for display (`xn--` labels decoded), with every error found.
 * `toUnicode('xn--bcher-kva.example')` → `{ domain: 'bücher.example', ok: true, errors: [] }`.
 * Transitional processing never applies (UTS #46 §4.3). Throws only a TypeError for a non-string input or
 * a non-boolean option.
 */
export function toUnicode(input: string, options?: Uts46Options): Uts46Result {
  if (typeof input !== 'string') throw new TypeError('toUnicode expects a string');
  return toUnicodeResolved(input, resolveOptions(options), false);
}

/** ToUnicode with resolved options; LDH_EXEMPTION for the URL Standard profile (see process.ts). */
export function toUnicodeResolved(input: string, resolved: ResolvedOptions, ldhExemption: boolean): Uts46Result {
  // Limits first: nothing is scanned, mapped, normalized or encoded beyond MAX_INPUT_LENGTH.
  if (input.length > MAX_INPUT_LENGTH) return { domain: input, ok: false, errors: [inputTooLong(input.length)] };
  // Fast path: an already-valid LDH name is its own ToUnicode (lower-cased).
  const fast = passThrough(input, resolved, false);
  if (fast !== undefined) return { domain: fast, ok: true, errors: NO_ERRORS };

  // Step 1: Processing with Transitional_Processing=false.
  const errors: IdnaError[] = [];
  if (!processDomain(input, resolved, false, ldhExemption, errors)) return { domain: input, ok: false, errors };
  // X4_2 (with verifyDnsLength): an empty label, other than a trailing root label, is reported here as
  // IdnaTestV2 expects (it was A4_2 before Unicode 15.1).
  const { count, starts, ends, kinds, decoded } = domainLabels;
  if (resolved.verifyDnsLength) {
    for (let index = 0; index < count; index++) {
      const empty = kinds[index]! & LabelKind.DECODED ? decoded![index]!.length === 0 : starts[index] === ends[index];
      if (empty && (index < count - 1 || count === 1)) errors.push(idnaError('X4_2', 'empty label', index));
    }
  }
  // The mapped text with the decoded `xn--` labels in place of their ranges.
  const domain = spliceLabels(decoded);
  return { domain, ok: errors.length === 0, errors: errors.length === 0 ? NO_ERRORS : sortErrors(errors) };
}
