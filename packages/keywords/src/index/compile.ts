// Compiling an index state into its look-up structures, on the first look-up after a change (or on
// `compile()`), in time O(E + n log n + deletion variants) for E entries and n keys.
//
// | structure | what | size for n keys, E entries |
// |---|---|---|
// | postings (CSR) | key → entries, low bits TRANSLIT and DUPLICATE (state.ts) | (n + 1 + E…2E) × 4 bytes |
// | `sketches` | each key's lengths in code points, clusters and conjunct clusters, and its letters (key-sketches.ts); not saved | n × 10 bytes |
// | `byPosting` | the entry of each posting, in posting order (state.ts `PostingEntries`); not saved | ~33 bytes a posting |
// | `sorted` | key ids in code-point order, for prefix ranges | n × 4 bytes |
// | `wordKeys`, `wordAt` | (key id, offset) of every word start, in code-point order of the suffix there, for type-ahead on any word | W × 6 bytes |
// | `sortedHeads`, `wordHeads` | the first three units of each, packed (heads.ts), for searches in code-point order; not saved | (n + W) × 8 bytes |
// | deletion table (CSR) | hash of each deletion variant of the key's code points, and of its clusters and of its conjunct clusters when they differ (distance/clusters.ts) → key ids (deletions.ts) | ~(L + 1) × 8 bytes a key of L code points (and as much again for clusters) |
import { wordCount } from '../lookup/resolve.js';
import { buildDeletionTable } from './deletions.js';
import { headsOf } from './heads.js';
import { emptySketches, keySequences, sketchKey } from './key-sketches.js';
import { codePointOrderUnit, compareCodePoints, type KeyTable } from './key-table.js';
import { DUPLICATE, NONE, TRANSLIT, wordsEnd, type Compiled, type IndexState, type PostingEntries } from './state.js';

/** The compiled structures of `s`, built now unless they are current. */
export function compile(s: IndexState): Compiled {
  if (s.compiled) return s.compiled;
  const keyCount = s.keys.size;
  const entryCount = s.entryKeys.length;
  // Postings (CSR): count, prefix sums, fill; entries stay in id order within a key. A posting is
  // entry id · 4 + DUPLICATE (2: resolves like an earlier posting of the key, `sameForResolution`) +
  // TRANSLIT (1: the key is the entry's romanization).
  const postingStart = new Uint32Array(keyCount + 1);
  for (let e = 0; e < entryCount; e++) {
    postingStart[s.entryFold.get(e) + 1]!++;
    const roman = s.entryRoman.get(e);
    if (roman !== NONE) postingStart[roman + 1]!++;
  }
  for (let k = 0; k < keyCount; k++) postingStart[k + 1]! += postingStart[k]!;
  const fill = postingStart.slice(0, keyCount);
  const postings = new Uint32Array(postingStart[keyCount]!);
  for (let e = 0; e < entryCount; e++) {
    postings[fill[s.entryFold.get(e)]!++] = e * 4;
    const roman = s.entryRoman.get(e);
    if (roman !== NONE) postings[fill[roman]!++] = e * 4 + TRANSLIT;
  }
  const first = new Map<number, number>();
  for (let k = 0; k < keyCount; k++) {
    if (postingStart[k + 1]! - postingStart[k]! < 2) continue;
    first.clear();
    for (let p = postingStart[k]!; p < postingStart[k + 1]!; p++) {
      const target = s.entryTarget.get(postings[p]! >>> 2);
      const earlier = first.get(target);
      if (earlier === undefined) first.set(target, postings[p]!);
      else if (sameForResolution(s, earlier, postings[p]!)) postings[p]! |= DUPLICATE;
    }
  }
  // Code-point order, for prefix ranges.
  const keys = s.keys.keys;
  const sorted = codePointOrder(s.keys);
  // The table is built from each key's sequences, found once for it and for its sketch (buildDeletionTable
  // asks for each key once).
  const sketches = emptySketches(keyCount);
  const deletions = buildDeletionTable(keyCount, (id) => {
    const key = keySequences(keys[id]!);
    sketchKey(sketches, id, key);
    const sequences = key.symbols === key.points ? [key.points] : [key.points, key.symbols];
    if (key.linked.length !== key.symbols.length) sequences.push(key.linked);
    return sequences;
  });
  const words = wordOrder(s);
  const heads = headsOf(keys, sorted, words.wordKeys, words.wordAt);
  const byPosting = entriesByPosting(s, postings);
  return (s.compiled = { postingStart, postings, sorted, ...words, ...heads, byPosting, sketches, deletions });
}

/** The entry of each posting, in posting order (state.ts `PostingEntries`), from the entry columns. */
export function entriesByPosting(s: IndexState, postings: Uint32Array): PostingEntries {
  const n = postings.length;
  const out: PostingEntries = {
    keys: new Array<string>(n),
    targets: new Array<string>(n),
    locale: new Uint16Array(n),
    namespace: new Uint16Array(n),
    weight: new Float32Array(n),
    vowelled: new Uint32Array(n).fill(NONE),
    liquids: new Uint32Array(n).fill(NONE),
    severalWords: new Uint8Array(n),
  };
  for (let p = 0; p < n; p++) {
    const e = postings[p]! >>> 2;
    out.keys[p] = s.entryKeys[e]!;
    out.targets[p] = s.targets.keys[s.entryTarget.get(e)]!;
    out.locale[p] = s.entryLocale.get(e);
    out.namespace[p] = s.entryNamespace.get(e);
    out.weight[p] = s.entryWeight.get(e);
    if ((postings[p]! & TRANSLIT) !== 0) {
      out.vowelled[p] = s.entryVowelled.get(e);
      out.liquids[p] = s.entryLiquids.get(e);
      if (out.vowelled[p] !== NONE && wordCount(out.keys[p]!) > 1) out.severalWords[p] = 1;
    }
  }
  return out;
}

/**
 * Key ids in code-point order. The engine's own sort (UTF-16 code-unit order, no comparator call per
 * comparison) is right unless a surrogate meets U+E000…U+FFFF at the first difference; one linear pass
 * checks that, and only then are the keys sorted again with `compareCodePoints`.
 */
function codePointOrder(table: KeyTable): Uint32Array {
  const keys = table.keys;
  const sorted = new Uint32Array(keys.length);
  const inOrder = [...keys].sort();
  for (let i = 0; i < inOrder.length; i++) sorted[i] = table.get(inOrder[i]!);
  for (let i = 1; i < inOrder.length; i++) {
    if (compareCodePoints(inOrder[i - 1]!, inOrder[i]!) > 0)
      return sorted.sort((a, b) => compareCodePoints(keys[a]!, keys[b]!));
  }
  return sorted;
}

/**
 * Every word start as (key id, offset), sorted by the suffix from there in code-point order, ties by
 * the whole key in code-point order (as PostgreSQL's `ORDER BY suffix, key` with `COLLATE "C"`).
 */
function wordOrder(s: IndexState): { wordKeys: Uint32Array; wordAt: Uint16Array } {
  const keys = s.keys.keys;
  const count = s.wordOffsets.length;
  const owner = new Uint32Array(count);
  for (let id = 0; id < s.keyWords.length; id++)
    for (let w = s.keyWords.get(id); w < wordsEnd(s, id); w++) owner[w] = id;
  const offsets = s.wordOffsets.view();
  const compare = (x: number, y: number): number => {
    const a = keys[owner[x]!]!;
    const b = keys[owner[y]!]!;
    return compareCodePoints(a, b, offsets[x], offsets[y]) || compareCodePoints(a, b);
  };
  let order: Uint32Array;
  if (count < WORD_ID_SPAN) {
    // Most of the order in one native numeric sort: each word as (its suffix's first two code units in
    // code-point order) · 2^21 + word id, exact in a float64; then the comparator within runs of equal
    // first two units only.
    const packed = new Float64Array(count);
    for (let w = 0; w < count; w++) {
      const key = keys[owner[w]!]!;
      const at = offsets[w]!;
      const first = codePointOrderUnit(key.charCodeAt(at));
      const second = at + 1 < key.length ? codePointOrderUnit(key.charCodeAt(at + 1)) : 0;
      packed[w] = (first * 0x10000 + second) * WORD_ID_SPAN + w;
    }
    packed.sort();
    order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[i] = packed[i]! % WORD_ID_SPAN;
    for (let i = 0; i < count; ) {
      const run = Math.floor(packed[i]! / WORD_ID_SPAN);
      let j = i + 1;
      while (j < count && Math.floor(packed[j]! / WORD_ID_SPAN) === run) j++;
      if (j - i > 1) order.subarray(i, j).sort(compare);
      i = j;
    }
  } else {
    order = new Uint32Array(count).map((_, i) => i).sort(compare);
  }
  const wordKeys = new Uint32Array(count);
  const wordAt = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    wordKeys[i] = owner[order[i]!]!;
    wordAt[i] = offsets[order[i]!]!;
  }
  return { wordKeys, wordAt };
}

/** Word ids below this are packed beside a 32-bit sort key in a float64 (2^21 · 2^32 = 2^53). */
const WORD_ID_SPAN = 2 ** 21;

/** Whether two postings of one key resolve alike but for locale and namespace (same key, weight, romanization, vowelled skeleton). */
function sameForResolution(s: IndexState, a: number, b: number): boolean {
  const x = a >>> 2;
  const y = b >>> 2;
  return (
    (a & TRANSLIT) === (b & TRANSLIT) &&
    s.entryKeys[x] === s.entryKeys[y] &&
    s.entryWeight.get(x) === s.entryWeight.get(y) &&
    s.entryVowelled.get(x) === s.entryVowelled.get(y)
  );
}
