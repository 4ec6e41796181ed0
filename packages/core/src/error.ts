// Exceptions are for programmer errors only. Two kinds:
// - a wrong argument (not a string, an unknown option): `TypeError` or `RangeError`, the built-in classes,
//   through `requireString` and `requireOption` below;
// - the `assert*` helpers of every package, which turn a failed result into one exception: `NominaError`
//   (or a subclass), carrying the code of the first error and every issue.
import { firstError, type Issue } from './issue.js';
import type { Outcome } from './result.js';

/** The one error class the `assert*` helpers throw; `code` is the first error's code, `issues` all of them. */
export class NominaError<Code extends string = string> extends Error {
  override name = 'NominaError';
  readonly code: Code;
  readonly issues: readonly Issue<Code>[];
  constructor(issues: readonly Issue<Code>[], subject?: string) {
    const first = firstError(issues) ?? issues[0];
    if (!first) throw new TypeError('NominaError needs at least one issue');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${subject === undefined ? '' : `${JSON.stringify(subject)}: `}${first.code}: ${first.message}${more}`);
    this.code = first.code;
    this.issues = issues;
  }
}

/** Returns `outcome` when it is ok; throws a `NominaError` with its issues otherwise. */
export function assertOk<O extends Outcome>(outcome: O, subject?: string): O {
  if (!outcome.ok) throw new NominaError(outcome.issues, subject);
  return outcome;
}

/** Programmer error check: `value` must be a string (else `TypeError`, naming the argument). */
export function requireString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string, got ${describe(value)}`);
}

/** Programmer error check: `value` must be one of `allowed` (else `RangeError`, listing them). */
export function requireOption<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): asserts value is T {
  if (!allowed.includes(value as T)) {
    throw new RangeError(
      `${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}
