// Everything about the scripts of a text in one call, with the problems found instead of exceptions.
import { errorIssue, formatCodePoint, type Issue } from '@nomina/core';
import type { ScriptCode } from '@nomina/ucd';
import { analysedLength, MAX_SURROGATE_ISSUES, MAX_TEXT_LENGTH } from './limits.js';
import { resolvedScriptSet, type ResolvedScriptSet } from './mixed-script/resolved-script-set.js';
import {
  restrictionLevel,
  type RestrictionLevel,
  type RestrictionLevelOptions,
} from './mixed-script/restriction-level.js';
import { visitScriptRuns, type ScriptRun } from './runs/script-runs.js';
import { dominantOf } from './runs/summary.js';

export type ScriptIssueCode =
  /** The text is longer than the limit; only its first `offset` units were analysed. */
  | 'TEXT_TOO_LONG'
  /** A surrogate code unit without its pair (ill-formed UTF-16, Unicode §3.9 D91); it counts as Zzzz. */
  | 'LONE_SURROGATE';

/** One problem found in a text: @nomina/core's `Issue` (`offset` is the UTF-16 offset in the text, `label` -1). */
export type ScriptIssue = Issue<ScriptIssueCode>;

export interface ScriptAnalysis {
  /** No issue of severity `error` found (both codes are errors). */
  readonly ok: boolean;
  readonly issues: readonly ScriptIssue[];
  /** UAX #24 script runs (see scriptRuns). */
  readonly runs: readonly ScriptRun[];
  /** Scripts of the runs, without Zyyy and Zinh, in order of appearance (see scriptsOf). */
  readonly scripts: readonly ScriptCode[];
  /** Script with the most letters (see dominantScript). */
  readonly dominant: ScriptCode;
  /** UTS #39 §5.1 resolved script set. */
  readonly resolved: ResolvedScriptSet;
  /** UTS #39 §5.1 single-script. */
  readonly singleScript: boolean;
  /** UTS #39 §5.2 restriction level. */
  readonly restrictionLevel: RestrictionLevel;
}

/** Runs, scripts, dominant script, resolved script set and restriction level of `text`, with issues. */
export function analyzeScripts(text: string, options: RestrictionLevelOptions = {}): ScriptAnalysis {
  const maxLength = Math.min(options.maxLength ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
  const length = analysedLength(text, maxLength);
  const issues: ScriptIssue[] = [];
  if (length < text.length) {
    issues.push(
      errorIssue(
        'TEXT_TOO_LONG',
        `text has ${text.length} UTF-16 units; only the first ${length} were analysed (limit ${maxLength})`,
        -1,
        length,
      ),
    );
  }
  let lone = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const paired = c <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (paired) i++;
    else if (++lone <= MAX_SURROGATE_ISSUES)
      issues.push(errorIssue('LONE_SURROGATE', `lone surrogate ${formatCodePoint(c)}`, -1, i, c));
  }
  if (lone > MAX_SURROGATE_ISSUES) {
    issues.push(errorIssue('LONE_SURROGATE', `${lone - MAX_SURROGATE_ISSUES} more lone surrogates`, -1, length));
  }
  // One pass over the runs: the runs, their scripts and the letters per script.
  const runs: ScriptRun[] = [];
  const scripts = new Set<ScriptCode>();
  const letters = new Map<ScriptCode, number>();
  visitScriptRuns(text, options, (script, start, end, runLetters) => {
    runs.push({ script, start, end });
    if (script !== 'Zyyy' && script !== 'Zinh') scripts.add(script);
    if (runLetters > 0) letters.set(script, (letters.get(script) ?? 0) + runLetters);
  });
  const resolved = resolvedScriptSet(text, options);
  return {
    ok: issues.length === 0,
    issues,
    runs,
    scripts: [...scripts],
    dominant: dominantOf(letters),
    resolved,
    singleScript: resolved.all || resolved.scripts.length > 0,
    restrictionLevel: restrictionLevel(text, options),
  };
}
