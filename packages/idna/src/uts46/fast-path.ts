// Pass-through of names that UTS #46 processing leaves unchanged and valid: LDH labels, none with `--` in
// positions 3-4 (`xn--` needs decoding; otherwise V2), with the hyphen and length rules of the options.
// One pass over the string, no allocation for a lower-case name (the idea of rust-url's
// `is_passthrough_ascii_label`); a name with capital letters is lower-cased at once.
// Anything else takes the full path, which reports the problems.
import { MAX_DOMAIN_OCTETS, MAX_LABEL_OCTETS } from '../limits.js';
import { DEFAULT_OPTIONS, resolveOptions, type ResolvedOptions } from './options.js';

const HYPHEN = 0x2d;
const DOT = 0x2e;

/**
 * The result of ToASCII (FOR_TO_ASCII) or ToUnicode when it is DOMAIN itself, or its lower-case form for an
 * ASCII name with capital letters (UTS #46 maps A-Z to a-z and nothing else in ASCII), without any error;
 * otherwise undefined (the full path is needed).
 */
export function passThrough(domain: string, options: ResolvedOptions, forToAscii: boolean): string | undefined {
  const length = domain.length;
  const dnsLength = options.verifyDnsLength;
  if (length === 0) return dnsLength ? undefined : domain; // A4_1 / X4_2
  // A4_1: at most 253 octets, not counting a trailing root dot.
  if (dnsLength && forToAscii && length - (domain.charCodeAt(length - 1) === DOT ? 1 : 0) > MAX_DOMAIN_OCTETS)
    return undefined;
  let labelStart = 0;
  let upper = false;
  for (let i = 0; i <= length; i++) {
    const unit = i < length ? domain.charCodeAt(i) : DOT;
    if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) continue;
    if (unit >= 0x41 && unit <= 0x5a) {
      upper = true;
      continue;
    }
    if (unit === HYPHEN) {
      // V3: no hyphen-minus at the start or end of a label.
      if (options.checkHyphens && (i === labelStart || i + 1 === length || domain.charCodeAt(i + 1) === DOT))
        return undefined;
      if (i === labelStart + 2 && domain.charCodeAt(i + 1) === HYPHEN) return undefined;
      continue;
    }
    if (unit !== DOT) return undefined;
    const labelLength = i - labelStart;
    if (dnsLength) {
      // A4_2: labels of 1..63 octets (ToASCII, the root label included); X4_2: ToUnicode, empty labels
      // other than a trailing root label.
      if (labelLength > MAX_LABEL_OCTETS && forToAscii) return undefined;
      if (labelLength === 0 && (forToAscii || i < length)) return undefined;
    }
    labelStart = i + 1;
  }
  return upper ? domain.toLowerCase() : domain;
}

/** True when DOMAIN is itself its ToASCII (FOR_TO_ASCII) or ToUnicode, without any error. */
export function isPassThrough(domain: string, options: Readonly<ResolvedOptions>, forToAscii: boolean): boolean {
  // The frozen public DEFAULT_OPTIONS has another hidden class than the internal options (see makeOptions).
  return passThrough(domain, options === DEFAULT_OPTIONS ? resolveOptions(undefined) : options, forToAscii) === domain;
}
