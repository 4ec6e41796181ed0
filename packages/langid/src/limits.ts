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
 * bounds the time of one call (see the README's Limits section for the worst case measured).
 */
export const MAX_SPANS_LENGTH = 100_000;

/**
 * `detectSpans` detects a text seen before in the same call once: at most this many detections of
 * texts of at most SPAN_MEMO_KEY_LIMIT code units are remembered (then the memo is cleared), and the
 * memo lives only during the call: bounded memory whatever the input.
 */
export const SPAN_MEMO_LIMIT = 4096;

/** Longest text `detectSpans` remembers a detection of (longer spans are rare and detected every time). */
export const SPAN_MEMO_KEY_LIMIT = 64;

/** At most this many entries in `only` / `exclude` (more than every language of the full tier). */
export const MAX_TAG_LIST = 2048;

/** At most this many candidates are returned (`top`). */
export const MAX_TOP = 64;

/**
 * `trainModel` / `extendModel` count at most this many distinct features per language: past it, the rarest
 * are dropped (a deterministic lossy count), so memory is bounded whatever the amount of text.
 */
export const MAX_TRAINING_FEATURES = 1_000_000;

/** At most this many held-out texts per language calibrate a trained model (the rest are skipped). */
export const MAX_HELDOUT_PER_LANGUAGE = 1000;

/**
 * At most this many held-out texts in all calibrate a trained model, taken in turn from each language (its
 * first, then its second…): calibration ranks each against every language, so its cost stays linear in them.
 */
export const MAX_CALIBRATION_TEXTS = 20_000;

/**
 * At most this many (held-out text, language) pairs are scored when a trained model is calibrated: a model of
 * many languages calibrates on fewer texts (this divided by its languages, at most MAX_CALIBRATION_TEXTS), so
 * that training time stays linear in the languages even when they all share one script and every feature.
 */
export const MAX_CALIBRATION_PAIRS = 8_000_000;

/** At most this many languages in a trained model (postings index languages with 16 bits). */
export const MAX_TRAINING_LANGUAGES = 65_535;
