// @nomina/script — script detection in text.
//
// | Function           | Standard                                   | Module                             |
// | ------------------ | ------------------------------------------ | ---------------------------------- |
// | scriptRuns         | UAX #24 §5, §5.1 (runs, Common, brackets)  | runs/script-runs.ts                |
// | scriptsOf          | UAX #24 runs, summarized                   | runs/summary.ts                    |
// | dominantScript     | UAX #24 runs, summarized                   | runs/summary.ts                    |
// | scriptLetterCounts | letters per script, the dominant one       | runs/summary.ts                    |
// | resolvedScriptSet  | UTS #39 §5.1 (augmented Hanb, Jpan, Kore)  | mixed-script/resolved-script-set.ts |
// | isSingleScript     | UTS #39 §5.1                               | mixed-script/resolved-script-set.ts |
// | restrictionLevel   | UTS #39 §5.2                               | mixed-script/restriction-level.ts  |
// | analyzeScripts     | all of the above, with issues              | analyze.ts                         |
// | assert…            | UTS #39 §5.1, §5.2, throwing ScriptError   | assert.ts                          |
export { UNICODE_VERSION, type ScriptCode } from '@nomina/ucd';
export { scriptRuns, type ScriptRun, type ScriptRunOptions } from './runs/script-runs.js';
export { dominantScript, scriptLetterCounts, scriptsOf, type ScriptLetterCounts } from './runs/summary.js';
export {
  isSingleScript,
  resolvedScriptSet,
  type MixedScriptOptions,
  type ResolvedScriptSet,
} from './mixed-script/resolved-script-set.js';
export {
  RECOMMENDED_SCRIPTS,
  RESTRICTION_LEVELS,
  restrictionLevel,
  type RestrictionLevel,
  type RestrictionLevelOptions,
} from './mixed-script/restriction-level.js';
export { analyzeScripts, type ScriptAnalysis, type ScriptIssue, type ScriptIssueCode } from './analyze.js';
export { MAX_BRACKET_DEPTH, MAX_SURROGATE_ISSUES, MAX_TEXT_LENGTH } from './limits.js';
export { assertRestrictionLevel, assertSingleScript, ScriptError, type ScriptErrorCode } from './assert.js';
