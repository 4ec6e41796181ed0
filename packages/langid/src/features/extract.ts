// Features of a text for the language model: character n-grams of orders 1-4 inside each word
// (with the word boundaries as a space, so " th" and "he " are distinct from "th"/"he"), and the
// whole word. Each feature is hashed (FNV-1a over code points, then a 32-bit finalizer) into
// `FEATURE_BITS` bits. Training (scripts/) and detection share this one function.

/** Hash width of a feature: 2^24 buckets keep collisions among the kept features rare (~3%). */
export const FEATURE_BITS = 24;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
/** Longest character n-gram. */
export const NGRAM_MAX = 4;
/** Words longer than this (code points) contribute n-grams but no whole-word feature; long runs of unspaced scripts are not words. */
const WORD_FEATURE_MAX = 16;
/** A word is cut into pieces of at most this many code points (bounded work per word). */
const WORD_PIECE_MAX = 64;

/** The whole-word feature counts this many times (in training and detection): a known word is strong evidence, most of all in short text. */
export const WORD_WEIGHT = 8;

const BOUNDARY = 0x20;
const WORD_SEED = 0x9e3779b9;

function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & FEATURE_MASK;
}

const LETTER = /[\p{L}\p{M}]/u;
const APOSTROPHES = new Set([0x27, 0x2019, 0x02bc, 0x02bb]);

/** True for code points that belong inside a word: letters and marks (digits and punctuation separate words). */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  if (codePoint >= 0x10000) return LETTER.test(String.fromCodePoint(codePoint));
  // BMP answers are cached: 0 unknown, 1 letter or mark, 2 other.
  const cached = letterCache[codePoint]!;
  if (cached !== 0) return cached === 1;
  const letter = LETTER.test(String.fromCharCode(codePoint));
  letterCache[codePoint] = letter ? 1 : 2;
  return letter;
}

const letterCache = new Uint8Array(0x10000);

/**
 * Splits lower-cased text into words (runs of letters and marks; an apostrophe between two letters
 * stays inside the word) and calls `onWord(codePoints, length)` for each. The buffer is reused.
 */
export function forEachWord(lowered: string, onWord: (word: Uint32Array, length: number) => void): void {
  const word = new Uint32Array(WORD_PIECE_MAX);
  let length = 0;
  let pendingApostrophe = false;
  for (const char of lowered) {
    const cp = char.codePointAt(0)!;
    if (isWordCodePoint(cp)) {
      if (pendingApostrophe && length > 0 && length < WORD_PIECE_MAX) word[length++] = 0x27;
      pendingApostrophe = false;
      if (length === WORD_PIECE_MAX) {
        onWord(word, length);
        length = 0;
      }
      word[length++] = cp;
    } else if (APOSTROPHES.has(cp) && length > 0 && !pendingApostrophe) {
      pendingApostrophe = true;
    } else {
      pendingApostrophe = false;
      if (length > 0) onWord(word, length);
      length = 0;
    }
  }
  if (length > 0) onWord(word, length);
}

/** Calls `onFeature(hash)` for every feature of one word (code points, already lower-cased). */
export function wordFeatures(word: Uint32Array, length: number, onFeature: (hash: number) => void): void {
  // The padded word: boundary, code points, boundary.
  const padded = length + 2;
  const at = (i: number): number => (i === 0 || i === padded - 1 ? BOUNDARY : word[i - 1]!);
  for (let i = 0; i < padded; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= NGRAM_MAX && i + n <= padded; n++) {
      h = Math.imul(h ^ at(i + n - 1), 0x01000193);
      // A lone boundary is no feature.
      if (n === 1 && (i === 0 || i === padded - 1)) continue;
      onFeature(finalize(h ^ n));
    }
  }
  if (length <= WORD_FEATURE_MAX) {
    const hash = wordFeature(word, length);
    for (let k = 0; k < WORD_WEIGHT; k++) onFeature(hash);
  }
}

/** The whole-word feature of a word (code points, lower-cased); words longer than WORD_FEATURE_MAX have none (-1). */
export function wordFeature(word: Uint32Array, length: number): number {
  if (length > WORD_FEATURE_MAX) return -1;
  let h = WORD_SEED;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ word[i]!, 0x01000193);
  return finalize(h ^ 0x5bd1e995);
}

/** The feature of one letter (lower-cased) standing alone inside a word: its 1-gram, as `wordFeatures` hashes it. */
export function letterFeature(codePoint: number): number {
  return finalize(Math.imul(0x811c9dc5 ^ codePoint, 0x01000193) ^ 1);
}

/** Every feature of a text (lower-cased here), in order; returns the number of its words. */
export function textFeatures(text: string, onFeature: (hash: number) => void): number {
  let words = 0;
  forEachWord(text.toLowerCase(), (word, length) => {
    words++;
    wordFeatures(word, length, onFeature);
  });
  return words;
}

/** The distinct features of a text: `hashes[i]` occurs `counts[i]` times (i < `distinct`), `total` features in all, from `words` words. */
export interface FeatureCounts {
  hashes: Int32Array;
  counts: Uint32Array;
  distinct: number;
  total: number;
  words: number;
}

/** Entries of the scratch `textFeatureCounts` keeps between texts: room for a sampled text's (about 10,000 at most). */
const SCRATCH_KEPT = 1 << 14;

/** An open-addressing table of distinct features: a slot holds an index into `hashes`, or -1. */
interface CountTable {
  hashes: Int32Array;
  counts: Uint32Array;
  slots: Int32Array;
  /** The slot of each entry (to empty the slots after a text without clearing them all). */
  slotOf: Int32Array;
}

const countTable = (capacity: number): CountTable => ({
  hashes: new Int32Array(capacity),
  counts: new Uint32Array(capacity),
  slots: new Int32Array(capacity * 2).fill(-1),
  slotOf: new Int32Array(capacity),
});

/** Reused by every call (detection is synchronous): a sentence's features cost no allocation. */
let scratch = countTable(512);

/**
 * Every feature of a text (lower-cased here) once, with how often it occurs, in order of first occurrence. A
 * sentence repeats about half its features (letters, ` t`, each word WORD_WEIGHT times): scoring each distinct
 * one once, times its count, halves the postings read (the sums are integers, so the scores are the same).
 * `hashes` and `counts` are shared scratch, valid until the next call.
 */
export function textFeatureCounts(text: string): FeatureCounts {
  let table = scratch;
  let distinct = 0;
  let total = 0;
  const place = (hash: number, at: number): void => {
    const { slots } = table;
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = at;
    table.slotOf[at] = slot;
  };
  const words = textFeatures(text, (hash) => {
    total++;
    const { slots, hashes, counts } = table;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot]!;
      if (at === -1) break;
      if (hashes[at] === hash) {
        counts[at]!++;
        return;
      }
    }
    if (distinct === hashes.length) {
      // Full at half the slots: twice the room, every hash placed again.
      const more = countTable(distinct * 2);
      more.hashes.set(hashes);
      more.counts.set(counts);
      slots.fill(-1);
      table = more;
      for (let i = 0; i < distinct; i++) place(hashes[i]!, i);
    }
    table.hashes[distinct] = hash;
    table.counts[distinct] = 1;
    place(hash, distinct++);
  });
  if (table.hashes.length <= SCRATCH_KEPT) {
    for (let i = 0; i < distinct; i++) table.slots[table.slotOf[i]!] = -1;
    scratch = table;
  }
  return { hashes: table.hashes, counts: table.counts, distinct, total, words };
}

/** The whole-word feature of every word of a text (lower-cased here) that has one (`wordFeature`), in order. */
export function textWordFeatures(text: string, onWord: (hash: number) => void): void {
  forEachWord(text.toLowerCase(), (word, length) => {
    const hash = wordFeature(word, length);
    if (hash >= 0) onWord(hash);
  });
}
