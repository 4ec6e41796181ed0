// @nomina/security/skeleton — the small tier: the UTS #39 §4 skeleton and bidiSkeleton alone (the
// confusables table, Default_Ignorable_Code_Point and Bidi_Mirroring_Glyph), without identifier data,
// script sets or the index.
export { skeleton, bidiSkeleton } from './confusable/skeleton.js';
export { SECURITY_DATA_VERSION } from './data/version.js';
export type { ParagraphDirection } from './confusable/bidi.js';
