// Subpath entry `@nomina/langtag/match`: CLDR best-fit matching and RFC 4647 filtering/lookup.
export { match, type MatchOptions, type MatchResult } from './matching/match.js';
export { distance, type Favor } from './matching/distance.js';
export {
  MAX_DESIRED,
  MAX_SUPPORTED,
  MATCH_TAG_CACHE_LIMIT,
  MATCH_TAG_CACHE_KEY_LIMIT,
  MATCH_LIST_CACHE_LIMIT,
  MATCH_LIST_CACHE_KEY_LIMIT,
  MATCH_RESULT_CACHE_LIMIT,
  MATCH_RESULT_CACHE_KEY_LIMIT,
  MAX_ACCEPT_LANGUAGE_LENGTH,
  MAX_LANGUAGE_RANGES,
  MAX_FILTER_ITEMS,
} from './limits.js';
export {
  filter,
  lookup,
  parseAcceptLanguage,
  type FilterOptions,
  type LanguageRange,
  type AcceptLanguageResult,
} from './matching/rfc4647.js';
