// The in-process keyword index: entries and keys in typed arrays and string tables.
//
// | structure | what | size for n keys, E entries |
// |---|---|---|
// | `keys` (KeyTable) | folded keys and romanized keys, deduplicated | one string + 1–2 Int32 slots a key |
// | postings (CSR) | key → entries, low bit set when the key is the entry's romanization | (n + 1 + E…2E) × 4 bytes |
// | `sorted` | key ids in code-point order, for prefix ranges | n × 4 bytes |
// | deletion table (CSR) | hash of each deletion variant → key ids (deletions.ts) | ~(L + 1) × 8 bytes a key of L code points |
//
// `add` folds and romanizes at once (so a build is linear); the postings, order and deletion table are
// compiled on the first look-up after a change.
import { codePoints } from '../distance/damerau-levenshtein.js';
import { fold } from '../fold/fold.js';
import { issue, type KeywordIssue } from '../issues.js';
import { MAX_ENTRIES, MAX_FUZZY_CANDIDATES, MAX_LABELS, MAX_PREFIX_SCAN } from '../limits.js';
import { prepareQuery, type LookupOptions, type PreparedQuery } from '../lookup/query.js';
import { fuzzyDistance, isClose, resolve, type Candidate, type CandidateEntry, type KeywordMatch } from '../lookup/resolve.js';
import { romanKey } from '../translit/romanize.js';
import { Column } from './column.js';
import { buildDeletionTable, fingerprint, FINGERPRINT_BITS, forEachQueryHalfVariant, forEachVariant, type DeletionTable } from './deletions.js';
import { checkEntry, type KeywordEntry } from './entry.js';
import { saveIndex } from './format.js';
import { compareCodePoints, KeyTable } from './key-table.js';

export interface AddResult {
  ok: boolean;
  issues: KeywordIssue[];
}

export interface LookupResult {
  matches: KeywordMatch[];
  issues: KeywordIssue[];
}

/** No romanized key for this entry. */
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
  compiled?: Compiled;
  /** Raw key → its fold and romanization ids, so a key added again is not folded again (not saved). */
  seen?: { keys: KeyTable; fold: Column<Uint32Array>; roman: Column<Uint32Array> };
}

export interface Compiled {
  postingStart: Uint32Array;
  postings: Uint32Array;
  sorted: Uint32Array;
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
  };
}

export class KeywordIndex {
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
    const seen = (s.seen ??= { keys: new KeyTable(), fold: new Column(Uint32Array), roman: new Column(Uint32Array) });
    const seenId = seen.keys.get(key);
    const folded = seenId >= 0 ? s.keys.keys[seen.fold.get(seenId)]! : fold(key);
    if (folded === '') return { ok: false, issues: [...checked.issues, issue('EMPTY_KEY', 'the key has nothing to match after folding')] };
    const localeId = labelId(s.locales, locale);
    const namespaceId = labelId(s.namespaces, namespace);
    if (localeId < 0 || namespaceId < 0) return { ok: false, issues: [...checked.issues, issue('LABEL_INVALID', `more than ${MAX_LABELS} distinct locales or namespaces`)] };
    let foldId: number;
    let romanId: number;
    if (seenId >= 0) {
      foldId = seen.fold.get(seenId);
      romanId = seen.roman.get(seenId);
    } else {
      const roman = romanKey(folded);
      foldId = s.keys.intern(folded);
      romanId = roman === '' || roman === folded ? NONE : s.keys.intern(roman);
      seen.keys.intern(key);
      seen.fold.push(foldId);
      seen.roman.push(romanId);
    }
    s.entryKeys.push(key);
    s.entryTarget.push(s.targets.intern(target));
    s.entryLocale.push(localeId);
    s.entryNamespace.push(namespaceId);
    s.entryWeight.push(weight);
    s.entryFold.push(foldId);
    s.entryRoman.push(romanId);
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

  /** @internal The stored key of each entry and its romanized key, for stores that mirror this index. */
  storedKeys(id: number): { folded: string; roman: string | undefined } {
    const s = this.state;
    const roman = s.entryRoman.get(id);
    return { folded: s.keys.keys[s.entryFold.get(id)]!, roman: roman === NONE ? undefined : s.keys.keys[roman]! };
  }

  private compiled(): Compiled {
    const s = this.state;
    if (s.compiled) return s.compiled;
    const keyCount = s.keys.size;
    const entryCount = s.entryKeys.length;
    // Postings (CSR): count, prefix sums, fill; entries stay in id order within a key.
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
      postings[fill[s.entryFold.get(e)]!++] = e * 2;
      const roman = s.entryRoman.get(e);
      if (roman !== NONE) postings[fill[roman]!++] = e * 2 + 1;
    }
    // Code-point order, for prefix ranges.
    const keys = s.keys.keys;
    const sorted = codePointOrder(s.keys);
    const deletions = buildDeletionTable(keyCount, (id) => codePoints(keys[id]!));
    return (s.compiled = { postingStart, postings, sorted, deletions });
  }

  private candidateEntries(keyId: number): CandidateEntry[] {
    const s = this.state;
    const c = this.compiled();
    const out: CandidateEntry[] = [];
    for (let p = c.postingStart[keyId]!; p < c.postingStart[keyId + 1]!; p++) {
      const posting = c.postings[p]!;
      const e = posting >>> 1;
      const locale = s.entryLocale.get(e);
      const namespace = s.entryNamespace.get(e);
      out.push({
        key: s.entryKeys[e]!,
        target: s.targets.keys[s.entryTarget.get(e)]!,
        locale: locale === 0 ? undefined : s.locales.keys[locale],
        namespace: namespace === 0 ? undefined : s.namespaces.keys[namespace],
        weight: s.entryWeight.get(e),
        translit: (posting & 1) === 1,
      });
    }
    return out;
  }

  private candidates(query: PreparedQuery): Candidate[] {
    const c = this.compiled();
    const keys = this.state.keys;
    const out: Candidate[] = [];
    const exact = keys.get(query.folded);
    if (exact >= 0) out.push({ key: query.folded, match: 'exact', distance: 0, entries: this.candidateEntries(exact) });
    for (const skeleton of query.skeletons) {
      const id = keys.get(skeleton);
      if (id >= 0) out.push({ key: skeleton, match: 'skeleton', distance: 0, entries: this.candidateEntries(id) });
    }

    // Prefix: the first MAX_PREFIX_SCAN keys after the query in code-point order that start with it.
    if (query.prefixable) {
      let lo = 0;
      let hi = c.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareCodePoints(keys.keys[c.sorted[mid]!]!, query.folded) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo, taken = 0; i < c.sorted.length && taken < MAX_PREFIX_SCAN; i++) {
        const id = c.sorted[i]!;
        const key = keys.keys[id]!;
        if (!key.startsWith(query.folded)) break;
        if (id === exact) continue;
        taken++;
        out.push({ key, match: 'prefix', distance: 0, entries: this.candidateEntries(id) });
      }
    }

    // Fuzzy: keys sharing a deletion variant with the query, verified by the exact rule of resolve.ts.
    if (query.budget > 0) {
      const seen = new Set<number>();
      if (exact >= 0) seen.add(exact);
      const { mask, start, keys: owners } = c.deletions;
      const minUnits = query.cps.length - query.budget;
      const maxUnits = 2 * (query.cps.length + query.budget);
      const probe = (hash: number) => {
        const bucket = hash & mask;
        const print = fingerprint(hash);
        for (let i = start[bucket]!; i < start[bucket + 1]! && seen.size < MAX_FUZZY_CANDIDATES; i++) {
          const value = owners[i]!;
          if ((value & ((1 << FINGERPRINT_BITS) - 1)) !== print) continue;
          const id = value >>> FINGERPRINT_BITS;
          if (seen.has(id)) continue;
          seen.add(id);
          const key = keys.keys[id]!;
          // UTF-16 length bounds the code-point length (n ≤ units ≤ 2n): most bucket mates fail here.
          if (key.length < minUnits || key.length > maxUnits) continue;
          const distance = fuzzyDistance(query, codePoints(key));
          if (distance > 0) out.push({ key, match: 'fuzzy', distance, entries: this.candidateEntries(id) });
        }
      };
      forEachVariant(query.cps, 1, probe);
      // Two edits by halves only when nothing is within one edit (resolve drops two-edit matches then).
      if (query.budget >= 2 && !out.some(isClose)) forEachQueryHalfVariant(query.cps, probe);
    }
    return out;
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
