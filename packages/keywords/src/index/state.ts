// The state of an in-process index: entries and keys in typed arrays and string tables, what an index
// file holds (format.ts), and the reads every other module makes of it.
//
// | structure | what | size for n keys, E entries |
// |---|---|---|
// | `keys` (KeyTable) | folded keys and romanized keys, deduplicated | one string + 1–2 Int32 slots a key |
// | `vowelled` (KeyTable) | vowelled skeletons of the entries whose romanized key is a consonant skeleton | one string a distinct skeleton |
// | `liquids` (KeyTable) | the r and l of the romanizations of keys (translit/liquids.ts) | one short string a distinct sequence |
// | entry columns | target, locale, namespace, weight, fold, romanization, vowelled-skeleton and liquids ids | ~30 bytes an entry |
// | word starts (CSR) | offsets in each folded key where a later word begins (fold.ts `foldWords`) | (n + W) × 4 + W × 2 bytes |
// | `compiled` | postings and their entries, key and word orders, deletion table (compile.ts) | see compile.ts |
import { Column } from './column.js';
import type { DeletionTable } from './deletions.js';
import type { KeywordEntry } from './entry.js';
import type { KeySketches } from './key-sketches.js';
import { KeyTable } from './key-table.js';

/** No romanized key (or no vowelled skeleton) for this entry. */
export const NONE = 0xffffffff;

/** Bits of a posting below the entry id (compile.ts): the key is the entry's romanization. */
export const TRANSLIT = 1;
/** Bit of a posting: it resolves like an earlier posting of the same key and target (compile.ts). */
export const DUPLICATE = 2;

/** The look-up structures compiled from the state (compile.ts), saved in the index file but for those derived when compiled or loaded (heads, `byPosting`, `sketches`). */
export interface Compiled {
  postingStart: Uint32Array;
  postings: Uint32Array;
  sorted: Uint32Array;
  /** Word starts in code-point order of their suffixes (ties: the whole key's order). */
  wordKeys: Uint32Array;
  wordAt: Uint16Array;
  /** The heads of `sorted` and of the word starts (heads.ts): derived when compiled or loaded, not saved. */
  sortedHeads: Float64Array;
  wordHeads: Float64Array;
  /** The entry of each posting, in posting order (compile.ts `entriesByPosting`): derived when compiled or loaded, not saved. */
  byPosting: PostingEntries;
  /** The lengths and letters of each key (key-sketches.ts): derived when compiled or loaded, not saved. */
  sketches: KeySketches;
  deletions: DeletionTable;
}

/**
 * What resolution reads of the entry of each posting, in posting order: a look-up reads the entries of
 * a key in sequence, where reading the entry columns by entry id costs a cache miss a column an entry
 * (the entries of a key are spread over the whole index).
 */
export interface PostingEntries {
  keys: string[];
  targets: string[];
  locale: Uint16Array;
  namespace: Uint16Array;
  weight: Float32Array;
  /** Vowelled-skeleton id of a romanized posting (NONE otherwise): `vowelled`. */
  vowelled: Uint32Array;
  /** Liquids id of a romanized posting (NONE otherwise): `liquids`. */
  liquids: Uint32Array;
  /**
   * 1 for a posting with a vowelled skeleton whose key has several words (lookup/resolve.ts `wordCount`):
   * a consonant skeleton meets those only from a query of several words (`skeletonScore`).
   */
  severalWords: Uint8Array;
}

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
  /** The r and l of the romanization of romanized entries' keys (translit/liquids.ts `keyLiquids`): NONE for a script with one liquid. */
  liquids: KeyTable;
  entryLiquids: Column<Uint32Array>;
  /** Key id → first index of its word offsets in `wordOffsets` (folded keys; a romanized key has none). */
  keyWords: Column<Uint32Array>;
  wordOffsets: Column<Uint16Array>;
  compiled?: Compiled;
  /** Raw key → its fold, romanization, vowelled-skeleton and liquids ids, so a key added again is not folded again (not saved). */
  seen?: {
    keys: KeyTable;
    fold: Column<Uint32Array>;
    roman: Column<Uint32Array>;
    vowelled: Column<Uint32Array>;
    liquids: Column<Uint32Array>;
  };
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
    liquids: new KeyTable(),
    entryLiquids: new Column(Uint32Array),
    keyWords: new Column(Uint32Array),
    wordOffsets: new Column(Uint16Array),
  };
}

/** End (exclusive) of key `id`'s word offsets in `wordOffsets`; they start at `keyWords[id]`. */
export function wordsEnd(s: IndexState, id: number): number {
  return id + 1 < s.keyWords.length ? s.keyWords.get(id + 1) : s.wordOffsets.length;
}

/** The vowelled skeleton of an entry's romanization, when its romanized key is a consonant skeleton. */
export function vowelledOf(s: IndexState, entry: number): string | undefined {
  const id = s.entryVowelled.get(entry);
  return id === NONE ? undefined : s.vowelled.keys[id];
}

/** The entry with id `id`, as added (well-formed strings; weight 0, no locale or namespace left out). */
export function entryAt(s: IndexState, id: number): KeywordEntry {
  const out: KeywordEntry = { key: s.entryKeys[id]!, target: s.targets.keys[s.entryTarget.get(id)]! };
  const locale = s.entryLocale.get(id);
  const namespace = s.entryNamespace.get(id);
  if (locale !== 0) out.locale = s.locales.keys[locale]!;
  if (namespace !== 0) out.namespace = s.namespaces.keys[namespace]!;
  const weight = s.entryWeight.get(id);
  if (weight !== 0) out.weight = weight;
  return out;
}

/** The keys stored for an entry, for stores that mirror an index (postgres/store.ts). */
export interface StoredKeys {
  /** The folded key, and the offsets of its later words. */
  folded: string;
  starts: number[];
  /** The romanized key (a skeleton), if any. */
  roman: string | undefined;
  /** The vowelled skeleton of a consonant-skeleton romanization. */
  vowelled: string | undefined;
}

export function storedKeys(s: IndexState, id: number): StoredKeys {
  const roman = s.entryRoman.get(id);
  const folded = s.entryFold.get(id);
  const starts: number[] = [];
  for (let w = s.keyWords.get(folded); w < wordsEnd(s, folded); w++) starts.push(s.wordOffsets.get(w));
  return {
    folded: s.keys.keys[folded]!,
    starts,
    roman: roman === NONE ? undefined : s.keys.keys[roman]!,
    vowelled: vowelledOf(s, id),
  };
}
