// Labels that divide into repertoire chars in more than one way (RFC 7940 §5.1 sequences beside the code
// points they are made of, overlapping sequences): eligibility when any division works (§8.1), variants of
// every division (§8.2), index labels over every division (§8.5), results that do not depend on the order
// of the repertoire, and time linear in the label however many divisions it has.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { indexLabel, parseLgr, validateLabel, variantOf, type Lgr } from '../src/index.js';
import { prepare, segment } from '../src/validate/repertoire.js';
import { corpusLgr, randomLabels } from './helpers.js';

const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const hex = (cps: readonly number[]) => cps.map((c) => c.toString(16).toUpperCase().padStart(4, '0')).join(' ');
const text = (cps: readonly number[]) => String.fromCodePoint(...cps);
const cpsOf = (s: string) => [...s].map((c) => c.codePointAt(0)!);

interface CharSpec {
  cps: number[];
  variants: { cps: number[]; type: string | null }[];
}

function xmlOf(chars: readonly CharSpec[]): string {
  const body = chars
    .map(
      (c) =>
        `<char cp="${hex(c.cps)}">${c.variants
          .map((v) => `<var cp="${hex(v.cps)}"${v.type ? ` type="${v.type}"` : ''}/>`)
          .join('')}</char>`,
    )
    .join('');
  return `<lgr ${NS}><data>${body}</data></lgr>`;
}

function lgrOf(chars: readonly CharSpec[]): Lgr {
  const { lgr, issues } = parseLgr(xmlOf(chars));
  expect(issues).toEqual([]);
  return lgr!;
}

/** Every division of `cps` into chars of the repertoire (brute force; the oracle of the tests). */
function divisions(chars: readonly CharSpec[], cps: readonly number[], at = 0): CharSpec[][] {
  if (at === cps.length) return [[]];
  const out: CharSpec[][] = [];
  for (const c of chars)
    if (c.cps.every((cp, k) => cps[at + k] === cp))
      for (const rest of divisions(chars, cps, at + c.cps.length)) out.push([c, ...rest]);
  return out;
}

/** RFC 7940 §8.2 step 1 by brute force: every permutation of every division (no contexts, no reflexive mappings). */
function variantLabels(chars: readonly CharSpec[], label: string): Set<string> {
  const out = new Set<string>();
  for (const division of divisions(chars, cpsOf(label))) {
    let partial = [''];
    for (const c of division)
      partial = partial.flatMap((p) => [c.cps, ...c.variants.map((v) => v.cps)].map((cps) => p + text(cps)));
    for (const p of partial) out.add(p);
  }
  out.delete(label);
  out.delete('');
  return out;
}

describe('RFC 7940 §5.1, §8.1: a label is eligible when some division into chars works', () => {
  // §5.1's own example of a sequence: the Catalan middle dot, eligible only between two "l".
  const catalan: CharSpec[] = [
    { cps: [0x6c], variants: [] },
    { cps: [0x6c, 0xb7, 0x6c], variants: [] },
  ];
  const lgr = lgrOf(catalan);
  test.each([
    ['l·l', 'valid'],
    ['l·ll', 'valid'],
    ['ll·l', 'valid'],
    ['l·', 'invalid'],
    ['·l', 'invalid'],
    ['l·l·l', 'invalid'],
  ])('§5.1 example, %s → %s (as many divisions as the brute force finds)', (label, disposition) => {
    expect(validateLabel(lgr, label).disposition).toBe(disposition);
    expect(divisions(catalan, cpsOf(label)).length > 0).toBe(disposition === 'valid');
  });

  // Overlapping sequences: the longest char at 0 ("ab") leads nowhere, "a" then "bc" divides the label.
  const overlap: CharSpec[] = [
    { cps: [0x61], variants: [] },
    { cps: [0x61, 0x62], variants: [{ cps: [0x78], type: 'blocked' }] },
    { cps: [0x62, 0x63], variants: [{ cps: [0x79], type: 'allocatable' }] },
    { cps: [0x78], variants: [] },
    { cps: [0x79], variants: [] },
  ];
  const o = lgrOf(overlap);
  test('"abc" = a + bc although the longest char at 0 is "ab"', () => {
    const r = validateLabel(o, 'abc');
    expect(r).toMatchObject({ ok: true, disposition: 'valid', variantCount: 1, estimate: 2 });
    expect(r.variants.map((v) => [v.label, v.disposition])).toEqual([['ay', 'allocatable']]);
    expect(indexLabel(o, 'abc').value).toBe('abc');
    expect(variantOf(o, 'abc', 'ay')).toMatchObject({ isVariant: true, disposition: 'allocatable' });
  });
  test('a label no division covers names the code point where the best attempt stops', () => {
    const r = validateLabel(o, 'abd');
    expect(r.disposition).toBe('invalid');
    expect(r.reason).toMatchObject({ kind: 'repertoire', codePoint: 0x64, offset: 2 });
  });
});

describe('RFC 7940 §8.2, §8.5: the variants and index label of every division', () => {
  // "ab" as a sequence and as its two code points, each with its own mappings.
  const chars: CharSpec[] = [
    { cps: [0x61], variants: [{ cps: [0x78], type: 'blocked' }] },
    { cps: [0x62], variants: [] },
    { cps: [0x61, 0x62], variants: [{ cps: [0x63], type: 'allocatable' }] },
    { cps: [0x63], variants: [] },
    { cps: [0x78], variants: [] },
  ];
  const lgr = lgrOf(chars);
  test('"ab": c (from the sequence) and xb (from its code points)', () => {
    const r = validateLabel(lgr, 'ab');
    expect(Object.fromEntries(r.variants.map((v) => [v.label, v.disposition]))).toEqual({
      c: 'allocatable',
      xb: 'blocked',
    });
    expect(new Set(r.variants.map((v) => v.label))).toEqual(variantLabels(chars, 'ab'));
    expect(r.estimate).toBe(4); // 2 divisions: (1 + 1) + (1 + 1) × 1
  });
  test('§8.5: the index label is the least over the divisions', () => {
    expect(indexLabel(lgr, 'ab').value).toBe('ab');
    expect(indexLabel(lgr, 'abab').value).toBe('abab');
  });
  test('a variant spelled by two derivations takes the disposition of the first deciding action (§7.3)', () => {
    // "ab" → "xy" through the sequence (allocatable) and through a→x, b→y (blocked): blocked decides first.
    const both = lgrOf([
      { cps: [0x61], variants: [{ cps: [0x78], type: 'blocked' }] },
      { cps: [0x62], variants: [{ cps: [0x79], type: 'blocked' }] },
      { cps: [0x61, 0x62], variants: [{ cps: [0x78, 0x79], type: 'allocatable' }] },
      { cps: [0x78], variants: [] },
      { cps: [0x79], variants: [] },
    ]);
    const r = validateLabel(both, 'ab');
    expect(r.variants.find((v) => v.label === 'xy')).toMatchObject({ disposition: 'blocked', types: ['blocked'] });
    expect(variantOf(both, 'ab', 'xy')).toMatchObject({ isVariant: true, disposition: 'blocked' });
  });
});

describe('the ICANN LGRs: sequences beside their code points', () => {
  // Each case is read from the LGR: a sequence whose code points are context-free chars of their own; a
  // context-free variant of one of them, put in its place, spells a variant of the sequence that only the
  // division into single code points makes (the RZ-LGR-5 Latin "ss" → "sѕ", for instance).
  test.each([
    'root-zone/rz-lgr-5/lgr-5-latin-script-26may22-en.xml',
    'root-zone/rz-lgr-5/lgr-5-cyrillic-script-26may22-en.xml',
    'root-zone/rz-lgr-5/lgr-5-malayalam-script-26may22-en.xml',
    'second-level-reference/lgr-second-level-latin-script-31may22-en.xml',
  ])('%s', (file) => {
    const lgr = corpusLgr(file);
    if (!lgr) return;
    const byKey = new Map(lgr.chars.map((c) => [hex(c.cps), c]));
    let checked = 0;
    for (const seq of lgr.chars) {
      if (seq.cps.length < 2 || seq.when !== null || seq.notWhen !== null) continue;
      const singles = seq.cps.map((cp) => byKey.get(hex([cp])));
      if (singles.some((c) => !c || c.when !== null || c.notWhen !== null)) continue;
      const label = text(seq.cps);
      const r = validateLabel(lgr, label, { includeInvalid: true, maxVariants: 100_000 });
      // Sequences kept only as targets of out-of-repertoire variants are invalid on their own (§5.3.4).
      if (!r.ok) continue;
      for (let k = 0; k < singles.length; k++)
        for (const v of singles[k]!.variants) {
          if (v.reflexive || v.when !== null || v.notWhen !== null) continue;
          const expected = text([...seq.cps.slice(0, k), ...v.cps, ...seq.cps.slice(k + 1)]);
          expect(
            r.variants.map((x) => x.label),
            `${hex(seq.cps)}: ${hex(cpsOf(expected))}`,
          ).toContain(expected);
          expect(variantOf(lgr, label, expected).isVariant).toBe(true);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(0);
  });

  // Sequences with context rules (Indic conjuncts, Khmer subscripts, Myanmar stacks): labels joined from
  // the repertoire's chars, sequences included, get the same answers when the repertoire is reversed.
  test.each([
    'root-zone/rz-lgr-5/lgr-5-devanagari-script-26may22-en.xml',
    'root-zone/rz-lgr-5/lgr-5-khmer-script-26may22-en.xml',
    'root-zone/rz-lgr-5/lgr-5-myanmar-script-26may22-en.xml',
    'root-zone/rz-lgr-5/lgr-5-sinhala-script-26may22-en.xml',
    'root-zone/rz-lgr-5/lgr-5-tamil-script-26may22-en.xml',
  ])('%s: independent of the order of the repertoire', (file) => {
    const lgr = corpusLgr(file);
    if (!lgr) return;
    const reversed: Lgr = {
      ...lgr,
      chars: [...lgr.chars].reverse(),
      byFirst: new Map([...lgr.byFirst].map(([cp, list]) => [cp, [...list].reverse()])),
    };
    const pieces = lgr.chars.map((c) => text(c.cps));
    let ambiguous = 0;
    for (const label of randomLabels(pieces, 150, 0x5eed, 1, 4)) {
      if ([...label].length > 63) continue;
      if (segment(lgr, prepare(cpsOf(label))).ambiguous) ambiguous++;
      expect(summary(reversed, label), label).toEqual(summary(lgr, label));
    }
    expect(ambiguous).toBeGreaterThan(0);
  });
});

function summary(lgr: Lgr, label: string) {
  const r = validateLabel(lgr, label, { includeInvalid: true, maxVariants: 100_000 });
  return {
    disposition: r.disposition,
    reason: r.reason.message,
    estimate: r.estimate,
    index: indexLabel(lgr, label).value,
    variants: r.variants.map((v) => `${v.label} ${v.disposition} ${v.types.join('+')}`).sort(),
  };
}

describe('laws over random repertoires with sequences (fast-check)', () => {
  const cp = fc.constantFrom(0x61, 0x62, 0x63);
  const target = fc.array(fc.constantFrom(0x61, 0x62, 0x78, 0x79), { minLength: 1, maxLength: 2 });
  const charSpec = fc.record({
    cps: fc.array(cp, { minLength: 1, maxLength: 3 }),
    variants: fc.uniqueArray(
      fc.record({ cps: target, type: fc.constantFrom<string | null>('blocked', 'allocatable', null) }),
      { maxLength: 2, selector: (v) => hex(v.cps) },
    ),
  });
  const repertoire = fc
    .uniqueArray(charSpec, { minLength: 1, maxLength: 7, selector: (c) => hex(c.cps) })
    .map((chars) => chars.map((c) => ({ ...c, variants: c.variants.filter((v) => hex(v.cps) !== hex(c.cps)) })));
  const label = fc.array(cp, { minLength: 1, maxLength: 6 }).map(text);

  prop.prop([repertoire, label], { numRuns: 150 })(
    'eligible exactly when a division exists; the variants are those of every division',
    (chars, l) => {
      const lgr = lgrOf(chars);
      const r = validateLabel(lgr, l, { includeInvalid: true, maxVariants: 100_000 });
      expect(r.ok).toBe(divisions(chars, cpsOf(l)).length > 0);
      if (!r.ok) return;
      expect(new Set(r.variants.map((v) => v.label))).toEqual(variantLabels(chars, l));
      expect(r.variantCount + 1).toBeLessThanOrEqual(r.estimate);
      for (const v of r.variants.slice(0, 5))
        expect(variantOf(lgr, l, v.label)).toMatchObject({ isVariant: true, disposition: v.disposition });
    },
  );

  prop.prop([repertoire, label, fc.nat()], { numRuns: 150 })(
    'the results do not depend on the order of the repertoire or of the mappings',
    (chars, l, seed) => {
      const shuffled = [...chars]
        .map((c, k) => ({ c: { ...c, variants: [...c.variants].reverse() }, k: (k * 7919 + seed) % 104729 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.c);
      const a = lgrOf(chars);
      const b = lgrOf(shuffled.reverse());
      expect(summary(b, l)).toEqual(summary(a, l));
    },
  );
});

describe('linear in the label however many divisions (time(15n) / time(n))', () => {
  // "a", "aa" and "aaa", each with a variant: a label of n "a" has about 1.84^n divisions.
  const tri = lgrOf([
    { cps: [0x61], variants: [{ cps: [0x62], type: 'blocked' }] },
    { cps: [0x61, 0x61], variants: [{ cps: [0x62, 0x62], type: 'blocked' }] },
    { cps: [0x61, 0x61, 0x61], variants: [{ cps: [0x62, 0x62, 0x62], type: 'allocatable' }] },
    { cps: [0x62], variants: [{ cps: [0x61], type: 'blocked' }] },
    { cps: [0x62, 0x62], variants: [{ cps: [0x61, 0x61], type: 'blocked' }] },
    { cps: [0x62, 0x62, 0x62], variants: [{ cps: [0x61, 0x61, 0x61], type: 'allocatable' }] },
  ]);
  const options = { small: 4, factor: 15, floorMs: 0.005 };
  test('validateLabel, disposition and estimate', () => {
    expect(validateLabel(tri, 'a'.repeat(60), { variants: false }).estimate).toBe(Number.MAX_SAFE_INTEGER);
    expectLinear(
      (n) => 'a'.repeat(n),
      (s) => validateLabel(tri, s, { variants: false }),
      options,
    );
  });
  test('validateLabel, enumeration capped by maxVariants', () => {
    expectLinear(
      (n) => 'a'.repeat(n),
      (s) => validateLabel(tri, s, { maxVariants: 16 }),
      options,
    );
  });
  test('variantOf and indexLabel', () => {
    expect(variantOf(tri, 'a'.repeat(60), 'b'.repeat(60))).toMatchObject({ isVariant: true, disposition: 'blocked' });
    expectLinear(
      (n) => 'a'.repeat(n),
      (s) => [variantOf(tri, s, s.replaceAll('a', 'b')), indexLabel(tri, s)],
      options,
    );
  });
});
