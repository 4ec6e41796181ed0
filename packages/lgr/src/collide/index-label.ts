// RFC 7940 §8.5 index labels: when the variant relation of an LGR is symmetric and transitive (an
// equivalence), every label of a variant set maps to one "index label", so two labels are variants of each
// other exactly when their index labels are equal — a collision check is one look-up, not an enumeration.
//
// The index label replaces each char of the label's segmentation (§8.1) by the smallest, in code point
// order, of the char and its variant mappings whose context rule holds at that place (the procedure the
// RZ-LGR documents give for it). For an LGR whose relation is not an equivalence (`checkLgr` reports it),
// equal index labels still mean "variants", but some variant pairs can have different index labels.
import { requireString, type Result } from '@nomina/core';
import type { LgrIssue } from '../issues.js';
import type { Lgr } from '../model.js';
import { contextAllows, prepare } from '../validate/repertoire.js';
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
  const s = assessed.segmentation;
  const cps = assessed.prepared.cps;
  let out = '';
  for (let k = 0; k < s.chars.length; k++) {
    const char = s.chars[k]!;
    const at = s.starts[k]!;
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
    out += String.fromCodePoint(...best);
  }
  return { ok: true, value: out, issues };
}
