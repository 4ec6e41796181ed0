// Limits, checked before any work. Every operation is linear in its input; these bound one call.

/**
 * Longest input, in UTF-16 code units, that the checking functions (`areConfusable`,
 * `identifierProfile`, `detectMixedNumbers`, `detectSuspicious`, `displayPolicy`) analyse: 64 Ki units,
 * far above any identifier, e-mail address or domain name (253 octets), low enough that one call stays
 * short. Longer input is not analysed: the result carries `INPUT_TOO_LONG`. `skeleton` itself has no
 * limit (it is linear and allocates O(n)).
 */
export const MAX_INPUT_LENGTH = 64 * 1024;

/**
 * Longest name, in UTF-16 code units, that a skeleton index accepts (`add`, `lookup`): a domain name in
 * Unicode form is at most 253 octets of A-labels, which decode to fewer than 1 024 units.
 */
export const MAX_NAME_LENGTH = 1024;

/**
 * UTS #39 §5.4: "Forbid sequences of more than 4 nonspacing marks (gc=Mn or gc=Me)" — the bound used by
 * `detectSuspicious` for `NONSPACING_MARKS_EXCESSIVE`.
 */
export const MAX_NONSPACING_MARKS = 4;

/** True when `text` is longer than MAX_INPUT_LENGTH (the checking functions then stop at once). */
export function tooLong(text: string): boolean {
  return text.length > MAX_INPUT_LENGTH;
}

/**
 * At most this many issues of one code per call (and entries in `identifierProfile().restricted`): a
 * name has a handful, a hostile 64 Ki-unit input would otherwise allocate one object per code point.
 * `restrictedCount` still counts them all.
 */
export const MAX_ISSUES_PER_CODE = 100;
