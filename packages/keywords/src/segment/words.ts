// Word segmentation (UAX #29 word boundaries through `Intl.Segmenter`, which uses dictionaries for
// Thai, Lao, Khmer, Myanmar, Chinese and Japanese, where words are not separated by spaces).
// The index matches whole keys (spaces fold away, so "new york", "newyork" and "new-york" are one key)
// and, for type-ahead, the start of any word of a key (fold.ts `foldWords`, with the dictionary word
// starts found here); `segmentWords` is offered for callers that index words as entries of their own.

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

/** Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, Han (BMP and astral). */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

/**
 * `starts` (ascending word offsets of a folded key) merged with the word starts `Intl.Segmenter` finds
 * in a folded key that holds a script written without spaces. Without `Intl.Segmenter`, `starts`.
 */
export function dictionaryWordStarts(folded: string, starts: number[]): number[] {
  if (!UNSPACED.test(folded)) return starts;
  const s = segmenter(undefined);
  if (!s) return starts;
  const found = new Set(starts);
  for (const segment of s.segment(folded)) if (segment.index > 0 && segment.isWordLike) found.add(segment.index);
  return found.size === starts.length ? starts : [...found].sort((a, b) => a - b);
}

/** The words of `text` (UAX #29 with dictionaries, through `Intl.Segmenter`). */
export function segmentWords(text: string, locale?: string): string[] {
  const s = segmenter(locale);
  if (s) return [...s.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
