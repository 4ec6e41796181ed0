// UTS #46 §4.2 ToASCII.
import { isAscii } from '../ascii.js';
import { idnaError, type IdnaError } from '../errors.js';
import { MAX_DOMAIN_OCTETS, MAX_INPUT_LENGTH, MAX_LABEL_OCTETS } from '../limits.js';
import { encodeLabel } from '../punycode/rfc3492.js';
import { passThrough } from './fast-path.js';
import { resolveOptions, type ResolvedOptions, type Uts46Options } from './options.js';
import { NO_ERRORS, aceLabels, inputTooLong, joinLabels, processDomain, sortErrors } from './process.js';

/** Result of `toASCII` / `toUnicode`: never thrown, always complete. */
export interface Uts46Result {
  /** The converted domain (also when there are errors: the best conversion, as IdnaTestV2 shows it). */
  domain: string;
  /** True when there is no error. */
  ok: boolean;
  /** Every problem found, in label order (codes as in IdnaTestV2: V7, B1, A4_2…). Read-only. */
  errors: readonly IdnaError[];
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
  // Limits first: nothing is scanned, mapped, normalized or encoded beyond MAX_INPUT_LENGTH.
  if (input.length > MAX_INPUT_LENGTH) return { domain: input, ok: false, errors: [inputTooLong(input.length)] };
  // Fast path: an already-valid LDH name is its own ToASCII (lower-cased).
  const fast = passThrough(input, resolved, true);
  if (fast !== undefined) return { domain: fast, ok: true, errors: NO_ERRORS };

  // Step 1: Processing with the given flags.
  const errors: IdnaError[] = [];
  const labels = processDomain(input, resolved, resolved.transitionalProcessing, ldhExemption, errors);
  if (labels === undefined) return { domain: input, ok: false, errors };
  // Steps 2-3: each label with non-ASCII characters becomes "xn--" + Punycode.
  // Step 4 (VerifyDnsLength): labels of 1..63 octets, the domain of 1..253 octets without the root dot.
  const verify = resolved.verifyDnsLength;
  let domainLength = labels.length - 1;
  for (let index = 0; index < labels.length; index++) {
    let label = labels[index]!;
    const ace = aceLabels?.[index];
    if (ace !== undefined) labels[index] = label = ace;
    else if (!isAscii(label)) {
      const encoded = encodeLabel(label, true);
      if (typeof encoded === 'string') labels[index] = label = encoded;
      else errors.push(idnaError('A3', `Punycode encoding failed: ${encoded.message}`, index, encoded.offset));
    }
    domainLength += label.length;
    if (!verify) continue;
    if (label.length === 0) errors.push(idnaError('A4_2', 'empty label', index));
    else if (label.length > MAX_LABEL_OCTETS) errors.push(idnaError('A4_2', `label of ${label.length} octets is longer than ${MAX_LABEL_OCTETS}`, index));
  }
  if (verify) {
    const withoutRoot = domainLength - (labels.length > 1 && labels[labels.length - 1] === '' ? 1 : 0);
    if (withoutRoot === 0 || withoutRoot > MAX_DOMAIN_OCTETS) {
      errors.push(idnaError('A4_1', `domain length ${withoutRoot} is not within 1..${MAX_DOMAIN_OCTETS}`));
    }
  }
  return { domain: joinLabels(labels), ok: errors.length === 0, errors: errors.length === 0 ? NO_ERRORS : sortErrors(errors) };
}
