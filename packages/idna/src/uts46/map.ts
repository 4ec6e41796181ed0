// UTS #46 §4 Processing, steps 1 (Map) and 2 (Normalize).
import { KIND, mappingOf, mappingValue } from '../mapping/lookup.js';
import { isLowerLdh } from '../ascii.js';

/** What the mapping pass saw, so that later steps can skip work (reset by every `mapAndNormalize`). */
export interface MapScan {
  /**
   * The output may fail V7 / U1 / C1 / C2: it kept a disallowed code point or a deviation, or has an ASCII
   * character other than lower-case LDH and FULL STOP. Otherwise every code point is valid and the
   * per-code-point checks of §4.1 can be skipped for labels that are not Punycode.
   */
  suspect: boolean;
  /** The output has a character of Bidi_Class R, AL or AN: the domain is a Bidi domain name. */
  rtl: boolean;
  /** The input, hence the output, is all ASCII. */
  ascii: boolean;
}

export const mapScan: MapScan = { suspect: false, rtl: false, ascii: true };

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
 * NFC (see the NFC flag of mapping/format.ts). The caller bounds the input length first.
 */
export function mapAndNormalize(input: string, transitional: boolean): string {
  let out = '';
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
        out += input.slice(start, i) + String.fromCharCode(cp + 0x20);
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
    out += input.slice(start, at) + replacement;
    start = i + 1;
  }
  mapScan.suspect = suspect;
  mapScan.ascii = ascii;
  mapScan.rtl = (flags & KIND.RTL_FLAG) !== 0;
  out = start === 0 ? input : out + input.slice(start);
  return flags & KIND.NFC_FLAG ? out.normalize('NFC') : out;
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
