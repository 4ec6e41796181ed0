// @nomina/idna: Punycode (RFC 3492), UTS #46 ToASCII / ToUnicode (Unicode 17.0.0), the URL Standard's
// domain to ASCII / Unicode, and the IDNA2008 registration rules (RFC 5890-5893, see idna2008/).
export * from './uts46/index.js'; // toASCII, toUnicode, unicodeName, domainTo*, assert*, DEFAULT_OPTIONS and their types
export * as punycode from './punycode/index.js';
export { uts46Mapping, UTS46_VERSION, type Uts46Status } from './mapping/lookup.js';
export { checkBidiRule, isBidiDomainName, isRtlLabel, type BidiCondition, type BidiViolation } from './rules/bidi.js';
export { checkContextJ, type ContextJViolation } from './rules/contextj.js';
export { verifyDnsLength, type DnsLengthCode } from './rules/dns-length.js';
export {
  IdnaAssertionError,
  formatCodePoint,
  type IdnaError,
  type IdnaErrorCode,
  type IdnaIssue,
  type Idna2008ErrorCode,
  type UrlErrorCode,
  type Uts46ErrorCode,
} from './errors.js';
export { MAX_DOMAIN_OCTETS, MAX_INPUT_LENGTH, MAX_LABEL_OCTETS, MAX_PUNYCODE_LENGTH } from './limits.js';
export * from './idna2008/index.js'; // IDNA2008 registration (docs/registration.md)
