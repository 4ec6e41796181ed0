/** Documented exit codes of `nomina` (see the package README). */
export const EXIT = {
  /** Every input passed. */
  OK: 0,
  /** The run completed but at least one input failed its check. */
  FAILED: 1,
  /** Usage error (unknown flag, missing argument) or an I/O error (unreadable file, a directory as input). */
  USAGE: 2,
  /** Internal error: a bug in nomina (the stack goes to stderr); please report it. */
  INTERNAL: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage or I/O error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Node's system-call errors (EISDIR, EIO, ENOENT…) come from the operating system: I/O errors, exit 2. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** The exit code of a run in which FAILED inputs failed: 0 or 1. */
export const exitCode = (failed: number): ExitCode => (failed > 0 ? EXIT.FAILED : EXIT.OK);
