// validateLabel: RFC 7940 §8 — processing a label against an LGR.
//
// | RFC 7940 | step | here |
// |---|---|---|
// | §8.1 | eligibility: every code point in a repertoire char whose context rule holds | segment() |
// | §8.1, §5.3.4 | the label's own disposition from its reflexive mappings' types | originalDisposition() |
// | §8.2 | variants: the cross product of each char's variant mappings whose context holds | enumerate() |
// | §8.2 | the count, estimated before any enumeration (product of 1 + non-reflexive mappings) | estimate |
// | §8.3 step 1 | a variant label not eligible (code points, context, or an action gives invalid) is invalid | variantDisposition() |
// | §8.3 step 2–3 | the actions, then the §7.6 default actions, decide the disposition | decide() |
// | §8.2 | invalid variants are dropped (kept with `includeInvalid`) | |
//
// Labels are taken as written (a U-label): no case folding or normalization, as RFC 7940 §8 says.
import { errorIssue, formatCodePoint, issue, loneSurrogateOffset, requireString, type Outcome } from '@nomina/core';
import type { LgrIssue } from '../issues.js';
import { DEFAULT_MAX_VARIANTS, MAX_LABEL_CODE_POINTS, MAX_LABEL_LENGTH, MAX_VARIANTS_LIMIT } from '../limits.js';
import type { Lgr, LgrChar } from '../model.js';
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

/** RFC 7940 §8.1 with §5.3.4: the disposition of an eligible label from its reflexive mappings. */
function originalDisposition(lgr: Lgr, label: PreparedLabel, s: Segmentation): ActionDecision {
  const types = new Set<string>();
  let onlyVariants = s.chars.length > 0;
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

/** RFC 7940 §8.3: the disposition of a variant label made with mappings of `types`. */
function variantDisposition(
  lgr: Lgr,
  cps: readonly number[],
  types: ReadonlySet<string>,
  onlyVariants: boolean,
): { disposition: string; reason: LgrReason } {
  const label = prepare(cps);
  // Step 1: the variant must itself be eligible (no reflexive mappings applied: it is a variant).
  const s = segment(lgr, label);
  if (s.problems.length > 0) return { disposition: 'invalid', reason: segmentReason(label, s) };
  const own = decide(lgr, label.text, NO_TYPES, false);
  if (own.disposition === 'invalid') return { disposition: 'invalid', reason: actionReason(own) };
  // Steps 2–3: the actions with the variant types used.
  const decision = decide(lgr, label.text, types, onlyVariants);
  return { disposition: decision.disposition, reason: actionReason(decision) };
}

/** RFC 7940 §8.2: an upper bound on the variant labels, label included: Π (1 + non-reflexive mappings). */
function estimateOf(chars: readonly LgrChar[]): number {
  let n = 1;
  for (const c of chars) {
    let k = 1;
    for (const v of c.variants) if (!v.reflexive) k++;
    n = Math.min(n * k, Number.MAX_SAFE_INTEGER);
  }
  return n;
}

interface Generated {
  cps: number[];
  types: Set<string>;
  onlyVariants: boolean;
}

/**
 * RFC 7940 §8.2: the variant labels, depth first: at each char, its mappings whose context holds in the
 * label being built (§5.2; prefix already permuted, rest original), or the char itself when it has no
 * reflexive mapping (§5.3.4). Stops after `max` labels.
 */
function enumerate(
  lgr: Lgr,
  label: PreparedLabel,
  s: Segmentation,
  max: number,
): { labels: Generated[]; truncated: boolean } {
  const labels: Generated[] = [];
  let truncated = false;
  const prefix: number[] = [];
  const types: string[] = [];
  const walk = (k: number, only: boolean): void => {
    if (truncated) return;
    if (k === s.chars.length) {
      if (labels.length >= max) {
        truncated = true;
        return;
      }
      labels.push({ cps: [...prefix], types: new Set(types.filter((t) => t !== '')), onlyVariants: only });
      return;
    }
    const char = s.chars[k]!;
    const at = s.starts[k]!;
    const rest = label.cps.slice(at + char.cps.length);
    if (!char.variants.some((v) => v.reflexive)) {
      prefix.push(...char.cps);
      walk(k + 1, false);
      prefix.length -= char.cps.length;
    }
    for (const v of char.variants) {
      if (truncated) return;
      if (v.when !== null || v.notWhen !== null) {
        const candidate = prepare([...prefix, ...v.cps, ...rest]);
        if (!contextAllows(lgr, v, candidate, prefix.length)) continue;
      }
      prefix.push(...v.cps);
      types.push(v.type ?? '');
      walk(k + 1, only);
      types.pop();
      prefix.length -= v.cps.length;
    }
  };
  walk(0, true);
  return { labels, truncated };
}

/**
 * RFC 7940 §8.2–§8.3 for one pair: is `variant` among the variant labels of `label`, and with which
 * disposition? The walk of enumerate(), pruned to the branches that spell `variant`: linear in the label
 * for well-formed LGRs, whatever the size of the whole variant set.
 */
function relate(lgr: Lgr, label: PreparedLabel, s: Segmentation, target: readonly number[]): Generated | null {
  const prefix: number[] = [];
  const types: string[] = [];
  const fits = (cps: readonly number[]): boolean => {
    if (prefix.length + cps.length > target.length) return false;
    for (let k = 0; k < cps.length; k++) if (target[prefix.length + k] !== cps[k]) return false;
    return true;
  };
  const walk = (k: number, only: boolean): Generated | null => {
    if (k === s.chars.length)
      return prefix.length === target.length
        ? { cps: [...prefix], types: new Set(types.filter((t) => t !== '')), onlyVariants: only }
        : null;
    const char = s.chars[k]!;
    const at = s.starts[k]!;
    if (!char.variants.some((v) => v.reflexive) && fits(char.cps)) {
      prefix.push(...char.cps);
      const found = walk(k + 1, false);
      prefix.length -= char.cps.length;
      if (found) return found;
    }
    for (const v of char.variants) {
      if (!fits(v.cps)) continue;
      if (v.when !== null || v.notWhen !== null) {
        const candidate = prepare([...prefix, ...v.cps, ...label.cps.slice(at + char.cps.length)]);
        if (!contextAllows(lgr, v, candidate, prefix.length)) continue;
      }
      prefix.push(...v.cps);
      types.push(v.type ?? '');
      const found = walk(k + 1, only);
      types.pop();
      prefix.length -= v.cps.length;
      if (found) return found;
    }
    return null;
  };
  return walk(0, true);
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
  const found = relate(lgr, prepared, s, target);
  if (!found) return none;
  const { disposition, reason } = variantDisposition(lgr, found.cps, found.types, found.onlyVariants);
  return { isVariant: true, disposition, reason, types: [...found.types].sort() };
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
  const estimate = estimateOf(s.chars);
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
    const generated = enumerate(lgr, prepared, s, maxVariants);
    truncated = generated.truncated;
    const seen = new Set<string>([label]);
    for (const g of generated.labels) {
      const text = String.fromCodePoint(...g.cps);
      // A null variant (§5.3.3) can delete every code point: an empty string is no label.
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      const { disposition, reason: why } = variantDisposition(lgr, g.cps, g.types, g.onlyVariants);
      if (disposition === 'invalid' && !options.includeInvalid) continue;
      variants.push({ label: text, disposition, reason: why, types: [...g.types].sort() });
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
