// The in-process keyword index: entries and keys in typed arrays and string tables.
//
// | structure | what | size for n keys, E entries |
// |---|---|---|
// | `keys` (KeyTable) | folded keys and romanized keys, deduplicated | one string + 1–2 Int32 slots a key |
// | `vowelled` (KeyTable) | vowelled skeletons of the entries whose romanized key is a consonant skeleton | one string a distinct skeleton |
// | postings (CSR) | key → entries, low bit set when the key is the entry's romanization | (n + 1 + E…2E) × 4 bytes |
// | `sorted` | key ids in code-point order, for prefix ranges | n × 4 bytes |
// | word starts (CSR) | offsets in each folded key where a later word begins (fold.ts `foldWords`) | (n + W) × 4 + W × 2 bytes |
// | `words` | (key id, offset) of every word start, in code-point order of the suffix there, for type-ahead on any word | W × 6 bytes |
// | deletion table (CSR) | hash of each deletion variant → key ids (deletions.ts) | ~(L + 1) × 8 bytes a key of L code points |
//
// `add` folds (with word starts) and romanizes at once (so a build is linear); the postings, the key
// and word orders and the deletion table are compiled on the first look-up after a change.
import { codePoints } from '../distance/damerau-levenshtein.js';
import { foldWords } from '../fold/fold.js';
import { issue, type KeywordIssue } from '../issues.js';
import { MAX_ENTRIES, MAX_FUZZY_CANDIDATES, MAX_LABELS, MAX_PREFIX_SCAN } from '../limits.js';
import { prepareQuery, type LookupOptions, type PreparedQuery } from '../lookup/query.js';
import { fuzzyDistance, isClose, MIN_FUZZY_SKELETON, resolve, skeletonDistance, skeletonMayPass, type Candidate, type CandidateEntry, type KeywordMatch } from '../lookup/resolve.js';
import { romanizeKey } from '../translit/romanize.js';
import { Column } from './column.js';
import { buildDeletionTable, fingerprint, FINGERPRINT_BITS, forEachQueryHalfVariant, forEachVariant, type DeletionTable } from './deletions.js';
import { checkEntry, type KeywordEntry } from './entry.js';
import { saveIndex } from './format.js';
import { codePointOrderUnit, compareCodePoints, KeyTable, lowerBound } from './key-table.js';

export interface AddResult {
  ok: boolean;
  issues: KeywordIssue[];
}

export interface LookupResult {
  matches: KeywordMatch[];
  issues: KeywordIssue[];
}

/** No romanized key (or no vowelled skeleton) for this entry. */
const NONE = 0xffffffff;

/** The parts of an index a file holds (format.ts). */
export interface IndexState {
  entryKeys: string[];
  targets: KeyTable;
  locales: KeyTable;
  namespaces: KeyTable;
  keys: KeyTable;
  entryTarget: Column<Uint32Array>;
  entryLocale: Column<Uint16Array>;
  entryNamespace: Column<Uint16Array>;
  entryWeight: Column<Float32Array>;
  entryFold: Column<Uint32Array>;
  entryRoman: Column<Uint32Array>;
  vowelled: KeyTable;
  entryVowelled: Column<Uint32Array>;
  /** Key id → first index of its word offsets in `wordOffsets` (folded keys; a romanized key has none). */
  keyWords: Column<Uint32Array>;
  wordOffsets: Column<Uint16Array>;
  compiled?: Compiled;
  /** Raw key → its fold, romanization and vowelled-skeleton ids, so a key added again is not folded again (not saved). */
  seen?: { keys: KeyTable; fold: Column<Uint32Array>; roman: Column<Uint32Array>; vowelled: Column<Uint32Array> };
}

export interface Compiled {
  postingStart: Uint32Array;
  postings: Uint32Array;
  sorted: Uint32Array;
  /** Word starts in code-point order of their suffixes (ties: the whole key's order). */
  wordKeys: Uint32Array;
  wordAt: Uint16Array;
  deletions: DeletionTable;
}

export function emptyState(): IndexState {
  return {
    entryKeys: [],
    targets: new KeyTable(),
    // Label id 0 is "none".
    locales: new KeyTable(['']),
    namespaces: new KeyTable(['']),
    keys: new KeyTable(),
    entryTarget: new Column(Uint32Array),
    entryLocale: new Column(Uint16Array),
    entryNamespace: new Column(Uint16Array),
    entryWeight: new Column(Float32Array),
    entryFold: new Column(Uint32Array),
    entryRoman: new Column(Uint32Array),
    vowelled: new KeyTable(),
    entryVowelled: new Column(Uint32Array),
    keyWords: new Column(Uint32Array),
    wordOffsets: new Column(Uint16Array),
  };
}

export class KeywordIndex {
  /**
   * Candidate entries are written into these objects, reused from one look-up to the next (resolution
   * copies what it keeps), so a look-up allocates no object per posting. `pooled` are in use.
   */
  private readonly pool: CandidateEntry[] = [];
  private pooled = 0;

  /** @internal */
  constructor(readonly state: IndexState = emptyState()) {}

  /** Number of entries. */
  get size(): number {
    return this.state.entryKeys.length;
  }

  /** Number of distinct stored keys (folded and romanized). */
  get keyCount(): number {
    return this.state.keys.size;
  }

  /** Adds an entry. Bad entries are reported, not thrown (only wrong argument types throw). */
  add(entry: KeywordEntry): AddResult {
    const s = this.state;
    if (s.entryKeys.length >= MAX_ENTRIES) return { ok: false, issues: [issue('TOO_MANY_ENTRIES', `the index already holds ${MAX_ENTRIES} entries`)] };
    const checked = checkEntry(entry);
    if (!checked.ok || !checked.entry) return { ok: false, issues: checked.issues };
    const { key, target, locale, namespace, weight } = checked.entry;
    const seen = (s.seen ??= { keys: new KeyTable(), fold: new Column(Uint32Array), roman: new Column(Uint32Array), vowelled: new Column(Uint32Array) });
    const seenId = seen.keys.get(key);
    const words = seenId >= 0 ? undefined : foldWords(key);
    const folded = words === undefined ? s.keys.keys[seen.fold.get(seenId)]! : words.folded;
    if (folded === '') return { ok: false, issues: [...checked.issues, issue('EMPTY_KEY', 'the key has nothing to match after folding')] };
    const localeId = labelId(s.locales, locale);
    const namespaceId = labelId(s.namespaces, namespace);
    if (localeId < 0 || namespaceId < 0) return { ok: false, issues: [...checked.issues, issue('LABEL_INVALID', `more than ${MAX_LABELS} distinct locales or namespaces`)] };
    let foldId: number;
    let romanId: number;
    let vowelledId: number;
    if (seenId >= 0) {
      foldId = seen.fold.get(seenId);
      romanId = seen.roman.get(seenId);
      vowelledId = seen.vowelled.get(seenId);
    } else {
      const roman = romanizeKey(folded);
      foldId = internKey(s, folded, words!.starts);
      romanId = roman.key === '' || roman.key === folded ? NONE : internKey(s, roman.key, []);
      vowelledId = romanId === NONE || roman.vowelled === undefined ? NONE : s.vowelled.intern(roman.vowelled);
      seen.keys.intern(key);
      seen.fold.push(foldId);
      seen.roman.push(romanId);
      seen.vowelled.push(vowelledId);
    }
    s.entryKeys.push(key);
    s.entryTarget.push(s.targets.intern(target));
    s.entryLocale.push(localeId);
    s.entryNamespace.push(namespaceId);
    s.entryWeight.push(weight);
    s.entryFold.push(foldId);
    s.entryRoman.push(romanId);
    s.entryVowelled.push(vowelledId);
    s.compiled = undefined;
    return { ok: true, issues: checked.issues };
  }

  /** The index as a compact binary file, for `loadKeywordIndex` (compiles first). */
  save(): Uint8Array {
    return saveIndex(this);
  }

  /** Builds the look-up structures now (otherwise the first look-up after a change does). */
  compile(): void {
    this.compiled();
  }

  /** Ranked targets for a query; `[]` when nothing is a confident answer. Never throws for a string. */
  lookup(query: string, options?: LookupOptions): KeywordMatch[] {
    return this.search(query, options).matches;
  }

  /** `lookup` with the issues found in the query (too long, empty after folding, lone surrogates). */
  search(query: string, options?: LookupOptions): LookupResult {
    const prepared = prepareQuery(query, options);
    if (prepared.folded === '') return { matches: [], issues: prepared.issues };
    this.pooled = 0;
    return { matches: resolve(prepared, this.candidates(prepared)), issues: prepared.issues };
  }

  /** Every entry, in the order added. */
  *entries(): IterableIterator<KeywordEntry> {
    for (let id = 0; id < this.size; id++) yield this.entry(id);
  }

  /** @internal The entry with id `id`. */
  entry(id: number): KeywordEntry {
    const s = this.state;
    const out: KeywordEntry = { key: s.entryKeys[id]!, target: s.targets.keys[s.entryTarget.get(id)]! };
    const locale = s.entryLocale.get(id);
    const namespace = s.entryNamespace.get(id);
    if (locale !== 0) out.locale = s.locales.keys[locale]!;
    if (namespace !== 0) out.namespace = s.namespaces.keys[namespace]!;
    const weight = s.entryWeight.get(id);
    if (weight !== 0) out.weight = weight;
    return out;
  }

  /**
   * @internal The stored keys of an entry (folded, with its word starts; romanized; vowelled skeleton),
   * for stores that mirror this index.
   */
  storedKeys(id: number): { folded: string; starts: number[]; roman: string | undefined; vowelled: string | undefined } {
    const s = this.state;
    const roman = s.entryRoman.get(id);
    const vowelled = s.entryVowelled.get(id);
    const folded = s.entryFold.get(id);
    const starts: number[] = [];
    for (let w = s.keyWords.get(folded); w < wordsEnd(s, folded); w++) starts.push(s.wordOffsets.get(w));
    return {
      folded: s.keys.keys[folded]!,
      starts,
      roman: roman === NONE ? undefined : s.keys.keys[roman]!,
      vowelled: vowelled === NONE ? undefined : s.vowelled.keys[vowelled]!,
    };
  }

  private compiled(): Compiled {
    const s = this.state;
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
    const deletions = buildDeletionTable(keyCount, (id) => codePoints(keys[id]!));
    return (s.compiled = { postingStart, postings, sorted, ...wordOrder(s), deletions });
  }

  /**
   * The candidate for stored key `id`, with its entries. A `skeleton` match keeps only the romanized
   * entries that can reach the score threshold (`skeletonMayPass`, judged once per vowelled skeleton: a
   * popular consonant skeleton has thousands of entries). Without a locale preference or a namespace
   * filter, a DUPLICATE posting (identical for resolution to an earlier one of the same target: same
   * key, weight, romanization; it differs only in locale) is left out, as resolution would keep the
   * earlier one; the same name of a country in hundreds of locales is then one entry. `named` counts
   * them all.
   */
  private candidate(query: PreparedQuery, id: number, match: Candidate['match'], distance: number): Candidate {
    const s = this.state;
    const c = this.compiled();
    const from = c.postingStart[id]!;
    const to = c.postingStart[id + 1]!;
    const entries: CandidateEntry[] = [];
    const candidate: Candidate = { key: s.keys.keys[id]!, match, distance, entries, named: to - from };
    const passes = match === 'skeleton' ? new Map<number, boolean>() : undefined;
    const skipDuplicates = query.locale === undefined && query.namespaces === undefined;
    for (let p = from; p < to; p++) {
      const posting = c.postings[p]!;
      const e = posting >>> 2;
      if (passes) {
        if ((posting & TRANSLIT) === 0) continue;
        const vowelled = s.entryVowelled.get(e);
        let pass = passes.get(vowelled);
        if (pass === undefined) passes.set(vowelled, (pass = skeletonMayPass(query, candidate, vowelledOf(s, e))));
        if (!pass) continue;
      }
      if (skipDuplicates && (posting & DUPLICATE) !== 0) continue;
      const target = s.entryTarget.get(e);
      const locale = s.entryLocale.get(e);
      const namespace = s.entryNamespace.get(e);
      let entry = this.pool[this.pooled];
      if (entry === undefined) this.pool.push((entry = { key: '', target: '', locale: undefined, namespace: undefined, weight: 0, translit: false, vowelled: undefined }));
      this.pooled++;
      entry.key = s.entryKeys[e]!;
      entry.target = s.targets.keys[target]!;
      entry.locale = locale === 0 ? undefined : s.locales.keys[locale];
      entry.namespace = namespace === 0 ? undefined : s.namespaces.keys[namespace];
      entry.weight = s.entryWeight.get(e);
      entry.translit = (posting & TRANSLIT) !== 0;
      entry.vowelled = vowelledOf(s, e);
      entries.push(entry);
    }
    return candidate;
  }

  private candidates(query: PreparedQuery): Candidate[] {
    const c = this.compiled();
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
      const lo = lowerBound(c.sorted.length, (i) => compareCodePoints(keys.keys[c.sorted[i]!]!, query.folded) < 0);
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
      const minUnits = query.cps.length - query.budget;
      const maxUnits = 2 * (query.cps.length + query.budget);
      const probe = this.prober(seen, (id, key) => {
        // UTF-16 length bounds the code-point length (n ≤ units ≤ 2n): most bucket mates fail here.
        if (key.length < minUnits || key.length > maxUnits) return;
        const distance = fuzzyDistance(query, codePoints(key));
        if (distance > 0) out.push(this.candidate(query, id, 'fuzzy', distance));
      });
      forEachVariant(query.cps, 1, probe);
      // Two edits by halves only when nothing is within one edit (resolve drops two-edit matches then).
      if (query.budget >= 2 && !out.some(isClose)) forEachQueryHalfVariant(query.cps, probe);

      // Romanized keys one edit from a skeleton of the query (another scheme's spelling): a last resort,
      // not looked for when the query is itself a key (`skeletonDistance`).
      if (exact < 0) {
        const near = new Set<number>();
        for (const skeleton of query.skeletons) {
          const id = keys.get(skeleton);
          if (id >= 0) near.add(id);
        }
        const probeSkeleton = this.prober(near, (id, key) => {
          if (skeletonDistance(query, codePoints(key)) === 1) out.push(this.candidate(query, id, 'skeleton', 1));
        });
        for (const skeleton of query.skeletonCps) if (skeleton.length >= MIN_FUZZY_SKELETON) forEachVariant(skeleton, 1, probeSkeleton);
      }
    }

    return this.wordCandidates(query, exact, started, out);
  }

  /**
   * Word prefix, last: keys with a later word that starts with the query — the first MAX_PREFIX_SCAN
   * word starts in code-point order of their suffixes, less keys already found whole (`exact`) or by
   * prefix (`started`). Appended to `out`, which is returned.
   */
  private wordCandidates(query: PreparedQuery, exact: number, started: ReadonlySet<number>, out: Candidate[]): Candidate[] {
    const c = this.compiled();
    const keys = this.state.keys;
    if (query.prefixable) {
      const { wordKeys, wordAt } = c;
      const lo = lowerBound(wordKeys.length, (i) => compareCodePoints(keys.keys[wordKeys[i]!]!, query.folded, wordAt[i]!) < 0);
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

  /**
   * A deletion-table probe: calls `visit` once for each key (not yet in `seen`) stored under a hash,
   * up to `MAX_FUZZY_CANDIDATES` keys.
   */
  private prober(seen: Set<number>, visit: (id: number, key: string) => void): (hash: number) => void {
    const { mask, start, keys: owners } = this.compiled().deletions;
    const keys = this.state.keys.keys;
    return (hash) => {
      const bucket = hash & mask;
      const print = fingerprint(hash);
      for (let i = start[bucket]!; i < start[bucket + 1]! && seen.size < MAX_FUZZY_CANDIDATES; i++) {
        const value = owners[i]!;
        if ((value & ((1 << FINGERPRINT_BITS) - 1)) !== print) continue;
        const id = value >>> FINGERPRINT_BITS;
        if (seen.has(id)) continue;
        seen.add(id);
        visit(id, keys[id]!);
      }
    };
  }
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
    if (compareCodePoints(inOrder[i - 1]!, inOrder[i]!) > 0) return sorted.sort((a, b) => compareCodePoints(keys[a]!, keys[b]!));
  }
  return sorted;
}

/** End (exclusive) of key `id`'s word offsets in `wordOffsets`; they start at `keyWords[id]`. */
function wordsEnd(s: IndexState, id: number): number {
  return id + 1 < s.keyWords.length ? s.keyWords.get(id + 1) : s.wordOffsets.length;
}

/** Interns a stored key; a new one gets its word starts (none for a romanized key). */
function internKey(s: IndexState, key: string, starts: readonly number[]): number {
  const id = s.keys.intern(key);
  if (id === s.keyWords.length) {
    s.keyWords.push(s.wordOffsets.length);
    for (const start of starts) s.wordOffsets.push(start);
  }
  return id;
}

/**
 * Every word start as (key id, offset), sorted by the suffix from there in code-point order, ties by
 * the whole key in code-point order (as PostgreSQL's `ORDER BY suffix, key` with `COLLATE "C"`).
 */
function wordOrder(s: IndexState): { wordKeys: Uint32Array; wordAt: Uint16Array } {
  const keys = s.keys.keys;
  const count = s.wordOffsets.length;
  const owner = new Uint32Array(count);
  for (let id = 0; id < s.keyWords.length; id++) for (let w = s.keyWords.get(id); w < wordsEnd(s, id); w++) owner[w] = id;
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

/** Bits of a posting below the entry id (see `compiled`). */
const TRANSLIT = 1;
const DUPLICATE = 2;

/** Whether two postings of one key resolve alike but for locale and namespace (same key, weight, romanization, vowelled skeleton). */
function sameForResolution(s: IndexState, a: number, b: number): boolean {
  const x = a >>> 2;
  const y = b >>> 2;
  return (a & TRANSLIT) === (b & TRANSLIT) && s.entryKeys[x] === s.entryKeys[y] && s.entryWeight.get(x) === s.entryWeight.get(y) && s.entryVowelled.get(x) === s.entryVowelled.get(y);
}

function vowelledOf(s: IndexState, entry: number): string | undefined {
  const id = s.entryVowelled.get(entry);
  return id === NONE ? undefined : s.vowelled.keys[id];
}

/** Id of a locale or namespace (0 for none), or -1 when the table is full. */
function labelId(table: KeyTable, label: string | undefined): number {
  if (label === undefined) return 0;
  const id = table.get(label);
  if (id >= 0) return id;
  return table.size <= MAX_LABELS ? table.intern(label) : -1;
}

/** A new index, with `entries` added (their issues are dropped: use `add` to see them). */
export function createKeywordIndex(entries: Iterable<KeywordEntry> = []): KeywordIndex {
  const index = new KeywordIndex();
  for (const entry of entries) index.add(entry);
  return index;
}
