// Mixed-script detection (UTS #39 §5.1).
//
// | UTS #39 §5.1                                        | Here                                   |
// | --------------------------------------------------- | -------------------------------------- |
// | augmented script set of a character: scx, plus      | augmentedBitsOf (script-set.ts)        |
// |   Hanb+Jpan+Kore for Hani, Jpan for Hira/Kana,      |                                        |
// |   Kore for Hang, Hanb for Bopo; {Zyyy}/{Zinh} = ALL |                                        |
// | resolved script set = ∩ of the augmented sets       | resolvedScriptSet                      |
// | single-script ⇔ resolved set non-empty              | isSingleScript                         |
// | covered by a set S ⇔ S meets every augmented set    | resolvedScriptSetWithout (for §5.2)    |
import type { ScriptCode } from '@nomina/ucd';
import { analysedLength, MAX_TEXT_LENGTH } from '../limits.js';
import { augmentedBitsOf, codesOf, has, intersectInto, isEmpty, newBits, type Bits } from '../script-set.js';

/**
 * A resolved script set: `all` when every character is Common or Inherited (or the text is empty),
 * else the ISO 15924 codes (alphabetical, including the augmented Hanb, Jpan, Kore) shared by every
 * character; empty `scripts` with `all: false` means mixed-script.
 */
export interface ResolvedScriptSet {
  readonly all: boolean;
  readonly scripts: readonly ScriptCode[];
}

export interface MixedScriptOptions {
  /** Analyse at most this many UTF-16 units (default and upper bound {@link MAX_TEXT_LENGTH}). */
  readonly maxLength?: number;
}

/** UTS #39 §5.1 resolved script set of `text` (see {@link ResolvedScriptSet}). */
export function resolvedScriptSet(text: string, options: MixedScriptOptions = {}): ResolvedScriptSet {
  const bits = resolvedBits(text, undefined, options);
  return bits === undefined ? { all: true, scripts: [] } : { all: false, scripts: codesOf(bits) };
}

/** UTS #39 §5.1: whether `text` is single-script (its resolved script set is not empty). */
export function isSingleScript(text: string, options: MixedScriptOptions = {}): boolean {
  const bits = resolvedBits(text, undefined, options);
  return bits === undefined || !isEmpty(bits);
}

/**
 * The intersection of the augmented script sets of the characters of `text`, skipping those whose
 * augmented set holds `without` (UTS #39 §5.2 uses it with Latn). `undefined` stands for ALL.
 */
export function resolvedBits(
  text: string,
  without: ScriptCode | undefined,
  options: MixedScriptOptions,
): Bits | undefined {
  const length = analysedLength(text, options.maxLength);
  let resolved: Bits | undefined;
  let previous: Bits | undefined;
  for (let i = 0; i < length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const augmented = augmentedBitsOf(cp);
    if (augmented === undefined || augmented === previous || (without !== undefined && has(augmented, without)))
      continue;
    previous = augmented;
    if (resolved === undefined) resolved = newBits().fill(0xffffffff);
    if (!intersectInto(resolved, augmented)) return resolved; // empty stays empty
  }
  return resolved;
}
