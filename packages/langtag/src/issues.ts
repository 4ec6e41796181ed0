// Results, not exceptions: every function of this package reports problems as issues.

/** How bad an issue is: `error` makes the tag fail the check, `warning` is advice (RFC 5646 §4.1). */
export type Severity = 'error' | 'warning';

/** One problem found in a tag, with the rule it breaks and where. */
export interface TagIssue {
  /** Stable code named after the rule (see the README table). */
  code: string;
  /** Human-readable explanation. */
  message: string;
  severity: Severity;
  /** UTF-16 offset of the offending subtag in the input. */
  offset: number;
  /** The offending subtag (or tag), as written in the input. */
  subtag?: string;
}

/** The one error class thrown by the `assert*` helpers; `code` is the first error's code. */
export class LangtagError extends Error {
  override name = 'LangtagError';
  constructor(
    readonly code: string,
    message: string,
    readonly issues: readonly TagIssue[],
  ) {
    super(message);
  }
}

/** Throws a LangtagError for the first error among ISSUES (warnings never throw). */
export function throwOnError(tag: string, issues: readonly TagIssue[]): void {
  const first = issues.find((i) => i.severity === 'error');
  if (first) throw new LangtagError(first.code, `${JSON.stringify(tag)}: ${first.message}`, issues);
}

/** Programmer error: an argument of the wrong type. */
export function requireString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string, got ${value === null ? 'null' : typeof value}`);
}
