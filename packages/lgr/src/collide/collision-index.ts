// A zone's collision index: the registered labels grouped by collision key — the RFC 7940 §8.5 index label
// when the LGR's variant relation is an equivalence, the variant-closure label otherwise (index-label.ts)
// — so a new label's variants among them are found with one hash look-up, then confirmed and given their
// disposition by `variantOf` (a pruned walk, never an enumeration of the variant set).
import { issue, requireString, type Outcome } from '@nomina/core';
import type { LgrIssue } from '../issues.js';
import type { Lgr } from '../model.js';
import { variantOf } from '../validate/label.js';
import { collisionKey } from './index-label.js';

/** One registered label the new label collides with. */
export interface Collision {
  /** The registered label. */
  readonly label: string;
  /**
   * The new label's disposition as a variant of the registered one (RFC 7940 §8.3): `blocked` (for
   * everyone), `allocatable` (to that label's registrant only), or another the LGR names.
   */
  readonly disposition: string | null;
}

/** Options of `CollisionIndex.check` (and of the PostgreSQL store's). */
export interface CollisionCheckOptions {
  /**
   * Leave out a registered label equal to the checked one (default false): when the label being judged
   * belongs to a registered name (ns1.foo.example under foo.example), its own registration is not a
   * collision.
   */
  readonly excludeSelf?: boolean;
}

/** What `CollisionIndex.check` returns: `ok` when the label is eligible and collides with nothing. */
export interface CollisionCheck extends Outcome<LgrIssue['code']> {
  readonly label: string;
  /** The key the label is indexed under (`collisionKey`: the §8.5 index label for an equivalence), `null` when not eligible. */
  readonly indexLabel: string | null;
  readonly collisions: readonly Collision[];
}

export class CollisionIndex {
  private readonly groups = new Map<string, string | string[]>();
  private count = 0;

  constructor(readonly lgr: Lgr) {}

  /** Number of labels indexed. */
  get size(): number {
    return this.count;
  }

  /** Indexes a registered label; returns its index label, or the issues when it is not eligible (then not indexed). */
  add(label: string): { ok: boolean; indexLabel: string | null; issues: readonly LgrIssue[] } {
    const r = collisionKey(this.lgr, label);
    if (r.value === null) return { ok: false, indexLabel: null, issues: r.issues };
    const key = r.value;
    const group = this.groups.get(key);
    if (group === undefined) this.groups.set(key, label);
    else if (typeof group === 'string') {
      if (group !== label) this.groups.set(key, [group, label]);
      else return { ok: true, indexLabel: key, issues: r.issues };
    } else if (!group.includes(label)) group.push(label);
    else return { ok: true, indexLabel: key, issues: r.issues };
    this.count++;
    return { ok: true, indexLabel: key, issues: r.issues };
  }

  /** Registered labels with the same index label as `label` (candidates, before `variantOf` confirms them). */
  candidates(label: string): string[] {
    const r = collisionKey(this.lgr, label);
    if (r.value === null) return [];
    const group = this.groups.get(r.value);
    return group === undefined ? [] : typeof group === 'string' ? [group] : [...group];
  }

  /**
   * The registered labels that `label` is a variant of, with its disposition as a variant of each. A
   * registered label equal to `label` is reported too, with the label's own disposition (a duplicate),
   * unless `excludeSelf`.
   */
  check(label: string, options?: CollisionCheckOptions): CollisionCheck {
    requireString(label, 'label');
    const r = collisionKey(this.lgr, label);
    if (r.value === null) return { ok: false, issues: r.issues, label, indexLabel: null, collisions: [] };
    const group = this.groups.get(r.value);
    return confirmCollisions(
      this.lgr,
      label,
      r.value,
      r.issues,
      group === undefined ? [] : typeof group === 'string' ? [group] : group,
      options,
    );
  }
}

/**
 * The collision check shared by the in-process index and the PostgreSQL store: each registered label
 * with the same collision key is confirmed by `variantOf` and given the new label's disposition as
 * its variant (a candidate equal to the label left out with `excludeSelf`).
 */
export function confirmCollisions(
  lgr: Lgr,
  label: string,
  key: string,
  found: readonly LgrIssue[],
  candidates: Iterable<string>,
  options?: CollisionCheckOptions,
): CollisionCheck {
  const collisions: Collision[] = [];
  const issues: LgrIssue[] = [...found];
  const excludeSelf = options?.excludeSelf === true;
  for (const existing of candidates) {
    if (excludeSelf && existing === label) continue;
    const relation = variantOf(lgr, existing, label);
    // Same key but no variant path: only possible when the relation is not an equivalence (§8.5).
    if (!relation.isVariant) {
      issues.push(
        issue('LGR_NOT_TRANSITIVE', `"${existing}" has the same collision key but is not a variant of "${label}"`, {
          severity: 'warning',
        }),
      );
      continue;
    }
    collisions.push({ label: existing, disposition: relation.disposition });
  }
  return {
    ok: collisions.length === 0 && !issues.some((i) => i.severity === 'error'),
    issues,
    label,
    indexLabel: key,
    collisions,
  };
}
