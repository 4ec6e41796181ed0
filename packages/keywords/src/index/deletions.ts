// Deletion neighbourhoods (symmetric-deletion candidate generation, as in Bocek, Hunt & Stiller's
// FastSS and Garbe's SymSpell): a key is reachable from a query within a few edits when a string
// obtained by deleting code points from the query equals one obtained by deleting from the key.
// The index stores 32-bit hashes of each key's variants; a query probes the hashes of its own.
//
// | side | variants hashed |
// |---|---|
// | key | itself when it has ≥ `MIN_VARIANT_LENGTH` code points; each 1-deletion when it has ≥ `MIN_VARIANT_LENGTH + 1`, or is three syllables (`isSyllables`); its halves and their 1-deletions when it has ≥ `MIN_HALVED_LENGTH` (`MIN_HALVED_SYLLABLES` syllables); its 2-deletions when it is shorter and has ≥ `MIN_TWICE_DELETED_LENGTH` outside the alphabets (`isTwiceDeleted`) |
// | query | itself and its 1-deletions (variants shorter than `MIN_VARIANT_LENGTH` are skipped, but for the two-syllable deletions of three syllables); with budget 2 and nothing found within one edit, its prefixes and suffixes against key halves, and its 2-deletions against the keys not halved |
//
// Hashes are polynomial over code points, so all L deletions of an L-code-point string cost O(L),
// without building a string. Collisions only add candidates; every candidate is
// verified exactly (lookup/resolve.ts), so the hash never decides an answer.
import { MAX_KEY_LENGTH, MAX_QUERY_LENGTH } from '../limits.js';
import { mix32 } from './key-table.js';
import { getScript } from '@nomina/ucd';

/** Shortest variant stored or probed, in code points: no edit budget applies below 4 code points (3 syllables, `isSyllables`). */
export const MIN_VARIANT_LENGTH = 3;

/**
 * Scripts whose every character is a syllable or a word (Han, Hangul, kana, Yi, Vai, Cherokee, Ethiopic,
 * Canadian syllabics): three of them say as much as a Latin word of six or more letters, so three take
 * one edit, and their two-syllable deletions are stored and probed.
 */
const SYLLABLE_SCRIPTS = new Set(['Hani', 'Hang', 'Hira', 'Kana', 'Yiii', 'Vaii', 'Cher', 'Ethi', 'Cans']);

/**
 * Alphabets whose words are as long as Latin ones (and the scripts of no script's own): a Latin edit
 * budget (lookup/budget.ts), and no 2-deletions stored for their keys.
 */
export const ALPHABET_SCRIPTS: ReadonlySet<string> = new Set([
  'Latn',
  'Grek',
  'Cyrl',
  'Armn',
  'Geor',
  'Zyyy',
  'Zinh',
  'Zzzz',
]);

/** Whether every code point of `cps` is a character of `SYLLABLE_SCRIPTS`. */
function allSyllables(cps: ArrayLike<number>): boolean {
  for (let i = 0; i < cps.length; i++) if (!SYLLABLE_SCRIPTS.has(getScript(cps[i]!))) return false;
  return true;
}

/** Whether `cps` is three code points, each a character of `SYLLABLE_SCRIPTS` (a three-syllable word). */
export function isSyllables(cps: ArrayLike<number>): boolean {
  return cps.length === MIN_VARIANT_LENGTH && allSyllables(cps);
}

const BASE = 0x2f0b3a49 | 1;
const POWERS = new Int32Array(Math.max(MAX_KEY_LENGTH, MAX_QUERY_LENGTH) + 2);
POWERS[0] = 1;
for (let i = 1; i < POWERS.length; i++) POWERS[i] = Math.imul(POWERS[i - 1]!, BASE);

let prefix = new Int32Array(POWERS.length);

function prefixHashes(cps: ArrayLike<number>): Int32Array {
  if (prefix.length < cps.length + 1) prefix = new Int32Array(cps.length + 1);
  prefix[0] = 0;
  for (let i = 0; i < cps.length; i++) prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + cps[i]!) | 0;
  return prefix;
}

/** Hash of cps[a, b) from the prefix hashes P: P[b] − P[a]·B^(b−a). */
function range(p: Int32Array, a: number, b: number): number {
  return (p[b]! - Math.imul(p[a]!, POWERS[b - a]!)) | 0;
}

function finish(hash: number, length: number, tag = 0): number {
  return mix32(hash ^ Math.imul(length + tag, 0x9e3779b1));
}

/** Tags that keep the variants of key halves apart from those of whole keys (and from each other). */
const FIRST_HALF = 0x10000;
const SECOND_HALF = 0x20000;

/**
 * Shortest key (code points) whose halves are indexed: budget-2 queries have at least 9 code points,
 * and halves of 4+ code points keep their 1-deletions (3+) as rare as whole-key variants.
 */
export const MIN_HALVED_LENGTH = 9;

/**
 * The same for keys of syllables (`SYLLABLE_SCRIPTS`), which take two edits from 7 (lookup/budget.ts):
 * halves of 3+ syllables, whose 2-syllable deletions are stored as those of three-syllable keys are.
 */
export const MIN_HALVED_SYLLABLES = 7;

/** Whether the halves of `cps` are indexed. */
function isHalved(cps: ArrayLike<number>): boolean {
  return cps.length >= MIN_HALVED_LENGTH || (cps.length >= MIN_HALVED_SYLLABLES && allSyllables(cps));
}

/**
 * Shortest key (code points) outside the alphabets whose 2-deletions are stored: there, queries and keys
 * take two edits from 7 clusters (lookup/budget.ts), and keys shorter than `MIN_HALVED_LENGTH` have no halves.
 */
export const MIN_TWICE_DELETED_LENGTH = 7;

/** Tag of the 2-deletions of keys (`isTwiceDeleted`), apart from whole-key and half variants. */
const TWICE_DELETED = 0x30000;

/** Whether the 2-deletions of `cps` are indexed: 7 or 8 code points, not halved, one of them outside the alphabets. */
function isTwiceDeleted(cps: ArrayLike<number>): boolean {
  return cps.length >= MIN_TWICE_DELETED_LENGTH && !isHalved(cps) && outsideAlphabets(cps);
}

/** Whether a code point of `cps` is outside `ALPHABET_SCRIPTS`. */
function outsideAlphabets(cps: ArrayLike<number>): boolean {
  for (let i = 0; i < cps.length; i++) if (!ALPHABET_SCRIPTS.has(getScript(cps[i]!))) return true;
  return false;
}

/** Calls `emit` with the hash of each variant of `cps` with two code points deleted (n(n−1)/2 of them, O(1) each). */
function forEachTwoDeletion(cps: ArrayLike<number>, emit: (hash: number) => void, tag: number): void {
  const n = cps.length;
  if (n - 2 < MIN_VARIANT_LENGTH || n > POWERS.length - 2) return;
  const p = prefixHashes(cps);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // cps[0, i) · cps(i, j) · cps(j, n)
      const head = (Math.imul(p[i]!, POWERS[j - i - 1]!) + range(p, i + 1, j)) | 0;
      emit(finish((Math.imul(head, POWERS[n - j - 1]!) + range(p, j + 1, n)) | 0, n - 2, tag));
    }
  }
}

/**
 * Calls `emit` with the hash of each deletion variant of `cps` with exactly 0 or (when `depth` is 1) 1
 * code point deleted, skipping variants shorter than `MIN_VARIANT_LENGTH` but for those of two syllables
 * (`SYLLABLE_SCRIPTS`) of three syllables, or of a half (`tag`) of three or two syllables. Duplicates
 * are possible.
 */
export function forEachVariant(cps: ArrayLike<number>, depth: 0 | 1, emit: (hash: number) => void, tag = 0): void {
  const n = cps.length;
  if (n > POWERS.length - 2) return;
  const min = (n === 3 || (n === 2 && tag !== 0)) && allSyllables(cps) ? 2 : MIN_VARIANT_LENGTH;
  const p = prefixHashes(cps);
  if (n >= min) emit(finish(p[n]!, n, tag));
  if (depth >= 1 && n - 1 >= min) {
    for (let i = 0; i < n; i++) {
      emit(finish((Math.imul(p[i]!, POWERS[n - 1 - i]!) + range(p, i + 1, n)) | 0, n - 1, tag));
    }
  }
}

/**
 * Two edits by halves (pigeonhole): when a key of m ≥ `MIN_HALVED_LENGTH` code points is two edits from
 * the query, one of its halves, key[0, m/2) or key[m/2, m), is at most one edit from the query's prefix
 * or suffix of about that length (±1 for an insertion or deletion inside it). Keys store the 0- and
 * 1-deletions of both halves, tagged; budget-2 queries probe those of their prefixes and suffixes for
 * every key length m in n−2 … n+2: about 5 × n/2 probes instead of the n²/2 of whole-query 2-deletions,
 * and it finds the two-substitution typos that whole-key 1-deletions cannot.
 */
export function forEachKeyHalfVariant(cps: Int32Array, emit: (hash: number) => void): void {
  const m = cps.length;
  if (!isHalved(cps) || m > POWERS.length - 2) return;
  const h = m >> 1;
  forEachVariant(cps.subarray(0, h), 1, emit, FIRST_HALF);
  forEachVariant(cps.subarray(h), 1, emit, SECOND_HALF);
}

/** The query side of `forEachKeyHalfVariant` (queries of at least `MIN_HALVED_LENGTH` − 2 code points). */
export function forEachQueryHalfVariant(cps: Int32Array, emit: (hash: number) => void): void {
  const n = cps.length;
  const prefixes = new Set<number>();
  const suffixes = new Set<number>();
  const shortest = allSyllables(cps) ? MIN_HALVED_SYLLABLES : MIN_HALVED_LENGTH;
  for (let m = Math.max(shortest, n - 2); m <= n + 2; m++) {
    const h = m >> 1;
    for (let delta = -1; delta <= 1; delta++) {
      if (h + delta >= 1 && h + delta <= n) prefixes.add(h + delta);
      if (m - h + delta >= 1 && m - h + delta <= n) suffixes.add(m - h + delta);
    }
  }
  for (const length of prefixes) forEachVariant(cps.subarray(0, length), 1, emit, FIRST_HALF);
  for (const length of suffixes) forEachVariant(cps.subarray(n - length), 1, emit, SECOND_HALF);
}

/**
 * Two edits from keys without halves (symmetric deletion of depth 2): keys of `n` − 2 or `n` − 1 code
 * points are met by the query's 2-deletions against their own 0- and 1-deletions; keys of `n` … `n` + 2
 * code points outside the alphabets, of `MIN_TWICE_DELETED_LENGTH` … `MIN_HALVED_LENGTH` − 1, store their
 * 2-deletions, met by the query's 1- and 2-deletions of the same length. Longer queries are two edits
 * only from halved keys.
 */
export function forEachQueryTwoDeletion(cps: Int32Array, emit: (hash: number) => void): void {
  const n = cps.length;
  if (n - 2 >= MIN_HALVED_LENGTH) return;
  forEachTwoDeletion(cps, emit, 0);
  // The longest 2-deletion stored is of MIN_HALVED_LENGTH − 3 code points.
  if (n - 2 > MIN_HALVED_LENGTH - 3 || !outsideAlphabets(cps)) return;
  if (n - 1 <= MIN_HALVED_LENGTH - 3) forEachVariant(cps, 1, emit, TWICE_DELETED);
  forEachTwoDeletion(cps, emit, TWICE_DELETED);
}

/** Key-side depth: 1-deletions only for keys long enough to carry an edit budget (see the table above). */
export function keyDepth(cps: ArrayLike<number>): 0 | 1 {
  return cps.length >= MIN_VARIANT_LENGTH + 1 || isSyllables(cps) ? 1 : 0;
}

/**
 * A hash → key ids multimap in two typed arrays (CSR): bucket b holds entries[start[b] … start[b+1]),
 * each `keyId << 7 | fingerprint` where the fingerprint is the top 7 bits of the variant's hash, so a
 * probe skips almost every other key of its bucket without looking at it. About 4 variants a bucket.
 */
export interface DeletionTable {
  mask: number;
  start: Uint32Array;
  keys: Uint32Array;
}

/** Bits of a deletion-table entry that hold the fingerprint. */
export const FINGERPRINT_BITS = 7;
export const fingerprint = (hash: number): number => hash >>> (32 - FINGERPRINT_BITS);

/**
 * Builds the deletion table of every key: `sequences(id)` (called once for each key, in id order) gives
 * its code points, and its clusters too when they differ (distance/clusters.ts), whose variants are stored
 * alike. Linear: the variants are
 * hashed once, then placed in their buckets by a stable counting sort in two rounds, first into
 * `PARTITIONS` ranges of buckets, then within each range, so that every round writes to few places at
 * a time (one round over millions of buckets writes each entry to a cache line of its own).
 */
export function buildDeletionTable(count: number, sequences: (id: number) => readonly Int32Array[]): DeletionTable {
  // Every variant as its hash and entry (`keyId << 7 | fingerprint`), in key order, in chunks: no
  // array is copied to grow, and each chunk is let go once its entries are placed.
  const hashChunks: Uint32Array[] = [];
  const entryChunks: Uint32Array[] = [];
  let hashes = new Uint32Array(CHUNK);
  let entries = new Uint32Array(CHUNK);
  let used = 0;
  let owner = 0;
  const add = (hash: number) => {
    if (used === CHUNK) {
      hashChunks.push(hashes);
      entryChunks.push(entries);
      hashes = new Uint32Array(CHUNK);
      entries = new Uint32Array(CHUNK);
      used = 0;
    }
    hashes[used] = hash;
    entries[used++] = ((owner << FINGERPRINT_BITS) | fingerprint(hash)) >>> 0;
  };
  for (owner = 0; owner < count; owner++) {
    for (const sequence of sequences(owner)) {
      forEachVariant(sequence, keyDepth(sequence), add);
      forEachKeyHalfVariant(sequence, add);
      if (isTwiceDeleted(sequence)) forEachTwoDeletion(sequence, add, TWICE_DELETED);
    }
  }
  hashChunks.push(hashes.subarray(0, used));
  entryChunks.push(entries.subarray(0, used));
  const total = CHUNK * (hashChunks.length - 1) + used;
  let buckets = 1024;
  while (buckets * 4 < total) buckets *= 2;
  const mask = buckets - 1;
  // Bucket b is in partition b >>> shift: PARTITIONS contiguous ranges of buckets.
  const shift = Math.log2(buckets / PARTITIONS);
  const partitionStart = new Uint32Array(PARTITIONS + 1);
  for (const chunk of hashChunks)
    for (let i = 0; i < chunk.length; i++) partitionStart[((chunk[i]! & mask) >>> shift) + 1]!++;
  for (let p = 0; p < PARTITIONS; p++) partitionStart[p + 1]! += partitionStart[p]!;
  // Round 1: each entry (and its bucket) into its partition, in order.
  const keys = new Uint32Array(total);
  const bucketOf = new Uint32Array(total);
  const fill = partitionStart.slice(0, PARTITIONS);
  for (let c = 0; c < hashChunks.length; c++) {
    const chunk = hashChunks[c]!;
    const chunkEntries = entryChunks[c]!;
    for (let i = 0; i < chunk.length; i++) {
      const bucket = chunk[i]! & mask;
      const at = fill[bucket >>> shift]!++;
      keys[at] = chunkEntries[i]!;
      bucketOf[at] = bucket;
    }
    hashChunks[c] = entryChunks[c] = NO_ENTRIES;
  }
  // Round 2: within each partition, by bucket (stable), which also gives the buckets' bounds.
  const start = new Uint32Array(buckets + 1);
  const span = buckets / PARTITIONS;
  let largest = 0;
  for (let p = 0; p < PARTITIONS; p++) largest = Math.max(largest, partitionStart[p + 1]! - partitionStart[p]!);
  const scratch = new Uint32Array(largest);
  const bucketFill = new Uint32Array(span);
  for (let p = 0; p < PARTITIONS; p++) {
    const from = partitionStart[p]!;
    const to = partitionStart[p + 1]!;
    const first = p * span;
    for (let i = from; i < to; i++) start[bucketOf[i]! + 1]!++;
    start[first] = from;
    for (let b = first; b < first + span; b++) {
      start[b + 1]! += start[b]!;
      bucketFill[b - first] = start[b]!;
    }
    scratch.set(keys.subarray(from, to));
    for (let i = from; i < to; i++) keys[bucketFill[bucketOf[i]! - first]!++] = scratch[i - from]!;
  }
  return { mask, start, keys };
}

/** Ranges of buckets the build sorts entries into first (`buildDeletionTable`): a power of two ≤ 1024. */
const PARTITIONS = 1024;
/** Entries a chunk of the build holds. */
const CHUNK = 1 << 20;
const NO_ENTRIES = new Uint32Array(0);
