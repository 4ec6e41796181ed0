// Layout of the UTS #46 mapping data (written by scripts/gen-mapping.ts, read by ./lookup.ts).
//
// 1. MAPPING_TRIE (an @nomina/ucd/trie) gives every code point a small value:
//
//      value = (RTL_FLAG, MARK_FLAG, NFC_FLAG if set) + kind
//
//    | kind | status (UTS #46 §5) |
//    |---|---|
//    | DISALLOWED | disallowed |
//    | VALID | valid |
//    | IGNORED | ignored |
//    | DEVIATION | deviation (its transitional mapping is in the list below) |
//    | MAPPED | mapped (its mapping is in the list below) |
//
//    NFC_FLAG marks code points whose output (themselves or their mapping) has NFC_Quick_Check ≠ Yes or a
//    non-zero combining class: a mapped label without any flagged code point is already in NFC, so
//    `String.prototype.normalize` is skipped for it. MARK_FLAG marks General_Category Mark (Mn, Mc, Me), for
//    UTS #46 §4.1 V6 without loading the whole General_Category table. RTL_FLAG marks code points whose
//    output has Bidi_Class R, AL or AN: the mapping pass tells a Bidi domain name (RFC 5893 §1.4) on the way.
//
// 2. MAPPING_LIST holds the mapped and deviation code points in ascending order, MAPPING_COUNT of them, as
//    unsigned integers (`writeNumbers`): first the gaps between successive code points, then for each its
//    target t (the mapping is the code point cp + t when t < STRING_TARGET, else
//    MAPPING_STRINGS[t − STRING_TARGET]), zigzag-coded as the difference from the previous target: runs of
//    case pairs, full-width forms and mathematical letters become runs of zeros, which gzip shrinks to
//    almost nothing (the per-code-point mappings take a quarter of the space they took inside the trie).
export const KIND = {
  DISALLOWED: 0,
  VALID: 1,
  IGNORED: 2,
  DEVIATION: 3,
  MAPPED: 4,
  KIND_MASK: 7,
  NFC_FLAG: 8,
  MARK_FLAG: 16,
  RTL_FLAG: 32,
} as const;

export type MappingKind = 0 | 1 | 2 | 3 | 4;

/** Targets from here on are indexes (+ STRING_TARGET) in MAPPING_STRINGS. */
export const STRING_TARGET = 0x200000;

// Unsigned integers as printable ASCII without `"` and `\` (no escapes in a string literal): base 46, the
// last digit from FINAL, the others from CONTINUATION.
const ALPHABET = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const BASE = 46;
const FINAL = ALPHABET.slice(0, BASE);
const CONTINUATION = ALPHABET.slice(BASE, 2 * BASE);

/** Serializes unsigned integers (see readNumbers). */
export function writeNumbers(values: readonly number[]): string {
  let out = '';
  for (let v of values) {
    if (!(Number.isSafeInteger(v) && v >= 0)) throw new RangeError(`cannot write ${v}`);
    let digits = FINAL[v % BASE]!;
    for (v = Math.floor(v / BASE); v > 0; v = Math.floor(v / BASE)) digits = CONTINUATION[v % BASE]! + digits;
    out += digits;
  }
  return out;
}

/** Reads COUNT integers written by writeNumbers into OUT. */
export function readNumbers(text: string, out: Int32Array): void {
  let v = 0;
  let n = 0;
  for (let i = 0; i < text.length && n < out.length; i++) {
    const d = text.charCodeAt(i) - 0x20 - (text.charCodeAt(i) > 0x22 ? 1 : 0) - (text.charCodeAt(i) > 0x5c ? 1 : 0);
    if (d < BASE) {
      out[n++] = v * BASE + d;
      v = 0;
    } else v = v * BASE + (d - BASE);
  }
  if (n !== out.length) throw new SyntaxError('mapping list: truncated');
}

/** Zigzag coding of a signed integer as an unsigned one. */
export const zigzag = (d: number): number => (d >= 0 ? d * 2 : -d * 2 - 1);
export const unzigzag = (z: number): number => (z & 1 ? -(z + 1) / 2 : z / 2);
