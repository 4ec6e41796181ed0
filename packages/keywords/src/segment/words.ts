// Word segmentation (UAX #29 word boundaries through `Intl.Segmenter`, which uses dictionaries for
// Thai, Lao, Khmer, Myanmar, Chinese and Japanese, where words are not separated by spaces).
// The index uses it to make each word of a multi-word key a type-ahead start ("york" → New York,
// "中国" → 中华人民共和国 is not split, but "银行" → 中国银行 is).

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

/**
 * UTF-16 offsets where the words of `text` start (word-like segments only; punctuation and spaces are
 * not words). Without `Intl.Segmenter`, words are runs between spaces and punctuation.
 */
export function wordStarts(text: string, locale?: string): number[] {
  const s = segmenter(locale);
  const starts: number[] = [];
  if (s) {
    for (const segment of s.segment(text)) if (segment.isWordLike) starts.push(segment.index);
    return starts;
  }
  const pattern = /[\p{L}\p{M}\p{N}]+/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index);
  return starts;
}

/** The words of `text` (UAX #29 with dictionaries, through `Intl.Segmenter`). */
export function segmentWords(text: string, locale?: string): string[] {
  const s = segmenter(locale);
  if (s) return [...s.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
