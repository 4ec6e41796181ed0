// Confusable detection (UTS #39 §4), the relations between two strings.
//
// | UTS #39 §4 definition                                                        | kind here        |
// | ---------------------------------------------------------------------------- | ---------------- |
// | X and Y are confusable ⇔ skeleton(X) = skeleton(Y)                           | confusable       |
// | single-script confusables: confusable, and the resolved script sets (§5.1)   | 'single-script'  |
// |   of X and Y have an element in common (ALL meets every set)                 |                  |
// | mixed-script confusables: confusable, not single-script confusables          | 'mixed-script'   |
// | whole-script confusables: mixed-script confusables, each of X and Y single-  | 'whole-script'   |
// |   script (non-empty resolved set)                                            |                  |
//
// With `direction`, bidiSkeleton(α, ·) replaces skeleton (UTS #39 §4, for text with right-to-left parts).
import { requireString, type Outcome } from '@nomina/core';
import { resolvedScriptSet, type ResolvedScriptSet } from '@nomina/script';
import { tooLongIssue, type SecurityIssue, type SecurityIssueCode } from '../issues.js';
import { tooLong } from '../limits.js';
import { PARAGRAPH_DIRECTIONS, type ParagraphDirection } from './bidi.js';
import { bidiSkeleton, skeleton } from './skeleton.js';

/** The UTS #39 §4 kinds of confusable pairs. */
export const CONFUSABLE_KINDS = ['single-script', 'mixed-script', 'whole-script'] as const;
export type ConfusableKind = (typeof CONFUSABLE_KINDS)[number];

export interface ConfusableOptions {
  /** Compare bidiSkeletons for a paragraph of this direction instead of skeletons. */
  readonly direction?: ParagraphDirection;
}

export interface Confusability extends Outcome<SecurityIssueCode> {
  /** skeleton(a) = skeleton(b) (UTS #39 §4); false when an input was too long. */
  readonly confusable: boolean;
  /** The UTS #39 §4 kind of a confusable pair, `null` when not confusable. */
  readonly kind: ConfusableKind | null;
  /** The two skeletons (or bidiSkeletons) compared; empty strings when an input was too long. */
  readonly skeletons: readonly [string, string];
}

/** True when two resolved script sets (§5.1) have an element in common; ALL meets every set. */
export function scriptSetsMeet(a: ResolvedScriptSet, b: ResolvedScriptSet): boolean {
  if (a.all || b.all) return true;
  return a.scripts.some((s) => b.scripts.includes(s));
}

/** The UTS #39 §4 kind of two strings already known to be confusable. */
export function confusableKind(a: string, b: string): ConfusableKind {
  const sa = resolvedScriptSet(a);
  const sb = resolvedScriptSet(b);
  if (scriptSetsMeet(sa, sb)) return 'single-script';
  const single = (s: ResolvedScriptSet): boolean => s.all || s.scripts.length > 0;
  return single(sa) && single(sb) ? 'whole-script' : 'mixed-script';
}

/**
 * The UTS #39 §4 kind of two confusable domain names, judged on the labels where they differ: the labels
 * they share (the TLD) would make every pair of names that mix a script with them mixed-script
 * (`pаypal.com`/`paypal.com` is mixed-script, `ѕсоре.com`/`scope.com` whole-script). Linear.
 */
export function domainConfusableKind(a: string, b: string): ConfusableKind {
  requireString(a, 'a');
  requireString(b, 'b');
  const x = a.split('.');
  const y = b.split('.');
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return confusableKind(x.slice(start, x.length - end).join('.'), y.slice(start, y.length - end).join('.'));
}

/**
 * UTS #39 §4: whether `a` and `b` are confusable, and how (single-script, mixed-script or whole-script).
 * `areConfusable(x, x)` is always confusable.
 */
export function areConfusable(a: string, b: string, options: ConfusableOptions = {}): Confusability {
  requireString(a, 'a');
  requireString(b, 'b');
  const { direction } = options;
  if (direction !== undefined && !PARAGRAPH_DIRECTIONS.includes(direction))
    throw new RangeError(`direction must be "ltr" or "rtl", got ${String(direction)}`);
  const issues: SecurityIssue[] = [];
  if (tooLong(a)) issues.push(tooLongIssue(a));
  if (tooLong(b)) issues.push(tooLongIssue(b));
  if (issues.length) return { ok: false, issues, confusable: false, kind: null, skeletons: ['', ''] };
  const sa = direction ? bidiSkeleton(a, direction) : skeleton(a);
  const sb = direction ? bidiSkeleton(b, direction) : skeleton(b);
  const confusable = sa === sb;
  return { ok: true, issues, confusable, kind: confusable ? confusableKind(a, b) : null, skeletons: [sa, sb] };
}
