// The front API of the in-process index: `createKeywordIndex`, `loadKeywordIndex` and the `KeywordIndex`
// class. The work is done by the modules named after each job: state.ts (what an index holds), add.ts
// (adding entries), compile.ts (the look-up structures), candidates.ts (candidate generation),
// lookup/resolve.ts (ranking, shared with every store) and format.ts (the index file).
import { hasErrors, type Outcome } from '@nomina/core';
import type { KeywordIssue, KeywordIssueCode } from '../issues.js';
import { prepareQuery, type LookupOptions } from '../lookup/query.js';
import { resolve, type KeywordMatch } from '../lookup/resolve.js';
import { addEntry, type AddResult } from './add.js';
import { CandidateFinder } from './candidates.js';
import { compile } from './compile.js';
import type { KeywordEntry } from './entry.js';
import { loadState, saveState } from './format.js';
import { emptyState, entryAt, type IndexState } from './state.js';

/** What `search` returns: the ranked `matches`, and the issues found in the query (`ok` unless an error). */
export interface LookupResult extends Outcome<KeywordIssueCode> {
  readonly matches: KeywordMatch[];
  readonly issues: KeywordIssue[];
}

/** What `loadKeywordIndex` returns: the `index` when `ok`, and the `INDEX_*` issues otherwise. */
export interface LoadResult extends Outcome<KeywordIssueCode> {
  readonly index?: KeywordIndex;
  readonly issues: KeywordIssue[];
}

/** Read the state of an index, and make an index over a loaded state (set once, by the class's static block). */
let stateOf: (index: KeywordIndex) => IndexState;
let adopt: (state: IndexState) => KeywordIndex;

export class KeywordIndex {
  #state: IndexState;
  #finder: CandidateFinder;

  static {
    stateOf = (index) => index.#state;
    adopt = (state) => {
      const index = new KeywordIndex();
      index.#state = state;
      index.#finder = new CandidateFinder(state);
      return index;
    };
  }

  /** An empty index (`createKeywordIndex` adds entries; `loadKeywordIndex` restores a saved one). */
  constructor() {
    this.#state = emptyState();
    this.#finder = new CandidateFinder(this.#state);
  }

  /** Number of entries. */
  get size(): number {
    return this.#state.entryKeys.length;
  }

  /** Number of distinct stored keys (folded and romanized). */
  get keyCount(): number {
    return this.#state.keys.size;
  }

  /** Adds an entry. Bad entries are reported, not thrown (only wrong argument types throw `TypeError`). */
  add(entry: KeywordEntry): AddResult {
    return addEntry(this.#state, entry);
  }

  /** The index as a compact binary file, for `loadKeywordIndex` (compiles first). */
  save(): Uint8Array {
    return saveState(this.#state, compile(this.#state));
  }

  /** Builds the look-up structures now (otherwise the first look-up after a change does). */
  compile(): void {
    compile(this.#state);
  }

  /** Ranked targets for a query; `[]` when nothing is a confident answer. Never throws for a string. */
  lookup(query: string, options?: LookupOptions): KeywordMatch[] {
    return this.search(query, options).matches;
  }

  /** `lookup` with the issues found in the query (too long, empty after folding, lone surrogates). */
  search(query: string, options?: LookupOptions): LookupResult {
    const prepared = prepareQuery(query, options);
    const ok = !hasErrors(prepared.issues);
    if (prepared.folded === '') return { ok, matches: [], issues: prepared.issues };
    return { ok, matches: resolve(prepared, this.#finder.find(prepared)), issues: prepared.issues };
  }

  /** Every entry, in the order added. */
  *entries(): IterableIterator<KeywordEntry> {
    for (let id = 0; id < this.size; id++) yield entryAt(this.#state, id);
  }
}

/** The state of an index, for this package's own modules (stores that mirror an index). */
export function indexState(index: KeywordIndex): IndexState {
  return stateOf(index);
}

/** A new index, with `entries` added (their issues are dropped: use `add` to see them). */
export function createKeywordIndex(entries: Iterable<KeywordEntry> = []): KeywordIndex {
  const index = new KeywordIndex();
  for (const entry of entries) index.add(entry);
  return index;
}

/**
 * Restores an index saved with `save()`: `{ok, index, issues}`. The file is checked whole (checksum,
 * every section, offset, id and weight) and copied, so the index never shares memory with `bytes`; a
 * bad file is reported (`INDEX_CORRUPT`, `INDEX_VERSION`), never thrown. Not a `Uint8Array`: `TypeError`.
 */
export function loadKeywordIndex(bytes: Uint8Array): LoadResult {
  const loaded = loadState(bytes);
  return loaded.state
    ? { ok: true, index: adopt(loaded.state), issues: loaded.issues }
    : { ok: false, issues: loaded.issues };
}
