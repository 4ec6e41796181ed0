// Case folding (CaseFolding.txt, UAX #44 §5.6) from the pinned @unicode/unicode-<version> package:
// statuses C + F (full case folding, what toCaseFold uses) and S (the simple foldings that differ from F).
// T (Turkic I) is left out, as in the default folding.
import { pairsConstant } from './pairs.js';
import { UNICODE_PACKAGE } from './sources.js';

type Folding = Map<number, number | number[]>;

async function status(name: 'C' | 'F' | 'S'): Promise<Folding> {
  return ((await import(`${UNICODE_PACKAGE}/Case_Folding/${name}/code-points.mjs`)) as { default: Folding }).default;
}

const text = (to: number | number[]): string => String.fromCodePoint(...(typeof to === 'number' ? [to] : to));

/** The body of src/data/case-folding.ts. */
export async function caseFoldingTable(): Promise<string> {
  const [common, full, simple] = [await status('C'), await status('F'), await status('S')];
  for (const cp of full.keys()) if (common.has(cp)) throw new Error(`U+${cp.toString(16)} has statuses C and F`);
  for (const cp of simple.keys()) if (!full.has(cp)) throw new Error(`U+${cp.toString(16)} has status S without F`);
  const fullPairs = [...common, ...full].map(([cp, to]) => [cp, text(to)] as const);
  const simplePairs = [...simple].map(([cp, to]) => [cp, text(to)] as const);
  return (
    '\n' +
    pairsConstant(
      'CASE_FOLDING_PAIRS',
      'Full case folding (CaseFolding.txt statuses C and F): each item is a code point followed by its folding, items end with `|`.',
      fullPairs,
    ) +
    '\n' +
    pairsConstant(
      'SIMPLE_CASE_FOLDING_PAIRS',
      'Simple case folding where it differs from the full one (status S): each item is a code point followed by its folding.',
      simplePairs,
    )
  );
}
