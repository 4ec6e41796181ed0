// Sketches of the stored keys, derived when an index is compiled or loaded (not saved): each key's
// lengths in code points, user-perceived characters and conjunct clusters (distance/clusters.ts), and
// the set of its letters. Most keys of the deletion table that share a variant with a query are too long,
// too short or too unlike it to be within its edit budget: they are left out on their sketch (a few
// bytes side by side), before their key is read and split (candidates.ts).
import { clusters, conjunctClusters, hasLinker } from '../distance/clusters.js';
import { codePoints } from '../distance/damerau-levenshtein.js';
import type { PreparedQuery } from '../lookup/query.js';

export interface KeySketches {
  /** Per key id, three lengths side by side: code points, clusters, conjunct clusters (kept up to `MOST`). */
  lengths: Uint16Array;
  /** Per key id, its letters (`lettersOf`). */
  letters: Int32Array;
}

/** Lengths are kept up to this (a longer key is as far from every query: `MAX_QUERY_LENGTH` is far below). */
const MOST = 0xffff;

/** The letters of a text, as a set of 32 bits: bit `cp & 31` for each code point (letters 32 apart share one). */
export function lettersOf(cps: Int32Array): number {
  let set = 0;
  for (let i = 0; i < cps.length; i++) set |= 1 << (cps[i]! & 31);
  return set;
}

/** Bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * A key's code points, its clusters and its conjunct clusters (distance/clusters.ts): `symbols` is
 * `points`, and `linked` is `symbols`, where they do not differ. The deletion table stores the variants
 * of each (compile.ts); the sketch keeps their lengths.
 */
export interface KeySequences {
  points: Int32Array;
  symbols: Int32Array;
  linked: Int32Array;
}

export function keySequences(key: string): KeySequences {
  const points = codePoints(key);
  const symbols = clusters(points);
  return { points, symbols, linked: hasLinker(points) ? conjunctClusters(points) : symbols };
}

/** Sketches of `count` keys, each to be written by `sketchKey`. */
export function emptySketches(count: number): KeySketches {
  return { lengths: new Uint16Array(3 * count), letters: new Int32Array(count) };
}

/** Writes the sketch of key `id` from its sequences. */
export function sketchKey(sketches: KeySketches, id: number, { points, symbols, linked }: KeySequences): void {
  sketches.lengths[3 * id] = Math.min(MOST, points.length);
  sketches.lengths[3 * id + 1] = Math.min(MOST, symbols.length);
  sketches.lengths[3 * id + 2] = Math.min(MOST, linked.length);
  sketches.letters[id] = lettersOf(points);
}

/** The sketches of `keys` (a loaded index; compile.ts writes them while it builds the deletion table). */
export function keySketchesOf(keys: readonly string[]): KeySketches {
  const sketches = emptySketches(keys.length);
  for (let id = 0; id < keys.length; id++) sketchKey(sketches, id, keySequences(keys[id]!));
  return sketches;
}

/**
 * Whether key `id` may be within `budget` edits of `query` by `fuzzyDistance` (lookup/resolve.ts), whose
 * letters are `queryLetters` (`lettersOf`): in code points, clusters or conjunct clusters, one of the key's
 * lengths is within the budget of the query's; and when neither has a cluster of several code points (the
 * distance is then on code points only), an edit adds at most one letter to either side, so neither has
 * more letters the other lacks than the budget.
 */
export function mayBeNear(
  sketches: KeySketches,
  id: number,
  query: PreparedQuery,
  queryLetters: number,
  budget: number,
): boolean {
  const { lengths } = sketches;
  const points = lengths[3 * id]!;
  const symbols = lengths[3 * id + 1]!;
  const conjuncts = lengths[3 * id + 2]!;
  if (
    Math.abs(points - query.cps.length) > budget &&
    Math.abs(symbols - query.symbols.length) > budget &&
    Math.abs(conjuncts - query.conjuncts.length) > budget
  )
    return false;
  if (points !== conjuncts || query.conjuncts.length !== query.cps.length) return true;
  const letters = sketches.letters[id]!;
  return bitCount(queryLetters & ~letters) <= budget && bitCount(letters & ~queryLetters) <= budget;
}
