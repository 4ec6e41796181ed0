import { issue, type Issue } from '@nomina/core';

/** The codes of ISSUES, for text and CSV output (JSON keeps the whole issues). */
export const issueCodes = (issues: readonly Issue[]): string[] => issues.map((i) => i.code);

/** The issue of an input line that could not be read (PROBLEM: LINE_TOO_LONG, INVALID_UTF8, NUL_BYTE). */
export const unreadable = (problem: string): Issue => issue(problem, 'the line could not be read');

/**
 * An issue of a library in @nomina/core's Issue shape (every field, in its order), whether or not the
 * library has adopted it yet: the records of every command carry the same issue columns.
 */
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
