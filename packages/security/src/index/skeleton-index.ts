// An index of names by skeleton (UTS #39 §4): "which of my million names look like this one?" in one
// hash look-up, where ICU's spoof checker compares two strings at a time.
//
// | Operation          | Cost                                  | Notes                                    |
// | ------------------ | ------------------------------------- | ---------------------------------------- |
// | add(name, id)      | one skeleton + one Map insert         | same name twice with two ids: two entries |
// | lookup(name)       | one skeleton + one Map get            | every entry of that key, with kind and   |
// |                    |   + kind per match                    |   differing offsets                      |
// | remove(name, id?)  | one skeleton + the entries of its key |                                          |
// | save() / load()    | one line per entry                    | skeletons stored; recomputed if the data |
// |                    |                                       |   version differs; id and key fields are |
// |                    |                                       |   empty when equal to the name, else ~…  |
import { errorIssue, requireString, result, type Outcome, type Result } from '@nomina/core';
import { confusableKind, type ConfusableKind } from '../confusable/are-confusable.js';
import { SECURITY_DATA_VERSION } from '../data/version.js';
import { tooLongName, type SecurityIssue, type SecurityIssueCode } from '../issues.js';
import { MAX_NAME_LENGTH } from '../limits.js';
import { indexKey, type LdhFolding } from './key.js';
import { differingOffsets } from './positions.js';

export interface SkeletonIndexOptions {
  /** Extra folding of skeletons (e.g. LDH_FOLDING); none by default. */
  readonly fold?: LdhFolding;
}

/** An indexed name that is confusable with the name looked up. */
export interface SkeletonMatch {
  readonly name: string;
  readonly id: string;
  /** UTS #39 §4 kind of the pair (query, name). */
  readonly kind: ConfusableKind;
  /** UTF-16 offsets in the query of the code points that differ from `name`. */
  readonly offsets: readonly number[];
}

export interface SkeletonLookup extends Outcome<SecurityIssueCode> {
  /** The index key of the query (its skeleton, folded). */
  readonly key: string;
  readonly matches: readonly SkeletonMatch[];
}

export interface SkeletonIndex {
  /** Number of entries. */
  readonly size: number;
  /** Adds `name` under `id` (default: the name). An issue (and nothing added) for a name over MAX_NAME_LENGTH. */
  add(name: string, id?: string): Outcome<SecurityIssueCode>;
  /** Every indexed entry confusable with `name` (the name itself included if indexed). */
  lookup(name: string): SkeletonLookup;
  /** Removes the entries of `name` (only the one with `id` if given); returns how many. */
  remove(name: string, id?: string): number;
  /** For each name of `batch` that is confusable with an indexed name: the name and its matches (watch-list mode). */
  matchBatch(batch: Iterable<string>): Generator<{ readonly name: string; readonly matches: readonly SkeletonMatch[] }>;
  /** The index as text (one header line, one line per entry). */
  save(): string;
}

const FORMAT = 'nomina-skeleton-index';

const SPECIAL = /[\\\t\n]/;
const escapeField = (s: string): string =>
  !SPECIAL.test(s) ? s : s.replace(/[\\\t\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : '\\n'));
const unescapeField = (s: string): string =>
  s.includes('\\') ? s.replace(/\\(.)/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c)) : s;

class Index implements SkeletonIndex {
  readonly #fold: LdhFolding | undefined;
  // key → entry numbers; names[i], ids[i] (undefined after removal).
  readonly #byKey = new Map<string, number | number[]>();
  readonly #names: (string | undefined)[] = [];
  readonly #ids: (string | undefined)[] = [];
  readonly #keys: (string | undefined)[] = [];
  #size = 0;

  constructor(options: SkeletonIndexOptions) {
    this.#fold = options.fold;
  }

  get size(): number {
    return this.#size;
  }

  add(name: string, id: string = name): Outcome<SecurityIssueCode> {
    requireString(name, 'name');
    requireString(id, 'id');
    if (name.length > MAX_NAME_LENGTH) return { ok: false, issues: [tooLongName(name)] };
    this.#insert(name, id, indexKey(name, this.#fold));
    return { ok: true, issues: [] };
  }

  #insert(name: string, id: string, key: string): void {
    const n = this.#names.push(name) - 1;
    this.#ids.push(id === name ? name : id);
    this.#keys.push(key === name ? name : key);
    const at = this.#byKey.get(key);
    if (at === undefined) this.#byKey.set(key, n);
    else if (typeof at === 'number') this.#byKey.set(key, [at, n]);
    else at.push(n);
    this.#size++;
  }

  #entries(key: string): number[] {
    const at = this.#byKey.get(key);
    return at === undefined ? [] : typeof at === 'number' ? [at] : at;
  }

  lookup(name: string): SkeletonLookup {
    requireString(name, 'name');
    if (name.length > MAX_NAME_LENGTH) return { ok: false, issues: [tooLongName(name)], key: '', matches: [] };
    const key = indexKey(name, this.#fold);
    const matches: SkeletonMatch[] = [];
    for (const n of this.#entries(key)) {
      const other = this.#names[n]!;
      matches.push({
        name: other,
        id: this.#ids[n]!,
        kind: confusableKind(name, other),
        offsets: differingOffsets(name, other),
      });
    }
    return { ok: true, issues: [], key, matches };
  }

  remove(name: string, id?: string): number {
    requireString(name, 'name');
    const key = indexKey(name, this.#fold);
    const kept: number[] = [];
    let removed = 0;
    for (const n of this.#entries(key)) {
      if (this.#names[n] === name && (id === undefined || this.#ids[n] === id)) {
        this.#names[n] = this.#ids[n] = this.#keys[n] = undefined;
        removed++;
      } else kept.push(n);
    }
    if (kept.length === 0) this.#byKey.delete(key);
    else this.#byKey.set(key, kept.length === 1 ? kept[0]! : kept);
    this.#size -= removed;
    return removed;
  }

  *matchBatch(
    batch: Iterable<string>,
  ): Generator<{ readonly name: string; readonly matches: readonly SkeletonMatch[] }> {
    for (const name of batch) {
      const { matches } = this.lookup(name);
      if (matches.length) yield { name, matches };
    }
  }

  save(): string {
    const header = {
      format: FORMAT,
      version: 1,
      data: SECURITY_DATA_VERSION,
      fold: this.#fold ?? null,
      size: this.#size,
    };
    const lines = [JSON.stringify(header)];
    for (let n = 0; n < this.#names.length; n++) {
      const name = this.#names[n];
      if (name === undefined) continue;
      const id = this.#ids[n]!;
      const key = this.#keys[n]!;
      lines.push(
        `${escapeField(name)}\t${id === name ? '' : `~${escapeField(id)}`}\t${key === name ? '' : `~${escapeField(key)}`}`,
      );
    }
    return lines.join('\n');
  }

  /**
   * Loads the entry lines of a saved index from `start`; skeletons are recomputed when `recompute`.
   * Returns the issue of the first damaged line (nothing is thrown: the file is untrusted input).
   */
  load(text: string, start: number, recompute: boolean): SecurityIssue | undefined {
    let lineNumber = 2;
    for (let at = start; at < text.length; lineNumber++) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const a = text.indexOf('\t', at);
      const b = a < 0 ? -1 : text.indexOf('\t', a + 1);
      if (a < 0 || b < 0 || b > end) {
        return errorIssue('INDEX_CORRUPT', `line ${lineNumber} is not name<TAB>id<TAB>key`, lineNumber - 1, at);
      }
      const name = unescapeField(text.slice(at, a));
      if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
        return errorIssue(
          'INDEX_CORRUPT',
          `line ${lineNumber}: a name of ${name.length} units (1 to MAX_NAME_LENGTH)`,
          lineNumber - 1,
          at,
        );
      }
      const id = a + 1 === b ? name : unescapeField(text.slice(a + 2, b));
      const key = recompute ? indexKey(name, this.#fold) : b + 1 === end ? name : unescapeField(text.slice(b + 2, end));
      this.#insert(name, id, key);
      at = end + 1;
    }
    return undefined;
  }
}

/** A new, empty skeleton index (see {@link SkeletonIndex}). */
export function createSkeletonIndex(options: SkeletonIndexOptions = {}): SkeletonIndex {
  return new Index(options);
}

/**
 * Reads an index written by `save()`: `{ok, value, issues}` with the index, or `value: null` and an
 * `INDEX_CORRUPT` / `INDEX_VERSION` issue (with the line, from 0, in `label`). Skeletons are taken from the
 * file when it was written with the same UTS #39 data version, recomputed otherwise.
 */
export function loadSkeletonIndex(text: string): Result<SkeletonIndex | null, SecurityIssueCode> {
  requireString(text, 'text');
  const first = text.indexOf('\n');
  let header: { format?: string; version?: number; data?: string; fold?: LdhFolding | null };
  try {
    header = JSON.parse(first < 0 ? text : text.slice(0, first));
  } catch {
    return result(null, [
      errorIssue('INDEX_CORRUPT', 'the first line is not the JSON header of a skeleton index', 0, 0),
    ]);
  }
  if (typeof header !== 'object' || header === null || header.format !== FORMAT) {
    return result(null, [errorIssue('INDEX_CORRUPT', 'not a skeleton index (no nomina-skeleton-index header)', 0, 0)]);
  }
  if (header.version !== 1)
    return result(null, [
      errorIssue('INDEX_VERSION', `format version ${String(header.version)}; this library reads version 1`, 0, 0),
    ]);
  const fold = header.fold;
  const pairs = (f: unknown): f is LdhFolding =>
    Array.isArray(f) &&
    f.every(
      (p) =>
        Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 8),
    );
  if (fold !== undefined && fold !== null && !pairs(fold)) {
    return result(null, [errorIssue('INDEX_CORRUPT', "the header's fold is not a list of look-alike pairs", 0, 0)]);
  }
  const index = new Index(fold ? { fold } : {});
  const damaged = first >= 0 ? index.load(text, first + 1, header.data !== SECURITY_DATA_VERSION) : undefined;
  return damaged ? result(null, [damaged]) : result(index);
}
