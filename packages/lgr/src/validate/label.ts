// validateLabel: RFC 7940 §8 — processing a label against an LGR.
//
// | RFC 7940 | step | here |
// |---|---|---|
// | §8.1 | eligibility: the label divides into repertoire chars whose context rules hold (every division tried) | segment() |
// | §8.1, §5.3.4 | the label's own disposition from its reflexive mappings' types | originalDisposition() |
// | §8.2 | variants: the cross product of each char's variant mappings whose context holds, over every division | derive() |
// | §8.2 | the count, estimated before any enumeration (Σ over divisions of Π (1 + non-reflexive mappings)) | estimateOf() |
// | §8.3 step 1 | a variant label not eligible (code points, context, or an action gives invalid) is invalid | variantDisposition() |
// | §8.3 step 2–3 | the actions, then the §7.6 default actions, decide the disposition | decide() |
// | §8.2 | invalid variants are dropped (kept with `includeInvalid`) | |
//
// Labels are taken as written (a U-label): no case folding or normalization, as RFC 7940 §8 says.
//
// A label that divides into chars in several ways (a sequence and the code points it is made of: Latin
// "ss" and "s", Indic consonant + virama sequences) has the variants of every division. Where two
// derivations spell the same label with different variant types, RFC 7940 is silent; the label takes the
// disposition of the derivation whose action comes first (§7.3: actions are tried in order, so the first is
// the most specific), which does not depend on the order of the repertoire.
import { errorIssue, formatCodePoint, issue, loneSurrogateOffset, requireString, type Outcome } from '@nomina/core';
import type { LgrIssue } from '../issues.js';
import { DEFAULT_MAX_VARIANTS, MAX_LABEL_CODE_POINTS, MAX_LABEL_LENGTH, MAX_VARIANTS_LIMIT } from '../limits.js';
import type { Lgr } from '../model.js';
import { decide, type ActionDecision } from './actions.js';
import { contextAllows, prepare, segment, type PreparedLabel, type Segmentation } from './repertoire.js';

/** Why a label got its disposition. */
export type LgrReason =
  | { readonly kind: 'input'; readonly message: string }
  | { readonly kind: 'repertoire'; readonly offset: number; readonly codePoint: number; readonly message: string }
  | {
      readonly kind: 'context';
      readonly offset: number;
      readonly codePoint: number;
      readonly rules: readonly string[];
      readonly message: string;
    }
  | ({ readonly kind: 'action'; readonly message: string } & ActionDecision);

/** One variant label (RFC 7940 §8.2) with its disposition (§8.3). */
export interface LgrVariantLabel {
  readonly label: string;
  readonly disposition: string;
  readonly reason: LgrReason;
  /** Variant types of the mappings used to make it (sorted). */
  readonly types: readonly string[];
}

export interface ValidateLabelOptions {
  /** Generate the variant labels (default true); false gives only the disposition and the estimate. */
  variants?: boolean;
  /** Most variant labels generated (default `DEFAULT_MAX_VARIANTS`, at most `MAX_VARIANTS_LIMIT`). */
  maxVariants?: number;
  /** Keep variants whose disposition is `invalid` (default false: RFC 7940 §8.2 drops them). */
  includeInvalid?: boolean;
}

/** What `validateLabel` returns. `ok` is false when the label is not eligible (disposition `invalid`). */
export interface LabelValidation extends Outcome<LgrIssue['code']> {
  readonly label: string;
  /** RFC 7940 disposition: `valid`, `invalid`, `blocked`, `allocatable`, or any the LGR names. */
  readonly disposition: string;
  readonly reason: LgrReason;
  /** Variant labels (the label itself excluded), in generation order. */
  readonly variants: readonly LgrVariantLabel[];
  /** `variants.length`. */
  readonly variantCount: number;
  /** Upper bound on the variant labels (the label included), computed before enumeration. */
  readonly estimate: number;
  /** Enumeration stopped at `maxVariants`. */
  readonly truncated: boolean;
}

const NO_TYPES: ReadonlySet<string> = new Set();

function actionReason(decision: ActionDecision): LgrReason {
  const what =
    decision.trigger === 'catch-all'
      ? 'the catch-all action'
      : decision.trigger === 'match' || decision.trigger === 'not-match'
        ? `action ${decision.index} (${decision.trigger} "${decision.rule}")`
        : `action ${decision.index} (${decision.trigger} "${decision.types!.join(' ')}"${decision.rule !== null ? `, rule "${decision.rule}"` : ''})`;
  return {
    kind: 'action',
    message: `${decision.isDefault ? 'default ' : ''}${what} gave "${decision.disposition}"`,
    ...decision,
  };
}

function segmentReason(label: PreparedLabel, s: Segmentation): LgrReason {
  const p = s.problems[0]!;
  const offset = label.offsets[p.at]!;
  if (p.rules.length === 0)
    return {
      kind: 'repertoire',
      offset,
      codePoint: p.codePoint,
      message: `${formatCodePoint(p.codePoint)} is not in the repertoire (RFC 7940 §8.1)`,
    };
  return {
    kind: 'context',
    offset,
    codePoint: p.codePoint,
    rules: p.rules,
    message: `${formatCodePoint(p.codePoint)} fails its context rule ${p.rules.map((r) => `"${r}"`).join(', ')} (RFC 7940 §5.2)`,
  };
}

/** The variant types and `only-variants` flag of one derivation of a label (§8.2 step 3, §7.2). */
interface Derivation {
  readonly types: ReadonlySet<string>;
  readonly onlyVariants: boolean;
}

const typesKey = (types: Iterable<string>): string =>
  [...new Set(types)]
    .filter((t) => t !== '')
    .sort()
    .join(' ');

/**
 * RFC 7940 §8.1 with §5.3.4: the disposition of an eligible label from its reflexive mappings, over every
 * division of the label (forward over the parse graph, one state per distinct set of types).
 */
function originalDisposition(lgr: Lgr, label: PreparedLabel, s: Segmentation): ActionDecision {
  if (!s.ambiguous) {
    // One division (the usual case): its chars in turn.
    const types = new Set<string>();
    let onlyVariants = true;
    for (let k = 0; k < s.chars.length; k++) {
      let reflexive = false;
      for (const v of s.chars[k]!.variants) {
        if (!v.reflexive || !contextAllows(lgr, v, label, s.starts[k]!)) continue;
        reflexive = true;
        if (v.type !== null) types.add(v.type);
      }
      onlyVariants &&= reflexive;
    }
    return decide(lgr, label.text, types, onlyVariants && types.size > 0);
  }
  const n = label.cps.length;
  const states: Array<Map<string, Derivation>> = Array.from({ length: n + 1 }, () => new Map());
  states[0]!.set('|1', { types: NO_TYPES, onlyVariants: true });
  for (let i = 0; i < n; i++) {
    if (states[i]!.size === 0) continue;
    for (const char of s.edges[i]!) {
      const own: string[] = [];
      let reflexive = false;
      for (const v of char.variants) {
        if (!v.reflexive || !contextAllows(lgr, v, label, i)) continue;
        reflexive = true;
        if (v.type !== null) own.push(v.type);
      }
      const next = states[i + char.cps.length]!;
      for (const state of states[i]!.values()) {
        const types = own.length === 0 ? state.types : new Set([...state.types, ...own]);
        const onlyVariants = state.onlyVariants && reflexive;
        const key = `${typesKey(types)}|${onlyVariants ? 1 : 0}`;
        if (!next.has(key)) next.set(key, { types, onlyVariants });
      }
    }
  }
  let best: ActionDecision | null = null;
  for (const d of states[n]!.values()) {
    const decision = decide(lgr, label.text, d.types, d.onlyVariants && d.types.size > 0);
    if (best === null || decision.index < best.index) best = decision;
  }
  return best!;
}

/**
 * RFC 7940 §8.3: the disposition of a variant label made by the derivations `ways` (their types and
 * only-variants flags); the first deciding action among them wins (see the top of this module).
 */
function variantDisposition(
  lgr: Lgr,
  cps: readonly number[],
  ways: readonly Derivation[],
): { disposition: string; reason: LgrReason; types: readonly string[] } {
  const label = prepare(cps);
  // Step 1: the variant must itself be eligible (no reflexive mappings applied: it is a variant).
  const s = segment(lgr, label);
  if (s.problems.length > 0) return { disposition: 'invalid', reason: segmentReason(label, s), types: [] };
  const own = decide(lgr, label.text, NO_TYPES, false);
  if (own.disposition === 'invalid') return { disposition: 'invalid', reason: actionReason(own), types: [] };
  // Steps 2–3: the actions with the variant types used.
  let best: ActionDecision | null = null;
  let bestWay: Derivation = ways[0]!;
  for (const way of ways) {
    const decision = decide(lgr, label.text, way.types, way.onlyVariants);
    if (best === null || decision.index < best.index) (best = decision), (bestWay = way);
  }
  return { disposition: best!.disposition, reason: actionReason(best!), types: [...bestWay.types].sort() };
}

/**
 * RFC 7940 §8.2: an upper bound on the variant labels, label included: the number of derivations, Σ over
 * the divisions of the label of Π (1 + non-reflexive mappings) over its chars, computed backwards over the
 * parse graph (linear).
 */
function estimateOf(s: Segmentation): number {
  const n = s.edges.length;
  const count = new Float64Array(n + 1);
  count[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    let total = 0;
    for (const c of s.edges[i]!) {
      let k = 1;
      for (const v of c.variants) if (!v.reflexive) k++;
      total += k * count[i + c.cps.length]!;
    }
    count[i] = Math.min(total, Number.MAX_SAFE_INTEGER);
  }
  return count[0]!;
}

/** Variant labels found by derive(), each with the distinct derivations that spell it. */
interface Derived {
  readonly labels: Map<string, { cps: number[]; ways: Derivation[] }>;
  readonly truncated: boolean;
}

/**
 * RFC 7940 §8.2: the variant labels, depth first over the parse graph: at each char, its mappings whose
 * context holds in the label being built (§5.2; prefix already permuted, rest original), or the char itself
 * when it has no reflexive mapping (§5.3.4). `target`: only the branches that spell it (variantOf), so the
 * walk is linear in the label whatever the size of the variant set. Stops after `max` distinct labels (the label itself counted, not listed). When
 * the label has several divisions, a (position, output, types) state reached twice is not walked again, so
 * the walk never repeats work however many divisions there are.
 */
function derive(
  lgr: Lgr,
  label: PreparedLabel,
  s: Segmentation,
  max: number,
  target: readonly number[] | null,
): Derived {
  const labels = new Map<string, { cps: number[]; ways: Derivation[] }>();
  const visited = s.ambiguous ? new Set<string>() : null;
  let truncated = false;
  let itself = false;
  const n = label.cps.length;
  const prefix: number[] = [];
  const types: string[] = [];
  const fits = (cps: readonly number[]): boolean => {
    if (target === null) return true;
    if (prefix.length + cps.length > target.length) return false;
    for (let k = 0; k < cps.length; k++) if (target[prefix.length + k] !== cps[k]) return false;
    return true;
  };
  const walk = (i: number, only: boolean): void => {
    if (truncated) return;
    if (visited !== null) {
      const key = `${i}|${target === null ? String.fromCodePoint(...prefix) : prefix.length}|${typesKey(types)}|${only ? 1 : 0}`;
      if (visited.has(key)) return;
      visited.add(key);
    }
    if (i === n) {
      if (target !== null && prefix.length !== target.length) return;
      const text = String.fromCodePoint(...prefix);
      // A null variant (§5.3.3) can delete every code point: an empty string is no label.
      if (text === '') return;
      // The label itself counts towards `max` (the reference implementation's count) but is not listed.
      const counted = labels.size + (itself ? 1 : 0);
      if (target === null && text === label.text) {
        if (!itself && counted >= max) truncated = true;
        itself = true;
        return;
      }
      let entry = labels.get(text);
      if (!entry) {
        if (counted >= max) {
          truncated = true;
          return;
        }
        labels.set(text, (entry = { cps: [...prefix], ways: [] }));
      }
      const way = { types: new Set(types.filter((t) => t !== '')), onlyVariants: only };
      const key = `${typesKey(way.types)}|${only ? 1 : 0}`;
      if (!entry.ways.some((w) => `${typesKey(w.types)}|${w.onlyVariants ? 1 : 0}` === key)) entry.ways.push(way);
      return;
    }
    for (const char of s.edges[i]!) {
      const j = i + char.cps.length;
      if (!char.variants.some((v) => v.reflexive) && fits(char.cps)) {
        prefix.push(...char.cps);
        walk(j, false);
        prefix.length -= char.cps.length;
      }
      for (const v of char.variants) {
        if (truncated) return;
        if (!fits(v.cps)) continue;
        if (v.when !== null || v.notWhen !== null) {
          const candidate = prepare([...prefix, ...v.cps, ...label.cps.slice(j)]);
          if (!contextAllows(lgr, v, candidate, prefix.length)) continue;
        }
        prefix.push(...v.cps);
        types.push(v.type ?? '');
        walk(j, only);
        types.pop();
        prefix.length -= v.cps.length;
      }
    }
  };
  walk(0, true);
  return { labels, truncated };
}

/** How `variant` relates to `label` under an LGR (see `variantOf`). */
export interface VariantRelation {
  /** `variant` is one of the variant labels of `label` (RFC 7940 §8.2). */
  readonly isVariant: boolean;
  /** Its disposition as a variant of `label` (§8.3), `null` when it is not one. */
  readonly disposition: string | null;
  readonly reason: LgrReason | null;
  readonly types: readonly string[];
}

/**
 * Whether `variant` is a variant label of `label` (RFC 7940 §8.2) and its disposition as such (§8.3),
 * found without enumerating the variant set. `label` must be eligible; otherwise nothing is its variant.
 */
export function variantOf(lgr: Lgr, label: string, variant: string): VariantRelation {
  requireString(label, 'label');
  requireString(variant, 'variant');
  const none: VariantRelation = { isVariant: false, disposition: null, reason: null, types: [] };
  if (variant.length === 0 || variant.length > MAX_LABEL_LENGTH || loneSurrogateOffset(variant) >= 0) return none;
  const { assessed } = assess(lgr, label);
  if (!assessed) return none;
  const { prepared, segmentation: s, decision } = assessed;
  const target = decodeLabel(variant);
  if (label === variant)
    return { isVariant: true, disposition: decision.disposition, reason: actionReason(decision), types: [] };
  const found = derive(lgr, prepared, s, 1, target).labels.get(variant);
  if (!found) return none;
  const { disposition, reason, types } = variantDisposition(lgr, found.cps, found.ways);
  return { isVariant: true, disposition, reason, types };
}

function decodeLabel(label: string): number[] {
  const cps: number[] = [];
  for (const ch of label) cps.push(ch.codePointAt(0)!);
  return cps;
}

/** An eligible label, ready for variants and index labels (RFC 7940 §8.1 passed, §8.3 not invalid). */
export interface Assessed {
  readonly prepared: PreparedLabel;
  readonly segmentation: Segmentation;
  readonly decision: ActionDecision;
}

/**
 * RFC 7940 §8.1 and §8.3 for one label: the input checks (limits, surrogates), eligibility and the label's
 * own disposition. The one place validateLabel, variantOf and indexLabel get them from.
 */
export function assess(
  lgr: Lgr,
  label: string,
): { assessed: Assessed | null; issues: LgrIssue[]; reason: LgrReason; estimate: number } {
  const issues: LgrIssue[] = [];
  const refuse = (code: LgrIssue['code'], message: string, offset = -1, codePoint = -1) => {
    issues.push(errorIssue(code, message, -1, offset, codePoint));
    return { assessed: null, issues, reason: { kind: 'input', message } as LgrReason, estimate: 0 };
  };
  if (label.length === 0) return refuse('LABEL_EMPTY', 'the label is empty');
  if (label.length > MAX_LABEL_LENGTH)
    return refuse(
      'LIMIT_LABEL_LENGTH',
      `the label has ${label.length} UTF-16 units, more than MAX_LABEL_LENGTH (${MAX_LABEL_LENGTH})`,
    );
  const surrogate = loneSurrogateOffset(label);
  if (surrogate >= 0) return refuse('LABEL_SURROGATE', `lone surrogate at offset ${surrogate}`, surrogate);
  const cps = decodeLabel(label);
  if (cps.length > MAX_LABEL_CODE_POINTS)
    return refuse(
      'LIMIT_LABEL_LENGTH',
      `the label has ${cps.length} code points, more than MAX_LABEL_CODE_POINTS (${MAX_LABEL_CODE_POINTS})`,
    );
  const prepared = prepare(cps);
  // §8.1: eligibility.
  const s = segment(lgr, prepared);
  if (s.problems.length > 0) {
    for (const p of s.problems) {
      const offset = prepared.offsets[p.at]!;
      if (p.rules.length === 0)
        issues.push(
          errorIssue(
            'RFC7940_8.1_REPERTOIRE',
            `${formatCodePoint(p.codePoint)} at offset ${offset} is not in the repertoire (RFC 7940 §8.1)`,
            -1,
            offset,
            p.codePoint,
          ),
        );
      else
        issues.push(
          errorIssue(
            'RFC7940_8.1_CONTEXT',
            `${formatCodePoint(p.codePoint)} at offset ${offset} fails its context rule ${p.rules.map((r) => `"${r}"`).join(', ')} (RFC 7940 §5.2)`,
            -1,
            offset,
            p.codePoint,
          ),
        );
    }
    return { assessed: null, issues, reason: segmentReason(prepared, s), estimate: 0 };
  }
  const decision = originalDisposition(lgr, prepared, s);
  const reason = actionReason(decision);
  const estimate = estimateOf(s);
  if (decision.disposition === 'invalid') {
    issues.push(errorIssue('RFC7940_8.3_INVALID', `${reason.message} (RFC 7940 §8.3)`));
    return { assessed: null, issues, reason, estimate };
  }
  return { assessed: { prepared, segmentation: s, decision }, issues, reason, estimate };
}

/**
 * RFC 7940 §8: the disposition of `label` under `lgr`, why, and its variant labels with their
 * dispositions. Never throws on any string.
 */
export function validateLabel(lgr: Lgr, label: string, options: ValidateLabelOptions = {}): LabelValidation {
  requireString(label, 'label');
  const maxVariants = options.maxVariants ?? DEFAULT_MAX_VARIANTS;
  if (!Number.isInteger(maxVariants) || maxVariants < 0)
    throw new RangeError('validateLabel: maxVariants must be a non-negative integer');
  if (maxVariants > MAX_VARIANTS_LIMIT) {
    const message = `maxVariants ${maxVariants} is above MAX_VARIANTS_LIMIT (${MAX_VARIANTS_LIMIT})`;
    return {
      ok: false,
      issues: [errorIssue('LIMIT_MAX_VARIANTS', message)],
      label,
      disposition: 'invalid',
      reason: { kind: 'input', message },
      variants: [],
      variantCount: 0,
      estimate: 0,
      truncated: false,
    };
  }
  const { assessed, issues, reason, estimate } = assess(lgr, label);
  if (!assessed)
    return {
      ok: false,
      issues,
      label,
      disposition: 'invalid',
      reason,
      variants: [],
      variantCount: 0,
      estimate,
      truncated: false,
    };
  const { prepared, segmentation: s, decision } = assessed;

  const variants: LgrVariantLabel[] = [];
  let truncated = false;
  if (options.variants !== false && estimate > 1) {
    const generated = derive(lgr, prepared, s, maxVariants, null);
    truncated = generated.truncated;
    for (const [text, { cps, ways }] of generated.labels) {
      const { disposition, reason: why, types } = variantDisposition(lgr, cps, ways);
      if (disposition === 'invalid' && !options.includeInvalid) continue;
      variants.push({ label: text, disposition, reason: why, types });
    }
    if (truncated)
      issues.push(
        issue(
          'RFC7940_8.2_TRUNCATED',
          `more than ${maxVariants} variant labels (estimate ${estimate}); the list stops at maxVariants`,
          { severity: 'warning' },
        ),
      );
  }
  return {
    ok: true,
    issues,
    label,
    disposition: decision.disposition,
    reason,
    variants,
    variantCount: variants.length,
    estimate,
    truncated,
  };
}
