// Word segmentation (UAX #29 word boundaries through `Intl.Segmenter`, which uses dictionaries for
// Thai, Lao, Khmer, Myanmar, Chinese and Japanese, where words are not separated by spaces).
// Offered for callers that index words of long keys as entries of their own; the index itself matches
// whole keys (spaces fold away, so "new york", "newyork" and "new-york" are one key).

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string | undefined): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const name = locale ?? '';
  let found = segmenters.get(name);
  if (!found) {
    try {
      found = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      found = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(name, found);
  }
  return found;
}

/** The words of `text` (UAX #29 with dictionaries, through `Intl.Segmenter`). */
export function segmentWords(text: string, locale?: string): string[] {
  const s = segmenter(locale);
  if (s) return [...s.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
