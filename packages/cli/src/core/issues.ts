import { issue, type Issue } from '@nomina/core';

/**
 * An issue of a library in @nomina/core's Issue shape (every field, in its order), whether or not the
 * library has adopted it yet: the records of every command carry the same issue columns.
 */
/** The codes of ISSUES, for text and CSV output (JSON keeps the whole issues). */
export const issueCodes = (issues: readonly Issue[]): string[] => issues.map((i) => i.code);

export function asIssue(e: {
  code: string;
  message: string;
  severity?: 'error' | 'warning';
  label?: number;
  offset?: number;
  codePoint?: number;
}): Issue {
  return issue(e.code, e.message, {
    severity: e.severity ?? 'error',
    label: e.label ?? -1,
    offset: e.offset ?? -1,
    codePoint: e.codePoint ?? -1,
  });
}
