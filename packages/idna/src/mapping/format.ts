// Layout of the values of the UTS #46 mapping trie (written by scripts/gen-mapping.ts, read by ./lookup.ts):
//
//   value = payload * PAYLOAD_UNIT + (MARK_FLAG if set) + (NFC_FLAG if set) + kind
//
// | kind | status (UTS #46 §5) | payload |
// |---|---|---|
// | DISALLOWED | disallowed | 0 |
// | VALID | valid | 0 |
// | IGNORED | ignored | 0 |
// | DEVIATION | deviation | index in MAPPING_STRINGS of the transitional mapping |
// | MAPPED_DELTA | mapped to one code point | zigzag of (target − code point): runs of case pairs share a value |
// | MAPPED_STRING | mapped to several code points | index in MAPPING_STRINGS |
//
// NFC_FLAG marks code points whose output (themselves or their mapping) has NFC_Quick_Check ≠ Yes or a
// non-zero combining class: a mapped label without any flagged code point is already in NFC, so
// `String.prototype.normalize` is skipped for it. MARK_FLAG marks General_Category Mark (Mn, Mc, Me), for
// UTS #46 §4.1 V6 without loading the whole General_Category table.
export const KIND = {
  DISALLOWED: 0,
  VALID: 1,
  IGNORED: 2,
  DEVIATION: 3,
  MAPPED_DELTA: 4,
  MAPPED_STRING: 5,
  KIND_MASK: 7,
  NFC_FLAG: 8,
  MARK_FLAG: 16,
  PAYLOAD_UNIT: 32,
} as const;

export type MappingKind = 0 | 1 | 2 | 3 | 4 | 5;
