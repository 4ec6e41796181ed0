/** Most desired tags `match` reads (an Accept-Language header rarely lists more than ten). */
export const MAX_DESIRED = 64;
/** Most supported tags `match` compares against (CLDR itself has about 1,000 locales). */
export const MAX_SUPPORTED = 10_000;
/**
 * Most tags whose matching data (maximized LSR, keys) `match` and `distance` remember: a whole
 * supported list of MAX_SUPPORTED tags, so a server that draws per-request supported lists from a
 * fixed set of locales prepares each list with one map look-up per tag. Cleared when full, so a
 * stream of unique tags costs what it would without the cache, and memory stays bounded.
 */
export const MATCH_TAG_CACHE_LIMIT = MAX_SUPPORTED;
/**
 * Longest tag kept in that cache (real locale tags are under 40 characters): 10,000 entries of at
 * most 64 characters take about 4 MB (measured); longer tags are recomputed on every call.
 */
export const MATCH_TAG_CACHE_KEY_LIMIT = 64;
