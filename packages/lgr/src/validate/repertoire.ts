// The repertoire of an LGR as a look-up: the chars (RFC 7940 §5.1) that may begin at a code point, ranges
// included; and the ways a label divides into those chars with their context rules (§5.2) — the
// eligibility test of RFC 7940 §8.1.
import type { Lgr, LgrChar } from '../model.js';
import { contextMatches } from '../rules/match.js';

const EMPTY: readonly LgrChar[] = [];
const memo = new WeakMap<Lgr, { sortedRanges: Lgr['ranges']; byCp: Map<number, readonly LgrChar[]> }>();

function state(lgr: Lgr) {
  let s = memo.get(lgr);
  if (!s) memo.set(lgr, (s = { sortedRanges: [...lgr.ranges].sort((a, b) => a.first - b.first), byCp: new Map() }));
  return s;
}

/** The chars whose first code point is `cp`: explicit chars longest first, then the range holding `cp`. */
export function charsAt(lgr: Lgr, cp: number): readonly LgrChar[] {
  const s = state(lgr);
  const cached = s.byCp.get(cp);
  if (cached) return cached;
  const explicit = lgr.byFirst.get(cp) ?? EMPTY;
  let result = explicit;
  const ranges = s.sortedRanges;
  if (ranges.length > 0) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (cp < r.first) hi = mid - 1;
      else if (cp > r.last) lo = mid + 1;
      else {
        result = [
          ...explicit,
          { cps: [cp], when: r.when, notWhen: r.notWhen, tags: r.tags, comment: r.comment, variants: [] },
        ];
        break;
      }
    }
  }
  // Bounded: at most one entry per code point of the repertoire.
  if (result.length > 0) s.byCp.set(cp, result);
  return result;
}

/** A label prepared for rules: its code points, its text and the UTF-16 offset of each code point. */
export interface PreparedLabel {
  readonly cps: readonly number[];
  readonly text: string;
  /** offsets[k] = UTF-16 offset of code point k; offsets[cps.length] = text.length. */
  readonly offsets: readonly number[];
}

export function prepare(cps: readonly number[]): PreparedLabel {
  const offsets: number[] = [0];
  let text = '';
  for (const cp of cps) {
    text += String.fromCodePoint(cp);
    offsets.push(text.length);
  }
  return { cps, text, offsets };
}

/** RFC 7940 §5.2: does the char's `when`/`not-when` rule allow it at code point index `at` of `label`? */
export function contextAllows(
  lgr: Lgr,
  item: { readonly when: string | null; readonly notWhen: string | null; readonly cps: readonly number[] },
  label: PreparedLabel,
  at: number,
): boolean {
  if (item.when !== null) {
    const rule = lgr.rules.get(item.when);
    // An undefined rule (reported by parseLgr) never holds.
    return rule !== undefined && contextMatches(rule, label.text, item.cps, label.offsets[at]!);
  }
  if (item.notWhen !== null) {
    const rule = lgr.rules.get(item.notWhen);
    return rule === undefined || !contextMatches(rule, label.text, item.cps, label.offsets[at]!);
  }
  return true;
}

function startsWith(cps: readonly number[], at: number, seq: readonly number[]): boolean {
  if (at + seq.length > cps.length) return false;
  for (let k = 1; k < seq.length; k++) if (cps[at + k] !== seq[k]) return false;
  return true;
}

/** Why a code point could not start any char of the repertoire. */
export interface SegmentProblem {
  /** Code point index in the label. */
  readonly at: number;
  readonly codePoint: number;
  /** Context rules that refused it (`when` or `not-when` names, sorted); empty when it is outside the repertoire. */
  readonly rules: readonly string[];
}

/** A label split into repertoire chars (RFC 7940 §8.1), or the problems found. */
export interface Segmentation {
  /**
   * One parse: at each position the longest char that still completes a parse of the whole label. When
   * the label is not eligible, the longest char that fits at each position, and a problem where none does.
   */
  readonly chars: LgrChar[];
  /** Code point index where each char starts. */
  readonly starts: number[];
  readonly problems: SegmentProblem[];
  /**
   * The parse graph: `edges[i]` = the chars starting at code point `i` that lie on some parse of the whole
   * label (longest first). Every path from 0 to the end is a parse; all empty when the label is not eligible.
   */
  readonly edges: readonly (readonly LgrChar[])[];
  /** The label has more than one parse. */
  readonly ambiguous: boolean;
}

const NONE: readonly LgrChar[] = [];

/**
 * RFC 7940 §8.1: a label is eligible when it can be divided into chars of the repertoire (code points and
 * code point sequences, §5.1) whose context rules (§5.2) hold where they stand. A label can often be divided
 * in several ways (a sequence and the code points it is made of, overlapping sequences); every division is
 * considered, by dynamic programming over positions: `complete[i]` says whether the label from code point `i`
 * on can be divided. Linear in the label: each position tries the chars that begin with its code point.
 */
export function segment(lgr: Lgr, label: PreparedLabel): Segmentation {
  const cps = label.cps;
  const n = cps.length;
  // The chars that fit at each position (context rules evaluated on the label, anchored there).
  const fits: LgrChar[][] = [];
  const refused: Array<string[] | null> = [];
  for (let i = 0; i < n; i++) {
    const here: LgrChar[] = [];
    let no: string[] | null = null;
    for (const c of charsAt(lgr, cps[i]!)) {
      if (!startsWith(cps, i, c.cps)) continue;
      if (contextAllows(lgr, c, label, i)) here.push(c);
      else (no ??= []).push((c.when ?? c.notWhen)!);
    }
    // Longest first, whatever the order of the repertoire (one char per code point sequence).
    if (here.length > 1) here.sort((a, b) => b.cps.length - a.cps.length);
    fits.push(here);
    refused.push(no === null ? null : no.sort());
  }
  const complete = new Uint8Array(n + 1);
  complete[n] = 1;
  for (let i = n - 1; i >= 0; i--) for (const c of fits[i]!) if (complete[i + c.cps.length]) complete[i] = 1;

  const chars: LgrChar[] = [];
  const starts: number[] = [];
  const problems: SegmentProblem[] = [];
  for (let i = 0; i < n; ) {
    const here = fits[i]!;
    const taken = here.find((c) => complete[i + c.cps.length]) ?? here[0];
    if (taken) {
      chars.push(taken);
      starts.push(i);
      i += taken.cps.length;
    } else {
      problems.push({ at: i, codePoint: cps[i]!, rules: refused[i] ?? [] });
      i++;
    }
  }

  const edges: (readonly LgrChar[])[] = new Array(n).fill(NONE);
  let ambiguous = false;
  if (complete[0]) {
    const reached = new Uint8Array(n + 1);
    reached[0] = 1;
    for (let i = 0; i < n; i++) {
      if (!reached[i]) continue;
      const on = fits[i]!.filter((c) => complete[i + c.cps.length]);
      for (const c of on) reached[i + c.cps.length] = 1;
      edges[i] = on;
      if (on.length > 1) ambiguous = true;
    }
  }
  return { chars, starts, problems, edges, ambiguous };
}
