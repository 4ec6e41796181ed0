// Query preparation, shared by every store (in-process index, PostgreSQL): limits first, then the fold,
// the code points and the edit budget.
import { dominantScript } from '@nomina/script';
import { getScript } from '@nomina/ucd';
import { codePoints } from '../distance/damerau-levenshtein.js';
import { fold, foldBasic, toWellFormed } from '../fold/fold.js';
import { issue, KeywordError, type KeywordIssue } from '../issues.js';
import { MAX_EDITS, MAX_LIMIT, MAX_QUERY_LENGTH } from '../limits.js';
import { queryRomanization } from '../translit/romanize.js';

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
  /** Romanization skeletons of an ASCII query (translit/romanize.ts), looked up among romanized keys. */
  skeletons: string[];
  /** Code points of `skeletons`. */
  skeletonCps: Int32Array[];
  /** The vowelled skeleton of an ASCII query ('' for others), to score consonant-skeleton matches. */
  romanSkeleton: string;
  /** Code points of `romanSkeleton`. */
  romanSkeletonCps: Int32Array;
  budget: number;
  limit: number;
  minScore: number;
  prefix: boolean;
  /** Shortest query (code points) that gets prefix answers. */
  prefixable: boolean;
  locale: string | undefined;
  namespaces: ReadonlySet<string> | undefined;
  issues: KeywordIssue[];
}

/** Scripts where one code point is a syllable or a word, so one edit changes much more than a letter. */
const SYLLABIC = new Set(['Hani', 'Hang', 'Hira', 'Kana', 'Yiii']);

/**
 * Edit budget of a folded query by its length in code points and its dominant script (UAX #24 script
 * runs, @nomina/script): letters take 1 edit from 5 and 2 from 9 code points; Han, Hangul, kana and Yi
 * (a code point is a syllable or a word) take 1 edit from 4 and never 2. Capped by `maxEdits`.
 */
export function editBudget(folded: string, maxEdits: number = MAX_EDITS): number {
  return budgetOf(folded, codePoints(folded).length, maxEdits);
}

/** `editBudget` of a folded query of `n` code points. */
function budgetOf(folded: string, n: number, maxEdits: number): number {
  const syllabic = !ASCII.test(folded) && SYLLABIC.has(dominantScript(folded));
  const budget = syllabic ? (n >= 4 ? 1 : 0) : n >= 9 ? 2 : n >= 5 ? 1 : 0;
  return Math.min(budget, maxEdits);
}

const ASCII = /^[\x00-\x7f]*$/;
const NO_CODE_POINTS = new Int32Array(0);

/** Type-ahead starts at 2 code points (1 for Han, Hangul, kana and Yi). */
function isPrefixable(cps: Int32Array): boolean {
  return cps.length >= 2 || (cps.length === 1 && SYLLABIC.has(getScript(cps[0]!)));
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new KeywordError('INVALID_ARGUMENT', message);
}

/** Checks the options (wrong types are programmer errors and throw) and prepares the query (never throws for a string). */
export function prepareQuery(query: string, options: LookupOptions = {}): PreparedQuery {
  check(typeof query === 'string', 'the query must be a string');
  check(typeof options === 'object' && options !== null, 'options must be an object');
  const { locale, namespace, limit = DEFAULT_LIMIT, maxEdits = MAX_EDITS, prefix = true, minScore = DEFAULT_MIN_SCORE } = options;
  check(locale === undefined || typeof locale === 'string', 'locale must be a string');
  check(
    namespace === undefined || typeof namespace === 'string' || (Array.isArray(namespace) && namespace.every((n) => typeof n === 'string')),
    'namespace must be a string or an array of strings',
  );
  check(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT, `limit must be an integer from 1 to ${MAX_LIMIT}`);
  check(Number.isInteger(maxEdits) && maxEdits >= 0 && maxEdits <= MAX_EDITS, `maxEdits must be an integer from 0 to ${MAX_EDITS}`);
  check(typeof prefix === 'boolean', 'prefix must be a boolean');
  check(typeof minScore === 'number' && minScore >= 0 && minScore <= 1, 'minScore must be a number from 0 to 1');
  const namespaces = namespace === undefined ? undefined : new Set(typeof namespace === 'string' ? [namespace] : namespace);
  const issues: KeywordIssue[] = [];
  const nothing = (raw: string): PreparedQuery => ({
    raw, limit, minScore, prefix, locale, namespaces, issues,
    folded: '', basic: '', cps: NO_CODE_POINTS, skeletons: [], skeletonCps: [], romanSkeleton: '', romanSkeletonCps: NO_CODE_POINTS, budget: 0, prefixable: false,
  });

  // Limits first: nothing else is done with a query over MAX_QUERY_LENGTH.
  if (query.length > MAX_QUERY_LENGTH) {
    issues.push(issue('QUERY_TOO_LONG', `the query has ${query.length} UTF-16 code units; the limit is ${MAX_QUERY_LENGTH}`, { offset: MAX_QUERY_LENGTH }));
    return nothing(query);
  }
  const wellFormed = toWellFormed(query);
  if (wellFormed !== query) {
    let offset = 0;
    while (query.charCodeAt(offset) === wellFormed.charCodeAt(offset)) offset++;
    issues.push(issue('LONE_SURROGATE', 'a lone surrogate was replaced by U+FFFD', { offset }));
  }
  const folded = fold(wellFormed);
  if (folded === '') {
    issues.push(issue('EMPTY_QUERY', 'the query has nothing to look up after folding (only spaces, punctuation or invisible characters)'));
    return nothing(wellFormed);
  }
  const cps = codePoints(folded);
  const { vowelled, skeletons } = queryRomanization(folded);
  return {
    raw: wellFormed,
    limit,
    minScore,
    prefix,
    locale,
    namespaces,
    issues,
    folded,
    // ASCII has no variant rules: its basic fold is its fold.
    basic: ASCII.test(wellFormed) ? folded : foldBasic(wellFormed),
    cps,
    skeletons,
    skeletonCps: skeletons.map(codePoints),
    romanSkeleton: vowelled,
    romanSkeletonCps: codePoints(vowelled),
    budget: budgetOf(folded, cps.length, maxEdits),
    prefixable: prefix && isPrefixable(cps),
  };
}
