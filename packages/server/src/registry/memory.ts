// The in-process registry: a KeywordIndex plus a map of its entries by identity. An add goes into the
// index at once (the index compiles on the next look-up); an update or a delete marks the index stale,
// and the next look-up rebuilds it from the map (O(entries): the embedded registry is for small and
// medium registries — PostgreSQL for large ones). Single-threaded, so concurrent writers lose nothing.
import { checkEntry, createKeywordIndex, KeywordIndex, type KeywordEntry, type LookupOptions } from '@nomina/keywords';
import type { KeywordRegistry, ListFilter, SearchResult, WriteOp, WriteResult } from './registry.js';
import { identity, normalizeEntry } from './registry.js';

export class MemoryKeywordRegistry implements KeywordRegistry {
  readonly backend = 'memory';
  #entries = new Map<string, KeywordEntry>();
  #index: KeywordIndex;
  #stale = false;

  /** A registry holding the entries of `initial` (a later entry with the same identity wins). */
  constructor(initial: KeywordIndex = new KeywordIndex()) {
    for (const entry of initial.entries()) this.#entries.set(identity(entry), normalizeEntry(entry));
    this.#index = initial;
    this.#stale = this.#entries.size !== initial.size;
  }

  async search(query: string, options: LookupOptions): Promise<SearchResult> {
    if (this.#stale) {
      this.#index = createKeywordIndex(this.#entries.values());
      this.#stale = false;
    }
    return this.#index.search(query, options);
  }

  async write(ops: readonly WriteOp[]): Promise<WriteResult[]> {
    return ops.map((op) => {
      const id = identity(op.entry);
      if (op.op === 'delete') {
        if (!this.#entries.delete(id)) return { status: 'absent', issues: [] };
        this.#stale = true;
        return { status: 'deleted', issues: [] };
      }
      const entry = normalizeEntry(op.entry);
      const check = checkEntry(entry);
      if (!check.ok) return { status: 'refused', issues: check.issues };
      const existing = this.#entries.get(id);
      if (existing) {
        if ((existing.weight ?? 0) !== (entry.weight ?? 0)) this.#stale = true;
        this.#entries.set(id, entry);
        return { status: 'updated', issues: check.issues };
      }
      const added = this.#index.add(entry);
      if (!added.ok) return { status: 'refused', issues: added.issues };
      this.#entries.set(id, entry);
      return { status: 'created', issues: added.issues };
    });
  }

  async list(filter: ListFilter, limit: number) {
    const out: KeywordEntry[] = [];
    for (const entry of this.#entries.values()) {
      if (out.length === limit) break;
      if (filter.key !== undefined && entry.key !== filter.key) continue;
      if (filter.target !== undefined && entry.target !== filter.target) continue;
      if (filter.namespace !== undefined && entry.namespace !== filter.namespace) continue;
      out.push(entry);
    }
    return out;
  }

  async size() {
    return this.#entries.size;
  }

  async ready() {
    return true;
  }

  async close() {}
}
