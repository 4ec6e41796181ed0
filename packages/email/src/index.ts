// @nomina/email: internationalized e-mail addresses (RFC 5321, RFC 5322, RFC 6530–6532): parse and
// validate under a profile, normalize, and say whether delivery needs SMTPUTF8.
export {
  parseAddress,
  parseAddressList,
  AddressResult,
  type ParseOptions,
  type AddressListResult,
  type ListMailbox,
} from './parse.js';
export { formatAddress, type FormatOptions } from './format.js';
export { canonicalKey, type KeyOptions } from './key.js';
export { strict, html, type Profile } from './profile.js';
export { registration } from './registration.js';
export { profileNamed, PROFILE_NAMES, type ProfileName } from './named.js';
export type { Address, AddressLiteralKind } from './address.js';
export type { EmailIssue, EmailIssueCode } from './issues.js';
export * from './limits.js';
