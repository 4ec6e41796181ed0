// RFC 7940 §7 actions and §8.3 step 2–3: the first action (explicit ones in document order, then the
// default actions of §7.6) whose conditions all hold gives the disposition.
//
// | §7 trigger | holds when |
// |---|---|
// | `match="r"` (§7.1) | rule r matches the label |
// | `not-match="r"` (§7.1) | rule r does not match the label |
// | `any-variant="t…"` (§7.2) | a variant mapping used to make the label has one of the types |
// | `all-variants="t…"` (§7.2) | at least one mapping was used and every one has one of the types |
// | `only-variants="t…"` (§7.2) | as all-variants, and every code point of the label came from a mapping |
// | none | always (catch-all) |
import { DEFAULT_ACTIONS, type Lgr, type LgrAction } from '../model.js';
import { ruleMatches } from '../rules/match.js';

/** Which action decided, and on what (the `reason` of a disposition). */
export interface ActionDecision {
  readonly disposition: string;
  /** Index in the effective action list: explicit actions, then the §7.6 default actions. */
  readonly index: number;
  /** The action is one of the §7.6 default actions. */
  readonly isDefault: boolean;
  readonly trigger: 'match' | 'not-match' | 'any-variant' | 'all-variants' | 'only-variants' | 'catch-all';
  readonly rule: string | null;
  readonly types: readonly string[] | null;
  readonly comment: string | null;
}

function subset(types: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const t of types) if (!list.includes(t)) return false;
  return true;
}

function fires(lgr: Lgr, action: LgrAction, label: string, types: ReadonlySet<string>, onlyVariants: boolean): boolean {
  // RFC 7940 §8.3 step 2, bullets 1–2: match / not-match.
  if (action.match !== null) {
    const rule = lgr.rules.get(action.match);
    if (rule === undefined || !ruleMatches(rule, label)) return false;
  } else if (action.notMatch !== null) {
    const rule = lgr.rules.get(action.notMatch);
    if (rule !== undefined && ruleMatches(rule, label)) return false;
  }
  // Bullets 3–5: the variant type triggers.
  if (action.anyVariant !== null) return action.anyVariant.some((t) => types.has(t));
  if (action.allVariants !== null) return types.size > 0 && subset(types, action.allVariants);
  if (action.onlyVariants !== null) return onlyVariants && types.size > 0 && subset(types, action.onlyVariants);
  return true;
}

/**
 * RFC 7940 §8.3: the disposition of `label` made with variant mappings of `types` (`onlyVariants`: every
 * code point came from a mapping). The last default action is a catch-all, so there is always one.
 */
export function decide(lgr: Lgr, label: string, types: ReadonlySet<string>, onlyVariants: boolean): ActionDecision {
  const explicit = lgr.actions;
  const total = explicit.length + DEFAULT_ACTIONS.length;
  for (let k = 0; k < total; k++) {
    const action = k < explicit.length ? explicit[k]! : DEFAULT_ACTIONS[k - explicit.length]!;
    if (!fires(lgr, action, label, types, onlyVariants)) continue;
    const variantTrigger = action.anyVariant !== null ? 'any-variant' : action.allVariants !== null ? 'all-variants' : action.onlyVariants !== null ? 'only-variants' : null;
    const trigger = variantTrigger ?? (action.match !== null ? 'match' : action.notMatch !== null ? 'not-match' : 'catch-all');
    return {
      disposition: action.disp,
      index: k,
      isDefault: k >= explicit.length,
      trigger,
      rule: action.match ?? action.notMatch,
      types: action.anyVariant ?? action.allVariants ?? action.onlyVariants,
      comment: action.comment,
    };
  }
  /* v8 ignore next -- unreachable: the last default action is a catch-all */
  throw new Error('no action fired');
}
