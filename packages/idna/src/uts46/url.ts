// The WHATWG URL Standard's use of UTS #46 (§3.3 "IDNA"): domain to ASCII and domain to Unicode. Domain
// functions only: no IPv4 number parsing, no percent-decoding, no forbidden-code-point check of the host
// parser — unlike Node's `url.domainToASCII`, which runs the whole host parser.
//
// | UTS #46 flag | URL Standard value |
// |---|---|
// | CheckHyphens | false |
// | CheckBidi | true |
// | CheckJoiners | true |
// | UseSTD3ASCIIRules | beStrict |
// | Transitional_Processing | false |
// | VerifyDnsLength | beStrict |
// | IgnoreInvalidPunycode | false |
//
// CheckBidi is relaxed as RFC 5893 §2 allows for LDH labels (whatwg/url#543, the WPT toascii.json cases
// `1.ي` valid and `ي.1` invalid): in a Bidi domain name an LDH label need not satisfy the Bidi rule unless
// it starts with a digit and comes after an RTL label.
//
// Deviation: an input longer than MAX_INPUT_LENGTH (before or after mapping) fails with INPUT_TOO_LONG,
// where the standard has no limit (limits.ts says why; no DNS host name comes near it).
import { idnaError } from '../errors.js';
import { makeOptions, type ResolvedOptions } from './options.js';
import { toAsciiResolved, type Uts46Result } from './to-ascii.js';
import { toUnicodeResolved } from './to-unicode.js';

export interface UrlDomainOptions {
  /** The URL Standard's `beStrict` (UseSTD3ASCIIRules and VerifyDnsLength). Default false, as URL parsing uses. */
  beStrict?: boolean;
}

// The flags of the table above, made once (by `makeOptions`: one hidden class for all options).
const URL_OPTIONS = /* @__PURE__ */ makeOptions(false, false, true, true, false, false, false);
const URL_OPTIONS_STRICT = /* @__PURE__ */ makeOptions(false, false, true, true, true, true, false);

function urlOptions(options: UrlDomainOptions | undefined): ResolvedOptions {
  const beStrict = options?.beStrict ?? false;
  if (typeof beStrict !== 'boolean') throw new TypeError('beStrict must be a boolean');
  return beStrict ? URL_OPTIONS_STRICT : URL_OPTIONS;
}

/**
 * URL Standard "domain to ASCII": `ok` false is the standard's failure (the host is invalid). The domain is
 * ToASCII's, and an empty result is a failure (step 3). Throws only a TypeError for a non-string input.
 */
export function domainToASCII(domain: string, options?: UrlDomainOptions): Uts46Result {
  if (typeof domain !== 'string') throw new TypeError('domainToASCII expects a string');
  // Steps 1-2: UTS #46 ToASCII with the flags above; any error is a failure.
  const result = toAsciiResolved(domain, urlOptions(options), true);
  // Step 3: an empty result is a failure.
  if (result.domain === '' && result.ok) {
    return { domain: '', ok: false, errors: [idnaError('A4_1', 'empty domain (URL Standard, domain to ASCII step 3)')] };
  }
  return result;
}

/**
 * URL Standard "domain to Unicode": ToUnicode with the flags above. The standard always returns the
 * domain; `errors` are its validation errors.
 */
export function domainToUnicode(domain: string, options?: UrlDomainOptions): Uts46Result {
  if (typeof domain !== 'string') throw new TypeError('domainToUnicode expects a string');
  return toUnicodeResolved(domain, urlOptions(options), true);
}
