// The WHATWG URL Standard's use of UTS #46 (§3.3 "IDNA"), as of 2026-06 (whatwg/url #841 of 2024-11: the
// forbidden domain code points and CheckHyphens = beStrict; whatwg/url a8d5ca3 of 2026-06: an ASCII domain
// is returned lower-cased, its ToASCII errors being validation errors only). Domain functions only: no
// IPv4 number parsing, no percent-decoding — those belong to the host parser, which calls these.
//
// | UTS #46 flag | "domain parser ToASCII" with beStrict | URL Standard value |
// |---|---|---|
// | CheckHyphens | beStrict | false in URL parsing, true for "valid domain" |
// | CheckBidi | true | true |
// | CheckJoiners | true | true |
// | UseSTD3ASCIIRules | beStrict | as CheckHyphens |
// | Transitional_Processing | false | false |
// | VerifyDnsLength | beStrict | as CheckHyphens |
// | IgnoreInvalidPunycode | false | false |
//
// Results: `ok` false is the standard's failure (the host is invalid). Validation errors that do not fail
// the domain (the strict run's errors on a domain that passes) are issues of severity `warning`.
//
// Deviation: an input longer than MAX_INPUT_LENGTH (before or after mapping) fails with INPUT_TOO_LONG,
// where the standard has no limit (limits.ts says why; no DNS host name comes near it).
import { formatCodePoint, isAscii } from '@nomina/core';
import { idnaError, type IdnaErrorCode, type IdnaIssue } from '../errors.js';
import { makeOptions, type ResolvedOptions } from './options.js';
import { toAsciiResolved, uts46Result, type Uts46Result } from './to-ascii.js';
import { toUnicodeResolved } from './to-unicode.js';

export interface UrlDomainOptions {
  /** The URL Standard's `beStrict` (CheckHyphens, UseSTD3ASCIIRules, VerifyDnsLength). Default false, as URL parsing uses. */
  beStrict?: boolean;
}

// "domain parser ToASCII" with beStrict false and true (by `makeOptions`: one hidden class for all options).
const URL_OPTIONS = /* @__PURE__ */ makeOptions(false, false, true, true, false, false, false);
const URL_OPTIONS_STRICT = /* @__PURE__ */ makeOptions(false, true, true, true, true, true, false);

function beStrictOf(options: UrlDomainOptions | undefined): boolean {
  const beStrict = options?.beStrict ?? false;
  if (typeof beStrict !== 'boolean') throw new TypeError('beStrict must be a boolean');
  return beStrict;
}

/**
 * The codes only the strict flags produce: CheckHyphens (V2, V3), UseSTD3ASCIIRules (U1), VerifyDnsLength
 * (A4_1, A4_2). The flags add checks and never change the mapped output (UTS #46 since 15.1), so ToASCII
 * with beStrict false finds exactly the strict run's errors without these: one run gives both answers.
 */
function strictOnly(code: IdnaErrorCode): boolean {
  return code === 'V2' || code === 'V3' || code === 'U1' || code === 'A4_1' || code === 'A4_2';
}

/** A validation error that does not fail the domain. */
function warning(issue: IdnaIssue): IdnaIssue {
  return { ...issue, severity: 'warning' };
}

/**
 * URL Standard "forbidden domain code point": a forbidden host code point (U+0000 NULL, TAB, LF, CR,
 * SPACE, #, /, :, <, >, ?, @, [, \, ], ^, |), a C0 control, U+0025 (%) or U+007F DELETE.
 */
function isForbiddenDomainCodePoint(unit: number): boolean {
  if (unit <= 0x20 || unit === 0x7f) return true;
  switch (unit) {
    case 0x23:
    case 0x25:
    case 0x2f:
    case 0x3a:
    case 0x3c:
    case 0x3e:
    case 0x3f:
    case 0x40:
    case 0x5b:
    case 0x5c:
    case 0x5d:
    case 0x5e:
    case 0x7c:
      return true;
  }
  return false;
}

/** Offset of the first forbidden domain code point of TEXT (an ASCII string here), or -1. */
function forbiddenOffset(text: string): number {
  for (let i = 0; i < text.length; i++) if (isForbiddenDomainCodePoint(text.charCodeAt(i))) return i;
  return -1;
}

/** ASCII lowercase (A-Z only, Infra): not `toLowerCase`, which also maps non-ASCII. */
function asciiLowercase(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
}

/**
 * URL Standard "domain to ASCII" (2026-06): `ok` false is the standard's failure; issues of severity
 * `warning` are validation errors that do not fail it. Throws only a TypeError for a non-string input.
 */
export function domainToASCII(domain: string, options?: UrlDomainOptions): Uts46Result {
  if (typeof domain !== 'string') throw new TypeError('domainToASCII expects a string');
  const beStrict = beStrictOf(options);
  // Step 1: "Let strictResult be the result of running domain parser ToASCII with domain and true."
  const strict = toAsciiResolved(domain, URL_OPTIONS_STRICT);
  // Step 2: "If strictResult is a failure value, domain-to-ASCII validation error."
  // Step 3: "If beStrict is true: if strictResult is a failure value, return failure; return strictResult."
  // (UTS #46 with UseSTD3ASCIIRules and VerifyDnsLength guarantees a non-empty result without a forbidden
  // domain code point.)
  // Without any error the answer is strictResult either way: steps 5-6 give the same domain (ToASCII of a
  // valid ASCII domain is its lower-case form), and UseSTD3ASCIIRules with VerifyDnsLength leave no empty
  // result and no forbidden domain code point for steps 7-8.
  if (beStrict || strict.ok) return strict;
  const { issues } = strict;
  // Our one deviation (limits.ts): over MAX_INPUT_LENGTH, the domain fails, ASCII or not.
  if (issues.length === 1 && issues[0]!.code === 'INPUT_TOO_LONG') return strict;
  let value: string;
  let failed = false;
  if (isAscii(domain)) {
    // Step 5: "If domain is an ASCII string, then set result to domain, lowercased." ToASCII's errors are
    // validation errors only (web compatibility: `xn--a`, `xn--0.pt` and `a..b` are hosts of the web).
    value = asciiLowercase(domain);
  } else {
    // Step 6: "Otherwise: set result to the result of running domain parser ToASCII with domain and
    // false; if result is a failure value, then return failure." (The strict run's errors without the
    // strict-only codes, see `strictOnly`; its output is the same.)
    value = strict.value;
    for (const issue of issues) failed ||= !strictOnly(issue.code);
  }
  // Errors that do not fail the domain are validation errors (warnings); the rest stay errors.
  const reported = issues.map((issue) => (failed && !strictOnly(issue.code) ? issue : warning(issue)));
  if (failed) return uts46Result(value, reported);
  // Step 7: "If result is the empty string, then return failure."
  if (value === '')
    return uts46Result('', [...reported, idnaError('A4_1', 'empty domain (URL Standard, domain to ASCII)')]);
  // Step 8: "If result contains a forbidden domain code point, then return failure." (domain-invalid-code-point)
  const at = forbiddenOffset(value);
  if (at >= 0) {
    const unit = value.charCodeAt(at);
    const message = `${formatCodePoint(unit)} is a forbidden domain code point (URL Standard, domain to ASCII)`;
    return uts46Result(value, [...reported, idnaError('FORBIDDEN_DOMAIN_CODE_POINT', message, -1, at, unit)]);
  }
  // Step 9: "Return result."
  return uts46Result(value, reported);
}

/**
 * URL Standard "domain to Unicode": ToUnicode with the flags above; when it records an error, the result
 * is `domain` itself (unchanged: `xn--abc-` stays `xn--abc-`), `ok` is false and `issues` says why.
 * Throws only a TypeError for a non-string input.
 */
export function domainToUnicode(domain: string, options?: UrlDomainOptions): Uts46Result {
  if (typeof domain !== 'string') throw new TypeError('domainToUnicode expects a string');
  // Step 1: "Let result be the result of running Unicode ToUnicode with domain_name set to domain,
  // CheckHyphens set to beStrict, … UseSTD3ASCIIRules set to beStrict, …"
  const result = toUnicodeResolved(domain, beStrictOf(options) ? UNICODE_OPTIONS_STRICT : URL_OPTIONS);
  // Step 2: "Signify domain-to-Unicode validation errors for any returned errors" — and return the
  // domain as it came when there are any.
  return result.ok ? result : uts46Result(domain, result.issues);
}

/** ToUnicode with beStrict: VerifyDnsLength is not among its flags (the standard passes none). */
const UNICODE_OPTIONS_STRICT: ResolvedOptions = /* @__PURE__ */ makeOptions(
  false,
  true,
  true,
  true,
  true,
  false,
  false,
);
