// The project's own vectors, written from UAX #24 §5–5.1 and UTS #39 §5.1–5.2 (test-vectors/script/).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector } from '../../../test-vectors/locate.js';
import { isSingleScript, resolvedScriptSet, restrictionLevel, scriptRuns } from '../src/index.js';

interface RunCase {
  id: string;
  text: string;
  runs: [string, string][];
}
interface MixedCase {
  id: string;
  text: string;
  resolved: string[] | 'ALL';
  singleScript: boolean;
  restrictionLevel: string;
}

const load = <T>(file: string): T[] => JSON.parse(readFileSync(ownVector(`script/${file}`), 'utf8')).cases;

describe('runs.json (UAX #24)', () => {
  test.each(load<RunCase>('runs.json'))('$id', ({ text, runs }) => {
    expect(scriptRuns(text).map((r) => [r.script, text.slice(r.start, r.end)])).toEqual(runs);
  });
});

describe('mixed-script.json (UTS #39 §5.1, §5.2)', () => {
  test.each(load<MixedCase>('mixed-script.json'))('$id', ({
    text,
    resolved,
    singleScript,
    restrictionLevel: level,
  }) => {
    const set = resolvedScriptSet(text);
    expect(set.all ? 'ALL' : set.scripts).toEqual(resolved);
    expect(isSingleScript(text)).toBe(singleScript);
    expect(restrictionLevel(text)).toBe(level);
  });
});
