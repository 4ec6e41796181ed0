/**
 * RFC 4647 "Matching of Language Tags" and the HTTP Accept-Language header (RFC 9110 §12.5.4).
 *
 * | function             | RFC                          | what                                              |
 * |----------------------|------------------------------|---------------------------------------------------|
 * | `filter` (basic)     | RFC 4647 §3.3.1              | range is the tag or a prefix of it ending at "-"  |
 * | `filter` (extended)  | RFC 4647 §3.3.2              | subtag-wise, "*" anywhere, skipping extra subtags |
 * | `lookup`             | RFC 4647 §3.4                | truncate the range until a tag equals it          |
 * | `parseAcceptLanguage`| RFC 9110 §12.5.4, RFC 4647 §2.1 | ranges with q-values, sorted by weight         |
 *
 * Everything is case-insensitive (RFC 4647 §2).
 */
import { requireString, tagIssue, type TagIssue } from '../issues.js';
import { MAX_ACCEPT_LANGUAGE_LENGTH, MAX_FILTER_ITEMS, MAX_LANGUAGE_RANGES } from '../limits.js';

/** A range or tag as lower-case subtags (RFC 4647 §2: matching is case-insensitive). */
const subtagsOf = (text: string): string[] => text.toLowerCase().split('-');

/**
 * §3.3.2 extended filtering of one tag by one range, both as subtags. Each step moves I or J
 * forward, so the cost is at most |range| + |tag| subtags.
 */
function extendedMatch(r: readonly string[], t: readonly string[]): boolean {
  // §3.3.2 step 2: the first subtags match, or the range's is "*".
  if (r[0] !== '*' && r[0] !== t[0]) return false;
  let i = 1;
  let j = 1;
  // Step 3: walk the remaining range subtags.
  while (i < r.length) {
    if (r[i] === '*')
      i++; // 3.A: a wildcard matches zero or more subtags
    else if (j >= t.length)
      return false; // 3.B: the tag ran out
    else if (r[i] === t[j]) {
      i++; // 3.C: equal subtags
      j++;
    } else if (t[j]!.length === 1)
      return false; // 3.D: a singleton stops the search
    else j++; // 3.E: skip a tag subtag
  }
  return true; // step 4
}

/** A trie of subtag sequences; each node keeps the value of the first sequence ending there. */
interface SubtagTrie<T> {
  value?: T;
  children: Map<string, SubtagTrie<T>>;
}

function trieOf<T>(entries: Iterable<[string[], T]>): SubtagTrie<T> {
  const root: SubtagTrie<T> = { children: new Map() };
  for (const [subtags, value] of entries) {
    let node = root;
    for (const subtag of subtags) {
      let next = node.children.get(subtag);
      if (!next) node.children.set(subtag, (next = { children: new Map() }));
      node = next;
    }
    node.value ??= value;
  }
  return root;
}

/** The values of the trie nodes along SUBTAGS: entry k-1 for the first k subtags. */
function valuesAlong<T>(root: SubtagTrie<T>, subtags: readonly string[]): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  let node: SubtagTrie<T> | undefined = root;
  for (const subtag of subtags) {
    node = node.children.get(subtag);
    if (!node) break;
    out.push(node.value);
  }
  return out;
}

/**
 * §3.3.1 basic filtering of all tags at once: a range matches a tag when the range's subtags
 * begin the tag's ("de-de" matches "de-DE-x-goethe", not "de-Deva"); "*" matches every tag. The
 * ranges go into a trie, so each tag costs one walk over its own subtags.
 */
function basicFirstRange(ranges: readonly string[]): (tag: string[]) => number {
  const star = ranges.indexOf('*');
  const trie = trieOf(
    ranges.flatMap((range, index): [string[], number][] => (range === '*' ? [] : [[subtagsOf(range), index]])),
  );
  return (tag) =>
    valuesAlong(trie, tag).reduce<number>(
      (best, v) => (v !== undefined && v < best ? v : best),
      star < 0 ? Infinity : star,
    );
}

export interface FilterOptions {
  /** Extended filtering (§3.3.2) instead of basic (§3.3.1). */
  extended?: boolean;
}

/**
 * RFC 4647 §3.3 filtering: the tags matched by any range, in range priority then tag order. Reads
 * the first MAX_LANGUAGE_RANGES ranges and MAX_FILTER_ITEMS tags; the work is linear in the tags
 * (times the ranges for extended filtering).
 */
export function filter(
  ranges: readonly string[] | string,
  tags: readonly string[],
  options: FilterOptions = {},
): string[] {
  const list = (typeof ranges === 'string' ? [ranges] : ranges).slice(0, MAX_LANGUAGE_RANGES);
  for (const range of list) requireString(range, 'range');
  const tagSubtags = tags.slice(0, MAX_FILTER_ITEMS).map((t) => {
    requireString(t, 'tag');
    return subtagsOf(t);
  });
  let firstRange: (tag: string[]) => number;
  if (options.extended) {
    const rangeSubtags = list.map(subtagsOf);
    firstRange = (tag) => {
      const index = rangeSubtags.findIndex((r) => extendedMatch(r, tag));
      return index < 0 ? Infinity : index;
    };
  } else firstRange = basicFirstRange(list);
  // Each tag goes to the first range that matches it; output by range, then tag order.
  const hits: { range: number; tag: number }[] = [];
  tagSubtags.forEach((t, tag) => {
    const range = firstRange(t);
    if (range !== Infinity) hits.push({ range, tag });
  });
  hits.sort((a, b) => a.range - b.range || a.tag - b.tag);
  return hits.map((h) => tags[h.tag]!);
}

/** RFC 4647 §3.4 lookup: the one tag that best matches the ranges (in priority order), else DEFAULT. */
export function lookup<D = undefined>(
  ranges: readonly string[] | string,
  tags: readonly string[],
  defaultValue?: D,
): string | D {
  const list = typeof ranges === 'string' ? [ranges] : ranges;
  const trie = trieOf(
    tags.slice(0, MAX_FILTER_ITEMS).map((t): [string[], string] => {
      requireString(t, 'tag');
      return [subtagsOf(t), t];
    }),
  );
  for (const range of list.slice(0, MAX_LANGUAGE_RANGES)) {
    requireString(range, 'range');
    // §3.4: "*" in lookup is ignored (it would match anything; the default covers that).
    if (range === '*') continue;
    const subtags = subtagsOf(range);
    // The tag equal to each prefix of the range, found in one walk (linear in the range).
    const tagAt = valuesAlong(trie, subtags);
    // Progressively truncate (§3.4): drop the last subtag, and a singleton left at the end.
    let k = subtags.length;
    while (!(k === 1 && subtags[0] === '')) {
      const hit = tagAt[k - 1];
      if (hit !== undefined) return hit;
      if (k === 1) break;
      k--;
      if (k >= 2 && subtags[k - 1]!.length === 1) k--;
    }
  }
  return defaultValue as D;
}

export interface LanguageRange {
  /** The range as written (`*` or a tag-like range). */
  range: string;
  /** Its weight, 0 < q ≤ 1 (ranges with q=0 are dropped: RFC 9110 §12.4.2 "not acceptable"). */
  quality: number;
}

export interface AcceptLanguageResult {
  ok: boolean;
  /** Ranges by descending weight, ties in header order. */
  ranges: LanguageRange[];
  issues: TagIssue[];
}

/** RFC 4647 §2.1 language-range: `*` or 1*8ALPHA *("-" 1*8alphanum). */
function isRange(text: string): boolean {
  if (text === '*') return true;
  const parts = text.split('-');
  return (
    parts.every((p, i) => p.length >= 1 && p.length <= 8 && (i === 0 ? /^[A-Za-z]+$/ : /^[A-Za-z0-9]+$/).test(p)) ||
    (parts[0] === '*' && parts.slice(1).every((p) => /^([A-Za-z0-9]{1,8}|\*)$/.test(p)))
  );
}

/** Parses an Accept-Language header value. Never throws for any string; bad entries are reported and skipped. */
export function parseAcceptLanguage(header: string): AcceptLanguageResult {
  requireString(header, 'header');
  const issues: TagIssue[] = [];
  if (header.length > MAX_ACCEPT_LANGUAGE_LENGTH) {
    return {
      ok: false,
      ranges: [],
      issues: [
        tagIssue(
          'ACCEPT_LANGUAGE_TOO_LONG',
          `the header is longer than ${MAX_ACCEPT_LANGUAGE_LENGTH} characters`,
          'error',
          MAX_ACCEPT_LANGUAGE_LENGTH,
        ),
      ],
    };
  }
  const ranges: LanguageRange[] = [];
  let offset = 0;
  for (const element of header.split(',')) {
    const at = offset;
    offset += element.length + 1;
    const [rawRange = '', ...params] = element.split(';');
    const range = rawRange.trim();
    if (range === '' && params.length === 0) continue; // RFC 9110 §5.6.1: empty list elements are ignored
    if (!isRange(range)) {
      issues.push(
        tagIssue(
          'LANGUAGE_RANGE',
          `${JSON.stringify(range)} is not a language range (RFC 4647 §2.1)`,
          'error',
          at,
          range,
        ),
      );
      continue;
    }
    let quality = 1;
    let bad = false;
    for (const param of params) {
      const m = /^\s*[qQ]\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.exec(param);
      if (!m) {
        issues.push(
          tagIssue(
            'WEIGHT',
            `${JSON.stringify(param.trim())} is not a weight "q=0…1" with at most 3 decimals (RFC 9110 §12.4.2)`,
            'error',
            at,
            range,
          ),
        );
        bad = true;
      } else quality = Number(m[1]);
    }
    if (bad || quality === 0) continue;
    if (ranges.length === MAX_LANGUAGE_RANGES) {
      issues.push(tagIssue('TOO_MANY_RANGES', `only the first ${MAX_LANGUAGE_RANGES} ranges are kept`, 'warning', at));
      break;
    }
    ranges.push({ range, quality });
  }
  // Stable sort: equal weights keep header order (RFC 4647 §2.3 "priority").
  ranges.sort((a, b) => b.quality - a.quality);
  return { ok: !issues.some((i) => i.severity === 'error'), ranges, issues };
}
