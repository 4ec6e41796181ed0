// Punycode (RFC 3492): label-level `encode` / `decode` and domain-level helpers, results never exceptions.
export {
  encode,
  decode,
  type PunycodeError,
  type PunycodeErrorCode,
  type PunycodeIssue,
  type PunycodeResult,
} from './rfc3492.js';
export {
  encodeDomain,
  decodeDomain,
  ACE_PREFIX,
  type PunycodeDomainError,
  type PunycodeDomainResult,
} from './domain.js';
