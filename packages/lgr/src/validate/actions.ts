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
import { DEFAULT_ACTIONS, type Lgr, type LgrAction, type LgrRule } from '../model.js';
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

interface Compiled {
  readonly action: LgrAction;
  /** The rule of match / not-match (null: none; undefined: names an undefined rule, which never matches). */
  readonly rule: LgrRule | null | undefined;
  readonly negate: boolean;
  /** 0 none, 1 any-variant, 2 all-variants, 3 only-variants. */
  readonly trigger: 0 | 1 | 2 | 3;
  readonly types: ReadonlySet<string>;
}

const compiledActions = new WeakMap<Lgr, readonly Compiled[]>();

/** The explicit then default actions of an LGR with their rules looked up once. */
function actionsOf(lgr: Lgr): readonly Compiled[] {
  let list = compiledActions.get(lgr);
  if (!list) {
    list = [...lgr.actions, ...DEFAULT_ACTIONS].map((action) => {
      const name = action.match ?? action.notMatch;
      const trigger =
        action.anyVariant !== null ? 1 : action.allVariants !== null ? 2 : action.onlyVariants !== null ? 3 : 0;
      return {
        action,
        rule: name === null ? null : lgr.rules.get(name),
        negate: action.notMatch !== null,
        trigger,
        types: new Set(action.anyVariant ?? action.allVariants ?? action.onlyVariants ?? []),
      };
    });
    compiledActions.set(lgr, list);
  }
  return list;
}

function subset(types: ReadonlySet<string>, list: ReadonlySet<string>): boolean {
  for (const t of types) if (!list.has(t)) return false;
  return true;
}

function fires(c: Compiled, label: string, types: ReadonlySet<string>, onlyVariants: boolean): boolean {
  // RFC 7940 §8.3 step 2, bullets 1–2: match / not-match (an undefined rule matches nothing).
  if (c.rule !== null && (c.rule !== undefined && ruleMatches(c.rule, label)) === c.negate) return false;
  // Bullets 3–5: the variant type triggers.
  switch (c.trigger) {
    case 1:
      for (const t of types) if (c.types.has(t)) return true;
      return false;
    case 2:
      return types.size > 0 && subset(types, c.types);
    case 3:
      return onlyVariants && types.size > 0 && subset(types, c.types);
    default:
      return true;
  }
}

/**
 * RFC 7940 §8.3: the disposition of `label` made with variant mappings of `types` (`onlyVariants`: every
 * code point came from a mapping). The last default action is a catch-all, so there is always one.
 */
export function decide(lgr: Lgr, label: string, types: ReadonlySet<string>, onlyVariants: boolean): ActionDecision {
  const list = actionsOf(lgr);
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    if (!fires(c, label, types, onlyVariants)) continue;
    const action = c.action;
    const trigger =
      c.trigger === 1
        ? 'any-variant'
        : c.trigger === 2
          ? 'all-variants'
          : c.trigger === 3
            ? 'only-variants'
            : action.match !== null
              ? 'match'
              : action.notMatch !== null
                ? 'not-match'
                : 'catch-all';
    return {
      disposition: action.disp,
      index: k,
      isDefault: k >= lgr.actions.length,
      trigger,
      rule: action.match ?? action.notMatch,
      types: action.anyVariant ?? action.allVariants ?? action.onlyVariants,
      comment: action.comment,
    };
  }
  /* v8 ignore next -- unreachable: the last default action is a catch-all */
  throw new Error('no action fired');
}
