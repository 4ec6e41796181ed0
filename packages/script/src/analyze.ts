// Everything about the scripts of a text in one call, with the problems found instead of exceptions.
import type { ScriptCode } from '@nomina/ucd';
import { analysedLength, MAX_TEXT_LENGTH } from './limits.js';
import { resolvedScriptSet, type ResolvedScriptSet } from './mixed-script/resolved-script-set.js';
import { restrictionLevel, type RestrictionLevel, type RestrictionLevelOptions } from './mixed-script/restriction-level.js';
import { countedScriptRuns, type ScriptRun } from './runs/script-runs.js';
import { dominantOfRuns, scriptsOfRuns } from './runs/summary.js';

export type ScriptIssueCode =
  /** The text is longer than the limit; only its first `offset` units were analysed. */
  | 'TEXT_TOO_LONG'
  /** A surrogate code unit without its pair (ill-formed UTF-16, Unicode §3.9 D91); it counts as Zzzz. */
  | 'LONE_SURROGATE';

export interface ScriptIssue {
  readonly code: ScriptIssueCode;
  readonly message: string;
  /** UTF-16 offset in the text. */
  readonly offset: number;
}

export interface ScriptAnalysis {
  /** No issue found. */
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

/** Lone surrogates reported at most this many times per text (the count of the rest is in the last message). */
const MAX_SURROGATE_ISSUES = 100;

/** Runs, scripts, dominant script, resolved script set and restriction level of `text`, with issues. */
export function analyzeScripts(text: string, options: RestrictionLevelOptions = {}): ScriptAnalysis {
  const maxLength = Math.min(options.maxLength ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
  const length = analysedLength(text, maxLength);
  const issues: ScriptIssue[] = [];
  if (length < text.length) {
    issues.push({ code: 'TEXT_TOO_LONG', message: `text has ${text.length} UTF-16 units; only the first ${length} were analysed (limit ${maxLength})`, offset: length });
  }
  let lone = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const paired = c <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (paired) i++;
    else if (++lone <= MAX_SURROGATE_ISSUES) issues.push({ code: 'LONE_SURROGATE', message: `lone surrogate U+${c.toString(16).toUpperCase()}`, offset: i });
  }
  if (lone > MAX_SURROGATE_ISSUES) {
    issues.push({ code: 'LONE_SURROGATE', message: `${lone - MAX_SURROGATE_ISSUES} more lone surrogates`, offset: length });
  }
  const counted = countedScriptRuns(text, options);
  const resolved = resolvedScriptSet(text, options);
  return {
    ok: issues.length === 0,
    issues,
    runs: counted.runs,
    scripts: scriptsOfRuns(counted),
    dominant: dominantOfRuns(counted),
    resolved,
    singleScript: resolved.all || resolved.scripts.length > 0,
    restrictionLevel: restrictionLevel(text, options),
  };
}
