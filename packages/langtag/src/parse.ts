// Subpath entry `@nomina/langtag/parse`: the RFC 5646 syntax alone, without any table.
export { parse, isWellFormed, GRANDFATHERED_TAGS, type ParseResult } from './syntax/parse.js';
export { stringify } from './syntax/stringify.js';
export { MAX_TAG_LENGTH } from './limits.js';
export type { LanguageTag, Extension } from './syntax/types.js';
export {
  LangtagError,
  type TagIssue,
  type TagIssueCode,
  type SyntaxIssueCode,
  type ValidityIssueCode,
  type LikelyIssueCode,
  type MatchIssueCode,
  type AcceptLanguageIssueCode,
  type Severity,
} from './issues.js';
