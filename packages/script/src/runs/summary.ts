// Summaries of the script runs (UAX #24) of a text.
import type { ScriptCode } from '@nomina/ucd';
import { countedScriptRuns, type CountedRuns, type ScriptRunOptions } from './script-runs.js';

/**
 * The scripts of `text`'s runs in order of first appearance, without Zyyy (Common) and Zinh
 * (Inherited): `scriptsOf('abc кот')` → `['Latn', 'Cyrl']`. Zzzz (unassigned, private use) is kept.
 */
export function scriptsOf(text: string, options: ScriptRunOptions = {}): ScriptCode[] {
  return scriptsOfRuns(countedScriptRuns(text, options));
}

/**
 * The script with the most letters (code points whose Script is not Zyyy or Zinh) over `text`'s runs;
 * ties go to the script seen first. Zyyy when the text has no letters (including the empty text).
 */
export function dominantScript(text: string, options: ScriptRunOptions = {}): ScriptCode {
  return dominantOfRuns(countedScriptRuns(text, options));
}

export function scriptsOfRuns({ runs }: CountedRuns): ScriptCode[] {
  const seen = new Set<ScriptCode>();
  for (const { script } of runs) if (script !== 'Zyyy' && script !== 'Zinh') seen.add(script);
  return [...seen];
}

export function dominantOfRuns({ runs, letters }: CountedRuns): ScriptCode {
  const totals = new Map<ScriptCode, number>();
  let best: ScriptCode = 'Zyyy';
  let most = 0;
  for (let i = 0; i < runs.length; i++) {
    if (letters[i] === 0) continue;
    const script = runs[i]!.script;
    const total = (totals.get(script) ?? 0) + letters[i]!;
    totals.set(script, total);
    if (total > most) (most = total), (best = script);
  }
  return best;
}
