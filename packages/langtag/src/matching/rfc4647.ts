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
import { requireString, type TagIssue } from '../issues.js';

/** Longest Accept-Language header read (servers commonly cap a header at 8 kB; one field needs far less). */
export const MAX_ACCEPT_LANGUAGE_LENGTH = 4096;
/** Most ranges kept from one header (a browser sends a handful). */
export const MAX_LANGUAGE_RANGES = 64;
/** Most ranges and tags `filter`/`lookup` read (bounds the ranges × tags work). */
export const MAX_FILTER_ITEMS = 10_000;

function basicMatch(range: string, tag: string): boolean {
  // §3.3.1: "*" matches every tag; else equal, or a prefix followed by "-".
  if (range === '*') return true;
  return tag === range || (tag.startsWith(range) && tag.charCodeAt(range.length) === 0x2d);
}

function extendedMatch(range: string, tag: string): boolean {
  const r = range.split('-');
  const t = tag.split('-');
  // §3.3.2 step 2: the first subtags match, or the range's is "*".
  if (r[0] !== '*' && r[0] !== t[0]) return false;
  let i = 1;
  let j = 1;
  // Step 3: walk the remaining range subtags.
  while (i < r.length) {
    if (r[i] === '*') i++; // 3.A: a wildcard matches zero or more subtags
    else if (j >= t.length) return false; // 3.B: the tag ran out
    else if (r[i] === t[j]) {
      i++; // 3.C: equal subtags
      j++;
    } else if (t[j]!.length === 1) return false; // 3.D: a singleton stops the search
    else j++; // 3.E: skip a tag subtag
  }
  return true; // step 4
}

export interface FilterOptions {
  /** Extended filtering (§3.3.2) instead of basic (§3.3.1). */
  extended?: boolean;
}

/** RFC 4647 §3.3 filtering: the tags matched by any range, in range priority then tag order. */
export function filter(ranges: readonly string[] | string, tags: readonly string[], options: FilterOptions = {}): string[] {
  const list = typeof ranges === 'string' ? [ranges] : ranges;
  const test = options.extended ? extendedMatch : basicMatch;
  const lowerTags = tags.slice(0, MAX_FILTER_ITEMS).map((t) => {
    requireString(t, 'tag');
    return t.toLowerCase();
  });
  const out: string[] = [];
  const taken = new Set<number>();
  for (const range of list.slice(0, MAX_FILTER_ITEMS)) {
    requireString(range, 'range');
    const r = range.toLowerCase();
    lowerTags.forEach((t, i) => {
      if (!taken.has(i) && test(r, t)) {
        taken.add(i);
        out.push(tags[i]!);
      }
    });
  }
  return out;
}

/** RFC 4647 §3.4 lookup: the one tag that best matches the ranges (in priority order), else DEFAULT. */
export function lookup<D = undefined>(ranges: readonly string[] | string, tags: readonly string[], defaultValue?: D): string | D {
  const list = typeof ranges === 'string' ? [ranges] : ranges;
  const byLower = new Map<string, string>();
  for (const t of tags.slice(0, MAX_FILTER_ITEMS)) {
    requireString(t, 'tag');
    if (!byLower.has(t.toLowerCase())) byLower.set(t.toLowerCase(), t);
  }
  for (const range of list.slice(0, MAX_FILTER_ITEMS)) {
    requireString(range, 'range');
    // §3.4: "*" in lookup is ignored (it would match anything; the default covers that).
    if (range === '*') continue;
    let candidate = range.toLowerCase();
    while (candidate !== '') {
      const hit = byLower.get(candidate);
      if (hit !== undefined) return hit;
      // Truncate: drop the last subtag, and a singleton left at the end (§3.4 step "progressively truncate").
      let cut = candidate.lastIndexOf('-');
      if (cut < 0) break;
      candidate = candidate.slice(0, cut);
      cut = candidate.lastIndexOf('-');
      if (cut >= 0 && candidate.length - cut - 1 === 1) candidate = candidate.slice(0, cut);
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
  return parts.every((p, i) => p.length >= 1 && p.length <= 8 && (i === 0 ? /^[A-Za-z]+$/ : /^[A-Za-z0-9]+$/).test(p)) || (parts[0] === '*' && parts.slice(1).every((p) => /^([A-Za-z0-9]{1,8}|\*)$/.test(p)));
}

/** Parses an Accept-Language header value. Never throws for any string; bad entries are reported and skipped. */
export function parseAcceptLanguage(header: string): AcceptLanguageResult {
  requireString(header, 'header');
  const issues: TagIssue[] = [];
  if (header.length > MAX_ACCEPT_LANGUAGE_LENGTH) {
    return { ok: false, ranges: [], issues: [{ code: 'ACCEPT_LANGUAGE_TOO_LONG', message: `the header is longer than ${MAX_ACCEPT_LANGUAGE_LENGTH} characters`, severity: 'error', offset: MAX_ACCEPT_LANGUAGE_LENGTH }] };
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
      issues.push({ code: 'LANGUAGE_RANGE', message: `${JSON.stringify(range)} is not a language range (RFC 4647 §2.1)`, severity: 'error', offset: at, subtag: range });
      continue;
    }
    let quality = 1;
    let bad = false;
    for (const param of params) {
      const m = /^\s*[qQ]\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.exec(param);
      if (!m) {
        issues.push({ code: 'WEIGHT', message: `${JSON.stringify(param.trim())} is not a weight "q=0…1" with at most 3 decimals (RFC 9110 §12.4.2)`, severity: 'error', offset: at, subtag: range });
        bad = true;
      } else quality = Number(m[1]);
    }
    if (bad || quality === 0) continue;
    if (ranges.length === MAX_LANGUAGE_RANGES) {
      issues.push({ code: 'TOO_MANY_RANGES', message: `only the first ${MAX_LANGUAGE_RANGES} ranges are kept`, severity: 'warning', offset: at });
      break;
    }
    ranges.push({ range, quality });
  }
  // Stable sort: equal weights keep header order (RFC 4647 §2.3 "priority").
  ranges.sort((a, b) => b.quality - a.quality);
  return { ok: !issues.some((i) => i.severity === 'error'), ranges, issues };
}
