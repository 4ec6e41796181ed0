// Laws (fast-check): skeleton idempotent and total, areConfusable reflexive and symmetric, the checking
// functions never throw on any string.
import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { hostileString } from '../../../test-vectors/campaign.js';
import { sharedVector } from '../../../test-vectors/locate.js';
import {
  areConfusable,
  bidiSkeleton,
  detectMixedNumbers,
  detectSuspicious,
  identifierProfile,
  skeleton,
} from '../src/index.js';

// UTS #39 §4 defines skeleton as NFD, prototypes, NFD — one pass. It is idempotent except where
// confusables.txt gives a prototype whose NFD holds a character that has a prototype of its own (e.g.
// U+FBA4 → U+06C0, whose NFD U+06D5 U+0654 maps U+06D5 to "o"). That set is derived here from the raw
// file; the skeleton follows the specification (as ICU does) and is idempotent everywhere else.
const confusables = sharedVector('unicode/security/confusables.txt');
const table = new Map<string, string>();
if (confusables) {
  for (const line of readFileSync(confusables, 'utf8').split('\n')) {
    const [src, target] = line
      .replace(/#.*/, '')
      .split(';')
      .map((f) => f.trim());
    if (src && target)
      table.set(
        String.fromCodePoint(parseInt(src, 16)),
        String.fromCodePoint(...target.split(/\s+/).map((h) => parseInt(h, 16))),
      );
  }
}
const unstablePrototype = (ch: string): boolean =>
  Array.from((table.get(ch) ?? '').normalize('NFD')).some((c) => table.has(c) && table.get(c) !== c);
const notIdempotentByData = (cp: number): boolean =>
  Array.from(String.fromCodePoint(cp).normalize('NFD')).some(unstablePrototype);
const stable = (x: string): boolean => !Array.from(x).some((c) => notIdempotentByData(c.codePointAt(0)!));

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  hostileString(24),
);

describe.runIf(confusables)('properties', () => {
  test('skeleton is idempotent on every code point but those whose prototype is not stable by the data', () => {
    const notIdempotent: number[] = [];
    const expected: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const s = skeleton(String.fromCodePoint(cp));
      if (skeleton(s) !== s) notIdempotent.push(cp);
      if (notIdempotentByData(cp)) expected.push(cp);
    }
    expect(notIdempotent).toEqual(expected);
    expect(expected.length).toBeLessThan(20); // 13 in Unicode 17.0.0 (README, Limits)
  });
  test.prop([text], { numRuns: 3000 })('skeleton is idempotent (outside that set) and never throws', (x) => {
    const s = skeleton(x);
    if (stable(x)) expect(skeleton(s)).toBe(s);
  });
  test.prop([text, fc.constantFrom('ltr', 'rtl' as const)], { numRuns: 1000 })(
    'bidiSkeleton never throws and is a skeleton',
    (x, d) => {
      const s = bidiSkeleton(x, d);
      if (stable(x)) expect(skeleton(s)).toBe(s);
    },
  );
  test.prop([text], { numRuns: 1000 })('areConfusable(x, x) is confusable', (x) => {
    const r = areConfusable(x, x);
    expect(r.confusable).toBe(true);
    expect(r.kind).not.toBeNull();
  });
  test.prop([text, text], { numRuns: 1000 })('areConfusable is symmetric', (a, b) => {
    const x = areConfusable(a, b);
    const y = areConfusable(b, a);
    expect([y.confusable, y.kind]).toEqual([x.confusable, x.kind]);
  });
  test.prop([text], { numRuns: 1000 })('the checking functions never throw and report only known shapes', (x) => {
    for (const r of [identifierProfile(x), detectMixedNumbers(x), detectSuspicious(x)]) {
      expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
    }
  });
});
