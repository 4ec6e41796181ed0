// Every limit of @nomina/langtag, in one place: checked before any expensive step, so each call is
// linear in its input and hostile input costs bounded time and memory. The README's Limits section
// lists them with the worst case measured; test/campaign.test.ts checks each at N and N+1.

/**
 * Longest tag `parse` (and every function taking a tag) accepts, in UTF-16 code units. RFC 5646
 * §4.4.1 asks implementations to handle at least 35 characters, and real tags with -u/-t extensions
 * stay under ~150; 1024 leaves ample room while bounding the work (and the arrays built).
 */
export const MAX_TAG_LENGTH = 1024;

/** Longest Accept-Language header read (servers commonly cap a header at 8 kB; one field needs far less). */
export const MAX_ACCEPT_LANGUAGE_LENGTH = 4096;

/**
 * Most ranges kept from one header, and read from a priority list by `filter`/`lookup` (a browser
 * sends a handful); it bounds extended filtering's ranges × tags work.
 */
export const MAX_LANGUAGE_RANGES = 64;

/** Most tags `filter`/`lookup` read (an app's catalogue of locales is far smaller). */
export const MAX_FILTER_ITEMS = 10_000;

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

/**
 * Entries of each memo of `canonicalize` (per form), `maximize` and `minimize` (per favor): the hot
 * path of an app sees the same few tags again and again. Cleared when full.
 */
export const MEMO_LIMIT = 512;

/**
 * Longest tag a memo keeps (real locale tags are under 40 characters); longer ones are computed every
 * time. It bounds what a stream of hostile tags can make the memos hold: a 1,024-unit tag with 200
 * repeated singletons has 200 issues (~200 KB of results over the memos), so 512 of them held 109 MB
 * with the former bound of 2,048 units (measured); at 64 units the memos hold at most a few MB.
 */
export const MEMO_KEY_LIMIT = 64;

/** Supported lists `match` keeps prepared (by content): an app matches against the same list again and again. */
export const MATCH_LIST_CACHE_LIMIT = 16;

/** Longest supported list (its tags joined) kept prepared: 16 × 1 MB at most, whatever the input. */
export const MATCH_LIST_CACHE_KEY_LIMIT = 1 << 20;

/** Results `match` remembers per prepared supported list (keyed by desired list and options). */
export const MATCH_RESULT_CACHE_LIMIT = 256;

/** Longest key (the desired tags joined, with the options) of a remembered `match` result. */
export const MATCH_RESULT_CACHE_KEY_LIMIT = 2048;

/** Longest chain `fallbackChain` builds: a tag has at most a few subtags to drop; this bounds hostile input. */
export const MAX_FALLBACK_CHAIN = 16;
