// Data of the optional detections of UTS #39 §5.4 that are not in the Unicode data files, kept as data so
// that a registry can read and extend it. Sources: UTS #39 §5.4 and the published IDN display policy of
// Chromium (docs/idn.md: kana that look like Han strokes or a slash), re-stated here, not copied.

/**
 * Kana and Hangul letters that look like Han ideographs or strokes (ー/一, ニ/二, エ/工, ロ/口, カ/力,
 * タ/夕, ト/卜, ハ/八, ヘ/乀, ノ/丿, ㅡ/一, ㅣ/丨, …): mixed with Han and no other kana (or Hangul)
 * they are more likely a spoof of a Han name than Japanese (or Korean) text.
 */
export const HAN_LOOKALIKE_KANA = 'ーニエロカタトハヘノソゾンヽヾへ';
export const HAN_LOOKALIKE_HANGUL = 'ㅡㅣ';

/** Katakana that can pass for a slash or a stroke next to non-Japanese letters (Chromium's rule). */
export const SLASH_LOOKALIKE_KANA = 'ノソゾン';

/** The IDNA full stops: a label ends at any of them (UTS #46 §2.3). */
export const LABEL_SEPARATORS = '.。．｡';

/**
 * Letters that pass for digits in a label of digits (з/3, ч/4, б/6, о and ѳ/0, θ/0), beyond what
 * confusables.txt maps to a digit (Chromium's digit look-alike rule).
 */
export const DIGIT_LOOKALIKE_LETTERS = 'зчбоѳθ';
