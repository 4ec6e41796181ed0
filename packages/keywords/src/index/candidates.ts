// Candidate generation of the in-process index: from a prepared query to the stored keys that may
// answer it, with their entries, for resolution (lookup/resolve.ts, shared with every store).
//
// | candidates | how | bound |
// |---|---|---|
// | exact, skeleton | the folded query and its romanization skeletons in the key table | 1 + 2 keys |
// | prefix | keys from the query on, in code-point order (`sorted`) | `MAX_PREFIX_SCAN` |
// | fuzzy | keys sharing a deletion variant with the query (deletions.ts), verified by `fuzzyDistance`; two edits by halves only when nothing is within one | `MAX_FUZZY_CANDIDATES` |
// | skeleton one edit off | romanized keys sharing a deletion variant with a skeleton of the query, when the query is not a key | `MAX_FUZZY_CANDIDATES` |
// | word | later word starts from the query on, in code-point order of their suffixes | `MAX_PREFIX_SCAN` |
import { forEachJamoNeighbour, hasHangulSyllable } from '../distance/clusters.js';
import { codePoints } from '../distance/damerau-levenshtein.js';
import { MAX_FUZZY_CANDIDATES, MAX_PREFIX_SCAN } from '../limits.js';
import type { PreparedQuery } from '../lookup/query.js';
import {
  fuzzyDistance,
  isClose,
  MIN_FUZZY_SKELETON,
  skeletonDistance,
  skeletonMayPass,
  type Candidate,
  type CandidateEntry,
} from '../lookup/resolve.js';
import { compile } from './compile.js';
import {
  fingerprint,
  FINGERPRINT_BITS,
  forEachQueryHalfVariant,
  forEachQueryTwoDeletion,
  forEachVariant,
} from './deletions.js';
import { headOf, searchByHead } from './heads.js';
import { lettersOf, mayBeNear } from './key-sketches.js';
import { compareCodePoints } from './key-table.js';
import { DUPLICATE, NONE, TRANSLIT, type IndexState } from './state.js';

/** The query's code points, and its clusters and conjunct clusters where they differ (as keys store them: compile.ts). */
function symbolSequences(query: PreparedQuery): Int32Array[] {
  const sequences = query.symbols === query.cps ? [query.cps] : [query.cps, query.symbols];
  if (query.conjuncts !== query.symbols) sequences.push(query.conjuncts);
  return sequences;
}

/** Finds the candidates of queries on one index state; one per index (it keeps a pool of entry objects). */
export class CandidateFinder {
  /**
   * Candidate entries are written into these objects, reused from one look-up to the next (resolution
   * copies what it keeps), so a look-up allocates no object per posting. `pooled` are in use.
   */
  private readonly pool: CandidateEntry[] = [];
  private pooled = 0;
  /** `mayPass`: the skeleton candidate being judged, and by slot the last one judged and its verdict. */
  private judging = 0;
  private judged = new Uint32Array(0);
  private verdicts = new Uint8Array(0);

  constructor(private readonly state: IndexState) {}

  /** The candidates of `query`, in the order resolution expects (exact, skeletons, prefix, fuzzy, word). */
  find(query: PreparedQuery): Candidate[] {
    this.pooled = 0;
    return this.candidates(query);
  }

  /**
   * The candidate for stored key `id`, with its entries. A `skeleton` match keeps only the romanized
   * entries that can reach the score threshold (`skeletonMayPass`, judged once per vowelled skeleton and
   * word count: a popular consonant skeleton has thousands of entries). Without a locale
   * preference or a namespace filter, a DUPLICATE posting (identical for resolution to an earlier one of
   * the same target: same key, weight, romanization; it differs only in locale) is left out, as
   * resolution would keep the earlier one; the same name of a country in hundreds of locales is then one
   * entry. `named` counts them all. The entries are read in posting order (`byPosting`).
   */
  private candidate(query: PreparedQuery, id: number, match: Candidate['match'], distance: number): Candidate {
    const s = this.state;
    const c = compile(this.state);
    const from = c.postingStart[id]!;
    const to = c.postingStart[id + 1]!;
    const entries: CandidateEntry[] = [];
    const candidate: Candidate = { key: s.keys.keys[id]!, match, distance, entries, named: to - from };
    const skeleton = match === 'skeleton';
    if (skeleton && ++this.judging === 0xffffffff) {
      this.judged.fill(0);
      this.judging = 1;
    }
    const skipDuplicates = query.locale === undefined && query.namespaces === undefined;
    const b = c.byPosting;
    for (let p = from; p < to; p++) {
      const posting = c.postings[p]!;
      if (skeleton) {
        if ((posting & TRANSLIT) === 0) continue;
        if (!this.mayPass(query, candidate, b.vowelled[p]!, b.severalWords[p] === 1)) continue;
      }
      if (skipDuplicates && (posting & DUPLICATE) !== 0) continue;
      let entry = this.pool[this.pooled];
      if (entry === undefined)
        this.pool.push(
          (entry = {
            key: '',
            target: '',
            locale: undefined,
            namespace: undefined,
            weight: 0,
            translit: false,
            vowelled: undefined,
            liquids: null,
          }),
        );
      this.pooled++;
      const locale = b.locale[p]!;
      const namespace = b.namespace[p]!;
      const vowelled = b.vowelled[p]!;
      const liquids = b.liquids[p]!;
      entry.key = b.keys[p]!;
      entry.target = b.targets[p]!;
      entry.locale = locale === 0 ? undefined : s.locales.keys[locale];
      entry.namespace = namespace === 0 ? undefined : s.namespaces.keys[namespace];
      entry.weight = b.weight[p]!;
      entry.translit = (posting & TRANSLIT) !== 0;
      entry.vowelled = vowelled === NONE ? undefined : s.vowelled.keys[vowelled];
      entry.liquids = liquids === NONE ? null : s.liquids.keys[liquids]!;
      entries.push(entry);
    }
    return candidate;
  }

  /**
   * `skeletonMayPass` for the entries of skeleton candidate `candidate` with vowelled skeleton `vowelled`
   * (an id, or NONE) whose keys have one word or `severalWords`, judged once per candidate, skeleton and
   * word count: stamps of the candidate being judged (`judging`) and the verdicts, by slot (two a
   * vowelled-skeleton id, NONE last).
   */
  private mayPass(query: PreparedQuery, candidate: Candidate, vowelled: number, severalWords: boolean): boolean {
    const table = this.state.vowelled;
    const slot = 2 * (vowelled === NONE ? table.size : vowelled) + (severalWords ? 1 : 0);
    if (this.judged.length < 2 * (table.size + 1)) {
      this.judged = new Uint32Array(2 * (table.size + 1));
      this.verdicts = new Uint8Array(2 * (table.size + 1));
    }
    if (this.judged[slot] !== this.judging) {
      this.judged[slot] = this.judging;
      const words = severalWords ? 2 : 1;
      this.verdicts[slot] = skeletonMayPass(
        query,
        candidate,
        vowelled === NONE ? undefined : table.keys[vowelled],
        words,
      )
        ? 1
        : 0;
    }
    return this.verdicts[slot] === 1;
  }

  private candidates(query: PreparedQuery): Candidate[] {
    const c = compile(this.state);
    const keys = this.state.keys;
    const out: Candidate[] = [];
    const exact = keys.get(query.folded);
    if (exact >= 0) out.push(this.candidate(query, exact, 'exact', 0));
    for (const skeleton of query.skeletons) {
      const id = keys.get(skeleton);
      if (id >= 0) out.push(this.candidate(query, id, 'skeleton', 0));
    }

    // Prefix: the first MAX_PREFIX_SCAN keys after the query in code-point order that start with it.
    const started = new Set<number>();
    if (query.prefixable) {
      const lo = searchByHead(
        c.sortedHeads,
        headOf(query.folded),
        (i) => compareCodePoints(keys.keys[c.sorted[i]!]!, query.folded) < 0,
      );
      for (let i = lo, taken = 0; i < c.sorted.length && taken < MAX_PREFIX_SCAN; i++) {
        const id = c.sorted[i]!;
        const key = keys.keys[id]!;
        if (!key.startsWith(query.folded)) break;
        if (id === exact) continue;
        taken++;
        started.add(id);
        out.push(this.candidate(query, id, 'prefix', 0));
      }
    }

    // Fuzzy: keys sharing a deletion variant with the query, verified by the exact rule of resolve.ts.
    if (query.budget > 0) {
      const seen = new Set<number>();
      if (exact >= 0) seen.add(exact);
      // Most bucket mates fail on their sketch, before their key is read.
      const letters = lettersOf(query.cps);
      const near = (id: number) => mayBeNear(c.sketches, id, query, letters, query.budget);
      const visit = (id: number, key: string) => {
        const distance = fuzzyDistance(query, codePoints(key));
        if (distance > 0) out.push(this.candidate(query, id, 'fuzzy', distance));
      };
      const sequences = symbolSequences(query);
      for (const sequence of sequences) forEachVariant(sequence, 1, this.collect);
      this.probe(seen, visit, near);
      // Two edits (key halves, 2-deletions) only when nothing is within one edit (resolve drops two-edit
      // matches then).
      if (query.budget >= 2 && !out.some(isClose)) {
        for (const sequence of sequences) {
          forEachQueryHalfVariant(sequence, this.collect);
          forEachQueryTwoDeletion(sequence, this.collect);
        }
        this.probe(seen, visit, near);
      }

      // Romanized keys one edit from a skeleton of the query (another scheme's spelling): a last resort,
      // not looked for when the query is itself a key (`skeletonDistance`).
      if (exact < 0) {
        // Not the keys found exactly by the query's own skeletons; those found by a scheme's may be one edit
        // from its own (the scheme's spelling meets only keys of its scripts).
        const near = new Set<number>();
        for (const skeleton of query.skeletons) {
          if (query.schemes.has(skeleton)) continue;
          const id = keys.get(skeleton);
          if (id >= 0) near.add(id);
        }
        for (const skeleton of query.skeletonCps)
          if (skeleton.length >= MIN_FUZZY_SKELETON) forEachVariant(skeleton, 1, this.collect);
        this.probe(near, (id, key) => {
          if (skeletonDistance(query, codePoints(key)) === 1) out.push(this.candidate(query, id, 'skeleton', 1));
        });
      }
    }

    // Short non-Latin queries without a budget: keys with one character more (a 1-deletion of theirs is
    // the query), or one jamo other (Hangul).
    if (query.dropOnly) {
      const seen = new Set<number>();
      if (exact >= 0) seen.add(exact);
      for (const sequence of symbolSequences(query)) forEachVariant(sequence, 0, this.collect);
      this.probe(seen, (id, key) => {
        if (fuzzyDistance(query, codePoints(key)) === 1) out.push(this.candidate(query, id, 'fuzzy', 1));
      });
      // Hangul: keys with one jamo other, looked up whole (a short key has no deletion variants).
      if (exact < 0 && hasHangulSyllable(query.cps))
        forEachJamoNeighbour(query.cps, (text) => {
          const id = keys.get(text);
          if (id >= 0 && !seen.has(id)) {
            seen.add(id);
            out.push(this.candidate(query, id, 'fuzzy', 1));
          }
        });
    }

    return this.wordCandidates(query, exact, started, out);
  }

  /**
   * Word prefix, last: keys with a later word that starts with the query — the first MAX_PREFIX_SCAN
   * word starts in code-point order of their suffixes, less keys already found whole (`exact`) or by
   * prefix (`started`). Appended to `out`, which is returned.
   */
  private wordCandidates(
    query: PreparedQuery,
    exact: number,
    started: ReadonlySet<number>,
    out: Candidate[],
  ): Candidate[] {
    const c = compile(this.state);
    const keys = this.state.keys;
    if (query.prefixable) {
      const { wordKeys, wordAt } = c;
      const lo = searchByHead(
        c.wordHeads,
        headOf(query.folded),
        (i) => compareCodePoints(keys.keys[wordKeys[i]!]!, query.folded, wordAt[i]!) < 0,
      );
      const found = new Set<number>();
      for (let i = lo; i < wordKeys.length && i < lo + MAX_PREFIX_SCAN; i++) {
        const id = wordKeys[i]!;
        const key = keys.keys[id]!;
        if (!key.startsWith(query.folded, wordAt[i]!)) break;
        if (id === exact || started.has(id) || found.has(id)) continue;
        found.add(id);
        out.push(this.candidate(query, id, 'word', 0));
      }
    }
    return out;
  }

  /** Hashes of deletion variants (deletions.ts) gathered for the next `probe`. */
  private readonly hashes: number[] = [];
  private readonly collect = (hash: number): void => {
    this.hashes.push(hash);
  };
  /** Bucket bounds and ids found, reused by `probe`. */
  private readonly bounds: number[] = [];
  private readonly found: number[] = [];

  /**
   * Probes the deletion table with the gathered hashes: calls `visit` once for each key stored under
   * one of them and not yet in `seen` (which it adds), in the order of the hashes and of their buckets,
   * up to `MAX_FUZZY_CANDIDATES` keys in `seen`, and `near` (when given) keeps. The bounds of every
   * bucket are read first, then the entries of every bucket, then `near` judges the keys, then they are
   * visited: the reads of each stage are independent, so the processor overlaps their cache misses (a
   * look-up reads tens of buckets of a table of about a hundred megabytes, and hundreds of keys), where
   * probing hash by hash waits for each in turn.
   */
  private probe(seen: Set<number>, visit: (id: number, key: string) => void, near?: (id: number) => boolean): void {
    const { mask, start, keys: owners } = compile(this.state).deletions;
    const hashes = this.hashes;
    const bounds = this.bounds;
    const found = this.found;
    for (let h = 0; h < hashes.length; h++) {
      const bucket = hashes[h]! & mask;
      bounds[2 * h] = start[bucket]!;
      bounds[2 * h + 1] = start[bucket + 1]!;
    }
    found.length = 0;
    for (let h = 0; h < hashes.length; h++) {
      const print = fingerprint(hashes[h]!);
      for (let i = bounds[2 * h]!; i < bounds[2 * h + 1]! && seen.size < MAX_FUZZY_CANDIDATES; i++) {
        const value = owners[i]!;
        if ((value & ((1 << FINGERPRINT_BITS) - 1)) !== print) continue;
        const id = value >>> FINGERPRINT_BITS;
        if (seen.has(id)) continue;
        seen.add(id);
        found.push(id);
      }
    }
    hashes.length = 0;
    if (near) {
      let kept = 0;
      for (const id of found) if (near(id)) found[kept++] = id;
      found.length = kept;
    }
    const keys = this.state.keys.keys;
    for (const id of found) visit(id, keys[id]!);
  }
}
