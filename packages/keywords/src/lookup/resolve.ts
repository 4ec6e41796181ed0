// Resolution: from the keys a store found (exact, prefix, fuzzy) to the ranked targets, with how each
// matched. One implementation for every store, so the in-process index and PostgreSQL answer alike.
//
// | via | when | score (before locale and weight) |
// |---|---|---|
// | `exact` | the query is the entry's key, code unit for code unit | 1 |
// | `folded` | equal after the basic fold (case, width, marks, separators…) | 0.96 |
// | `variant` | equal only after the variant rules (Han, kana, Arabic letters) | 0.94 |
// | `translit` | the folded query is the key's stored romanization skeleton (0.9); or a skeleton of the query is, or is one edit from it (an r or l the key does not write: one edit more) | 0.873 · … (`skeletonScore`) |
// | `prefix` | the folded query starts a longer key (type-ahead), or a later word of a key (× 0.9) | 0.5 + 0.4 · query/key length, + 0.2 · log2(1 + n) / 10 for a key named by n entries (up to 0.87) |
// | `fuzzy` | within the edit budget (Damerau–Levenshtein on code points; one edit on a romanized key) | 0.9 · (1 − distance / longer length) |
//
// Prefix and fuzzy matches on a romanized key are worth 0.97 as much and carry `scheme`. A preferred
// locale adds 0.03 (0.02 for the same language), a weight w adds 0.01 · w / (1 + |w|), and a key named
// by n entries up to 0.0005 · log2(1 + n) / 10 (a tie-breaker: the more common meaning first). A fuzzy
// match that leaves out letters or a word break typed, and a translit match that agrees only in part,
// score just below the best completion of the query (`bestCompletion`).
import {
  clusters,
  conjunctClusters,
  hasHangulSyllable,
  hasLinker,
  isClusterExtender,
  oneJamoApart,
  weightedClusterDistance,
} from '../distance/clusters.js';
import { codePointDistance, codePoints } from '../distance/damerau-levenshtein.js';
import { isAscii } from '@nomina/core';
import { dominantScript } from '@nomina/script';
import { fold, foldBasic } from '../fold/fold.js';
import { keyLiquids, liquidsOf } from '../translit/liquids.js';
import { INHERENT_VOWELS, ROMANIZATION_SCHEME } from '../translit/romanize.js';
import { MIN_VARIANT_LENGTH } from '../index/deletions.js';
import { carriesTwoEdits } from './budget.js';
import type { PreparedQuery } from './query.js';

export type Via = 'exact' | 'folded' | 'variant' | 'translit' | 'prefix' | 'fuzzy';

export interface KeywordMatch {
  target: string;
  /** The entry key that matched (as added, not folded). */
  key: string;
  via: Via;
  /** Romanization scheme, when the match was on a romanized key. */
  scheme?: string;
  /** Edits between the folded query and the folded key (0 unless `via` is `fuzzy`). */
  distance: number;
  /** Between 0 and about 1.04; answers below the `minScore` option are not given. */
  score: number;
  locale?: string;
  namespace?: string;
}

/** An entry as a store hands it to resolution. */
export interface CandidateEntry {
  key: string;
  target: string;
  locale: string | undefined;
  namespace: string | undefined;
  weight: number;
  /** The store key is the romanization of this entry's key (not its fold). */
  translit: boolean;
  /**
   * When the entry's romanized key is a consonant skeleton: the vowelled skeleton of its romanization
   * ('' when that writes no vowels). Undefined otherwise (translit/romanize.ts `romanizeKey`).
   */
  vowelled: string | undefined;
  /**
   * The r and l of the romanization of the entry's key (translit/liquids.ts `keyLiquids`; null for a script
   * with one liquid), when the store keeps them (the in-process index does, for its romanized entries);
   * found at look-up otherwise.
   */
  liquids?: string | null;
}

export interface Candidate {
  /** The store key (folded or romanized). */
  key: string;
  /**
   * `skeleton`: the key is a romanization skeleton of the query, or (distance 1) one edit from one
   * (only romanized postings count). `word`: the query starts a later word of the key.
   */
  match: 'exact' | 'skeleton' | 'prefix' | 'fuzzy' | 'word';
  distance: number;
  entries: readonly CandidateEntry[];
  /** How many entries name the key, when a store left some out of `entries` (`skeletonMayPass`). */
  named?: number;
}

/**
 * The fuzzy rule every store applies to its candidates: a key (its code points) of at least
 * `MIN_VARIANT_LENGTH` code points whose Damerau–Levenshtein distance to the query is 1 … budget, on
 * code points or on clusters (distance/clusters.ts: a dropped akshara or vowel sign is one edit), the
 * smaller. Returns the distance, or -1. Two edits need a key at most one character shorter than a query
 * of that budget (`carriesTwoEdits`), and two-edit matches are answered only when no key is within one
 * edit (see `resolve`). A short query outside Latin without a budget (`dropOnly`) meets keys with one
 * character or one vowel sign more, or one jamo other. (Stores differ only in how they find candidates:
 * deletion neighbourhoods here, pg_trgm in PostgreSQL.)
 */
export function fuzzyDistance(query: PreparedQuery, key: Int32Array): number {
  const budget = query.budget;
  if (key.length < MIN_VARIANT_LENGTH) return -1;
  if (budget === 0) return query.dropOnly ? droppedOne(query, key) : -1;
  let distance = budget + 1;
  if (Math.abs(key.length - query.cps.length) <= budget) distance = codePointDistance(query.cps, key, budget);
  if (distance > 1) {
    const symbols = clusters(key);
    if ((symbols !== key || query.symbols !== query.cps) && Math.abs(symbols.length - query.symbols.length) <= budget)
      distance = Math.min(distance, codePointDistance(query.symbols, symbols, budget));
    // A key without conjuncts is no nearer by them (a conjunct of the query is none of its clusters).
    if (distance > 1 && hasLinker(key)) {
      const linked = conjunctClusters(key);
      if (Math.abs(linked.length - query.conjuncts.length) <= budget)
        distance = Math.min(distance, codePointDistance(query.conjuncts, linked, budget));
    }
  }
  if (distance < 1 || distance > budget) return -1;
  // Two edits only to a key nearly as long as the query that carries them (lookup/budget.ts).
  return distance === 2 && !carriesTwoEdits(key) ? -1 : distance;
}

/**
 * 1 when the query is the key with one user-perceived character left out (`PreparedQuery.dropOnly`),
 * with one vowel sign (a mark of a cluster) left out (कितब for किताब: a lighter typo than a consonant
 * replaced), or with one jamo of a Hangul syllable replaced (불류어 for 불루어: one key of the 2-set
 * keyboard), else -1.
 */
function droppedOne(query: PreparedQuery, key: Int32Array): number {
  const symbols = clusters(key);
  if (symbols.length === query.symbols.length + 1 && codePointDistance(query.symbols, symbols, 1) === 1) return 1;
  const linked = hasLinker(key) ? conjunctClusters(key) : symbols;
  if (linked.length === query.conjuncts.length + 1 && codePointDistance(query.conjuncts, linked, 1) === 1) return 1;
  return symbols.length === query.symbols.length && (droppedMark(query.cps, key) || jamoReplaced(query.cps, key))
    ? 1
    : -1;
}

/** Whether `key` is `query` with one Hangul syllable replaced by one a jamo apart. */
function jamoReplaced(query: Int32Array, key: Int32Array): boolean {
  if (key.length !== query.length) return false;
  let i = 0;
  while (i < query.length && query[i] === key[i]) i++;
  if (i === query.length || !oneJamoApart(query[i]!, key[i]!)) return false;
  for (i++; i < query.length; i++) if (query[i] !== key[i]) return false;
  return true;
}

/** Whether `key` is `query` with one cluster extender (a vowel sign, virama, diacritic…) more. */
function droppedMark(query: Int32Array, key: Int32Array): boolean {
  if (key.length !== query.length + 1) return false;
  let i = 0;
  while (i < query.length && query[i] === key[i]) i++;
  if (i === 0 || !isClusterExtender(key[i]!)) return false;
  for (; i < query.length; i++) if (query[i] !== key[i + 1]) return false;
  return true;
}

/** Shortest query skeleton (code points) that matches romanized keys one edit away; shorter ones match exactly only. */
export const MIN_FUZZY_SKELETON = 5;

/**
 * The skeleton rule every store applies: a key one edit (Damerau–Levenshtein) from one of the query's
 * romanization skeletons of at least `MIN_FUZZY_SKELETON` code points, when the query has an edit
 * budget. Returns 1, or -1 (a skeleton equal to the key is an exact skeleton match, not this). Stores
 * look for these candidates only when the query is not itself a stored key (a last resort, as two-edit
 * typos are).
 */
export function skeletonDistance(query: PreparedQuery, key: Int32Array): number {
  if (query.budget === 0) return -1;
  for (const skeleton of query.skeletonCps) {
    if (
      skeleton.length >= MIN_FUZZY_SKELETON &&
      Math.abs(key.length - skeleton.length) <= 1 &&
      codePointDistance(skeleton, key, 1) === 1
    )
      return 1;
  }
  return -1;
}

function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) n--, i++;
    }
  }
  return n;
}

/**
 * A candidate within one edit of the query itself (exact, or fuzzy at distance 1). Skeleton matches do
 * not count: a coarse skeleton shared with some romanized key says nothing about typos in the query.
 */
export function isClose(candidate: Candidate): boolean {
  return candidate.match === 'exact' || (candidate.match === 'fuzzy' && candidate.distance <= 1);
}

/**
 * Score of a skeleton match of an entry key of `words` words (`wordCount`), from how much the skeleton says:
 * - a vowelled skeleton (alphabets, syllabaries) equal to the key's scores like the romanization itself
 *   times 0.97, and one edit off like one edit on the romanized key;
 * - a consonant skeleton (abjads, abugidas) whose romanization writes vowels is scored by how far the
 *   query's vowelled skeleton (or that of its spelling in a scheme of the key's script, with the same
 *   consonants) is from the key's (relative Damerau–Levenshtein distance r):
 *   0.873 · (1 − 0.75 r), below the default threshold past r ≈ 0.4;
 * - a consonant skeleton of a romanization without vowels (Arabic, Hebrew as any-ascii writes them)
 *   cannot be checked further and says less: it scores like one edit more, times 0.97.
 */
function skeletonScore(
  query: PreparedQuery,
  candidate: Candidate,
  vowelled: string | undefined,
  words = 1,
  script?: () => string,
  liquids = 0,
): number {
  // Word by word: a consonant skeleton of a key of several words is not met by a query of one word
  // (made-up words meet the joined consonants of two or three short words far more often than people
  // type a multi-word name without spaces).
  if (vowelled !== undefined && words > 1 && query.words === 1) return 0;
  const longest = Math.max(query.cps.length, codePointLength(candidate.key));
  // Through a romanization scheme (exact matches only): the query's vowels as that scheme spells them.
  const scheme = candidate.distance === 0 ? query.schemes.get(candidate.key) : undefined;
  const romanSkeleton = scheme?.vowelled ?? query.romanSkeleton;
  if (vowelled === undefined) {
    // An alphabet's key is a vowelled skeleton: only the query's vowelled skeleton (not its consonants) meets it.
    if (
      scheme !== undefined
        ? candidate.key !== romanSkeleton
        : candidate.key !== romanSkeleton && codePointDistance(query.romanSkeletonCps, codePoints(candidate.key), 1) > 1
    )
      return 0;
    // One edit at most, an r or l of the query that is not the key's counting as one.
    return candidate.distance + liquids > 1 ? 0 : 0.9 * 0.97 * (1 - (candidate.distance + liquids) / longest);
  }
  if (vowelled === '') {
    // No vowel written: only a query whose vowels fit between the key's consonants (at most one after each).
    if (romanSkeleton.length > 2 * codePointLength(candidate.key)) return 0;
    return calibrated(0.9 * 0.97 * 0.97 * (1 - (1 + candidate.distance + liquids) / longest));
  }
  // The vowels must agree the more closely the fewer consonants the skeleton has (a short consonant
  // skeleton is shared by many unrelated words): half an edit a consonant of the key, less three quarters;
  // less one and a quarter when the key's inherent vowels are written (they cost nothing: what is left
  // to disagree on is what the query got wrong). An r or l of the query that is not the key's is a
  // consonant edit.
  const inherent = inherentCount(vowelled);
  const most = Math.max(0.5, 0.5 * consonantCount(vowelled) - (inherent > 0 ? 1.25 : 0.75));
  if (most - liquids < 0) return 0;
  let distance = skeletonDistanceOf(query, romanSkeleton, vowelled, most);
  // A scheme's spelling with the same consonants may write the vowels as the key's script is romanized.
  for (const spelling of query.spellings)
    if (spelling.consonants === candidate.key && (script === undefined || spelling.scripts.has(script())))
      distance = Math.min(distance, skeletonDistanceOf(query, spelling.vowelled, vowelled, most));
  distance += liquids;
  // A key stored by its vowelled skeleton (one consonant: translit/romanize.ts `romanizeKey`) is met only
  // by a query that writes the same vowels.
  if (candidate.key === vowelled && distance > 0) return 0;
  if (distance > most) return 0;
  const r = Math.min(1, distance / Math.max(romanSkeleton.length, vowelled.length - inherent));
  return calibrated(0.9 * 0.97 * (1 - CONSONANT_VOWEL_WEIGHT * r));
}

/** The query whose distances `skeletonDistanceOf` keeps, and those distances: by query skeleton, then by key skeleton. */
let distancesOf: PreparedQuery | undefined;
const distances = new Map<string, Map<string, number>>();

/**
 * `vowelWeightedDistance(a, b, bound)` for a skeleton A of `query`, computed once per query: a look-up
 * scores the vowelled skeleton of a popular consonant skeleton for many of its keys and entries, first to
 * keep its entries (`skeletonMayPass`), then to rank them. `bound` is the most a match may differ
 * (`skeletonScore`), the same for every call on B; a caller with less room (an r or l already against
 * the match) rejects the same distances past its own bound as it would from a call with that bound.
 */
function skeletonDistanceOf(query: PreparedQuery, a: string, b: string, bound: number): number {
  if (distancesOf !== query) {
    distancesOf = query;
    distances.clear();
  }
  let byKey = distances.get(a);
  if (byKey === undefined) distances.set(a, (byKey = new Map()));
  let distance = byKey.get(b);
  if (distance === undefined) byKey.set(b, (distance = vowelWeightedDistance(a, b, bound)));
  return distance;
}

/** What separates words in keys and queries: white space, ZWSP (Lao, Khmer, Thai), dashes, `_ : ; , /`. */
const WORD_SEPARATORS = /[\s\u200b\u2010-\u2015_:;,/-]+/g;

/** Number of words of a text (runs between `WORD_SEPARATORS`). */
export function wordCount(text: string): number {
  let n = 0;
  for (const word of text.split(WORD_SEPARATORS)) if (word !== '') n++;
  return n;
}

/** Inherent vowels (`INHERENT_VOWELS`) of a key's vowelled skeleton: not letters of its romanization. */
function inherentCount(skeleton: string): number {
  let n = 0;
  for (let i = 0; i < skeleton.length; i++) {
    const code = skeleton.charCodeAt(i);
    if (code < 128 && VOWEL[code] === 3) n++;
  }
  return n;
}

/** Longest r-and-l sequences compared with articles (`liquidEdits`); longer ones without. */
const MAX_LIQUIDS = 64;
let liquidRows = new Int32Array(2 * (MAX_LIQUIDS + 1));

/**
 * Edits between the r and l of a query (`liquidsOf`) and those of a key's romanization (`keyLiquids`),
 * where an article's `L` may be left out or be an l. Skeletons write r as l and a double letter once, so
 * `antigylh` has the skeleton of انٽيگرل (antigrl) and `korepbord` that of ਕਲਿੱਪਬੋਰਡ (klipbord); but r and
 * l are different letters in every script except kana and Hangul, and no scheme writes one for the other.
 */
function liquidEdits(query: string, key: string | undefined): number {
  if (key === undefined || key === query) return 0;
  const n = query.length;
  const m = key.length;
  if (n > MAX_LIQUIDS || m > MAX_LIQUIDS)
    return codePointDistance(codePoints(query), codePoints(key.replaceAll('L', 'l')), 4);
  const w = m + 1;
  if (liquidRows.length < 2 * w) liquidRows = new Int32Array(2 * w);
  const rows = liquidRows;
  let previous = 0;
  let current = w;
  rows[0] = 0;
  for (let j = 1; j <= m; j++) rows[j] = rows[j - 1]! + (key[j - 1] === 'L' ? 0 : 1);
  for (let i = 1; i <= n; i++) {
    rows[current] = i;
    for (let j = 1; j <= m; j++) {
      const y = key[j - 1]!;
      const same = y === query[i - 1] || (y === 'L' && query[i - 1] === 'l');
      rows[current + j] = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + (y === 'L' ? 0 : 1),
        rows[previous + j - 1]! + (same ? 0 : 1),
      );
    }
    [previous, current] = [current, previous];
  }
  return rows[previous + m]!;
}

/** Consonants of a vowelled skeleton (letters but vowels, v and h). */
function consonantCount(skeleton: string): number {
  let n = 0;
  for (let i = 0; i < skeleton.length; i++) {
    const code = skeleton.charCodeAt(i);
    if (code >= 128 || VOWEL[code] === 0) n++;
  }
  return n;
}

/**
 * Lowest score of a consonant-skeleton match, calibrated on both benchmark query sets (issue #19): below
 * it, made-up words were answered about as often as romanized names were right (measured before this
 * floor: 21 of the 35 false positives of set B, 9 of the ~610 right first answers of both sets).
 */
export const MIN_CONSONANT_SKELETON_SCORE = 0.76;

function calibrated(score: number): number {
  return score >= MIN_CONSONANT_SKELETON_SCORE ? score : 0;
}

/** 1: a vowel; 2: v and h, which abjads write as vowels (و) or not at all (ه); 3: an abugida's inherent vowel (`INHERENT_VOWELS`). */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiou') VOWEL[c.charCodeAt(0)] = 1;
for (const c of 'vh') VOWEL[c.charCodeAt(0)] = 2;
/** For each inherent vowel, the vowels a query may write for it at no cost (bit i: 'aeiou'[i]). */
const INHERENT_SPELLINGS = new Uint8Array(128);
for (const [inherent, spellings] of Object.entries(INHERENT_VOWELS)) {
  VOWEL[inherent.charCodeAt(0)] = 3;
  for (const c of spellings) INHERENT_SPELLINGS[inherent.charCodeAt(0)]! |= 1 << 'aeiou'.indexOf(c);
}
/** v (w) of a query for u or o of a key: و ו, which abjads write for both, and schemes as w, v, u or o. */
const [V, U, O] = [118, 117, 111];
const VOWEL_BIT = new Uint8Array(128);
for (let i = 0; i < 5; i++) VOWEL_BIT['aeiou'.charCodeAt(i)] = 1 << i;

/** Longest skeletons compared by `vowelWeightedDistance` (longer ones: the unit distance, banded). */
const MAX_WEIGHTED = 64;
/** Scratch of `vowelWeightedDistance`: three rows, and per letter of B its code and the cost of leaving it out. */
const weightedRows = new Float64Array(3 * (MAX_WEIGHTED + 1));
const weightedCodes = new Int32Array(MAX_WEIGHTED + 1);
const weightedLeft = new Float64Array(MAX_WEIGHTED + 1);

/** Cost of leaving out a letter of a key's vowelled skeleton (`vowelWeightedDistance`). */
function leftCost(code: number): number {
  return code >= 128 ? 1 : VOWEL[code] === 1 ? 0.25 : VOWEL[code] === 2 ? 0.5 : VOWEL[code] === 3 ? 0 : 1;
}

/**
 * Cost of replacing letter x of a query's skeleton by letter y of a key's, both ASCII, at
 * `SUBSTITUTION[x << 7 | y]` (`vowelWeightedDistance`): nothing for the same letter or a spelling of an
 * inherent vowel, a quarter for v where the key has u or o, half for a vowel (v, h and inherent vowels
 * too) where the key has one, else one. A letter beyond ASCII costs nothing only for itself, else one. A
 * table rather than the rule in the inner loop, whose branches the processor cannot predict.
 */
const SUBSTITUTION = new Float32Array(128 * 128);
for (let x = 0; x < 128; x++)
  for (let y = 0; y < 128; y++)
    SUBSTITUTION[(x << 7) | y] =
      x === y || (INHERENT_SPELLINGS[y]! & VOWEL_BIT[x]!) !== 0
        ? 0
        : x === V && (y === U || y === O)
          ? 0.25
          : VOWEL[x]! > 0 && leftCost(y) < 1
            ? 0.5
            : 1;

/**
 * Optimal-string-alignment distance from a query's skeleton A to a key's B where a vowel costs less
 * than a consonant: half an edit for a vowel (or v, h) of A that B lacks or another vowel, a quarter for
 * a vowel of B that A leaves out (schemes and people drop vowels more often than they add them), nothing
 * for an inherent vowel of B (`INHERENT_VOWELS`) that A leaves out or writes as its script does (and for
 * the second of a consonant doubled across it that A leaves out), a quarter for v of A where B has u or
 * o (و ו). Schemes disagree mostly on vowels, so a consonant that differs says more. O(n · m) on at most
 * `MAX_WEIGHTED` letters; a distance past `bound` may be returned as any value past it (the rows stop there).
 */
export function vowelWeightedDistance(a: string, b: string, bound = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (n > MAX_WEIGHTED || m > MAX_WEIGHTED) return codePointDistance(codePoints(a), codePoints(b), 4);
  const w = m + 1;
  const rows = weightedRows;
  const codes = weightedCodes;
  const left = weightedLeft;
  for (let j = 1; j <= m; j++) {
    const y = b.charCodeAt(j - 1);
    codes[j] = y;
    // A consonant doubled across an unwritten inherent vowel (ਟ ਟਾ: tAt) is one letter when A leaves the
    // vowel out, as skeletons write doubles once: the second costs nothing.
    left[j] = j > 2 && y === codes[j - 2] && codes[j - 1]! < 128 && VOWEL[codes[j - 1]!] === 3 ? 0 : leftCost(y);
  }
  // rows: [two back | previous | current], each of m + 1 cells.
  rows[w] = 0;
  for (let j = 1; j <= m; j++) rows[w + j] = rows[w + j - 1]! + left[j]!;
  let before = 0;
  let previous = w;
  let current = 2 * w;
  let previousMin = 0;
  let lastX = -1;
  for (let i = 1; i <= n; i++) {
    const x = a.charCodeAt(i - 1);
    const cx = x < 128 && VOWEL[x]! > 0 ? 0.5 : 1;
    const substitutions = x << 7;
    // The cells up-left and left of the one computed.
    let diagonal = rows[previous]!;
    let side = diagonal + cx;
    rows[current] = side;
    let rowMin = side;
    for (let j = 1; j <= m; j++) {
      const y = codes[j]!;
      const up = rows[previous + j]!;
      let d = up + cx;
      if (side + left[j]! < d) d = side + left[j]!;
      const replaced = diagonal + ((x | y) < 128 ? SUBSTITUTION[substitutions | y]! : x === y ? 0 : 1);
      if (replaced < d) d = replaced;
      // Two neighbours swapped.
      if (y === lastX && j > 1 && x === codes[j - 1] && rows[before + j - 2]! + 1 < d) d = rows[before + j - 2]! + 1;
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
      diagonal = up;
      side = d;
    }
    // Past `bound` in two rows in a row, every later cell is too (costs are not negative): stop there.
    if (rowMin > bound && previousMin > bound) return rowMin;
    previousMin = rowMin;
    lastX = x;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return rows[previous + m]!;
}

/** Weight of the vowelled distance r in the score of a consonant-skeleton match. */
const CONSONANT_VOWEL_WEIGHT = 0.75;

/**
 * Whether an entry of a skeleton candidate can reach the query's `minScore` (with the largest bonuses),
 * from its vowelled skeleton and the number of words of its key (`wordCount`; only whether it is more than
 * one counts): stores may leave out the others before resolution, which would drop them anyway.
 */
export function skeletonMayPass(
  query: PreparedQuery,
  candidate: Candidate,
  vowelled: string | undefined,
  words: number,
): boolean {
  return skeletonScore(query, candidate, vowelled, words) + MAX_BONUS >= query.minScore;
}

/**
 * Score of a fuzzy match: 0.9 · (1 − d / n) for n the longer length in clusters and d the weighted
 * cluster distance (`weightedClusterDistance`: a dropped, doubled or changed vowel sign or diacritic,
 * or one jamo of a Hangul syllable, is half an edit, anything else one).
 */
function typoScore(query: PreparedQuery, key: string, distance: number, hangul: boolean): number {
  const bases: Int32Array[] = [];
  const symbols = clusters(codePoints(key), bases);
  // Without clusters of several code points on either side, no replacement is of a vowel sign only (nor,
  // without Hangul in the query, of a jamo).
  const weighted =
    symbols === bases[0] && query.symbols === query.cps && !hangul
      ? distance
      : Math.min(distance, weightedClusterDistance(query.symbols, query.bases, symbols, bases[0]!, distance));
  return 0.9 * (1 - weighted / Math.max(query.symbols.length, symbols.length));
}

/** Factor on the score of a prefix of a later word of the key: the start of the key is the likelier intent. */
export const WORD_PREFIX = 0.9;

/** At least the most a locale, a weight and popularity add to a score (0.03 + 0.01 + 0.0005), with room for rounding. */
const MAX_BONUS = 0.041;

function localeBonus(wanted: string | undefined, locale: string | undefined): number {
  if (wanted === undefined || locale === undefined) return 0;
  const a = wanted.toLowerCase().replaceAll('_', '-');
  const b = locale.toLowerCase().replaceAll('_', '-');
  if (a === b) return 0.03;
  return a.split('-')[0] === b.split('-')[0] ? 0.02 : 0;
}

/** `fn` answering each key once (for the entries of one `resolve` call). */
function perKey<T>(fn: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = fn(key)));
    return value;
  };
}

/** Score of a skeleton match that agrees with every letter of the query (its own romanization, or a skeleton of it with the vowels the key writes). */
const SKELETON_AGREES = 0.9 * 0.97;

/** Weight of a key's popularity (`namedShare`) in the score of a completion: half that of the share of the key typed. */
const COMPLETION_POPULARITY = 0.2;

/**
 * Score of a completion: the query starts a key of `keyLength` code points, or a later word of it
 * (`word`). A short query starts many keys: the shorter key (more of it typed) and the key named by
 * more entries (`namedShare`: the name more people are after, as type-ahead ranks completions by how
 * often they are wanted) come first. Popularity lifts a completion at most to `POPULAR_COMPLETION_CEILING`,
 * below a romanization that agrees with the whole query (`SKELETON_AGREES`): letters typed say more
 * than letters guessed.
 */
function completionScore(qLength: number, keyLength: number, translit: boolean, word: boolean, named: number): number {
  const typed = 0.5 + (0.4 * qLength) / keyLength;
  const lifted = Math.max(typed, Math.min(typed + COMPLETION_POPULARITY * named, POPULAR_COMPLETION_CEILING));
  return lifted * (translit ? 0.97 : 1) * (word ? WORD_PREFIX : 1);
}

/** Highest score popularity lifts a completion to (`completionScore`). */
const POPULAR_COMPLETION_CEILING = 0.87;

/** How common a key is, from 0 to 1: log2(1 + n) / 10 for the n entries that name it, at most 1. */
function namedShare(candidate: Candidate): number {
  return Math.min(1, Math.log2(1 + (candidate.named ?? candidate.entries.length)) / 10);
}

/** A key named by many entries (the same name in many locales) is the more common meaning: a tie-breaker (`namedShare` of it). */
function popularityOf(named: number): number {
  return 0.0005 * named;
}

/** What a preferred locale, a weight and popularity add to the score of an entry. */
function bonusOf(query: PreparedQuery, entry: CandidateEntry, popularity: number): number {
  return localeBonus(query.locale, entry.locale) + (0.01 * entry.weight) / (1 + Math.abs(entry.weight)) + popularity;
}

/**
 * The score of the best completion of the query in its own spelling (a key, not a romanization, that
 * starts with the query or has a later word that does), when it reaches `minScore`; else Infinity. A
 * completion agrees with every letter typed, so it ranks above a fuzzy match that leaves out letters or
 * a word break typed (a shorter key: `Polinezia F` is Polinezia Franceze before Polinezia; a key of fewer
 * words: `Torre Cara` is Torre Caracciolo before Torrelara) and above a romanization that agrees only in
 * part (vowels that differ, a skeleton one edit off: `Chaig` is Chaigou before ചിഗ, c-g).
 */
function bestCompletion(query: PreparedQuery, candidates: readonly Candidate[]): number {
  let best = -Infinity;
  // A query with letters beyond ASCII (diacritics, another script) is completed by keys that write them
  // too: `baṭāṇi` (ISO 15919) is not completed by Batanica.
  const typed = isAscii(query.raw) ? undefined : query.raw.normalize('NFC').toLowerCase().trim();
  const writesTyped = perKey((key) => typed === undefined || key.normalize('NFC').toLowerCase().includes(typed));
  for (const candidate of candidates) {
    if (candidate.match !== 'prefix' && candidate.match !== 'word') continue;
    const keyLength = codePointLength(candidate.key);
    const named = namedShare(candidate);
    const popularity = popularityOf(named);
    for (const entry of candidate.entries) {
      if (entry.translit) continue;
      if (query.namespaces && (entry.namespace === undefined || !query.namespaces.has(entry.namespace))) continue;
      if (!writesTyped(entry.key)) continue;
      const score = completionScore(query.cps.length, keyLength, false, candidate.match === 'word', named);
      best = Math.max(best, Math.round((score + bonusOf(query, entry, popularity)) * 1e6) / 1e6);
    }
  }
  return best >= query.minScore ? best : Infinity;
}

/** Ranks the candidates' entries into at most `limit` matches, one per target, best first. */
export function resolve(query: PreparedQuery, candidates: readonly Candidate[]): KeywordMatch[] {
  // Two edits are a last resort: not answered when some key is within one edit.
  if (candidates.some(isClose)) candidates = candidates.filter((c) => c.match !== 'fuzzy' || c.distance <= 1);
  const best = new Map<string, KeywordMatch>();
  const qLength = query.cps.length;
  // Entries of one key mostly share a few spellings (the same name in many locales): fold each once, and
  // find once the script of a key met through a romanization scheme and the words of a skeleton match's key.
  const basicFold = perKey(foldBasic);
  const scriptOf = perKey(dominantScript);
  const wordsOf = perKey(wordCount);
  const hangul = hasHangulSyllable(query.cps);
  const queryLiquids = liquidsOf(query.folded);
  const liquidsOfKey = perKey((key) => keyLiquids(fold(key), scriptOf(key)));
  // Stored with the entry by the in-process index (null: a script with one liquid); other stores find them here.
  const liquidsOfEntry = (entry: CandidateEntry): string | undefined =>
    entry.liquids === undefined ? liquidsOfKey(entry.key) : (entry.liquids ?? undefined);
  // Found when a match that ranks below it first needs it (most queries have none).
  let completion: number | undefined;
  for (const candidate of candidates) {
    const keyLength = codePointLength(candidate.key);
    const typo = candidate.match === 'fuzzy' ? typoScore(query, candidate.key, candidate.distance, hangul) : 0;
    let skeletonScores: Map<string, number> | undefined;
    const scheme =
      candidate.match === 'skeleton' && candidate.distance === 0 ? query.schemes.get(candidate.key) : undefined;
    const named = namedShare(candidate);
    const popularity = popularityOf(named);
    // Below a completion (`bestCompletion`): a key that leaves out letters typed (a fuzzy match on a
    // shorter key) or a word break typed (on a key of fewer words), and a romanization whose skeleton
    // agrees only in part.
    const shorter = keyLength < qLength;
    for (const entry of candidate.entries) {
      if (query.namespaces && (entry.namespace === undefined || !query.namespaces.has(entry.namespace))) continue;
      let via: Via;
      let score: number;
      let belowCompletion = false;
      // A key stored by its vowelled skeleton (one consonant) is met by that skeleton only, not by a
      // prefix or a typo of it.
      if (
        entry.translit &&
        candidate.key === entry.vowelled &&
        candidate.match !== 'skeleton' &&
        candidate.match !== 'exact'
      )
        continue;
      if (candidate.match === 'skeleton') {
        if (!entry.translit) continue;
        if (scheme !== undefined && !scheme.scripts.has(scriptOf(entry.key))) continue;
        via = 'translit';
        // The entries of a key (one per locale) mostly share its vowelled skeleton: scored once.
        const memo = `${entry.key}\u0000${entry.vowelled ?? '\u0001'}`;
        let known = skeletonScores?.get(memo);
        if (known === undefined) {
          const words = entry.vowelled === undefined ? 1 : wordsOf(entry.key);
          const script = () => scriptOf(entry.key);
          known = skeletonScore(query, candidate, entry.vowelled, words, script);
          // The r and l of the key, found only for the skeleton matches that can pass.
          if (known > 0) {
            const liquids = liquidEdits(queryLiquids, liquidsOfEntry(entry));
            if (liquids > 0) known = skeletonScore(query, candidate, entry.vowelled, words, script, liquids);
          }
          (skeletonScores ??= new Map()).set(memo, known);
        }
        score = known;
        belowCompletion = score < SKELETON_AGREES;
      } else if (candidate.match === 'exact') {
        if (entry.translit) {
          via = 'translit';
          // A vowelled skeleton stored for a one-consonant key scores as a skeleton match that agrees.
          score = candidate.key === entry.vowelled ? SKELETON_AGREES : 0.9;
        } else if (entry.key === query.raw) {
          via = 'exact';
          score = 1;
        } else if (basicFold(entry.key) === query.basic) {
          via = 'folded';
          score = 0.96;
        } else {
          via = 'variant';
          score = 0.94;
        }
      } else if (candidate.match === 'prefix' || candidate.match === 'word') {
        via = 'prefix';
        score = completionScore(qLength, keyLength, entry.translit, candidate.match === 'word', named);
      } else {
        // A romanized key is already a coarse spelling: one edit from it at most, as from a skeleton
        // (`skeletonDistance`); two edits from a romanization answer made-up words.
        if (entry.translit && candidate.distance > 1) continue;
        belowCompletion = shorter || (query.words > 1 && query.words > wordsOf(entry.key));
        via = 'fuzzy';
        score = typo * (entry.translit ? 0.97 : 1);
      }
      score = Math.round((score + bonusOf(query, entry, popularity)) * 1e6) / 1e6;
      if (belowCompletion && score >= query.minScore && score >= (completion ??= bestCompletion(query, candidates)))
        score = Math.round((completion - 1e-6) * 1e6) / 1e6;
      if (score < query.minScore) continue;
      const previous = best.get(entry.target);
      if (previous !== undefined && !better(score, entry.key, previous)) continue;
      const match: KeywordMatch = { target: entry.target, key: entry.key, via, distance: candidate.distance, score };
      if (entry.translit) match.scheme = ROMANIZATION_SCHEME;
      if (entry.locale !== undefined) match.locale = entry.locale;
      if (entry.namespace !== undefined) match.namespace = entry.namespace;
      best.set(entry.target, match);
    }
  }
  return [...best.values()].sort(order).slice(0, query.limit);
}

/** Whether a match of SCORE on KEY is better than B: a higher score, then a shorter key, then code-unit order. */
function better(score: number, key: string, b: KeywordMatch): boolean {
  if (score !== b.score) return score > b.score;
  if (key.length !== b.key.length) return key.length < b.key.length;
  return key < b.key;
}

function order(a: KeywordMatch, b: KeywordMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}
