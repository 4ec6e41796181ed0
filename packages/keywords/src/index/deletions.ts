// Deletion neighbourhoods (symmetric-deletion candidate generation, as in Bocek, Hunt & Stiller's
// FastSS and Garbe's SymSpell): a key is reachable from a query within a few edits when a string
// obtained by deleting code points from the query equals one obtained by deleting from the key.
// The index stores 32-bit hashes of each key's variants; a query probes the hashes of its own.
//
// | side | variants hashed |
// |---|---|
// | key | itself when it has ≥ `MIN_VARIANT_LENGTH` code points; each 1-deletion when it has ≥ `MIN_VARIANT_LENGTH + 1`, or is three syllables (`isSyllables`); its halves and their 1-deletions when it has ≥ `MIN_HALVED_LENGTH` (`MIN_HALVED_SYLLABLES` syllables) |
// | query | itself and its 1-deletions (variants shorter than `MIN_VARIANT_LENGTH` are skipped, but for the two-syllable deletions of three syllables); with budget 2 and nothing found within one edit, its prefixes and suffixes against key halves |
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
 * The same for keys of syllables (`SYLLABLE_SCRIPTS`), whose queries take two edits from 7
 * (lookup/query.ts): halves of 3+ syllables, whose 2-syllable deletions are stored as those of
 * three-syllable keys are.
 */
export const MIN_HALVED_SYLLABLES = 6;

/** Whether the halves of `cps` are indexed. */
function isHalved(cps: ArrayLike<number>): boolean {
  return cps.length >= MIN_HALVED_LENGTH || (cps.length >= MIN_HALVED_SYLLABLES && allSyllables(cps));
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
 * Builds the deletion table of every key in two linear passes: `sequences(id)` gives its code points,
 * and its clusters too when they differ (distance/clusters.ts), whose variants are stored alike.
 */
export function buildDeletionTable(count: number, sequences: (id: number) => readonly Int32Array[]): DeletionTable {
  let total = 0;
  for (let id = 0; id < count; id++) {
    for (const sequence of sequences(id)) {
      const n = sequence.length;
      total +=
        (n >= MIN_VARIANT_LENGTH ? 1 : 0) + (keyDepth(sequence) === 1 ? n : 0) + (isHalved(sequence) ? n + 2 : 0);
    }
  }
  let buckets = 1024;
  while (buckets * 4 < total) buckets *= 2;
  const mask = buckets - 1;
  const hashes = new Uint32Array(total);
  const owners = new Uint32Array(total);
  const start = new Uint32Array(buckets + 1);
  let k = 0;
  for (let id = 0; id < count; id++) {
    const add = (hash: number) => {
      hashes[k] = hash;
      owners[k++] = id;
      start[(hash & mask) + 1]!++;
    };
    for (const sequence of sequences(id)) {
      forEachVariant(sequence, keyDepth(sequence), add);
      forEachKeyHalfVariant(sequence, add);
    }
  }
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, buckets);
  const keys = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    const hash = hashes[i]!;
    keys[fill[hash & mask]!++] = ((owners[i]! << FINGERPRINT_BITS) | fingerprint(hash)) >>> 0;
  }
  return { mask, start, keys };
}
