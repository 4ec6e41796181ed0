// The README documents every runtime export (test-vectors/readme-api.ts), and its examples hold.
import { describe, expect, test } from 'vitest';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';
import * as security from '../src/index.js';
import * as postgres from '../src/postgres.js';
import * as small from '../src/skeleton.js';

const readme = new URL('../README.md', import.meta.url).pathname;

describe('README', () => {
  test('every runtime export of each entry point is in an API heading', () => {
    expectExportsDocumented(security as unknown as Record<string, unknown>, readme);
    expectExportsDocumented(postgres as unknown as Record<string, unknown>, readme);
    expectExportsDocumented(small as unknown as Record<string, unknown>, readme);
  });
  test('the registry example finds the look-alikes it lists, and only those', () => {
    const index = security.createSkeletonIndex();
    for (const name of ['paypal', 'apple', 'sberbank', 'google', 'яндекс', 'ελλάδα', 'bücher', 'tokyo東京'])
      index.add(name);
    const found = [
      ...index.matchBatch([
        'pаypal',
        'аррӏе',
        'sberbаnk',
        'gооgle',
        'яндeкс',
        'ελλαδα',
        'bucher',
        'tokyo東亰',
        'fresh-name',
      ]),
    ];
    expect(found.map((f) => [f.name, f.matches.map((m) => [m.name, m.kind, m.offsets])])).toEqual([
      ['pаypal', [['paypal', 'mixed-script', [1]]]],
      ['аррӏе', [['apple', 'whole-script', [0, 1, 2, 3, 4]]]],
      ['sberbаnk', [['sberbank', 'mixed-script', [5]]]],
      ['gооgle', [['google', 'mixed-script', [1, 2]]]],
      ['яндeкс', [['яндекс', 'mixed-script', [3]]]],
    ]);
  });
  test('the other examples', () => {
    expect(security.skeleton('pаypal')).toBe('paypal');
    expect(security.areConfusable('ѕсоре', 'scope')).toEqual({
      ok: true,
      issues: [],
      confusable: true,
      kind: 'whole-script',
      skeletons: ['scope', 'scope'],
    });
    expect(security.identifierProfile('pаypal').restrictionLevel).toBe('minimally-restrictive');
    expect(security.displayPolicy('xn--80ak6aa92e.com').reasons.map((r) => r.code)).toEqual([
      'WHOLE_SCRIPT_LOOKALIKE',
      'TOP_DOMAIN_LOOKALIKE',
    ]);
    const profile = security.identifierProfile('jоhn_doe');
    expect([profile.ok, profile.issues.map((i) => i.code), profile.restrictionLevel]).toEqual([
      false,
      ['RESTRICTION_LEVEL'],
      'minimally-restrictive',
    ]);
    expect([security.skeleton('m'), security.skeleton('0'), security.skeleton('1')]).toEqual(['rn', 'O', 'l']);
    expect(security.bidiSkeleton('A1\u0627')).toBe(security.bidiSkeleton('A\u06271'));
  });
});
