// Reliability (issue #12's campaign, for this package): every export covered; hostile input answered in
// time linear in its length; input over the limits refused before any work.
import { describe, expect, test } from 'vitest';
import * as email from '@nomina/email';
import { expectEveryExportCovered, expectLinear } from '../../../test-vectors/campaign.js';

const { parseAddress, parseAddressList, formatAddress, canonicalKey, MAX_INPUT_LENGTH, MAX_HEADER_LENGTH } = email;

const cases: Record<string, [string, (n: number) => string][]> = {
  parseAddress: [
    ['a long local part of dots', (n) => `${'a.'.repeat(n / 2 - 4)}@x.org`],
    ['nested comments', (n) => `${'('.repeat(n / 2 - 4)}${')'.repeat(n / 2 - 4)}a@x.org`],
    ['unbalanced quotes', (n) => '"'.repeat(n)],
    ['a quoted string of escapes', (n) => `"${'\\a'.repeat(n / 2 - 8)}"@x.org`],
    ['many @', (n) => '@'.repeat(n)],
    ['a domain of many labels', (n) => `a@${'b.'.repeat(n / 2 - 4)}org`],
    [
      'distinct CJK in the domain',
      (n) => `a@${Array.from({ length: n - 8 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')}.cn`,
    ],
    ['Bidi controls and lone surrogates', (n) => `${'\u202e\ud800'.repeat(n / 2 - 4)}@x.org`],
  ],
  parseAddressList: [
    ['many mailboxes', (n) => 'a@b.org, '.repeat(n / 9)],
    ['ten thousand nested comments and more', (n) => `${'('.repeat(n / 2)}${')'.repeat(n / 2)}`],
    ['groups', (n) => 'g: a@b.org; '.repeat(n / 12)],
    ['angle brackets', (n) => '<'.repeat(n)],
  ],
};

describe('every export has a reliability case', () => {
  test('no export is missed', () => {
    expectEveryExportCovered(
      email as unknown as Record<string, unknown>,
      ['parseAddress', 'parseAddressList', 'formatAddress', 'canonicalKey'],
      {
        AddressResult: 'a class: its instances are what parseAddress returns, covered there',
        profileNamed: 'takes one of three names, no text (test/api.test.ts: any other value is a RangeError)',
      },
    );
  });
});

describe('linear time on hostile input (time(16n) / time(n))', () => {
  test.each(cases.parseAddress!)('parseAddress: %s', (_name, make) => {
    expectLinear(make, (s) => parseAddress(s, { allowComments: true, allowObsolete: true }), {
      small: MAX_INPUT_LENGTH / 16,
    });
  });
  test.each(cases.parseAddressList!)('parseAddressList: %s', (_name, make) => {
    expectLinear(make, (s) => parseAddressList(s), { small: MAX_HEADER_LENGTH / 16 });
  });
  test.each([
    ['formatAddress', formatAddress],
    ['canonicalKey', canonicalKey],
  ] as const)('%s of a string', (_name, fn) => {
    expectLinear(
      (n) => `${'a.'.repeat(n / 2 - 4)}@x.org`,
      (s) => fn(s),
      { small: MAX_INPUT_LENGTH / 16 },
    );
  });
});

describe('a megabyte is refused at once', () => {
  const huge = `${'a'.repeat(1 << 20)}@example.org`;
  test.each([
    ['parseAddress', () => parseAddress(huge).issues],
    ['parseAddressList', () => parseAddressList(huge.repeat(1)).issues],
    ['formatAddress', () => formatAddress(huge).issues],
    ['canonicalKey', () => canonicalKey(huge).issues],
  ] as const)('%s', (_name, run) => {
    expect(run().map((i) => i.code)).toEqual(['INPUT_TOO_LONG']);
  });
});
