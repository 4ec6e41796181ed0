// Limits of the `nomina` command, in one place. Each bounds the memory of a run whatever its input; each is
// checked before the work it bounds and tested at N and N+1 (test/limits.test.ts). See README "Limits".

/**
 * The longest input line read, in bytes (terminator excluded). A longer line is reported as
 * `LINE_TOO_LONG` and skipped without being buffered.
 */
export const MAX_LINE_BYTES = 64 * 1024;

/**
 * The longest record made of several lines, in UTF-16 code units with one per line break: a CSV record
 * whose quoted field spans lines, or a zone-file entry continued in parentheses (RFC 1035 §5.1). Past it the record is reported
 * (`CSV_RECORD_TOO_LONG`, `ZONE_ENTRY_TOO_LONG`) and reading starts again at the next line.
 */
export const MAX_RECORD_LENGTH = 64 * 1024;

/**
 * `nomina detect` without --lines reads standard input as one text and keeps at most this many UTF-16
 * code units: `MAX_SPANS_LENGTH` of @nomina/langid (what `detectSpans` reads; a test keeps them equal, and
 * importing langid here would load its model for every command), far above the 2,048 units `detect`
 * samples. The rest is read and counted, not kept, and an `INPUT_TRUNCATED` issue says so.
 */
export const MAX_TEXT_UNITS = 100_000;

/**
 * `nomina check --zone` checks each distinct owner name once, remembering at most this many names
 * (about 100 MB for long names). Past it, a repeated owner name is checked again (its records are
 * then repeated, never lost), and the summary says so.
 */
export const MAX_ZONE_OWNERS = 1_000_000;
