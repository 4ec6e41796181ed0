// @nomina/idna: Punycode (RFC 3492), UTS #46 ToASCII / ToUnicode (Unicode 17.0.0), the URL Standard's
// domain to ASCII / Unicode, and the IDNA2008 registration rules (RFC 5890-5893, see idna2008/).
export * from './uts46/index.js';
export * as punycode from './punycode/index.js';
export { uts46Mapping, UTS46_VERSION, type Uts46Status } from './mapping/lookup.js';
export { checkBidiRule, isBidiDomainName, isRtlLabel, type BidiCondition, type BidiViolation } from './rules/bidi.js';
export { checkContextJ, type ContextJViolation } from './rules/contextj.js';
export { verifyDnsLength, type DnsLengthCode } from './rules/dns-length.js';
export * from './errors.js';
export * from './limits.js';
export * from './idna2008/index.js';
