/** Documented exit codes of `nomina` (see the package README). */
export const EXIT = {
  /** Every input passed. */
  OK: 0,
  /** The run completed but at least one input failed its check. */
  FAILED: 1,
  /** Usage error (unknown flag, missing argument) or an I/O error (unreadable file). */
  USAGE: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage or I/O error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
