// Reader for ICU/CLDR localeMatcherTest.txt: groups, parameters and `desired >> match | desired | combined` cases.
import { readFileSync } from 'node:fs';

export interface MatcherCase {
  line: number;
  group: string;
  supported: string[];
  default?: string;
  favor?: string;
  threshold?: number;
  desired: string[];
  match: string;
  bestDesired?: string;
  combined?: string;
}

export function matcherCases(path: string): MatcherCase[] {
  const cases: MatcherCase[] = [];
  let group = '';
  let params: { supported: string[]; default?: string; favor?: string; threshold?: number } = { supported: [] };
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const text = raw.replace(/#.*/, '').trim();
      if (text === '') return;
      if (text.startsWith('** test:')) {
        group = text.slice(8).trim();
        params = { supported: [] };
        return;
      }
      if (text.startsWith('@')) {
        const [name, value = ''] = text.slice(1).split('=', 2) as [string, string?];
        const v = value.trim();
        if (name === 'supported') params.supported = v === '' ? [] : v.split(',').map((s) => s.trim());
        else if (name === 'default') params.default = v === '' ? undefined : v;
        else if (name === 'favor') params.favor = v === '' ? undefined : v;
        else if (name === 'threshold') params.threshold = v === '' ? undefined : Number(v);
        return;
      }
      const [desired, expected] = text.split('>>').map((s) => s.trim()) as [string, string];
      const [match, bestDesired, combined] = expected.split('|').map((s) => s.trim());
      cases.push({
        line: index + 1,
        group,
        ...params,
        desired: desired.split(',').map((s) => s.trim()),
        match: match!,
        bestDesired: bestDesired || undefined,
        combined: combined || undefined,
      });
    });
  return cases;
}
