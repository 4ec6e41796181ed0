// UTS #46 §4.3 ToUnicode.
import { idnaError, type IdnaIssue } from '../errors.js';
import { MAX_INPUT_LENGTH } from '../limits.js';
import { passThrough } from './fast-path.js';
import { resolveOptions, type ResolvedOptions, type Uts46Options } from './options.js';
import { LabelKind, NO_ERRORS, inputTooLong, processDomain, sortErrors, spliceLabels } from './process.js';
import { uts46Result, type Uts46Result } from './to-ascii.js';

/**
 * UTS #46 §4.3 ToUnicode: the domain for display (`xn--` labels decoded), with every error found.
 * `toUnicode('xn--bcher-kva.example')` → `{ ok: true, value: 'bücher.example', issues: [] }`.
 * Transitional processing never applies (UTS #46 §4.3). Throws only a TypeError for a non-string input or
 * a non-boolean option.
 */
export function toUnicode(input: string, options?: Uts46Options): Uts46Result {
  if (typeof input !== 'string') throw new TypeError('toUnicode expects a string');
  return toUnicodeResolved(input, resolveOptions(options));
}

/** ToUnicode with resolved options. */
export function toUnicodeResolved(input: string, resolved: ResolvedOptions): Uts46Result {
  // Limits first: nothing is scanned, mapped, normalized or encoded beyond MAX_INPUT_LENGTH.
  if (input.length > MAX_INPUT_LENGTH) return uts46Result(input, [inputTooLong(input.length)]);
  // Fast path: an already-valid LDH name is its own ToUnicode (lower-cased).
  const fast = passThrough(input, resolved, false);
  if (fast !== undefined) return uts46Result(fast, NO_ERRORS);

  // Step 1: Processing with Transitional_Processing=false.
  const errors: IdnaIssue[] = [];
  const labels = processDomain(input, resolved, false, errors);
  if (labels === undefined) return uts46Result(input, errors);
  // X4_2 (with verifyDnsLength): an empty label, other than a trailing root label, is reported here as
  // IdnaTestV2 expects (it was A4_2 before Unicode 15.1).
  const { count, ranges, decoded } = labels;
  if (resolved.verifyDnsLength) {
    for (let index = 0; index < count; index++) {
      const empty =
        ranges[3 * index + 2]! & LabelKind.DECODED
          ? decoded![index]!.length === 0
          : ranges[3 * index] === ranges[3 * index + 1];
      if (empty && (index < count - 1 || count === 1)) errors.push(idnaError('X4_2', 'empty label', index));
    }
  }
  // The mapped text with the decoded `xn--` labels in place of their ranges.
  const domain = spliceLabels(labels);
  return uts46Result(domain, errors.length === 0 ? NO_ERRORS : sortErrors(errors));
}

/**
 * The form under which names are indexed and compared (a zone's names for collisions and look-alikes):
 * UTS #46 ToUnicode with the default options (A-labels decoded, case folded, NFC), then without the dot of
 * the root at its end (`www.Example.` and `www.example` are one name). A name with errors keeps ToUnicode's
 * best conversion, as `value` does.
 */
export function unicodeName(name: string): string {
  if (typeof name !== 'string') throw new TypeError('unicodeName expects a string');
  const unicode = toUnicode(name).value;
  return unicode.endsWith('.') ? unicode.slice(0, -1) : unicode;
}
