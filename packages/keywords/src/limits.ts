// Named limits of @nomina/keywords. Every entry point checks them before any expensive step (Unicode
// normalization, transliteration, candidate generation), so any string (1 MB, lone surrogates, controls)
// gets a bounded answer in time linear in the input, or an issue and no work at all.

/**
 * Longest query `lookup` considers, in UTF-16 code units. Keywords are names and short phrases; 256
 * units hold any real one (the longest CLDR locale name is under 100) while keeping normalization,
 * the O(n·m) Damerau–Levenshtein verification and the O(n²) two-deletion neighbourhood of a query
 * far below a millisecond. A longer query is reported as `QUERY_TOO_LONG` and not searched.
 */
export const MAX_QUERY_LENGTH = 256;

/**
 * Longest key `add` indexes, in UTF-16 code units: a key longer than this is refused with
 * `KEY_TOO_LONG` (every deletion variant of a key is an index row, so the index grows with key length).
 */
export const MAX_KEY_LENGTH = 256;

/** Longest target identifier, in UTF-16 code units (`TARGET_TOO_LONG`): targets are identifiers, not documents. */
export const MAX_TARGET_LENGTH = 1024;

/** Longest locale or namespace label, in UTF-16 code units (`LABEL_TOO_LONG`). */
export const MAX_LABEL_LENGTH = 64;

/**
 * Most entries one index holds. Entry ids, key ids and posting offsets are 32-bit typed-array values,
 * and V8's `Map`/`Set` stop at 2^24 entries; 2^24 entries keeps every structure well inside both.
 */
export const MAX_ENTRIES = 1 << 24;

/** Distinct locales (and, separately, namespaces) one index can name: their ids are 16-bit. */
export const MAX_LABELS = 65_535;

/** Largest `limit` a look-up accepts: answers are ranked lists for people, not exports. */
export const MAX_LIMIT = 1000;

/** Largest `maxEdits`: beyond two edits, a short keyword matches half the dictionary. */
export const MAX_EDITS = 2;

/**
 * Keys examined for a prefix query, in code-point order from the prefix, and word starts examined for
 * its word-prefix matches: type-ahead on a one-letter prefix of a million keys stays bounded. The best
 * (shortest, heaviest) of these are ranked.
 */
export const MAX_PREFIX_SCAN = 64;

/**
 * Fuzzy candidates verified per query. The deletion neighbourhood of a 256-unit query touches at most
 * a few thousand buckets; verifying more than this many keys is never needed for a ranked top list.
 */
export const MAX_FUZZY_CANDIDATES = 4096;

/** Largest index file `loadKeywordIndex` accepts (bytes): 2 GiB, the largest `ArrayBuffer` every engine allocates. */
export const MAX_INDEX_BYTES = 2 ** 31 - 1;

/**
 * Longest string, in UTF-16 code units (before and after NFC), `damerauLevenshtein` compares. The
 * unrestricted distance needs an (n + 2) × (m + 2) table; at this cap it is 4.2 MB, allocated for the
 * call and dropped after it (only tables up to `SCRATCH_CELLS` are kept between calls). A longer string
 * is a programmer error (`RangeError`), checked before normalization: names and keywords are far shorter.
 */
export const MAX_DISTANCE_LENGTH = 1024;

/**
 * Longest text, in UTF-16 code units, `segmentWords` takes. The text is handed to `Intl.Segmenter` in
 * pieces of at most `SEGMENT_PIECE` units cut at spaces (its dictionary segmentation is quadratic on
 * long runs: 64k CJK units took minutes in V8), so time is linear; the cap bounds one call (~0.5 s for
 * distinct CJK at the cap). A longer text is a programmer error (`RangeError`): split it first.
 */
export const MAX_SEGMENT_LENGTH = 65_536;

/**
 * Longest text, in UTF-16 code units, that `fold`, `foldBasic` and `romanize` take: 1 Mi units (2 MiB of
 * string). They are linear; the cap bounds the time and memory of one call (the README's Limits). A longer
 * text is a programmer error (`RangeError`), checked before any work.
 */
export const MAX_TEXT_LENGTH = 1 << 20;

/**
 * Locales whose `Intl.Segmenter` `segmentWords` keeps between calls (least recently used dropped first),
 * so that a caller passing many distinct locale strings cannot grow memory without bound.
 */
export const MAX_CACHED_SEGMENTERS = 8;
