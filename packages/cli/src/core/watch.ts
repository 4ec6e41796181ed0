// Watch-list mode (`--zone NAMES [NEW]`) of `nomina confusables` and `nomina lgr collide`: index a list of
// protected names once, then stream the new names and report those that hit it.
import { exitCode, UsageError } from './exit.js';
import type { RecordWriterOptions } from './format.js';
import { indexLines, inputLines } from './input.js';
import { recordWriter, type Output } from './output.js';

/** A new name looked up in the index: the key it was looked up by and what it hits, or why it cannot be. */
export type WatchAnswer<H> = { key: string; hits: readonly H[] } | { issues: string[] };

/** What the run counts: the index's size and refused lines, the new names, those that hit, those that failed. */
export interface WatchCounts {
  zone: number;
  refused: number;
  names: number;
  hits: number;
  failed: number;
}

/** What a command brings to watch-list mode: its index, its records and summary, and how they are written. */
export interface WatchListSpec<H, R, S> extends Omit<RecordWriterOptions<R, S>, 'formulaGuard'> {
  /** Progress word for the new names. */
  unit: string;
  /** Indexes a line of the list (trimmed); false when the index refuses it. */
  add(name: string): boolean;
  /** The number of entries indexed. */
  size(): number;
  /** Looks a new name (trimmed) up. */
  find(name: string): WatchAnswer<H>;
  /** The record of a new name that hits the index (ISSUES empty) or fails (no KEY, no HITS). */
  record(line: number, name: string, key: string, hits: readonly H[], issues: string[]): R;
  /** The command's summary of the counts. */
  summary(counts: WatchCounts): S;
}

/**
 * Indexes the lines of LIST, then writes a record for every name of NEW (the one positional, or standard
 * input) that hits the index or cannot be looked up. Exit 1 when any did.
 */
export async function watchList<H, R, S>(
  list: string,
  positionals: readonly string[],
  out: Output,
  watch: WatchListSpec<H, R, S>,
): Promise<number> {
  if (positionals.length > 1) throw new UsageError('--zone takes at most one NEW file (or "-")');
  const refused = await indexLines(list, out.io, { unit: 'names', quiet: out.quiet }, (text) => watch.add(text.trim()));
  const counts: WatchCounts = { zone: watch.size(), refused, names: 0, hits: 0, failed: 0 };
  const writer = recordWriter<R, S>(out, watch);
  for await (const line of inputLines(positionals[0] ?? '-', out.io, { unit: watch.unit, quiet: out.quiet })) {
    counts.names++;
    const name = line.text.trim();
    const answer = line.problem ? { issues: [line.problem] } : watch.find(name);
    if ('issues' in answer) {
      counts.failed++;
      await writer.write(watch.record(line.lineNumber, name, '', [], answer.issues));
    } else if (answer.hits.length > 0) {
      counts.hits++;
      await writer.write(watch.record(line.lineNumber, name, answer.key, answer.hits, []));
    }
  }
  await writer.end(watch.summary(counts));
  return exitCode(counts.hits + counts.failed);
}
