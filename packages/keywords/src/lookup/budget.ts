// Edit budgets: how many typos a query may carry, by its length in user-perceived characters and its
// script; and which keys are long enough to be two edits from a query.
import { isAscii } from '@nomina/core';
import { dominantScript } from '@nomina/script';
import { clusters } from '../distance/clusters.js';
import { codePoints } from '../distance/damerau-levenshtein.js';
import { ALPHABET_SCRIPTS, isSyllables } from '../index/deletions.js';
import { MAX_EDITS } from '../limits.js';

/** Scripts where one code point is a syllable or a word, so one edit changes much more than a letter. */
export const SYLLABIC: ReadonlySet<string> = new Set(['Hani', 'Hang', 'Hira', 'Kana', 'Yiii']);

/**
 * Edit budget of a folded query by its length in user-perceived characters (distance/clusters.ts) and
 * its dominant script (UAX #24 script runs, @nomina/script): Latin, Greek, Cyrillic, Armenian and
 * Georgian take 1 edit from 5 and 2 from 9; every other script 1 from 4 and 2 from 7: in Han, Hangul,
 * kana and Yi a code point is a syllable or a word (seven say as much as a Latin word of 14 letters or
 * more); in abugidas, abjads and syllabaries a cluster is often a syllable and keys are short (not from
 * 6: two replacements in six characters may leave no trigram in common, and PostgreSQL finds candidates
 * by trigrams). Three syllables of a syllabary, Han or Hangul (index/deletions.ts `isSyllables`: as
 * much as six letters or more) take 1. Capped by `maxEdits`.
 */
export function editBudget(folded: string, maxEdits: number = MAX_EDITS): number {
  const cps = codePoints(folded);
  return budgetOf(scriptOf(folded), cps, clusters(cps).length, maxEdits);
}

/**
 * `editBudget` of a folded text of `script` (`scriptOf`), code points `cps` and `n` clusters: by
 * clusters, and never less than the budget of as many code points in an alphabet (a typo may be on
 * code points too), but in Han, Hangul, kana and Yi.
 */
export function budgetOf(script: string, cps: Int32Array, n: number, maxEdits: number): number {
  if (isSyllables(cps)) return Math.min(1, maxEdits);
  return Math.min(lengthBudget(script, cps.length, n), maxEdits);
}

/**
 * Whether a key (its folded code points) may be two edits from a query whose budget is two: when it is
 * at most one character shorter than such a query (one of the two edits is a character the query has
 * more), not from a query of 7 letters to a key of 5.
 */
export function carriesTwoEdits(key: Int32Array): boolean {
  return lengthBudget(scriptOf(String.fromCodePoint(...key)), key.length + 1, clusters(key).length + 1) >= 2;
}

/** The budget of `points` code points in `n` clusters of `script`. */
function lengthBudget(script: string, points: number, n: number): number {
  const byClusters = ALPHABET_SCRIPTS.has(script) ? byAlphabet(n) : n >= 7 ? 2 : n >= 4 ? 1 : 0;
  return SYLLABIC.has(script) ? byClusters : Math.max(byClusters, byAlphabet(points));
}

/** The dominant script of a folded text (@nomina/script), Latn for ASCII. */
export function scriptOf(folded: string): string {
  return isAscii(folded) ? 'Latn' : dominantScript(folded);
}

/** The budget of `n` letters of an alphabet: 1 from 5, 2 from 9. */
function byAlphabet(n: number): number {
  return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}
