// Rules without backtracking (src/rules/positions.ts): the memoized matcher agrees with the regular
// expression of the same rule (fast-check, rules of every element kind of RFC 7940 §6.3–§6.4), and a
// hostile rule whose regular expression takes exponential time is answered on the longest label.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { Matcher } from '../src/model.js';
import { parseLgr, validateLabel } from '../src/index.js';
import { patternOf } from '../src/rules/match.js';
import { Positions } from '../src/rules/positions.js';
import { MAX_LABEL_CODE_POINTS } from '../src/limits.js';

const A = 0x61;
const B = 0x62;
const count = fc.option(
  fc.oneof(
    fc.record({ min: fc.integer({ min: 0, max: 3 }), max: fc.constant(Infinity) }),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([x, y]) => ({ min: Math.min(x, y), max: Math.max(x, y) })),
  ),
  { nil: null },
);
const { body } = fc.letrec<{ body: Matcher[]; element: Matcher }>((tie) => ({
  body: fc.array(tie('element'), { minLength: 1, maxLength: 4 }),
  element: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('char' as const),
      cps: fc.array(fc.constantFrom(A, B), { minLength: 1, maxLength: 2 }),
      count,
    }),
    fc.record({ kind: fc.constant('class' as const), set: fc.constantFrom([A, A], [B, B], [A, B]), count }),
    fc.record({ kind: fc.constant('any' as const), count }),
    fc.record({ kind: fc.constantFrom('start' as const, 'end' as const, 'anchor' as const) }),
    fc.record({
      kind: fc.constant('choice' as const),
      options: fc.array(tie('body'), { minLength: 1, maxLength: 3 }),
      count,
    }),
    fc.record({ kind: fc.constant('rule' as const), body: tie('body'), count }),
    fc.record({ kind: fc.constantFrom('look-ahead' as const, 'look-behind' as const), body: tie('body') }),
  ) as fc.Arbitrary<Matcher>,
}));
const label = fc.array(fc.constantFrom(A, B), { maxLength: 8 });

describe('the memoized matcher agrees with the regular expression', () => {
  prop.prop([body, label], { numRuns: 400 })('whole-label rules: a match anywhere', (b, cps) => {
    const text = String.fromCodePoint(...cps);
    const positions = new Positions(cps, null);
    const ours = cps.some((_, k) => positions.matchesAt(b, k)) || positions.matchesAt(b, cps.length);
    expect(ours).toBe(new RegExp(patternOf(b, null), 'u').test(text));
  });
  prop.prop([body, label, fc.nat()], { numRuns: 400 })('context rules: a match at the anchor', (b, cps, k) => {
    const at = cps.length === 0 ? 0 : k % cps.length;
    const anchor = cps.slice(at, at + 1);
    const regex = new RegExp(patternOf(b, anchor), 'uy');
    regex.lastIndex = at;
    expect(new Positions(cps, anchor).matchesAt(b, at)).toBe(regex.test(String.fromCodePoint(...cps)));
  });
});

describe('hostile rules (an LGR is untrusted input)', () => {
  const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
  const lgrWith = (rule: string) =>
    parseLgr(
      `<lgr ${NS}><data><range first-cp="0061" last-cp="007A"/></data><rules>${rule}<action disp="invalid" match="evil"/></rules></lgr>`,
    ).lgr!;
  const n = MAX_LABEL_CODE_POINTS - 1;
  test.each([
    [
      'nested counts, (a+)+$',
      '<rule name="evil"><start/><rule count="1+"><rule count="1+"><char cp="0061" count="1+"/></rule></rule><end/></rule>',
    ],
    [
      'overlapping choices in sequence, (a|aa){n}$',
      `<rule name="evil"><start/>${'<choice><char cp="0061"/><char cp="0061 0061"/></choice>'.repeat(40)}<end/></rule>`,
    ],
    [
      'many unbounded counts, a*a*…a*$',
      `<rule name="evil"><start/>${'<any count="0+"/>'.repeat(200)}<char cp="0062"/><end/></rule>`,
    ],
    // Elements in sequence are carried by a loop: 20,000 of them once overflowed the stack (a throw).
    [
      '20,000 elements in sequence',
      `<rule name="evil"><start/>${'<char cp="0061" count="0:1"/>'.repeat(20_000)}<char cp="0062"/><end/></rule>`,
    ],
  ])('%s: answered on a label of MAX_LABEL_CODE_POINTS', (_name, rule) => {
    const lgr = lgrWith(rule);
    expect(validateLabel(lgr, `${'a'.repeat(n)}c`, { variants: false }).disposition).toBe('valid');
  });
  test('the same rules still match where they should', () => {
    const evil = lgrWith(
      '<rule name="evil"><start/><rule count="1+"><rule count="1+"><char cp="0061" count="1+"/></rule></rule><end/></rule>',
    );
    expect(validateLabel(evil, 'a'.repeat(n), { variants: false }).disposition).toBe('invalid');
  });
});
