// Exhaustive agreement with Node's Intl: every registry language × every registry script, and every
// registry language × a set of regions (too slow for the test suite, which runs a 36k-tag sample).
// Run: npx tsx bench/langtag/intl-exhaustive.ts   (uses the sources: no build needed)
import { canonicalize, maximize } from '../../packages/langtag/src/index.js';
import { languages, regions, scripts } from '../../packages/langtag/src/data/tables.js';

const REGIONS = ['US', 'GB', 'CN', 'TW', 'IN', 'RU', 'BR', 'MX', '419', '001', 'DE', 'FR', 'NG', 'EG', 'ZZ'];
const langs = [...languages().keys()];
const scriptCodes = [...scripts().values()].map((r) => r.subtag);
const regionCodes = [...regions().values()].map((r) => r.subtag);
let compared = 0;
const canonicalDiffs = new Map<string, string[]>();
const maximizeDiffs = new Map<string, string[]>();
const note = (map: Map<string, string[]>, why: string, tag: string) => map.set(why, [...(map.get(why) ?? []), tag]);
const t0 = Date.now();
function check(tag: string): void {
  let intlCanonical: string;
  try {
    intlCanonical = Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    return;
  }
  compared++;
  const ours = canonicalize(tag).value!;
  if (ours !== intlCanonical) note(canonicalDiffs, `${ours} ≠ ${intlCanonical}`, tag);
  const intlMax = new Intl.Locale(tag).maximize().toString();
  const max = maximize(tag).value!;
  if (max !== intlMax) note(maximizeDiffs, `${max} ≠ ${intlMax}`, tag);
}
for (const l of langs) {
  check(l);
  for (const s of scriptCodes) check(`${l}-${s}`);
  for (const r of REGIONS) check(`${l}-${r}`);
}
for (const r of regionCodes) for (const s of scriptCodes) check(`und-${s}-${r}`);
console.log(
  `${compared} tags compared in ${((Date.now() - t0) / 1000).toFixed(0)} s (ICU ${process.versions.icu}, CLDR ${process.versions.cldr})`,
);
for (const [name, diffs] of [
  ['canonicalize', canonicalDiffs],
  ['maximize', maximizeDiffs],
] as const) {
  const total = [...diffs.values()].reduce((n, l) => n + l.length, 0);
  console.log(`${name}: ${total} differences`);
  for (const [why, tags] of [...diffs].slice(0, 40))
    console.log(`  ${why}: ${tags.slice(0, 5).join(', ')}${tags.length > 5 ? ` … (${tags.length})` : ''}`);
}
