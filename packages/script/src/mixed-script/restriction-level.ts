// Restriction-level detection (UTS #39 §5.2).
//
// | Level (UTS #39 §5.2)       | Condition here                                                     |
// | -------------------------- | ------------------------------------------------------------------ |
// | ASCII-Only                 | every code point < U+0080                                          |
// | Single Script              | the resolved script set (§5.1) is not empty                        |
// | Highly Restrictive         | covered by Latn + Jpan, Latn + Hanb or Latn + Kore                 |
// | Moderately Restrictive     | covered by Latn + one other Recommended script (UAX #31 Table 5), |
// |                            | except Cyrl and Grek                                               |
// | Minimally Restrictive      | anything else                                                      |
// | Unrestricted               | some code point outside the identifier profile (`inProfile`)       |
//
// "Covered by Latn + X" ⇔ X is in the resolved script set of the code points whose augmented set does
// not contain Latn. UTS #39 also requires levels 1–5 to use only code points of the identifier profile
// (IdentifierStatus.txt Allowed); that data is not bundled: pass `inProfile` to apply it.
import type { ScriptCode } from '@nomina/ucd';
import { analysedLength } from '../limits.js';
import { has, isEmpty, type Bits } from '../script-set.js';
import { resolvedBits, type MixedScriptOptions } from './resolved-script-set.js';

/** UTS #39 §5.2 restriction levels, from most to least restrictive. */
export const RESTRICTION_LEVELS = /* @__PURE__ */ Object.freeze([
  'ascii-only',
  'single-script',
  'highly-restrictive',
  'moderately-restrictive',
  'minimally-restrictive',
  'unrestricted',
] as const);

export type RestrictionLevel = (typeof RESTRICTION_LEVELS)[number];

/** UAX #31 Table 5 Recommended Scripts other than Zyyy and Zinh. */
export const RECOMMENDED_SCRIPTS: readonly ScriptCode[] = /* @__PURE__ */ Object.freeze<ScriptCode[]>([
  'Arab',
  'Armn',
  'Beng',
  'Bopo',
  'Cyrl',
  'Deva',
  'Ethi',
  'Geor',
  'Grek',
  'Gujr',
  'Guru',
  'Hang',
  'Hani',
  'Hebr',
  'Hira',
  'Kana',
  'Khmr',
  'Knda',
  'Laoo',
  'Latn',
  'Mlym',
  'Mymr',
  'Orya',
  'Sinh',
  'Taml',
  'Telu',
  'Thaa',
  'Thai',
  'Tibt',
]);

export interface RestrictionLevelOptions extends MixedScriptOptions {
  /** Identifier profile (e.g. IdentifierStatus Allowed); a code point outside it makes the text Unrestricted. */
  readonly inProfile?: (codePoint: number) => boolean;
}

const MODERATE = RECOMMENDED_SCRIPTS.filter((s) => s !== 'Latn' && s !== 'Cyrl' && s !== 'Grek');

/** UTS #39 §5.2 restriction level of `text`. */
export function restrictionLevel(text: string, options: RestrictionLevelOptions = {}): RestrictionLevel {
  const length = analysedLength(text, options.maxLength);
  let ascii = true;
  for (let i = 0; i < length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (options.inProfile && !options.inProfile(cp)) return 'unrestricted';
    if (cp >= 0x80) ascii = false;
  }
  // Step: ASCII-Only.
  if (ascii) return 'ascii-only';
  // Step: Single Script — the resolved script set is not empty.
  const all = resolvedBits(text, undefined, options);
  if (all === undefined || !isEmpty(all)) return 'single-script';
  // Step: Highly Restrictive — covered by Latn + Jpan / Hanb / Kore.
  const noLatin: Bits | undefined = resolvedBits(text, 'Latn', options);
  if (noLatin === undefined) return 'single-script'; // only Latin and Common/Inherited: unreachable, kept total
  if (has(noLatin, 'Jpan') || has(noLatin, 'Hanb') || has(noLatin, 'Kore')) return 'highly-restrictive';
  // Step: Moderately Restrictive — covered by Latn + one Recommended script other than Cyrl, Grek.
  if (MODERATE.some((s) => has(noLatin, s))) return 'moderately-restrictive';
  return 'minimally-restrictive';
}
