// UTS #46 §4 Processing, steps 1 (Map) and 2 (Normalize).
import { KIND, mappingOf, mappingValue } from '../mapping/lookup.js';
import { isLowerLdh } from '../ascii.js';

// What the mapping pass saw, so that later steps can skip work: the flags `mapAndNormalize` returns.
/**
 * The output may fail V7 / U1 / C1 / C2: it kept a disallowed code point or a deviation, or has an ASCII
 * character other than lower-case LDH and FULL STOP. Otherwise every code point is valid and the
 * per-code-point checks of §4.1 can be skipped for labels that are not Punycode.
 */
export const MAP_SUSPECT = 1;
/** The output has a character of Bidi_Class R, AL or AN: the domain is a Bidi domain name. */
export const MAP_RTL = 2;
/** The input, hence the output, is all ASCII. */
export const MAP_ASCII = 4;

/** A mapped domain: its text (`mapAndNormalize` sets it). */
export interface Mapped {
  text: string;
}

const DOT = 0x2e;

/** What the mapping pass does with each ASCII character (one table read instead of range tests). */
const enum Ascii {
  /** Lower-case letter, digit, hyphen-minus, full stop: valid, kept. */
  KEEP = 0,
  /** Capital letter: mapped to lower case. */
  UPPER = 1,
  /** Any other: kept, and the output is suspect (U1 / V7 checks needed). */
  SUSPECT = 2,
}
const ASCII_ACTIONS = /* @__PURE__ */ Uint8Array.from({ length: 0x80 }, (_, cp) =>
  isLowerLdh(cp) || cp === DOT ? Ascii.KEEP : cp >= 0x41 && cp <= 0x5a ? Ascii.UPPER : Ascii.SUSPECT,
);

/**
 * §4 step 1 Map: each code point replaced according to its status — disallowed and valid kept (validity
 * is checked later, V7), ignored removed, mapped replaced, deviation replaced only under transitional
 * processing. Then §4 step 2 Normalize: NFC, skipped when no code point of the output can change under
 * NFC (see the NFC flag of mapping/format.ts). The caller bounds the input length first. The result goes
 * to OUT.text (the caller's object: no allocation for a second result); returns the MAP_* flags.
 */
export function mapAndNormalize(input: string, transitional: boolean, out: Mapped): number {
  let text = '';
  let start = 0; // start of the run of input copied unchanged
  let flags = 0;
  let suspect = false;
  let ascii = true;
  const length = input.length;
  for (let i = 0; i < length; i++) {
    let cp = input.charCodeAt(i);
    if (cp < 0x80) {
      // ASCII: only the capital letters are mapped (to lower case).
      const action = ASCII_ACTIONS[cp]!;
      if (action === Ascii.KEEP) continue;
      if (action === Ascii.UPPER) {
        text += input.slice(start, i) + String.fromCharCode(cp + 0x20);
        start = i + 1;
      } else suspect = true;
      continue;
    }
    ascii = false;
    const at = i;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const value = mappingValue(cp);
    flags |= value;
    const kind = value & KIND.KIND_MASK;
    if (kind === KIND.VALID) continue;
    if (kind === KIND.DISALLOWED || (kind === KIND.DEVIATION && !transitional)) {
      suspect = true;
      continue;
    }
    let replacement = kind === KIND.IGNORED ? '' : mappingOf(cp);
    // A mapping can produce a deviation (U+1E9E → U+00DF), which transitional processing maps in turn.
    if (transitional && kind !== KIND.DEVIATION) replacement = mapDeviations(replacement);
    // A mapping can produce ASCII other than lower-case LDH (U+FF3F FULLWIDTH LOW LINE → "_").
    if (!suspect) suspect = !isLdhText(replacement);
    text += input.slice(start, at) + replacement;
    start = i + 1;
  }
  text = start === 0 ? input : text + input.slice(start);
  out.text = flags & KIND.NFC_FLAG ? text.normalize('NFC') : text;
  return (suspect ? MAP_SUSPECT : 0) | (flags & KIND.RTL_FLAG ? MAP_RTL : 0) | (ascii ? MAP_ASCII : 0);
}

/** No ASCII character other than lower-case LDH and FULL STOP. */
function isLdhText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && !isLowerLdh(unit) && unit !== DOT) return false;
  }
  return true;
}

/** REPLACEMENT with its deviations (ß, ς, ZWJ, ZWNJ) replaced by their transitional mappings. */
function mapDeviations(replacement: string): string {
  let out = '';
  for (const char of replacement) {
    const cp = char.codePointAt(0)!;
    const value = mappingValue(cp);
    out += (value & KIND.KIND_MASK) === KIND.DEVIATION ? mappingOf(cp) : char;
  }
  return out;
}
