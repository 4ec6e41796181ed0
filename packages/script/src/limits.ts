// Limits, checked before any work. Every function here is linear in its input; the limits bound the
// memory of one call (the runs array can hold one entry per code point) and keep one call short.

/**
 * Longest text, in UTF-16 code units, that one call analyses (16 Mi units = 32 MiB of string). Longer
 * text is analysed up to this length (cut before a split surrogate pair) and `analyzeScripts` reports
 * `TEXT_TOO_LONG`; stream longer documents in chunks.
 */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/**
 * Depth of the paired-bracket stack of script runs (UAX #24 §5.1), as in UAX #9 BD16 (63). When one
 * more bracket opens, bracket matching stops for the rest of the text (as BD16 does): from there on
 * brackets are plain Common characters.
 */
export const MAX_BRACKET_DEPTH = 63;

/**
 * Lone surrogates `analyzeScripts` reports one by one; beyond this many, one more issue gives the count of
 * the rest, so a text of lone surrogates cannot make one issue object per unit.
 */
export const MAX_SURROGATE_ISSUES = 100;

/**
 * Length of the part of `text` that is analysed: at most `maxLength` (capped at MAX_TEXT_LENGTH) UTF-16
 * units, not ending inside a surrogate pair. A `maxLength` that is not a whole number ≥ 0 (or Infinity)
 * is a programmer error (RangeError).
 */
export function analysedLength(text: string, maxLength: number = MAX_TEXT_LENGTH): number {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`);
  if (!(maxLength >= 0 && (Number.isInteger(maxLength) || maxLength === Infinity))) {
    throw new RangeError(`maxLength must be a whole number ≥ 0, got ${maxLength}`);
  }
  const limit = Math.min(maxLength, MAX_TEXT_LENGTH);
  if (text.length <= limit) return text.length;
  const last = text.charCodeAt(limit - 1);
  return last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
}
