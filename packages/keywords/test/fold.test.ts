import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { fold, foldBasic, FOLD_PROFILE_VERSION, FOLD_RULES } from '../src/index.js';
import { toWellFormed } from '../src/internals.js';
import { foldBoth, foldWords } from '../src/fold/fold.js';
import { foldVectors } from './helpers.js';

describe(`fold profile ${FOLD_PROFILE_VERSION}`, () => {
  test.each(
    foldVectors.map((v, i) => [`${v.rule} #${i + 1}: ${JSON.stringify(v.input)}`, v] as const),
  )('%s', (_name, v) => {
    expect(fold(v.input)).toBe(v.fold);
    expect(foldBasic(v.input)).toBe(v.basic ?? v.fold);
  });

  test.each(FOLD_RULES.map((rule) => [rule.id]))('rule %s has test vectors', (id) => {
    expect(foldVectors.filter((v) => v.rule === id).length).toBeGreaterThan(0);
  });

  test('every vector names a rule of the profile', () => {
    const ids = new Set(FOLD_RULES.map((r) => r.id));
    expect(foldVectors.filter((v) => !ids.has(v.rule as never))).toEqual([]);
  });
});

describe('fold properties', () => {
  prop.prop([fc.string({ unit: 'binary', maxLength: 40 })])('never throws and returns well-formed NFC text', (text) => {
    const folded = fold(text);
    expect(toWellFormed(folded)).toBe(folded);
    expect(folded.normalize('NFC')).toBe(folded);
  });

  test.each([
    ['New York, NY', 'newyorkny', ['yorkny', 'ny']],
    ['Côte d’Ivoire', 'cotedivoire', ['divoire', 'ivoire']],
    ['Санкт-Петербург', 'санктпетербург', ['петербург']],
    ['ภาษาไทย', 'ภาษาไทย', ['ไทย']],
    ['北京首都国际机场', '北京首都国际机场', ['首都国际机场', '国际机场', '机场']],
    ['Zürich', 'zurich', []],
  ] as const)('foldWords(%j): the fold %j and the suffixes at later word starts', (text, folded, suffixes) => {
    const words = foldWords(text);
    expect(words.folded).toBe(folded);
    expect(words.starts.map((start) => folded.slice(start))).toEqual(suffixes);
  });
  test('foldWords gives word starts up to 4096 UTF-16 units (a key is at most 256) and none beyond', () => {
    const text = (n: number) => 'ab '.repeat(Math.ceil(n / 3)).slice(0, n);
    expect(foldWords(text(4096)).starts.length).toBeGreaterThan(0);
    expect(foldWords(text(4097)).starts).toEqual([]);
    expect(foldWords(text(4097)).folded).toBe(fold(text(4097)));
  });
  prop.prop([fc.string({ unit: 'grapheme', maxLength: 30 })])(
    'foldWords folds as fold does, with ascending starts inside the fold',
    (text) => {
      const { folded, starts } = foldWords(text);
      expect(folded).toBe(fold(text));
      for (let i = 0; i < starts.length; i++) {
        expect(starts[i]!).toBeGreaterThan(i === 0 ? 0 : starts[i - 1]!);
        expect(starts[i]!).toBeLessThan(folded.length);
      }
    },
  );
  prop.prop([fc.string({ unit: 'grapheme', maxLength: 30 })])('is idempotent', (text) => {
    expect(fold(fold(text))).toBe(fold(text));
  });

  prop.prop([fc.string({ unit: 'grapheme', maxLength: 30 })])('NFC and NFD forms fold alike', (text) => {
    expect(fold(text.normalize('NFD'))).toBe(fold(text.normalize('NFC')));
  });

  prop.prop([
    fc.string({
      unit: fc.constantFrom('ｶ', 'ﾞ', 'ي', 'ى', '國', 'Ǆ', 'ß', 'e\u0301', 'ä', ' ', 'a', '\u064b'),
      maxLength: 30,
    }),
  ])('foldBoth is fold and foldBasic at once', (text) => {
    expect(foldBoth(text)).toEqual({ folded: fold(text), basic: foldBasic(text) });
  });

  test('long texts fold in pieces exactly as a whole', () => {
    const unit = 'ｶﾞ Crème 한국어 मुंबई e\u0301 ';
    expect(fold(unit.repeat(2000))).toBe(fold(unit).repeat(2000));
    expect(foldBasic(unit.repeat(2000))).toBe(foldBasic(unit).repeat(2000));
  });

  test('lone surrogates become U+FFFD', () => {
    expect(toWellFormed('a\ud800b\udc00')).toBe('a\ufffdb\ufffd');
    expect(fold('x\udbff')).toBe('x\ufffd');
  });

  test('linear: 8× the input takes far less than 64× the time', () => {
    expectLinear((n) => 'Crème brûlée, Straße, Αθήνα, मुंबई, 東京 '.repeat(n), fold, { small: 200, factor: 8 });
  });
});
