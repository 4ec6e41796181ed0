// RFC 5892 Appendix A.3–A.9 (CONTEXTO rules): each rule both ways, every CONTEXTO code point covered.
// Linear time: idna2008-linear.test.ts.
import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { checkContextO, contextoRuleOf, type ContextoRule } from '../src/rules/contexto.js';
import { getIdna2008Property } from '../src/idna2008/property.js';

const CASES: [string, string, ContextoRule[]][] = [
  // [source, label, failing rules in order]
  ['A.3 MIDDLE DOT between two l', 'l·l', []],
  ['A.3 MIDDLE DOT in Catalan "col·legi"', 'col·legi', []],
  ['A.3 MIDDLE DOT after a, before b', 'a·b', ['MIDDLE_DOT']],
  ['A.3 MIDDLE DOT first', '·l', ['MIDDLE_DOT']],
  ['A.3 MIDDLE DOT last', 'l·', ['MIDDLE_DOT']],
  ['A.3 MIDDLE DOT after L (upper case is not U+006C)', 'L·l', ['MIDDLE_DOT']],
  ['A.4 KERAIA before Greek', '͵α', []],
  ['A.4 KERAIA before Latin', '͵a', ['GREEK_KERAIA']],
  ['A.4 KERAIA last', 'α͵', ['GREEK_KERAIA']],
  ['A.5 GERESH after Hebrew', 'א׳', []],
  ['A.5 GERESH first', '׳א', ['HEBREW_GERESH']],
  ['A.5 GERESH after Latin', 'a׳', ['HEBREW_GERESH']],
  ['A.6 GERSHAYIM after Hebrew', 'צה״ל', []],
  ['A.6 GERSHAYIM first', '״א', ['HEBREW_GERSHAYIM']],
  ['A.6 GERSHAYIM after a digit', '1״', ['HEBREW_GERSHAYIM']],
  ['A.7 KATAKANA MIDDLE DOT with Katakana', 'ジョン・スミス', []],
  ['A.7 KATAKANA MIDDLE DOT with Hiragana only', 'ひ・', []],
  ['A.7 KATAKANA MIDDLE DOT with Han only', '・漢', []],
  ['A.7 KATAKANA MIDDLE DOT with Latin only', 'a・b', ['KATAKANA_MIDDLE_DOT']],
  ['A.7 KATAKANA MIDDLE DOT with the Common prolonged sound mark only', '・ー', ['KATAKANA_MIDDLE_DOT']],
  ['A.7 two KATAKANA MIDDLE DOTs alone', '・・', ['KATAKANA_MIDDLE_DOT', 'KATAKANA_MIDDLE_DOT']],
  ['A.8 ARABIC-INDIC DIGITS alone', 'ب١٢٣', []],
  ['A.8 ARABIC-INDIC DIGITS with ASCII digits', 'ب١2', []],
  ['A.8/A.9 ARABIC-INDIC with EXTENDED ARABIC-INDIC', 'ب١۲', ['ARABIC_INDIC_DIGITS', 'EXTENDED_ARABIC_INDIC_DIGITS']],
  ['A.9 EXTENDED ARABIC-INDIC DIGITS alone', 'ب۱۲۳', []],
  ['A.9 EXTENDED ARABIC-INDIC before ARABIC-INDIC', '۱ب٢', ['EXTENDED_ARABIC_INDIC_DIGITS', 'ARABIC_INDIC_DIGITS']],
  ['no CONTEXTO code point', 'bücher', []],
];

describe('RFC 5892 Appendix A CONTEXTO rules', () => {
  test.each(CASES)('%s: %s', (_source, label, rules) => {
    expect(checkContextO(label).map((f) => f.rule)).toEqual(rules);
  });

  test('failures carry the UTF-16 offset and the code point', () => {
    expect(checkContextO('𝒜a·b')).toEqual([{ rule: 'MIDDLE_DOT', offset: 3, codePoint: 0xb7 }]);
  });

  test('contextoRuleOf knows every CONTEXTO code point of the derived property, and only those', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const contexto = getIdna2008Property(cp) === 'CONTEXTO';
      if (contexto !== (contextoRuleOf(cp) !== undefined))
        expect(cp.toString(16)).toBe('a CONTEXTO code point with a rule');
    }
  });
});

propTest.prop([fc.string({ unit: 'binary', maxLength: 64 })])(
  'never throws, offsets point at the failing code point',
  (label) => {
    for (const failure of checkContextO(label)) {
      expect(label.codePointAt(failure.offset)).toBe(failure.codePoint);
      expect(contextoRuleOf(failure.codePoint)).toBe(failure.rule);
    }
  },
);
