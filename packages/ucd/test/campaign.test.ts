// Reliability (issue #12's campaign, for this package): every export of every entry covered; look-ups
// total on any number (out of range, fractional, NaN), the text functions on hostile strings, foldCase
// linear.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as ucd from '@nomina/ucd';
import * as caseFolding from '@nomina/ucd/case-folding';
import * as han from '@nomina/ucd/han';
import * as trie from '@nomina/ucd/trie';
import { expectEveryExportCovered, expectLinear, hostileString } from '../../../test-vectors/campaign.js';

const anyNumber = fc.oneof(
  fc.integer({ min: -1, max: 0x110000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, 2 ** 40, -0),
);

const BY_NUMBER: Record<string, (n: number) => unknown> = {
  getScript: ucd.getScript,
  getScriptExtensions: ucd.getScriptExtensions,
  getGeneralCategory: ucd.getGeneralCategory,
  getBidiClass: ucd.getBidiClass,
  getJoiningType: ucd.getJoiningType,
  getCombiningClass: ucd.getCombiningClass,
  getBidiPairedBracket: ucd.getBidiPairedBracket,
  getBidiPairedBracketType: ucd.getBidiPairedBracketType,
  hasScript: (n) => ucd.hasScript(n, 'Latn'),
  caseFolding: caseFolding.caseFolding,
  simpleCaseFolding: caseFolding.simpleCaseFolding,
  simplifiedHan: han.simplifiedHan,
  hanVariantKind: han.hanVariantKind,
};
const BY_TEXT: Record<string, (s: string) => unknown> = {
  scriptCode: ucd.scriptCode,
  scriptInfo: ucd.scriptInfo,
  scriptName: ucd.scriptName,
  foldCase: caseFolding.foldCase,
};

describe('ucd: reliability campaign', () => {
  test('every export of every entry has a case', () => {
    const cases = [...Object.keys(BY_NUMBER), ...Object.keys(BY_TEXT)];
    const internal =
      'builds and reads the code-point tries of the generated tables (our own data, not an input format)';
    expectEveryExportCovered(
      ucd as unknown as Record<string, unknown>,
      cases.filter((n) => n in ucd),
    );
    expectEveryExportCovered(
      caseFolding as unknown as Record<string, unknown>,
      cases.filter((n) => n in caseFolding),
    );
    expectEveryExportCovered(
      han as unknown as Record<string, unknown>,
      cases.filter((n) => n in han),
    );
    expectEveryExportCovered(trie as unknown as Record<string, unknown>, [], {
      CodePointTrie: internal,
      decodeTrie: internal,
      encodeTrie: internal,
    });
  });
  prop.prop([anyNumber])('look-ups never throw on any number', (n) => {
    for (const fn of Object.values(BY_NUMBER)) fn(n);
  });
  prop.prop([hostileString(80)])('the text functions never throw on hostile strings', (s) => {
    for (const fn of Object.values(BY_TEXT)) fn(s);
  });
  test('foldCase is linear (ß expands, lone surrogates pass through)', () => {
    expectLinear(
      (n) => 'ßAΣ\ud800'.repeat(n / 4),
      (s) => caseFolding.foldCase(s),
      { small: 1 << 14 },
    );
  });
  test('a megabyte folds at once', () => {
    expect(caseFolding.foldCase('A'.repeat(1 << 20))).toHaveLength(1 << 20);
  });
});
