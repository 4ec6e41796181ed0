// Resolution: from the keys a store found (exact, prefix, fuzzy) to the ranked targets, with how each
// matched. One implementation for every store, so the in-process index and PostgreSQL answer alike.
//
// | via | when | score (before locale and weight) |
// |---|---|---|
// | `exact` | the query is the entry's key, code unit for code unit | 1 |
// | `folded` | equal after the basic fold (case, width, marks, separators…) | 0.96 |
// | `variant` | equal only after the variant rules (Han, kana, Arabic letters) | 0.94 |
// | `translit` | the folded query is the romanization of the key (if only its skeleton is, scored as `fuzzy` at distance 1) | 0.9 |
// | `prefix` | the folded query starts a longer key (type-ahead) | 0.5 + 0.4 · query/key length |
// | `fuzzy` | within the edit budget (Damerau–Levenshtein on code points) | 0.9 · (1 − distance / longer length) |
//
// Prefix and fuzzy matches on a romanized key are worth 0.97 as much and carry `scheme`. A preferred
// locale adds 0.03 (0.02 for the same language), a weight w adds 0.01 · w / (1 + |w|), and a key named
// by n entries up to 0.0005 · log2(1 + n) / 10 (a tie-breaker: the more common meaning first).
import { codePointDistance } from '../distance/damerau-levenshtein.js';
import { foldBasic } from '../fold/fold.js';
import { ROMANIZATION_SCHEME } from '../translit/romanize.js';
import { MIN_VARIANT_LENGTH } from '../index/deletions.js';
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
}

export interface Candidate {
  /** The store key (folded or romanized). */
  key: string;
  /** `skeleton`: the key is a romanization skeleton of the query (only romanized postings count). */
  match: 'exact' | 'skeleton' | 'prefix' | 'fuzzy';
  distance: number;
  entries: readonly CandidateEntry[];
}

/**
 * The fuzzy rule every store applies to its candidates: a key of at least `MIN_VARIANT_LENGTH` code
 * points whose Damerau–Levenshtein distance to the query is 1 … budget. Returns the distance, or -1.
 * Two-edit matches are answered only when no key is within one edit (see `resolve`).
 * (Stores differ only in how they find candidates: deletion neighbourhoods here, pg_trgm in PostgreSQL.)
 */
export function fuzzyDistance(query: PreparedQuery, key: Int32Array): number {
  const q = query.cps;
  if (query.budget === 0 || key.length < MIN_VARIANT_LENGTH || Math.abs(key.length - q.length) > query.budget) return -1;
  const distance = codePointDistance(q, key, query.budget);
  return distance >= 1 && distance <= query.budget ? distance : -1;
}

function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) (n--, i++);
    }
  }
  return n;
}

/** A candidate within one edit of the query (exact, a romanization skeleton, or fuzzy at distance 1). */
export function isClose(candidate: Candidate): boolean {
  return candidate.match === 'exact' || candidate.match === 'skeleton' || (candidate.match === 'fuzzy' && candidate.distance <= 1);
}

function localeBonus(wanted: string | undefined, locale: string | undefined): number {
  if (wanted === undefined || locale === undefined) return 0;
  const a = wanted.toLowerCase().replaceAll('_', '-');
  const b = locale.toLowerCase().replaceAll('_', '-');
  if (a === b) return 0.03;
  return a.split('-')[0] === b.split('-')[0] ? 0.02 : 0;
}

/** Ranks the candidates' entries into at most `limit` matches, one per target, best first. */
export function resolve(query: PreparedQuery, candidates: readonly Candidate[]): KeywordMatch[] {
  // Two edits are a last resort: not answered when some key is within one edit.
  if (candidates.some(isClose)) candidates = candidates.filter((c) => c.match !== 'fuzzy' || c.distance <= 1);
  const best = new Map<string, KeywordMatch>();
  const qLength = query.cps.length;
  for (const candidate of candidates) {
    const keyLength = codePointLength(candidate.key);
    // A key named by many entries (the same name in many locales) is the more common meaning: a tie-breaker.
    const popularity = 0.0005 * Math.min(1, Math.log2(1 + candidate.entries.length) / 10);
    for (const entry of candidate.entries) {
      if (query.namespaces && (entry.namespace === undefined || !query.namespaces.has(entry.namespace))) continue;
      let via: Via;
      let score: number;
      if (candidate.match === 'skeleton') {
        if (!entry.translit) continue;
        // Scored like one edit on a romanized key: a skeleton equality loses more than case does.
        via = 'translit';
        score = 0.9 * (1 - 1 / Math.max(qLength, keyLength)) * 0.97;
      } else if (candidate.match === 'exact') {
        if (entry.translit) {
          via = 'translit';
          score = 0.9;
        } else if (entry.key === query.raw) {
          via = 'exact';
          score = 1;
        } else if (foldBasic(entry.key) === query.basic) {
          via = 'folded';
          score = 0.96;
        } else {
          via = 'variant';
          score = 0.94;
        }
      } else if (candidate.match === 'prefix') {
        via = 'prefix';
        score = (0.5 + (0.4 * qLength) / keyLength) * (entry.translit ? 0.97 : 1);
      } else {
        via = 'fuzzy';
        score = 0.9 * (1 - candidate.distance / Math.max(qLength, keyLength)) * (entry.translit ? 0.97 : 1);
      }
      score += localeBonus(query.locale, entry.locale) + (0.01 * entry.weight) / (1 + Math.abs(entry.weight)) + popularity;
      score = Math.round(score * 1e6) / 1e6;
      if (score < query.minScore) continue;
      const match: KeywordMatch = { target: entry.target, key: entry.key, via, distance: candidate.distance, score };
      if (entry.translit) match.scheme = ROMANIZATION_SCHEME;
      if (entry.locale !== undefined) match.locale = entry.locale;
      if (entry.namespace !== undefined) match.namespace = entry.namespace;
      const previous = best.get(entry.target);
      if (previous === undefined || better(match, previous)) best.set(entry.target, match);
    }
  }
  return [...best.values()].sort(order).slice(0, query.limit);
}

function better(a: KeywordMatch, b: KeywordMatch): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.key.length !== b.key.length) return a.key.length < b.key.length;
  return a.key < b.key;
}

function order(a: KeywordMatch, b: KeywordMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}
