// UTS #46 §4 Processing, shared by ToASCII and ToUnicode:
//
// | step | here |
// |---|---|
// | 1 Map, 2 Normalize | ./map.ts |
// | 3 Break (at U+002E FULL STOP) | `processDomain`: label ranges of the mapped text (`domainLabels`) |
// | 4.1 `xn--` labels: ASCII, Punycode, not empty / ASCII-only (P4), nontransitional validity | `convertLabel` |
// | 4.2 other labels: validity for the chosen processing | ./validity.ts |
// | §4.1 V8 CheckBidi: the RFC 5893 rule on every label of a Bidi domain name (B1–B6) | `checkBidi` |
import { isAscii } from '@nomina/core';
import { idnaError, type IdnaIssue } from '../errors.js';
import { MAX_INPUT_LENGTH } from '../limits.js';
import { decodeLabel } from '../punycode/rfc3492.js';
import { checkBidiRange } from '../rules/bidi.js';
import { MAP_ASCII, MAP_RTL, MAP_SUSPECT, mapAndNormalize } from './map.js';
import type { ResolvedOptions } from './options.js';
import { validateLabel } from './validity.js';

const HYPHEN = 0x2d;
const DOT = 0x2e;

/** The shared, frozen error list of results without errors (no allocation on the fast path). */
export const NO_ERRORS: readonly IdnaIssue[] = Object.freeze([]);

/** Flags of a label in `DomainLabels.kinds`. */
export const enum LabelKind {
  /** The range has a character beyond ASCII. */
  NON_ASCII = 1,
  /** An `xn--` label that decoded (step 4.1.2): it is replaced by `decoded[index]`. */
  DECODED = 2,
  /** DECODED to non-ASCII text: ToASCII keeps the `xn--` label as it came (see `DomainLabels`). */
  UNICODE = 4,
}

/**
 * The labels of one `processDomain` call (its own object: no state outlives a call): ranges of the mapped
 * and normalized text, so that no label becomes a string of its own unless step 4.1 replaces it. Punycode is canonical (each string has one encoding, and a
 * decodable lower-case input is that encoding: tested in punycode.test.ts), so ToASCII keeps a label of kind
 * UNICODE as it came instead of encoding its decoded form again.
 */
export interface DomainLabels {
  /** UTS #46 §4 steps 1-2: the mapped and normalized domain. */
  text: string;
  count: number;
  /**
   * Three numbers per label (one array: the hot path allocates little): label i is the range [start, end)
   * at `ranges[3 * i]`, `ranges[3 * i + 1]`, and its `LabelKind` flags are `ranges[3 * i + 2]`.
   */
  ranges: number[];
  /** For each DECODED label its decoded text; undefined as a whole when there is none (no array to reset). */
  decoded: (string | undefined)[] | undefined;
}

/** The error for an input over `MAX_INPUT_LENGTH` (checked before any other work). */
export function inputTooLong(length: number): IdnaIssue {
  return idnaError(
    'INPUT_TOO_LONG',
    `input of ${length} UTF-16 code units is longer than MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH})`,
  );
}

/**
 * §4 step 4.1: the `xn--` label number INDEX of LABELS decoded and checked; a label that decodes is
 * recorded in LABELS (kinds, decoded). Returns whether the decoded label has an R, AL or AN character.
 */
function convertLabel(labels: DomainLabels, index: number, options: ResolvedOptions, errors: IdnaIssue[]): boolean {
  const { text } = labels;
  const { ranges } = labels;
  const start = ranges[3 * index]!;
  const end = ranges[3 * index + 1]!;
  // 4.1.1: an ACE label must be ASCII.
  if (ranges[3 * index + 2]! & LabelKind.NON_ASCII) {
    errors.push(idnaError('P4', '"xn--" label contains non-ASCII characters', index, 0));
    return false;
  }
  // 4.1.2: Punycode conversion.
  const decoded = decodeLabel(text, start + 4, end);
  if (typeof decoded !== 'string') {
    if (options.ignoreInvalidPunycode) {
      validateLabel(text, start, end, index, options, false, true, true, errors);
      return false;
    }
    errors.push(
      idnaError(
        'P4',
        `invalid Punycode: ${decoded.message}`,
        index,
        decoded.offset < 0 ? decoded.offset : decoded.offset - start,
      ),
    );
    return false;
  }
  let kind = LabelKind.DECODED;
  // 4.1.3: an empty or ASCII-only result is an error (CVE-2024-12224 class: `xn--example-`).
  if (decoded.length === 0 || isAscii(decoded)) {
    errors.push(idnaError('P4', '"xn--" label decodes to an empty or ASCII-only label', index, 0));
  } else kind |= LabelKind.UNICODE;
  ranges[3 * index + 2]! |= kind;
  (labels.decoded ??= [])[index] = decoded;
  // 4.1.4: validity criteria for nontransitional processing, including NFC.
  return validateLabel(decoded, 0, decoded.length, index, options, false, true, true, errors);
}

/** TEXT[START, END) starts with the ACE prefix `xn--` (after mapping: lower case). */
function hasAcePrefix(text: string, start: number, end: number): boolean {
  return (
    end - start >= 4 &&
    text.charCodeAt(start) === 0x78 &&
    text.charCodeAt(start + 1) === 0x6e &&
    text.charCodeAt(start + 2) === HYPHEN &&
    text.charCodeAt(start + 3) === HYPHEN
  );
}

/** §4.1 V8 (CheckBidi): in a Bidi domain name (the caller checked), every label satisfies RFC 5893 §2. */
function checkBidi(labels: DomainLabels, errors: IdnaIssue[]): void {
  const { count, ranges, decoded } = labels;
  for (let index = 0; index < count; index++) {
    // The label: its decoded text (step 4.1) or its range of the mapped text.
    let text = labels.text;
    let start = ranges[3 * index]!;
    let end = ranges[3 * index + 1]!;
    if (ranges[3 * index + 2]! & LabelKind.DECODED) {
      text = decoded![index]!;
      start = 0;
      end = text.length;
    }
    const violations = checkBidiRange(text, start, end);
    if (violations === undefined) continue;
    for (const v of violations) {
      errors.push(
        idnaError(
          `B${v.condition}`,
          `fails condition ${v.condition} of the Bidi rule (RFC 5893 §2)`,
          index,
          v.offset,
          v.codePoint,
        ),
      );
    }
  }
}

/**
 * UTS #46 §4 Processing of INPUT (already bounded by the caller), appending problems to ERRORS. Returns the
 * labels, or undefined when a limit stopped the processing (then ERRORS holds INPUT_TOO_LONG only).
 */
export function processDomain(
  input: string,
  options: ResolvedOptions,
  transitional: boolean,
  errors: IdnaIssue[],
): DomainLabels | undefined {
  // Steps 1 Map, 2 Normalize.
  const labels: DomainLabels = { text: '', count: 0, ranges: [], decoded: undefined };
  const scan = mapAndNormalize(input, transitional, labels);
  const { text: mapped, ranges } = labels;
  // Mapping can lengthen the input (U+FDFA maps to 18 code points): bound it again before the rest.
  const length = mapped.length;
  if (length > MAX_INPUT_LENGTH) {
    errors.push(inputTooLong(length));
    return undefined;
  }
  const suspect = (scan & MAP_SUSPECT) !== 0;
  let rtl = (scan & MAP_RTL) !== 0;
  // Step 3 Break: one scan records the label ranges and which labels have non-ASCII characters.
  let start = 0;
  if (scan & MAP_ASCII) {
    // All ASCII (the mapping kept it so): the full stops by indexOf, every label of kind 0.
    for (let dot = mapped.indexOf('.'); dot >= 0; dot = mapped.indexOf('.', start)) {
      ranges.push(start, dot, 0);
      start = dot + 1;
    }
    ranges.push(start, length, 0);
  } else {
    let kind = 0;
    for (let i = 0; i <= length; i++) {
      const unit = i < length ? mapped.charCodeAt(i) : DOT;
      if (unit === DOT) {
        ranges.push(start, i, kind);
        start = i + 1;
        kind = 0;
      } else if (unit >= 0x80) kind = LabelKind.NON_ASCII;
    }
  }
  const count = ranges.length / 3;
  labels.count = count;
  for (let index = 0; index < count; index++) {
    const labelStart = ranges[3 * index]!;
    const labelEnd = ranges[3 * index + 1]!;
    // Step 4 Convert/Validate.
    if (hasAcePrefix(mapped, labelStart, labelEnd)) {
      if (convertLabel(labels, index, options, errors)) rtl = true;
    } else {
      validateLabel(mapped, labelStart, labelEnd, index, options, transitional, suspect, false, errors);
    }
  }
  if (rtl && options.checkBidi) checkBidi(labels, errors);
  return labels;
}

/**
 * The mapped text of LABELS with the decoded `xn--` labels (step 4.1) in place of their ranges: the
 * unchanged runs between them are copied as slices (a domain without decoded labels is the text itself).
 */
export function spliceLabels(labels: DomainLabels): string {
  const { text, count, ranges, decoded: replacements } = labels;
  if (replacements === undefined) return text;
  let out = '';
  let copied = 0; // text before this offset is in OUT
  for (let index = 0; index < count; index++) {
    const replacement = replacements[index];
    if (replacement === undefined) continue;
    const start = ranges[3 * index]!;
    out += copied < start ? text.slice(copied, start) + replacement : replacement;
    copied = ranges[3 * index + 1]!;
  }
  return copied < text.length ? out + text.slice(copied) : out;
}

/** Errors in label order (then by offset), as a stable report. */
export function sortErrors(errors: IdnaIssue[]): IdnaIssue[] {
  return errors.sort((a, b) => a.label - b.label || a.offset - b.offset);
}
