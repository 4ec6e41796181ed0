// Query preparation, shared by every store (in-process index, PostgreSQL): limits first, then the fold,
// the code points and the edit budget.
import { loneSurrogateOffset, requireString } from '@nomina/core';
import { getScript } from '@nomina/ucd';
import { clusters, conjunctClusters } from '../distance/clusters.js';
import { codePoints } from '../distance/damerau-levenshtein.js';
import { foldBoth, toWellFormed } from '../fold/fold.js';
import { keywordIssue as issue, type KeywordIssue } from '../issues.js';
import { MAX_EDITS, MAX_LIMIT, MAX_QUERY_LENGTH } from '../limits.js';
import { MIN_VARIANT_LENGTH } from '../index/deletions.js';
import { queryRomanization, type SchemeSkeleton } from '../translit/romanize.js';
import { budgetOf, scriptOf, SYLLABIC } from './budget.js';
import { wordCount } from './resolve.js';

export interface LookupOptions {
  /** Preferred locale (BCP 47): entries of this locale, then of its language, rank first. */
  locale?: string;
  /** Only entries of this namespace (or of one of these). */
  namespace?: string | readonly string[];
  /** Most targets answered (default 10, at most `MAX_LIMIT`). */
  limit?: number;
  /** Largest edit budget for typos (default and at most `MAX_EDITS` = 2; 0 turns typo tolerance off). */
  maxEdits?: number;
  /** Type-ahead: also answer keys the query is a prefix of (default true). */
  prefix?: boolean;
  /** Answers scoring below this are not given (default `DEFAULT_MIN_SCORE`). */
  minScore?: number;
}

/** Default score threshold: a fuzzy match one edit off a 5-letter word (0.72) passes, a 2-letter prefix of a 10-letter key (0.58) does not. */
export const DEFAULT_MIN_SCORE = 0.6;
/** Default `limit`. */
export const DEFAULT_LIMIT = 10;

export interface PreparedQuery {
  raw: string;
  folded: string;
  basic: string;
  cps: Int32Array;
  /** The query's user-perceived characters (distance/clusters.ts): typos and edit budgets count these. */
  symbols: Int32Array;
  /** The base code point of each of `symbols`. */
  bases: Int32Array;
  /**
   * The query's extended grapheme clusters with conjuncts (distance/clusters.ts `conjunctClusters`):
   * `symbols` itself when no virama joins two consonants; with their bases.
   */
  conjuncts: Int32Array;
  conjunctBases: Int32Array;
  /** Romanization skeletons of an ASCII query (translit/romanize.ts), looked up among romanized keys. */
  skeletons: string[];
  /** Those of `skeletons` that come from a romanization scheme only (translit/schemes.ts): matched exactly, on keys of its scripts. */
  schemes: ReadonlyMap<string, SchemeSkeleton>;
  /** The query's spellings in the schemes that change it: their vowels rank consonant-skeleton matches on keys of their scripts too. */
  spellings: readonly SchemeSkeleton[];
  /** Code points of the other `skeletons`, also looked up one edit off. */
  skeletonCps: Int32Array[];
  /** The vowelled skeleton of an ASCII query ('' for others), to score consonant-skeleton matches. */
  romanSkeleton: string;
  /** Code points of `romanSkeleton`. */
  romanSkeletonCps: Int32Array;
  /** Words of the query (resolve.ts `wordCount`): multi-word romanizations are matched word by word. */
  words: number;
  budget: number;
  /**
   * A short query outside Latin with no edit budget (3 code points or more, `MIN_VARIANT_LENGTH`): keys
   * one user-perceived character longer that contain it — one character dropped — are still fuzzy candidates.
   */
  dropOnly: boolean;
  limit: number;
  minScore: number;
  prefix: boolean;
  /** Shortest query (code points) that gets prefix answers. */
  prefixable: boolean;
  locale: string | undefined;
  namespaces: ReadonlySet<string> | undefined;
  issues: KeywordIssue[];
}

const NO_CODE_POINTS = new Int32Array(0);
const NO_SCHEMES: ReadonlyMap<string, SchemeSkeleton> = new Map();

/** Type-ahead starts at 2 code points (1 for Han, Hangul, kana and Yi). */
function isPrefixable(cps: Int32Array): boolean {
  return cps.length >= 2 || (cps.length === 1 && SYLLABIC.has(getScript(cps[0]!)));
}

/** Programmer error check of a numeric option: `TypeError` when not a number, `RangeError` when outside [min, max] or not whole. */
function requireNumber(
  value: unknown,
  name: string,
  min: number,
  max: number,
  integer: boolean,
): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${typeof value}`);
  if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${value}`);
  }
}

/**
 * Checks the options (wrong types and out-of-range values are programmer errors: `TypeError`,
 * `RangeError`) and prepares the query (never throws for a string).
 */
export function prepareQuery(query: string, options: LookupOptions = {}): PreparedQuery {
  requireString(query, 'query');
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`options must be an object, got ${options === null ? 'null' : typeof options}`);
  const {
    locale,
    namespace,
    limit = DEFAULT_LIMIT,
    maxEdits = MAX_EDITS,
    prefix = true,
    minScore = DEFAULT_MIN_SCORE,
  } = options;
  if (locale !== undefined) requireString(locale, 'options.locale');
  if (namespace !== undefined && typeof namespace !== 'string') {
    if (!Array.isArray(namespace)) throw new TypeError('options.namespace must be a string or an array of strings');
    for (const n of namespace) requireString(n, 'options.namespace[]');
  }
  requireNumber(limit, 'options.limit', 1, MAX_LIMIT, true);
  requireNumber(maxEdits, 'options.maxEdits', 0, MAX_EDITS, true);
  if (typeof prefix !== 'boolean') throw new TypeError(`options.prefix must be a boolean, got ${typeof prefix}`);
  requireNumber(minScore, 'options.minScore', 0, 1, false);
  const namespaces =
    namespace === undefined ? undefined : new Set(typeof namespace === 'string' ? [namespace] : namespace);
  const issues: KeywordIssue[] = [];
  const nothing = (raw: string): PreparedQuery => ({
    raw,
    limit,
    minScore,
    prefix,
    locale,
    namespaces,
    issues,
    folded: '',
    basic: '',
    cps: NO_CODE_POINTS,
    symbols: NO_CODE_POINTS,
    bases: NO_CODE_POINTS,
    conjuncts: NO_CODE_POINTS,
    conjunctBases: NO_CODE_POINTS,
    skeletons: [],
    schemes: NO_SCHEMES,
    spellings: [],
    skeletonCps: [],
    romanSkeleton: '',
    romanSkeletonCps: NO_CODE_POINTS,
    words: 0,
    budget: 0,
    dropOnly: false,
    prefixable: false,
  });

  // Limits first: nothing else is done with a query over MAX_QUERY_LENGTH.
  if (query.length > MAX_QUERY_LENGTH) {
    issues.push(
      issue('QUERY_TOO_LONG', `the query has ${query.length} UTF-16 code units; the limit is ${MAX_QUERY_LENGTH}`, {
        offset: MAX_QUERY_LENGTH,
      }),
    );
    return nothing(query);
  }
  const lone = loneSurrogateOffset(query);
  if (lone >= 0)
    issues.push(
      issue('LONE_SURROGATE', 'a lone surrogate was replaced by U+FFFD', {
        severity: 'warning',
        offset: lone,
        codePoint: query.charCodeAt(lone),
      }),
    );
  const wellFormed = lone < 0 ? query : toWellFormed(query);
  const { folded, basic } = foldBoth(wellFormed);
  if (folded === '') {
    issues.push(
      issue(
        'EMPTY_QUERY',
        'the query has nothing to look up after folding (only spaces, punctuation or invisible characters)',
      ),
    );
    return nothing(wellFormed);
  }
  const cps = codePoints(folded);
  const baseOf: Int32Array[] = [];
  const symbols = clusters(cps, baseOf);
  const conjunctBases: Int32Array[] = [];
  const linked = conjunctClusters(cps, conjunctBases);
  // The same clusters when no conjunct joins them: `symbols` (callers compare by identity).
  const conjuncts = linked.length === symbols.length ? symbols : linked;
  const { vowelled, skeletons, schemes, spellings } = queryRomanization(folded);
  const script = scriptOf(folded);
  const budget = budgetOf(script, cps, symbols.length, maxEdits);
  return {
    raw: wellFormed,
    limit,
    minScore,
    prefix,
    locale,
    namespaces,
    issues,
    folded,
    basic,
    cps,
    symbols,
    bases: baseOf[0]!,
    conjuncts,
    conjunctBases: conjuncts === symbols ? baseOf[0]! : conjunctBases[0]!,
    skeletons,
    schemes,
    spellings,
    skeletonCps: skeletons.filter((k) => !schemes.has(k)).map(codePoints),
    romanSkeleton: vowelled,
    romanSkeletonCps: codePoints(vowelled),
    words: wordCount(wellFormed),
    budget,
    dropOnly: budget === 0 && maxEdits > 0 && cps.length >= MIN_VARIANT_LENGTH && script !== 'Latn',
    prefixable: prefix && isPrefixable(cps),
  };
}
