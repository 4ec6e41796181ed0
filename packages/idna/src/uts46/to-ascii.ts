// UTS #46 §4.2 ToASCII.
import { hasErrors, type Result } from '@nomina/core';
import { idnaError, type IdnaErrorCode, type IdnaIssue } from '../errors.js';
import { MAX_DOMAIN_OCTETS, MAX_INPUT_LENGTH, MAX_LABEL_OCTETS } from '../limits.js';
import { encodeLabel } from '../punycode/rfc3492.js';
import { passThrough } from './fast-path.js';
import { resolveOptions, type ResolvedOptions, type Uts46Options } from './options.js';
import { LabelKind, NO_ERRORS, inputTooLong, processDomain, sortErrors } from './process.js';

/**
 * Result of `toASCII` / `toUnicode` (@nomina/core's `Result`): never thrown, always complete. `domain` and
 * `errors` are deprecated aliases of `value` and `issues` (the same string, the same array).
 */
export interface Uts46Result extends Result<string, IdnaErrorCode> {
  /** True when no issue has severity `error` (only `domainToASCII` reports warnings: validation errors). */
  readonly ok: boolean;
  /** The converted domain (also when there are issues: the best conversion, as IdnaTestV2 shows it). */
  readonly value: string;
  /** Every problem found, in label order (codes as in IdnaTestV2: V7, B1, A4_2…). Read-only. */
  readonly issues: readonly IdnaIssue[];
  /** @deprecated Use `value` (the same string). */
  readonly domain: string;
  /** @deprecated Use `issues` (the same array). */
  readonly errors: readonly IdnaIssue[];
}

/**
 * The one class of `Uts46Result`s: three own fields (one hidden class, as cheap to build as the object
 * literal it replaces on the hot path) and the deprecated aliases as getters of the prototype, so they
 * cost nothing per result and stay out of JSON and spreads.
 */
class Uts46Outcome implements Uts46Result {
  constructor(
    readonly ok: boolean,
    readonly value: string,
    readonly issues: readonly IdnaIssue[],
  ) {}
  get domain(): string {
    return this.value;
  }
  get errors(): readonly IdnaIssue[] {
    return this.issues;
  }
}

/** The one place that builds a `Uts46Result`. */
export function uts46Result(value: string, issues: readonly IdnaIssue[]): Uts46Result {
  return new Uts46Outcome(issues.length === 0 || !hasErrors(issues), value, issues);
}

/**
 * UTS #46 §4.2 ToASCII: the domain as it goes into the DNS (`xn--` labels), with every error found.
 * `toASCII('Bücher.example')` → `{ ok: true, value: 'xn--bcher-kva.example', issues: [] }`.
 * Throws only a TypeError for a non-string input or a non-boolean option.
 */
export function toASCII(input: string, options?: Uts46Options): Uts46Result {
  if (typeof input !== 'string') throw new TypeError('toASCII expects a string');
  return toAsciiResolved(input, resolveOptions(options));
}

/** ToASCII with resolved options. */
export function toAsciiResolved(input: string, resolved: ResolvedOptions): Uts46Result {
  // Limits first: nothing is scanned, mapped, normalized or encoded beyond MAX_INPUT_LENGTH.
  if (input.length > MAX_INPUT_LENGTH) return uts46Result(input, [inputTooLong(input.length)]);
  // Fast path: an already-valid LDH name is its own ToASCII (lower-cased).
  const fast = passThrough(input, resolved, true);
  if (fast !== undefined) return uts46Result(fast, NO_ERRORS);

  // Step 1: Processing with the given flags.
  const errors: IdnaIssue[] = [];
  const labels = processDomain(input, resolved, resolved.transitionalProcessing, errors);
  if (labels === undefined) return uts46Result(input, errors);
  // Steps 2-3: each label with non-ASCII characters becomes "xn--" + Punycode. The labels are ranges of the
  // mapped text; the domain is that text with the encoded labels spliced in (unchanged runs as slices).
  // An `xn--` label that decoded to non-ASCII text is kept as it came (see DomainLabels), one that decoded
  // to ASCII (a P4 error) becomes its decoded text.
  // Step 4 (VerifyDnsLength): labels of 1..63 octets, the domain of 1..253 octets without the root dot.
  const { text, count, ranges, decoded } = labels;
  const verify = resolved.verifyDnsLength;
  let domain = '';
  let copied = 0; // text before this offset is in `domain`
  let domainLength = count - 1;
  let labelLength = 0;
  for (let index = 0; index < count; index++) {
    const start = ranges[3 * index]!;
    const end = ranges[3 * index + 1]!;
    const kind = ranges[3 * index + 2]!;
    let replacement: string | undefined;
    if (kind & LabelKind.DECODED) {
      if (!(kind & LabelKind.UNICODE)) replacement = decoded![index]!;
    } else if (kind & LabelKind.NON_ASCII) {
      const encoded = encodeLabel(text, true, start, end);
      if (typeof encoded === 'string') replacement = encoded;
      else errors.push(idnaError('A3', `Punycode encoding failed: ${encoded.message}`, index, encoded.offset));
    }
    if (replacement === undefined) labelLength = end - start;
    else {
      labelLength = replacement.length;
      domain += copied < start ? text.slice(copied, start) + replacement : replacement;
      copied = end;
    }
    domainLength += labelLength;
    if (!verify) continue;
    if (labelLength === 0) errors.push(idnaError('A4_2', 'empty label', index));
    else if (labelLength > MAX_LABEL_OCTETS)
      errors.push(idnaError('A4_2', `label of ${labelLength} octets is longer than ${MAX_LABEL_OCTETS}`, index));
  }
  if (verify) {
    const withoutRoot = domainLength - (count > 1 && labelLength === 0 ? 1 : 0);
    if (withoutRoot === 0 || withoutRoot > MAX_DOMAIN_OCTETS) {
      errors.push(idnaError('A4_1', `domain length ${withoutRoot} is not within 1..${MAX_DOMAIN_OCTETS}`));
    }
  }
  if (copied === 0) domain = text;
  else if (copied < text.length) domain += text.slice(copied);
  return uts46Result(domain, errors.length === 0 ? NO_ERRORS : sortErrors(errors));
}
