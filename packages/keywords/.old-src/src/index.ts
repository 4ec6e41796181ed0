// @nomina/keywords — local-language keyword look-up that finds the right entry in any script.
import { loadIndex, type LoadResult } from './index/format.js';

export { createKeywordIndex, KeywordIndex, type AddResult, type LookupResult } from './index/keyword-index.js';
export { assertEntry, checkEntry, type KeywordEntry } from './index/entry.js';
export { INDEX_FORMAT_VERSION, type LoadResult } from './index/format.js';
export { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, editBudget, prepareQuery, type LookupOptions, type PreparedQuery } from './lookup/query.js';
export { fuzzyDistance, resolve, type Candidate, type CandidateEntry, type KeywordMatch, type Via } from './lookup/resolve.js';
export { fold, foldBasic, toWellFormed } from './fold/fold.js';
export { FOLD_PROFILE_VERSION, FOLD_RULES, type FoldRule, type FoldRuleId } from './fold/profile.js';
export { UNICODE_VERSION } from './fold/data/version.js';
export { isAbjad, querySkeletons, romanize, romanKey, romanSkeleton, ROMANIZATION_SCHEME } from './translit/romanize.js';
export { codePoints, damerauLevenshtein } from './distance/damerau-levenshtein.js';
export { segmentWords } from './segment/words.js';
export { KeywordError, type KeywordIssue, type KeywordIssueCode } from './issues.js';
export * from './limits.js';

/** Restores an index saved with `save()`: `{ok, index, issues}`; a bad file is reported, never thrown. */
export function loadKeywordIndex(bytes: Uint8Array): LoadResult {
  return loadIndex(bytes);
}
