// Pass-through of names that UTS #46 processing leaves unchanged and valid: lower-case LDH labels, none
// with `--` in positions 3-4 (`xn--` needs decoding; otherwise V2), with the hyphen and length rules of the
// options. One pass over the string, no allocation (the idea of rust-url's `is_passthrough_ascii_label`).
// Anything else takes the full path, which reports the problems.
import { MAX_DOMAIN_OCTETS, MAX_LABEL_OCTETS } from '../limits.js';
import type { ResolvedOptions } from './options.js';

const HYPHEN = 0x2d;
const DOT = 0x2e;

/** True when ToASCII (FOR_TO_ASCII) or ToUnicode would return DOMAIN unchanged and without any error. */
export function isPassThrough(domain: string, options: ResolvedOptions, forToAscii: boolean): boolean {
  const length = domain.length;
  const dnsLength = options.verifyDnsLength;
  if (length === 0) return !dnsLength; // A4_1 / X4_2
  // A4_1: at most 253 octets, not counting a trailing root dot.
  if (dnsLength && forToAscii && length - (domain.charCodeAt(length - 1) === DOT ? 1 : 0) > MAX_DOMAIN_OCTETS) return false;
  let labelStart = 0;
  for (let i = 0; i <= length; i++) {
    const unit = i < length ? domain.charCodeAt(i) : DOT;
    if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) continue;
    if (unit === HYPHEN) {
      // V3: no hyphen-minus at the start or end of a label.
      if (options.checkHyphens && (i === labelStart || i + 1 === length || domain.charCodeAt(i + 1) === DOT)) return false;
      if (i === labelStart + 2 && domain.charCodeAt(i + 1) === HYPHEN) return false;
      continue;
    }
    if (unit !== DOT) return false;
    const labelLength = i - labelStart;
    if (dnsLength) {
      // A4_2: labels of 1..63 octets (ToASCII, the root label included); X4_2: ToUnicode, empty labels
      // other than a trailing root label.
      if (labelLength > MAX_LABEL_OCTETS && forToAscii) return false;
      if (labelLength === 0 && (forToAscii || i < length)) return false;
    }
    labelStart = i + 1;
  }
  return true;
}

/**
 * The pass-through result for an ASCII DOMAIN with capital letters: its lower-case form when that passes
 * through, else undefined (UTS #46 maps A-Z to a-z and nothing else in ASCII).
 */
export function lowerCasePassThrough(domain: string, options: ResolvedOptions, forToAscii: boolean): string | undefined {
  let upper = false;
  for (let i = 0; i < domain.length; i++) {
    const unit = domain.charCodeAt(i);
    if (unit >= 0x80) return undefined;
    if (unit >= 0x41 && unit <= 0x5a) upper = true;
  }
  if (!upper) return undefined;
  const lower = domain.toLowerCase();
  return isPassThrough(lower, options, forToAscii) ? lower : undefined;
}
