// Summaries of the script runs (UAX #24) of a text, counted as the runs are found (no run objects kept:
// O(number of scripts) memory). The one implementation of "dominant script" in Nomina (issue #11):
// @nomina/langid takes it from here.
import type { ScriptCode } from '@nomina/ucd';
import { visitScriptRuns, type ScriptRunOptions } from './script-runs.js';

/** Letters per script of a text: what `dominantScript` decides on. */
export interface ScriptLetterCounts {
  /** Letters (code points whose Script is neither Zyyy nor Zinh) in all. */
  readonly letters: number;
  /** Letters per run script, in order of first appearance in the text (scripts without letters left out). */
  readonly counts: ReadonlyMap<ScriptCode, number>;
  /** The script with the most letters; ties go to the one whose first letter comes first; Zyyy without letters. */
  readonly dominant: ScriptCode;
}

/**
 * The scripts of `text`'s runs in order of first appearance, without Zyyy (Common) and Zinh
 * (Inherited): `scriptsOf('abc кот')` → `['Latn', 'Cyrl']`. Zzzz (unassigned, private use) is kept.
 */
export function scriptsOf(text: string, options: ScriptRunOptions = {}): ScriptCode[] {
  const seen = new Set<ScriptCode>();
  visitScriptRuns(text, options, (script) => {
    if (script !== 'Zyyy' && script !== 'Zinh') seen.add(script);
  });
  return [...seen];
}

/**
 * Letters per script over `text`'s runs (a letter counts for the script of its run, UAX #24), and the
 * dominant script: the most letters, ties to the script whose first letter comes first in the text.
 * `scriptLetterCounts('кк ab')` → `{ letters: 4, counts: Map { Cyrl → 2, Latn → 2 }, dominant: 'Cyrl' }`.
 */
export function scriptLetterCounts(text: string, options: ScriptRunOptions = {}): ScriptLetterCounts {
  const counts = new Map<ScriptCode, number>();
  let letters = 0;
  visitScriptRuns(text, options, (script, _start, _end, runLetters) => {
    if (runLetters === 0) return;
    letters += runLetters;
    counts.set(script, (counts.get(script) ?? 0) + runLetters);
  });
  return { letters, counts, dominant: dominantOf(counts) };
}

/**
 * The script with the most letters (code points whose Script is not Zyyy or Zinh) over `text`'s runs;
 * ties go to the script whose first letter comes first in the text (`dominantScript('кк ab')` is Cyrl).
 * Zyyy when the text has no letters (including the empty text).
 */
export function dominantScript(text: string, options: ScriptRunOptions = {}): ScriptCode {
  return scriptLetterCounts(text, options).dominant;
}

/** The dominant script of `counts` (in order of first appearance: a strict maximum keeps the earliest). */
export function dominantOf(counts: ReadonlyMap<ScriptCode, number>): ScriptCode {
  let best: ScriptCode = 'Zyyy';
  let most = 0;
  for (const [script, count] of counts) if (count > most) (most = count), (best = script);
  return best;
}
