// The one issue shape of Nomina. Every function that can find a problem in its input reports it as an
// `Issue` (never an exception): a stable `code` named after the rule it breaks, a message, a severity and
// where it happened.
//
// | field | meaning | when it does not apply |
// |---|---|---|
// | `code` | stable, named after the rule (`V6`, `CONTEXTO:MIDDLE_DOT`, `RFC5646_…`); each package exports its union | — |
// | `message` | English explanation for people; not stable, never parse it | — |
// | `severity` | `error` makes the result fail (`ok: false`); `warning` is advice | — |
// | `label` | 0-based index of the label, subtag, line or part the issue is in | -1 |
// | `offset` | UTF-16 offset, in that label when `label` ≥ 0, else in the whole input | -1 |
// | `codePoint` | the code point concerned | -1 |
//
// Every field is always present, in this order: one hidden class for engines, stable columns for CSV.

/** How bad an issue is: `error` makes the result fail, `warning` is advice. */
export type Severity = 'error' | 'warning';

/** One problem found in an input. `Code` is the package's union of stable codes. */
export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly severity: Severity;
  /** 0-based index of the label (subtag, line, part) the issue is in; -1 when not applicable. */
  readonly label: number;
  /** UTF-16 offset (in the label when `label` ≥ 0, else in the whole input); -1 when not applicable. */
  readonly offset: number;
  /** The code point concerned; -1 when not applicable. */
  readonly codePoint: number;
}

/** Where an issue happened, and how bad it is; every field defaults to "not applicable" (-1) or `error`. */
export interface IssueAt {
  severity?: Severity;
  label?: number;
  offset?: number;
  codePoint?: number;
}

/** Builds an `Issue` (the single place that fixes its shape and key order). */
export function issue<Code extends string>(code: Code, message: string, at: IssueAt = {}): Issue<Code> {
  return {
    code,
    message,
    severity: at.severity ?? 'error',
    label: at.label ?? -1,
    offset: at.offset ?? -1,
    codePoint: at.codePoint ?? -1,
  };
}

/** Builds an error `Issue` from positional arguments, for hot paths (no options object). */
export function errorIssue<Code extends string>(
  code: Code,
  message: string,
  label = -1,
  offset = -1,
  codePoint = -1,
): Issue<Code> {
  return { code, message, severity: 'error', label, offset, codePoint };
}

/** True when an issue of severity `error` is among `issues`. */
export function hasErrors(issues: readonly Issue[]): boolean {
  for (const i of issues) if (i.severity === 'error') return true;
  return false;
}

/** The first issue of severity `error`, if any. */
export function firstError<Code extends string>(issues: readonly Issue<Code>[]): Issue<Code> | undefined {
  for (const i of issues) if (i.severity === 'error') return i;
  return undefined;
}
