import { rows, bcp47 } from './packages/langtag/test/cldr-vectors.ts';
import { canonicalize } from './packages/langtag/src/canonicalize.ts';
import { maximize, minimize } from './packages/langtag/src/likely.ts';
let bad = 0, n = 0;
for (const r of rows('../shared/vectors/cldr/localeCanonicalization.txt')) { n++; const got = canonicalize(bcp47(r.fields[0]!)).value; const want = bcp47(r.fields[1]!); if (got !== want) { bad++; console.log('CANON', r.line, r.fields[0], 'want', want, 'got', got); } }
console.log('canon', bad, '/', n);
bad = 0; n = 0;
for (const r of rows('../shared/vectors/cldr/likelySubtags.txt')) { n++; const [src, add, remS, remR] = r.fields as string[];
  const m = maximize(src!); const gotAdd = m.ok ? m.value : 'FAIL';
  if (gotAdd !== add) { bad++; console.log('ADD', r.line, src, 'want', add, 'got', gotAdd); }
  if (add !== 'FAIL') { const wantS = remS || add; const s = minimize(src!, {favor:'script'}).value; if (s !== wantS) { bad++; console.log('REMS', r.line, src, 'want', wantS, 'got', s); }
   const rr = minimize(src!, {favor:'region'}).value; const wantR = remR || wantS; if (rr !== wantR) { bad++; console.log('REMR', r.line, src, 'want', wantR, 'got', rr); } }
}
console.log('likely', bad, '/', n);
