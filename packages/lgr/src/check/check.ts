// checkLgr: what a registry verifies before publishing an LGR, and a summary of it.
//
// | check | rule | code |
// |---|---|---|
// | symmetry | a→b needs b→a (RFC 8228 §6; RFC 7940 §5.3.1 "variant mappings are normally symmetric") | LGR_NOT_SYMMETRIC |
// | transitivity | a→b and b→c need a→c (RFC 8228 §6; needed by §8.5 index labels) | LGR_NOT_TRANSITIVE |
// | IDNA2008 | every repertoire code point PVALID, CONTEXTJ or CONTEXTO (RFC 5892), unless the char only marks an out-of-repertoire variant (a reflexive mapping whose type an action makes invalid) | LGR_IDNA2008 |
// | references | `when`/`not-when` (§5.2) and `match`/`not-match` (§7.1) name defined rules | RFC7940_5.2, RFC7940_7 |
import { errorIssue, formatCodePoint, issue, type Outcome } from '@nomina/core';
import { getIdna2008Property } from '@nomina/idna';
import { getScript } from '@nomina/ucd';
import type { LgrIssue } from '../issues.js';
import type { Lgr, LgrChar } from '../model.js';

/** Figures of an LGR. */
export interface LgrSummary {
  /** Code points of the repertoire (single-code-point chars and ranges). */
  readonly codePoints: number;
  /** Code point sequences (chars of more than one code point). */
  readonly sequences: number;
  /** Repertoire code points per Unicode script (ISO 15924 code). */
  readonly byScript: Readonly<Record<string, number>>;
  /** Variant mappings, reflexive ones included. */
  readonly variants: number;
  readonly reflexiveVariants: number;
  /** Variant mappings per type (`(none)` for untyped). */
  readonly variantsByType: Readonly<Record<string, number>>;
  readonly classes: number;
  readonly rules: number;
  readonly actions: number;
}

/** What `checkLgr` returns. */
export interface LgrCheck extends Outcome<LgrIssue['code']> {
  readonly summary: LgrSummary;
  /** Variant mappings are symmetric (every a→b has b→a). */
  readonly symmetric: boolean;
  /** Variant mappings are transitive (a→b, b→c give a→c). */
  readonly transitive: boolean;
}

const key = (cps: readonly number[]): string => String.fromCodePoint(...cps);
const show = (cps: readonly number[]): string => (cps.length === 0 ? '(null)' : cps.map(formatCodePoint).join(' '));
const ALLOWED = new Set(['PVALID', 'CONTEXTJ', 'CONTEXTO']);

/** Runs the checks above on a parsed LGR. */
export function checkLgr(lgr: Lgr): LgrCheck {
  const issues: LgrIssue[] = [];
  const byKey = new Map<string, LgrChar>();
  for (const c of lgr.chars) byKey.set(key(c.cps), c);
  const targetSets = new Map<LgrChar, Set<string>>();
  const targets = (c: LgrChar): Set<string> => {
    let set = targetSets.get(c);
    if (!set) targetSets.set(c, (set = new Set(c.variants.filter((v) => !v.reflexive).map((v) => key(v.cps)))));
    return set;
  };

  // Symmetry and transitivity, over the non-reflexive mappings.
  let symmetric = true;
  let transitive = true;
  for (const c of lgr.chars) {
    const own = key(c.cps);
    const mine = targets(c);
    for (const v of c.variants) {
      if (v.reflexive) continue;
      const other = byKey.get(key(v.cps));
      if (!other || !targets(other).has(own)) {
        symmetric = false;
        issues.push(
          issue(
            'LGR_NOT_SYMMETRIC',
            `${show(c.cps)} → ${show(v.cps)} has no mapping back${other ? '' : ` (${show(v.cps)} is not in the repertoire)`}`,
            { severity: 'warning', codePoint: c.cps[0]! },
          ),
        );
        continue;
      }
      for (const w of other.variants) {
        if (w.reflexive) continue;
        const third = key(w.cps);
        if (third !== own && !mine.has(third)) {
          transitive = false;
          issues.push(
            issue(
              'LGR_NOT_TRANSITIVE',
              `${show(c.cps)} → ${show(v.cps)} → ${show(w.cps)} but not ${show(c.cps)} → ${show(w.cps)}`,
              { severity: 'warning', codePoint: c.cps[0]! },
            ),
          );
        }
      }
    }
  }

  // IDNA2008 (RFC 5892): chars that only mark an out-of-repertoire variant are exempt.
  const invalidTypes = new Set<string>(['invalid', 'out-of-repertoire-var']);
  for (const a of lgr.actions)
    if (a.disp === 'invalid')
      for (const t of [...(a.anyVariant ?? []), ...(a.allVariants ?? []), ...(a.onlyVariants ?? [])])
        invalidTypes.add(t);
  const byScript: Record<string, number> = {};
  let codePoints = 0;
  const visit = (cp: number, exempt: boolean): void => {
    const property = getIdna2008Property(cp);
    if (!exempt && !ALLOWED.has(property))
      issues.push(
        errorIssue('LGR_IDNA2008', `${formatCodePoint(cp)} is ${property} under IDNA2008 (RFC 5892)`, -1, -1, cp),
      );
  };
  for (const c of lgr.chars) {
    const exempt = c.variants.some((v) => v.reflexive && v.type !== null && invalidTypes.has(v.type));
    for (const cp of c.cps) visit(cp, exempt);
    if (c.cps.length === 1 && !exempt) {
      const script = getScript(c.cps[0]!);
      byScript[script] = (byScript[script] ?? 0) + 1;
      codePoints++;
    }
  }
  for (const r of lgr.ranges) {
    for (let cp = r.first; cp <= r.last; cp++) {
      visit(cp, false);
      const script = getScript(cp);
      byScript[script] = (byScript[script] ?? 0) + 1;
    }
    codePoints += r.last - r.first + 1;
  }

  // Rule references (parseLgr reports them too; a hand-built Lgr may not have been parsed).
  const needRule = (name: string | null, code: 'RFC7940_5.2' | 'RFC7940_7', where: string): void => {
    if (name !== null && !lgr.rules.has(name))
      issues.push(errorIssue(code, `${where} names the undefined rule "${name}"`));
  };
  for (const c of lgr.chars) {
    needRule(c.when, 'RFC7940_5.2', show(c.cps));
    needRule(c.notWhen, 'RFC7940_5.2', show(c.cps));
    for (const v of c.variants) {
      needRule(v.when, 'RFC7940_5.2', `${show(c.cps)} → ${show(v.cps)}`);
      needRule(v.notWhen, 'RFC7940_5.2', `${show(c.cps)} → ${show(v.cps)}`);
    }
  }
  for (const r of lgr.ranges) {
    needRule(r.when, 'RFC7940_5.2', `range ${formatCodePoint(r.first)}..${formatCodePoint(r.last)}`);
    needRule(r.notWhen, 'RFC7940_5.2', `range ${formatCodePoint(r.first)}..${formatCodePoint(r.last)}`);
  }
  lgr.actions.forEach((a, k) => {
    needRule(a.match, 'RFC7940_7', `action ${k}`);
    needRule(a.notMatch, 'RFC7940_7', `action ${k}`);
  });

  const variantsByType: Record<string, number> = {};
  let variants = 0;
  let reflexiveVariants = 0;
  for (const c of lgr.chars) {
    for (const v of c.variants) {
      variants++;
      if (v.reflexive) reflexiveVariants++;
      const type = v.type ?? '(none)';
      variantsByType[type] = (variantsByType[type] ?? 0) + 1;
    }
  }
  const summary: LgrSummary = {
    codePoints,
    sequences: lgr.chars.filter((c) => c.cps.length > 1).length,
    byScript,
    variants,
    reflexiveVariants,
    variantsByType,
    classes: lgr.classes.size,
    rules: lgr.rules.size,
    actions: lgr.actions.length,
  };
  return { ok: !issues.some((i) => i.severity === 'error'), issues, summary, symmetric, transitive };
}
