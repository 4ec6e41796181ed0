// Word segmentation (UAX #29 word boundaries through `Intl.Segmenter`, which uses dictionaries for
// Thai, Lao, Khmer, Myanmar, Chinese and Japanese, where words are not separated by spaces).
// The index matches whole keys (spaces fold away, so "new york", "newyork" and "new-york" are one key)
// and, for type-ahead, the start of any word of a key (fold.ts `foldWords`, with the dictionary word
// starts found here); `segmentWords` is offered for callers that index words as entries of their own.
//
// Bounds (#12 failure 3): V8's segmenter is quadratic on long runs (64k units of CJK took minutes), so
// text is handed to it in pieces of at most `SEGMENT_PIECE` units, cut where UAX #29 always breaks; and
// segmenters are cached per canonical locale, at most `MAX_CACHED_SEGMENTERS` of them.
import { requireString } from '@nomina/core';
import { MAX_CACHED_SEGMENTERS, MAX_SEGMENT_LENGTH } from '../limits.js';

/** Segmenters by canonical locale ('' for the default), least recently used first. */
const segmenters = new Map<string, Intl.Segmenter>();

/** The canonical form of a locale (`Intl.getCanonicalLocales`), or '' for the default or an invalid one. */
function canonicalLocale(locale: string | undefined): string {
  if (locale === undefined || locale === '') return '';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? '';
  } catch {
    return '';
  }
}

function segmenter(locale: string | undefined): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const name = canonicalLocale(locale);
  let found = segmenters.get(name);
  if (found) {
    segmenters.delete(name);
  } else {
    found = new Intl.Segmenter(name === '' ? undefined : name, { granularity: 'word' });
    if (segmenters.size >= MAX_CACHED_SEGMENTERS) segmenters.delete(segmenters.keys().next().value!);
  }
  segmenters.set(name, found);
  return found;
}

/** Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, Han (BMP and astral). */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

/**
 * Largest piece handed to `Intl.Segmenter` at once (UTF-16 units): long enough for any word, short
 * enough that V8's per-piece cost stays flat (~1–5 µs a unit measured from 128 to 1024).
 */
const SEGMENT_PIECE = 512;

/**
 * Where the piece starting at `start` ends: after the last space (U+0020, U+3000, TAB, line breaks)
 * in its second half, where UAX #29 always breaks (WB3a–WB3d, WB999) unless a mark, ZWJ or format
 * character follows (WB4 attaches those to the space); without one, at `start + SEGMENT_PIECE` moved
 * off a surrogate pair, mark or joiner (a dictionary word may then be cut there: runs of more than
 * `SEGMENT_PIECE / 2` units without a space are not prose).
 */
function pieceEnd(text: string, start: number): number {
  const limit = start + SEGMENT_PIECE;
  if (limit >= text.length) return text.length;
  for (let i = limit; i > start + SEGMENT_PIECE / 2; i--) {
    if (SPACE.test(text[i - 1]!) && !JOINS_BACK.test(text.slice(i, i + 2))) return i;
  }
  let end = limit;
  while (end < text.length && end < limit + 32 && JOINS_BACK.test(text.slice(end, end + 2))) end++;
  return end;
}

const SPACE = /[\t\n\v\f\r \u0085\u2028\u2029\u3000]/;
/**
 * `text[start, end)` as a flat string of its own: a slice can share the whole text as its parent, and
 * the segmenter then works measurably slower (32k distinct CJK units in 512-unit pieces: 102 → 65 ms).
 */
function piece(text: string, start: number, end: number): string {
  return (text.slice(start, end) + '\0').slice(0, -1);
}

/** A character that does not start a new segment after the previous one: low surrogate, mark, ZWJ, format. */
const JOINS_BACK = /^(?:[\udc00-\udfff]|[\p{M}\p{Cf}])/u;

/**
 * `starts` (ascending word offsets of a folded key) merged with the word starts `Intl.Segmenter` finds
 * in a folded key that holds a script written without spaces. Without `Intl.Segmenter`, `starts`.
 */
export function dictionaryWordStarts(folded: string, starts: number[]): number[] {
  if (!UNSPACED.test(folded)) return starts;
  const s = segmenter(undefined);
  if (!s) return starts;
  const found = new Set(starts);
  for (let start = 0; start < folded.length; ) {
    const end = pieceEnd(folded, start);
    for (const segment of s.segment(piece(folded, start, end)))
      if (start + segment.index > 0 && segment.isWordLike) found.add(start + segment.index);
    start = end;
  }
  return found.size === starts.length ? starts : [...found].sort((a, b) => a - b);
}

/**
 * The words of `text` (UAX #29 with dictionaries, through `Intl.Segmenter`; without it, runs of letters,
 * marks and digits). Linear; `text` longer than `MAX_SEGMENT_LENGTH` units is a programmer error
 * (`RangeError`), as is a `locale` that is not a string (`TypeError`); an invalid locale segments as the default.
 */
export function segmentWords(text: string, locale?: string): string[] {
  requireString(text, 'text');
  if (locale !== undefined) requireString(locale, 'locale');
  if (text.length > MAX_SEGMENT_LENGTH)
    throw new RangeError(`segmentWords takes at most ${MAX_SEGMENT_LENGTH} UTF-16 code units, got ${text.length}`);
  const s = segmenter(locale);
  if (!s) return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const words: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    for (const segment of s.segment(piece(text, start, end))) if (segment.isWordLike) words.push(segment.segment);
    start = end;
  }
  return words;
}

/** How many segmenters are cached (for the test of `MAX_CACHED_SEGMENTERS`). */
export function cachedSegmenterCount(): number {
  return segmenters.size;
}
