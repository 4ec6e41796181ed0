// Throwing helpers for callers that want an exception rather than a result (one error class, with a code).
import { errorIssue, NominaError } from '@nomina/core';
import { resolvedScriptSet, type MixedScriptOptions } from './mixed-script/resolved-script-set.js';
import {
  RESTRICTION_LEVELS,
  restrictionLevel,
  type RestrictionLevel,
  type RestrictionLevelOptions,
} from './mixed-script/restriction-level.js';

export type ScriptErrorCode =
  /** UTS #39 §5.1: the resolved script set is empty. */
  | 'MIXED_SCRIPT'
  /** UTS #39 §5.2: the text is less restrictive than required. */
  | 'RESTRICTION_LEVEL';

/** The one error class thrown by the `assert…` helpers: a @nomina/core `NominaError` (`code`, `issues`). */
export class ScriptError extends NominaError<ScriptErrorCode> {
  override name = 'ScriptError';
  constructor(code: ScriptErrorCode, message: string) {
    super([errorIssue(code, message)]);
  }
}

/** Throws ScriptError `MIXED_SCRIPT` unless `text` is single-script (UTS #39 §5.1). */
export function assertSingleScript(text: string, options: MixedScriptOptions = {}): void {
  const set = resolvedScriptSet(text, options);
  if (!set.all && set.scripts.length === 0)
    throw new ScriptError('MIXED_SCRIPT', 'the text mixes scripts (UTS #39 §5.1: empty resolved script set)');
}

/** Throws ScriptError `RESTRICTION_LEVEL` when `text` is less restrictive than `required` (UTS #39 §5.2). */
export function assertRestrictionLevel(
  text: string,
  required: RestrictionLevel,
  options: RestrictionLevelOptions = {},
): void {
  if (!RESTRICTION_LEVELS.includes(required)) throw new RangeError(`unknown restriction level ${String(required)}`);
  const level = restrictionLevel(text, options);
  if (RESTRICTION_LEVELS.indexOf(level) > RESTRICTION_LEVELS.indexOf(required)) {
    throw new ScriptError('RESTRICTION_LEVEL', `the text is ${level}, required ${required} or stricter (UTS #39 §5.2)`);
  }
}
