// The expected results of ICANN's reference implementation, lgr-core: its own unit tests on label
// processing (tests/unit/test_lgr_core.py of icann/lgr-core, read at commit 14b460f7), restated here as
// RFC 7940 documents and our API. Each case names the lgr-core test it comes from. They are the reference
// implementation's answers that can be reached from here: its dispositions for the RZ-LGR test labels are
// not published in any repository (see the package README, Compatibility).
import { describe, expect, test } from 'vitest';
import { indexLabel, parseLgr, validateLabel, variantOf, type Lgr } from '../src/index.js';

const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');

/** An LGR from `chars`: label → [variant label, type?, attributes?][]; `rules` and `data` appended as XML. */
function lgrOf(chars: Record<string, Array<[string, string?, string?]>>, rules = '', data = ''): Lgr {
  const body = Object.entries(chars)
    .map(
      ([c, vars]) =>
        `<char cp="${cp(c)}">${vars.map(([v, type, more]) => `<var cp="${cp(v)}"${type ? ` type="${type}"` : ''} ${more ?? ''}/>`).join('')}</char>`,
    )
    .join('');
  const { lgr, issues } = parseLgr(`<lgr ${NS}><data>${body}${data}</data><rules>${rules}</rules></lgr>`);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return lgr!;
}

const afterRule = (name: string, c: string) =>
  `<rule name="${name}"><look-behind><char cp="${cp(c)}"/></look-behind><anchor/></rule>`;

/** Variant labels of `label` (invalid ones included, as lgr-core's generator yields them) with their types. */
function variants(lgr: Lgr, label: string): Record<string, string> {
  const r = validateLabel(lgr, label, { includeInvalid: true });
  return Object.fromEntries(r.variants.map((v) => [v.label, v.types.join(' ')]));
}

describe('lgr-core test_lgr_core.py: eligibility (RFC 7940 §8.1)', () => {
  test('test_label_simple: a, the sequence bc, the range d–h', () => {
    const lgr = lgrOf({ a: [], bc: [] }, '', '<range first-cp="0064" last-cp="0068"/>');
    for (const label of ['a', 'bc', 'd', 'h', 'ad', 'abcd', 'bch'])
      expect(validateLabel(lgr, label).ok, label).toBe(true);
    for (const [label, at] of [
      ['`', 0],
      ['i', 0],
      ['b', 0],
      ['c', 0],
      ['ab', 1],
    ] as const)
      expect(validateLabel(lgr, label).reason, label).toMatchObject({ kind: 'repertoire', offset: at });
  });
  test('test_label_eligibility_multiple_choices: a, abc, d', () => {
    const lgr = lgrOf({ a: [], abc: [], d: [] });
    expect(validateLabel(lgr, 'b').reason).toMatchObject({ kind: 'repertoire', codePoint: 0x62 });
    expect(validateLabel(lgr, 'abcd').ok).toBe(true);
  });
  test('test_label_delayed_eligibilty: reflexive mappings of type "invalid" (§8.1.1)', () => {
    const lgr = lgrOf({ a: [['a', 'block']], b: [['b', 'invalid']], cd: [['cd', 'invalid']] });
    for (const label of ['b', 'cd', 'ab'])
      expect(validateLabel(lgr, label).reason, label).toMatchObject({
        kind: 'action',
        index: 0,
        disposition: 'invalid',
      });
  });
});

describe('lgr-core test_lgr_core.py: divisions (partitions) of a label', () => {
  // With no variants, the estimate counts the divisions (one derivation each).
  test('test_generate_label_partitions: abcd over a, b, c, d, ab, bc, cd has 5', () => {
    expect(validateLabel(lgrOf({ a: [], b: [], c: [], d: [], ab: [], bc: [], cd: [] }), 'abcd').estimate).toBe(5);
  });
  test('test_generate_label_partitions_with_code_point_context_rule: 4 when bc is refused after a', () => {
    const lgr = lgrOf(
      { a: [], b: [], c: [], d: [], ab: [], cd: [] },
      afterRule('after-a', 'a'),
      '<char cp="0062 0063" not-when="after-a"/>',
    );
    expect(validateLabel(lgr, 'abcd').estimate).toBe(4);
  });
});

describe('lgr-core test_lgr_core.py: variant labels (RFC 7940 §8.2)', () => {
  const base = () =>
    lgrOf({
      a: [['p', 'type0']],
      b: [
        ['q', 'type1'],
        ['r', 'type2'],
      ],
      c: [],
      d: [],
      p: [],
      q: [],
      r: [],
    });
  test('test_generate_variants', () => {
    const lgr = base();
    expect(variants(lgr, 'c')).toEqual({});
    expect(variants(lgr, 'cd')).toEqual({});
    expect(variants(lgr, 'bc')).toEqual({ qc: 'type1', rc: 'type2' });
    expect(variants(lgr, 'ab')).toEqual({
      aq: 'type1',
      ar: 'type2',
      pb: 'type0',
      pq: 'type0 type1',
      pr: 'type0 type2',
    });
    const abb = variants(lgr, 'abb');
    expect(Object.keys(abb)).toHaveLength(17); // 18 with abb itself
    expect(abb).toMatchObject({ aqr: 'type1 type2', pbq: 'type0 type1', pqr: 'type0 type1 type2', prr: 'type0 type2' });
  });
  test('test_generate_variants_reflexive', () => {
    const lgr = lgrOf({ a: [], b: [['b', 'reflexive']], c: [['p', 'type']], p: [] });
    expect(variants(lgr, 'a')).toEqual({});
    expect(variants(lgr, 'b')).toEqual({});
    expect(variants(lgr, 'bc')).toEqual({ bp: 'reflexive type' });
  });
  test('test_generate_variants_sequence_same_cp: יי → ײ, and יyy divided both ways', () => {
    const lgr = lgrOf({ '\u05D9\u05D9': [['\u05F2']], '\u05F2': [['\u05D9\u05D9']], '\u05D9': [] });
    expect(Object.keys(variants(lgr, '\u05D9\u05D9\u05D9')).sort()).toEqual(['\u05D9\u05F2', '\u05F2\u05D9']);
  });
  test('test_generate_variant_dispositions: one variant at a time (variantOf)', () => {
    const lgr = base();
    for (const [label, variant, types] of [
      ['bc', 'qc', ['type1']],
      ['bc', 'rc', ['type2']],
      ['ab', 'ar', ['type2']],
      ['abb', 'pqb', ['type0', 'type1']],
      ['abb', 'prr', ['type0', 'type2']],
    ] as const)
      expect(variantOf(lgr, label, variant), `${label} → ${variant}`).toMatchObject({ isVariant: true, types });
    expect(variantOf(lgr, 'abb', 'abb')).toMatchObject({ isVariant: true, types: [] });
  });
  test('test_estimate_variant_numbers (reflexive mappings not counted)', () => {
    const extra = Array.from({ length: 10 }, (_, k) => String.fromCodePoint(0x074d + k));
    const lgr = lgrOf({
      a: [
        ['a', 'disp'],
        ['b', 'disp'],
      ],
      b: [
        ['b', 'disp'],
        ['a', 'disp'],
      ],
      c: extra.map((x) => [x, 'disp']),
    });
    expect(['a', 'b', 'ab', 'c', 'abc'].map((l) => validateLabel(lgr, l).estimate)).toEqual([2, 2, 4, 11, 44]);
    expect(validateLabel(lgrOf({ a: [['a', 'disp']] }), 'a').estimate).toBe(1);
  });
});

describe('lgr-core test_lgr_core.py: index labels (RFC 7940 §8.5), the least over the divisions', () => {
  test('test_generate_index_label', () => {
    const lgr = lgrOf({ a: [['de']], b: [], c: [], d: [], e: [], f: [['bc']], g: [], h: [], bc: [['f']], de: [['a']] });
    expect(indexLabel(lgr, 'abcdef').value).toBe('abcabc');
  });
  test('test_generate_index_label_effective_null_variant', () => {
    const lgr = lgrOf({ a: [], b: [['bc']], c: [], d: [], bc: [['b']] });
    expect(['abc', 'bcd', 'bca'].map((l) => indexLabel(lgr, l).value)).toEqual(['ab', 'bcd', 'ba']);
  });
  test('test_generate_index_label_overlap: blue / ыџе, then with a context rule on l → i', () => {
    const chars: Record<string, Array<[string, string?, string?]>> = {
      b: [],
      bl: [['ы']],
      e: [['е']],
      i: [['l']],
      l: [['i']],
      u: [['џ']],
      е: [['e']],
      ы: [['bl']],
      џ: [['u']],
    };
    const plain = lgrOf(chars);
    expect([indexLabel(plain, 'blue').value, indexLabel(plain, 'ыџе').value]).toEqual(['biue', 'blue']);
    const ruled = lgrOf(
      { ...chars, l: [['i', undefined, 'not-when="preceded-by-0062"']] },
      afterRule('preceded-by-0062', 'b'),
    );
    expect([indexLabel(ruled, 'blue').value, indexLabel(ruled, 'ыџе').value]).toEqual(['blue', 'blue']);
  });
});
