// The repertoire of an LGR as a look-up: the chars (RFC 7940 §5.1) that may begin at a code point, longest
// sequence first, ranges included; and the segmentation of a label into those chars with their context
// rules (§5.2) — the eligibility test of RFC 7940 §8.1.
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
  /** Context rules that refused it (`when` or `not-when` names); empty when it is outside the repertoire. */
  readonly rules: readonly string[];
}

/** A label split into repertoire chars (RFC 7940 §8.1), or the problems found. */
export interface Segmentation {
  readonly chars: LgrChar[];
  /** Code point index where each char starts. */
  readonly starts: number[];
  readonly problems: SegmentProblem[];
}

/**
 * RFC 7940 §8.1: splits `label` into chars of the repertoire, taking at each position the longest char
 * (sequence) that fits and whose context rule holds. Every code point that starts no such char is a problem.
 */
export function segment(lgr: Lgr, label: PreparedLabel): Segmentation {
  const chars: LgrChar[] = [];
  const starts: number[] = [];
  const problems: SegmentProblem[] = [];
  const cps = label.cps;
  let i = 0;
  while (i < cps.length) {
    let taken: LgrChar | null = null;
    let refused: string[] | null = null;
    for (const c of charsAt(lgr, cps[i]!)) {
      if (!startsWith(cps, i, c.cps)) continue;
      if (!contextAllows(lgr, c, label, i)) {
        (refused ??= []).push((c.when ?? c.notWhen)!);
        continue;
      }
      taken = c;
      break;
    }
    if (taken) {
      chars.push(taken);
      starts.push(i);
      i += taken.cps.length;
    } else {
      problems.push({ at: i, codePoint: cps[i]!, rules: refused ?? [] });
      i++;
    }
  }
  return { chars, starts, problems };
}
