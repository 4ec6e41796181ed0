// RFC 7940 §8.5 index labels: when the variant relation of an LGR is symmetric and transitive (an
// equivalence), every label of a variant set maps to one "index label", so two labels are variants of each
// other exactly when their index labels are equal — a collision check is one look-up, not an enumeration.
//
// The index label replaces each char of the label's division into chars (§8.1) by the smallest, in code
// point order, of the char and its variant mappings whose context rule holds at that place (the procedure
// the RZ-LGR documents give for it); when the label divides in several ways, the smallest result over all
// divisions (so that a label and its variants made through any division meet). For an LGR whose relation is not an equivalence (`checkLgr` reports it),
// equal index labels still mean "variants", but some variant pairs can have different index labels.
import { requireString, type Result } from '@nomina/core';
import type { LgrIssue } from '../issues.js';
import type { Lgr, LgrChar } from '../model.js';
import { contextAllows, prepare, type Segmentation } from '../validate/repertoire.js';
import { assess } from '../validate/label.js';

function lessThan(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return a.length < b.length;
}

/**
 * The RFC 7940 §8.5 index label of `label`, or `null` (with the issues) when the label is not eligible
 * under the LGR (§8.1, §8.3: disposition `invalid`).
 */
export function indexLabel(lgr: Lgr, label: string): Result<string | null, LgrIssue['code']> {
  requireString(label, 'label');
  const { assessed, issues } = assess(lgr, label);
  if (!assessed) return { ok: false, value: null, issues };
  const cps = assessed.prepared.cps;
  const value = leastOverDivisions(assessed.segmentation, (char, at) => {
    let best = char.cps;
    for (const variant of char.variants) {
      if (!lessThan(variant.cps, best)) continue;
      // Variants whose context rule fails here are not variants of this label (§5.2).
      if (
        (variant.when !== null || variant.notWhen !== null) &&
        !contextAllows(
          lgr,
          variant,
          prepare([...cps.slice(0, at), ...variant.cps, ...cps.slice(at + char.cps.length)]),
          at,
        )
      )
        continue;
      best = variant.cps;
    }
    return best;
  });
  return { ok: true, value, issues };
}

/**
 * The smallest label, in code point order, made by replacing each char of a division of the label by
 * `replace(char, at)`, over every division: backwards over the parse graph, since a common first part
 * keeps the order of what follows (linear in the label times its length).
 */
function leastOverDivisions(s: Segmentation, replace: (char: LgrChar, at: number) => readonly number[]): string {
  const n = s.edges.length;
  const least: Array<readonly number[] | null> = new Array(n + 1).fill(null);
  least[n] = [];
  for (let i = n - 1; i >= 0; i--)
    for (const char of s.edges[i]!) {
      const rest = least[i + char.cps.length];
      if (!rest) continue;
      const candidate = [...replace(char, i), ...rest];
      if (least[i] === null || lessThan(candidate, least[i]!)) least[i] = candidate;
    }
  return String.fromCodePoint(...least[0]!);
}

const keyOf = (cps: readonly number[]): string => String.fromCodePoint(...cps);

/** The variant graph's connected components (contexts ignored), and whether the relation is an equivalence. */
interface Closure {
  /** Every char's mappings reach exactly its component (symmetric and transitive). */
  readonly equivalence: boolean;
  /** Char (as a string) → the smallest member of its component, in code point order. */
  readonly least: ReadonlyMap<string, readonly number[]>;
}

const closures = new WeakMap<Lgr, Closure>();

function closureOf(lgr: Lgr): Closure {
  const known = closures.get(lgr);
  if (known) return known;
  const parent = new Map<string, string>();
  const cpsOf = new Map<string, readonly number[]>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = k; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const add = (cps: readonly number[]): string => {
    const k = keyOf(cps);
    if (!parent.has(k)) parent.set(k, k), cpsOf.set(k, cps);
    return k;
  };
  for (const c of lgr.chars) {
    const a = add(c.cps);
    for (const v of c.variants) {
      const b = find(add(v.cps));
      const ra = find(a);
      if (ra !== b) parent.set(b, ra);
    }
  }
  const members = new Map<string, string[]>();
  for (const k of parent.keys()) {
    const root = find(k);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(k);
  }
  const least = new Map<string, readonly number[]>();
  let equivalence = true;
  const byKey = new Map(lgr.chars.map((c) => [keyOf(c.cps), c]));
  for (const list of members.values()) {
    let min = cpsOf.get(list[0]!)!;
    for (const k of list) if (lessThan(cpsOf.get(k)!, min)) min = cpsOf.get(k)!;
    for (const k of list) least.set(k, min);
    if (list.length === 1) continue;
    for (const k of list) {
      const c = byKey.get(k);
      const reach = new Set(c ? [k, ...c.variants.map((v) => keyOf(v.cps))] : [k]);
      if (reach.size !== list.length || list.some((m) => !reach.has(m))) equivalence = false;
    }
  }
  const closure = { equivalence, least };
  closures.set(lgr, closure);
  return closure;
}

/**
 * The key a label is indexed under for collisions: its §8.5 index label when the LGR's variant relation
 * is an equivalence (then equal keys mean variants), otherwise the "closure label" — each char replaced by
 * the smallest member of its connected component in the variant graph — so that every variant of a label
 * shares its key even through non-transitive mappings (the candidates are then confirmed by `variantOf`).
 */
export function collisionKey(lgr: Lgr, label: string): Result<string | null, LgrIssue['code']> {
  const closure = closureOf(lgr);
  if (closure.equivalence) return indexLabel(lgr, label);
  requireString(label, 'label');
  const { assessed, issues } = assess(lgr, label);
  if (!assessed) return { ok: false, value: null, issues };
  const value = leastOverDivisions(assessed.segmentation, (char) => closure.least.get(keyOf(char.cps)) ?? char.cps);
  return { ok: true, value, issues };
}
