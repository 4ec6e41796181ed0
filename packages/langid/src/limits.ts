// Limits of @nomina/langid: checked before any expensive step, so every call is linear and bounded.

/**
 * `detect` reads at most this many UTF-16 code units: longer input is sampled in three equal slices
 * (start, middle, end). 2,048 units hold several sentences, more than enough evidence for any
 * language, and bound the work per call whatever the input size.
 */
export const SAMPLE_LENGTH = 2048;

/**
 * `detectSpans` reads at most this many UTF-16 code units (about 15,000 words, a long web page); the
 * rest is not analysed and an `INPUT_TRUNCATED` issue says so. Spans score every clause, so this
 * bounds the time of one call (well under a second even for adversarial input).
 */
export const MAX_SPANS_LENGTH = 100_000;

/** At most this many entries in `only` / `exclude` (more than every language of the full tier). */
export const MAX_TAG_LIST = 2048;

/** At most this many candidates are returned (`top`). */
export const MAX_TOP = 64;
