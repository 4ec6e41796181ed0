// The one result shape of Nomina. Every function that can find problems returns an object with `ok` and
// `issues`; an operation with one output also names it `value`. Richer results (an analysis, a
// detection, a disposition) extend `Outcome` with their own fields, never rename these three.
import { hasErrors, type Issue } from './issue.js';

/** What every checking function returns: whether the input passed, and every problem found. */
export interface Outcome<Code extends string = string> {
  /** No issue of severity `error` (warnings do not fail). */
  readonly ok: boolean;
  /** Every problem found, in input order, errors and warnings alike. */
  readonly issues: readonly Issue<Code>[];
}

/** The result of an operation with one output. `value` is `null` when none could be computed. */
export interface Result<Value, Code extends string = string> extends Outcome<Code> {
  readonly value: Value;
}

/** A `Result` from a value and the issues found computing it (`ok` follows the issues' severities). */
export function result<Value, Code extends string>(
  value: Value,
  issues: readonly Issue<Code>[] = [],
): Result<Value, Code> {
  return { ok: !hasErrors(issues), value, issues };
}
