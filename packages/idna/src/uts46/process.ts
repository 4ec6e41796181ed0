// UTS #46 §4 Processing, shared by ToASCII and ToUnicode:
//
// | step | here |
// |---|---|
// | 1 Map, 2 Normalize | ./map.ts |
// | 3 Break (at U+002E FULL STOP) | `processDomain` |
// | 4.1 `xn--` labels: ASCII, Punycode, not empty / ASCII-only (P4), nontransitional validity | `convertLabel` |
// | 4.2 other labels: validity for the chosen processing | ./validity.ts |
// | §4.1 V8 CheckBidi: the RFC 5893 rule on every label of a Bidi domain name (B1–B6) | `checkBidi` |
import { isAscii, isLowerLdh } from '../ascii.js';
import { idnaError, type IdnaError } from '../errors.js';
import { MAX_INPUT_LENGTH } from '../limits.js';
import { decodeLabel } from '../punycode/rfc3492.js';
import { checkBidiRule, isRtlLabel } from '../rules/bidi.js';
import { mapAndNormalize, mapScan } from './map.js';
import type { ResolvedOptions } from './options.js';
import { validateLabel } from './validity.js';

const HYPHEN = 0x2d;

/** The shared, frozen error list of results without errors (no allocation on the fast path). */
export const NO_ERRORS: readonly IdnaError[] = Object.freeze([]);

/**
 * For each label of the last `processDomain`: the `xn--` label it was decoded from when that decoded to
 * non-ASCII text, else undefined; undefined as a whole when there is no such label (allocated only when
 * needed: no array to reset per call). Punycode is canonical (each string has one encoding, and a
 * decodable lower-case input is that encoding: tested in punycode.test.ts), so ToASCII can keep these
 * labels instead of encoding their decoded form again.
 */
export let aceLabels: (string | undefined)[] | undefined;

/** The error for an input over `MAX_INPUT_LENGTH` (checked before any other work). */
export function inputTooLong(length: number): IdnaError {
  return idnaError('INPUT_TOO_LONG', `input of ${length} UTF-16 code units is longer than MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH})`);
}

/** Whether the last `convertLabel` produced a label with an R, AL or AN character. */
let convertedRtl = false;
/** Whether the last `convertLabel` decoded its label to non-ASCII text. */
let convertedUnicode = false;

/** §4 step 4.1: an `xn--` label decoded and checked; returns the label that replaces it. */
function convertLabel(label: string, index: number, options: ResolvedOptions, errors: IdnaError[]): string {
  convertedRtl = false;
  convertedUnicode = false;
  // 4.1.1: an ACE label must be ASCII.
  if (!mapScan.ascii && !isAscii(label)) {
    errors.push(idnaError('P4', '"xn--" label contains non-ASCII characters', index, 0));
    return label;
  }
  // 4.1.2: Punycode conversion.
  const decoded = decodeLabel(label, 4);
  if (typeof decoded !== 'string') {
    if (options.ignoreInvalidPunycode) {
      validateLabel(label, index, options, false, true, true, errors);
      return label;
    }
    errors.push(idnaError('P4', `invalid Punycode: ${decoded.message}`, index, decoded.offset));
    return label;
  }
  // 4.1.3: an empty or ASCII-only result is an error (CVE-2024-12224 class: `xn--example-`).
  if (decoded.length === 0 || isAscii(decoded)) {
    errors.push(idnaError('P4', '"xn--" label decodes to an empty or ASCII-only label', index, 0));
  } else convertedUnicode = true;
  // 4.1.4: validity criteria for nontransitional processing, including NFC.
  convertedRtl = validateLabel(decoded, index, options, false, true, true, errors);
  return decoded;
}

/** LABEL starts with the ACE prefix `xn--` (after mapping: lower case). */
function hasAcePrefix(label: string): boolean {
  return label.length >= 4 && label.charCodeAt(0) === 0x78 && label.charCodeAt(1) === 0x6e && label.charCodeAt(2) === HYPHEN && label.charCodeAt(3) === HYPHEN;
}

/** Letters, digits and hyphen-minus only (an LDH label, RFC 5890 §2.3.1; lower case after mapping). */
function isLdhLabel(label: string): boolean {
  for (let i = 0; i < label.length; i++) if (!isLowerLdh(label.charCodeAt(i))) return false;
  return label.length > 0;
}

/**
 * §4.1 V8 (CheckBidi): in a Bidi domain name (the caller checked), every label satisfies RFC 5893 §2.
 * With LDH_EXEMPTION (the URL Standard profile, whatwg/url#543 and WPT toascii.json), an LDH label is
 * exempt unless it starts with a digit and comes after an RTL label — the second guarantee of RFC 5893 §2.
 */
function checkBidi(labels: readonly string[], ldhExemption: boolean, errors: IdnaError[]): void {
  let afterRtl = false;
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    const first = label.charCodeAt(0);
    const exempt = ldhExemption && isLdhLabel(label) && !(afterRtl && first >= 0x30 && first <= 0x39);
    if (!exempt) {
      for (const v of checkBidiRule(label)) {
        errors.push(idnaError(`B${v.condition}`, `fails condition ${v.condition} of the Bidi rule (RFC 5893 §2)`, index, v.offset, v.codePoint));
      }
    }
    afterRtl ||= isRtlLabel(label);
  }
}

/**
 * UTS #46 §4 Processing of INPUT (already bounded by the caller), appending problems to ERRORS; see
 * `checkBidi` for LDH_EXEMPTION. Returns the processed labels, or undefined when a limit stopped the
 * processing (then ERRORS holds INPUT_TOO_LONG only).
 */
export function processDomain(input: string, options: ResolvedOptions, transitional: boolean, ldhExemption: boolean, errors: IdnaError[]): string[] | undefined {
  const mapped = mapAndNormalize(input, transitional);
  // Mapping can lengthen the input (U+FDFA maps to 18 code points): bound it again before the rest.
  if (mapped.length > MAX_INPUT_LENGTH) {
    errors.push(inputTooLong(mapped.length));
    return undefined;
  }
  const { suspect } = mapScan;
  let rtl = mapScan.rtl;
  // Step 3 Break (an indexOf loop: faster than String.prototype.split for short names).
  const labels: string[] = [];
  aceLabels = undefined;
  for (let start = 0; ; ) {
    const dot = mapped.indexOf('.', start);
    if (dot < 0) {
      labels.push(mapped.slice(start));
      break;
    }
    labels.push(mapped.slice(start, dot));
    start = dot + 1;
  }
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    // Step 4 Convert/Validate.
    if (hasAcePrefix(label)) {
      labels[index] = convertLabel(label, index, options, errors);
      if (convertedUnicode) (aceLabels ??= [])[index] = label;
      rtl ||= convertedRtl;
    } else {
      validateLabel(label, index, options, transitional, suspect, false, errors);
    }
  }
  if (rtl && options.checkBidi) checkBidi(labels, ldhExemption, errors);
  return labels;
}

/** LABELS joined with U+002E FULL STOP (concatenation: faster than Array.prototype.join for a few labels). */
export function joinLabels(labels: readonly string[]): string {
  let domain = labels[0]!;
  for (let index = 1; index < labels.length; index++) domain += '.' + labels[index]!;
  return domain;
}

/** Errors in label order (then by offset), as a stable report. */
export function sortErrors(errors: IdnaError[]): IdnaError[] {
  return errors.sort((a, b) => a.label - b.label || a.offset - b.offset);
}
