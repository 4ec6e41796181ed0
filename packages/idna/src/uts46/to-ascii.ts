// UTS #46 §4.2 ToASCII.
import { idnaError, type IdnaError } from '../errors.js';
import { MAX_DOMAIN_OCTETS, MAX_INPUT_LENGTH, MAX_LABEL_OCTETS } from '../limits.js';
import { encode } from '../punycode/rfc3492.js';
import { isPassThrough } from './fast-path.js';
import { resolveOptions, type ResolvedOptions, type Uts46Options } from './options.js';
import { NO_ERRORS, inputTooLong, processDomain, sortErrors } from './process.js';

/** Result of `toASCII` / `toUnicode`: never thrown, always complete. */
export interface Uts46Result {
  /** The converted domain (also when there are errors: the best conversion, as IdnaTestV2 shows it). */
  domain: string;
  /** True when there is no error. */
  ok: boolean;
  /** Every problem found, in label order (codes as in IdnaTestV2: V7, B1, A4_2…). Read-only. */
  errors: readonly IdnaError[];
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/**
 * UTS #46 §4.2 ToASCII: the domain as it goes into the DNS (`xn--` labels), with every error found.
 * `toASCII('Bücher.example')` → `{ domain: 'xn--bcher-kva.example', ok: true, errors: [] }`.
 * Throws only a TypeError for a non-string input or a non-boolean option.
 */
export function toASCII(input: string, options?: Uts46Options): Uts46Result {
  if (typeof input !== 'string') throw new TypeError('toASCII expects a string');
  return toAsciiResolved(input, resolveOptions(options), false);
}

/** ToASCII with resolved options; LDH_EXEMPTION for the URL Standard profile (see process.ts). */
export function toAsciiResolved(input: string, resolved: ResolvedOptions, ldhExemption: boolean): Uts46Result {
  // Fast path: an already-valid lower-case LDH name is its own ToASCII.
  if (isPassThrough(input, resolved, true)) return { domain: input, ok: true, errors: NO_ERRORS };
  // Limits first: nothing is mapped, normalized or encoded beyond MAX_INPUT_LENGTH.
  if (input.length > MAX_INPUT_LENGTH) return { domain: input, ok: false, errors: [inputTooLong(input.length)] };

  // Step 1: Processing with the given flags.
  const { labels, errors, aborted } = processDomain(input, resolved, resolved.transitionalProcessing, ldhExemption);
  if (aborted) return { domain: input, ok: false, errors };
  // Steps 2-3: each label with non-ASCII characters becomes "xn--" + Punycode.
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    if (!hasNonAscii(label)) continue;
    const encoded = encode(label);
    if (encoded.ok) labels[index] = 'xn--' + encoded.value;
    else errors.push(idnaError('A3', `Punycode encoding failed: ${encoded.error.message}`, index, encoded.error.offset));
  }
  // Step 4 (VerifyDnsLength): domain of 1..253 octets without the root dot; labels of 1..63 octets.
  if (resolved.verifyDnsLength) {
    const domainLength = labels.reduce((sum, label) => sum + label.length, labels.length - 1);
    const root = labels.length > 1 && labels[labels.length - 1] === '' ? 1 : 0;
    if (domainLength - root === 0 || domainLength - root > MAX_DOMAIN_OCTETS) {
      errors.push(idnaError('A4_1', `domain length ${domainLength - root} is not within 1..${MAX_DOMAIN_OCTETS}`));
    }
    for (let index = 0; index < labels.length; index++) {
      const length = labels[index]!.length;
      if (length === 0) errors.push(idnaError('A4_2', 'empty label', index));
      else if (length > MAX_LABEL_OCTETS) errors.push(idnaError('A4_2', `label of ${length} octets is longer than ${MAX_LABEL_OCTETS}`, index));
    }
  }
  return { domain: labels.join('.'), ok: errors.length === 0, errors: errors.length === 0 ? NO_ERRORS : sortErrors(errors) };
}
