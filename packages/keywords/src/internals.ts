// @nomina/keywords/internals — the building blocks of the look-up pipeline, for stores that mirror the
// in-process index (as postgres/store.ts does) and for tools. Not covered by semver like the main entry:
// they change when the pipeline does.
export { foldWords, toWellFormed } from './fold/fold.js';
export { editBudget } from './lookup/budget.js';
export { prepareQuery, type PreparedQuery } from './lookup/query.js';
export {
  fuzzyDistance,
  resolve,
  skeletonDistance,
  wordCount,
  type Candidate,
  type CandidateEntry,
} from './lookup/resolve.js';
export {
  isAbjad,
  queryLatin,
  queryRomanization,
  querySkeletons,
  romanizeKey,
  romanKey,
  type RomanizedKey,
  type SchemeSkeleton,
} from './translit/romanize.js';
export { romanSkeleton } from './translit/skeleton.js';
export { QUERY_SCHEMES, schemeSpellings, type QueryScheme } from './translit/schemes.js';
export { codePoints } from './distance/damerau-levenshtein.js';
export { dictionaryWordStarts } from './segment/words.js';
