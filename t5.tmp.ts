import { matcherCases } from './packages/langtag/test/matcher-vectors.ts';
import { match } from './packages/langtag/src/match.ts';
import { canonicalize } from './packages/langtag/src/canonicalize.ts';
const c14 = (x: string | null) => x === null || x === 'null' ? 'null' : (canonicalize(x).value ?? x).toLowerCase();
let bad = 0; const cases = matcherCases('../shared/vectors/cldr/localeMatcherTest.txt');
for (const c of cases) {
  const r = match(c.desired, c.supported, { default: c.default, favor: c.favor === 'script' ? 'script' : 'language', threshold: c.threshold });
  const got = r.supported ?? 'null';
  let ok = c14(got) === c14(c.match);
  if (c.bestDesired) ok &&= c14(r.desired) === c14(c.bestDesired);
  if (c.combined) ok &&= c14(r.resolved) === c14(c.combined);
  if (!ok) { bad++; console.log(c.line, c.group, '|', c.desired.join(','), '>>', c.match, c.bestDesired ?? '', c.combined ?? '', '| got', got, r.desired, r.resolved, 'sup=', c.supported.join(',').slice(0, 80), c.favor ?? '', c.default ?? '', c.threshold ?? ''); }
}
console.log(bad, '/', cases.length);
