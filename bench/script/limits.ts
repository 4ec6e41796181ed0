// Worst-case time and memory of @nomina/script at each of its limits (issue #12; SECURITY.md's limits table
// reads the results): every function on the shapes of its campaign (packages/script/test/worst-shapes.ts),
// the slowest shape per function. MAX_TEXT_LENGTH (16 Mi units) is too large to time on a shared machine:
// the text is 1/64 of it and the figures × 64 (every function is linear: its campaign tests the ratio).
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/script/limits.ts [--write]
import * as script from '@nomina/script';
import { WORST_SHAPES } from '../../packages/script/test/worst-shapes.js';
import { type AnyWorstCase, worstCases } from '../harness.js';

const { MAX_TEXT_LENGTH, MAX_BRACKET_DEPTH, MAX_SURROGATE_ISSUES } = script;
const SCALE = 64;
const N = MAX_TEXT_LENGTH / SCALE;
const OPERATIONS: Record<string, (s: string) => unknown> = {
  scriptRuns: (s) => script.scriptRuns(s),
  analyzeScripts: (s) => script.analyzeScripts(s),
  scriptsOf: (s) => script.scriptsOf(s),
  dominantScript: (s) => script.dominantScript(s),
  resolvedScriptSet: (s) => script.resolvedScriptSet(s),
  restrictionLevel: (s) => script.restrictionLevel(s),
};

/** The shape slowest for `run` at N units (one call each after a warm-up: a quick pre-selection). */
function slowestShape(run: (s: string) => unknown): [string, string] {
  let worst: [string, string, number] = ['', '', -1];
  for (const [shape, make] of Object.entries(WORST_SHAPES)) {
    const text = make(N);
    run(text.slice(0, 4096));
    const t0 = performance.now();
    run(text);
    const ms = performance.now() - t0;
    if (ms > worst[2]) worst = [shape, text, ms];
  }
  return [worst[0], worst[1]];
}

const cases: AnyWorstCase[] = [];
for (const [operation, run] of Object.entries(OPERATIONS)) {
  const [shape, text] = slowestShape(run);
  cases.push({ operation, input: `MAX_TEXT_LENGTH units, ${shape}`, make: () => text, run, scale: SCALE });
}
const brackets = WORST_SHAPES.brackets!(N);
cases.push({
  operation: 'scriptRuns',
  input: `MAX_TEXT_LENGTH units of brackets nested deeper than MAX_BRACKET_DEPTH (${MAX_BRACKET_DEPTH})`,
  make: () => brackets,
  run: OPERATIONS.scriptRuns!,
  scale: SCALE,
});
const surrogates = WORST_SHAPES['lone surrogates']!(N);
cases.push({
  operation: 'analyzeScripts',
  input: `MAX_TEXT_LENGTH units of lone surrogates, beyond MAX_SURROGATE_ISSUES (${MAX_SURROGATE_ISSUES})`,
  make: () => surrogates,
  run: OPERATIONS.analyzeScripts!,
  scale: SCALE,
});
worstCases('@nomina/script', cases, 3);
