// @nomina/keywords — local-language keyword look-up that finds the right entry in any script.
// The public API is what the README's API section documents (a test compares the two); the building
// blocks of the look-up pipeline are in `@nomina/keywords/internals`.
export {
  createKeywordIndex,
  KeywordIndex,
  loadKeywordIndex,
  type LoadResult,
  type LookupResult,
} from './index/keyword-index.js';
export type { AddResult } from './index/add.js';
export { assertEntry, checkEntry, type EntryCheck, type KeywordEntry } from './index/entry.js';
export { INDEX_FORMAT_VERSION } from './index/format.js';
export { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, type LookupOptions } from './lookup/query.js';
export type { KeywordMatch, Via } from './lookup/resolve.js';
export { fold, foldBasic } from './fold/fold.js';
export { FOLD_PROFILE_VERSION, FOLD_RULES, type FoldRule, type FoldRuleId } from './fold/profile.js';
export { UNICODE_VERSION } from './fold/data/version.js';
export { romanize, ROMANIZATION_SCHEME, SKELETON_VERSION } from './translit/romanize.js';
export { damerauLevenshtein } from './distance/damerau-levenshtein.js';
export { segmentWords } from './segment/words.js';
export { KeywordError, type KeywordIssue, type KeywordIssueCode } from './issues.js';
export * from './limits.js';
