// Derived training text (scripts/transliterate.ts): each mapping on words spelt in both scripts by the
// standard it follows, and the held-out split of a derived text follows the text it came from.
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { isHeldOut, type Sample } from '../scripts/corpus.js';
import {
  asciiApostrophes,
  ashaninkaOfficial,
  belarusianToLatin,
  derivedSamples,
  ladinoToHebrew,
  nahuatlClassical,
  otomiSpanish,
  shipiboOfficial,
  tatarToLatin,
  uzbekToLatin,
} from '../scripts/transliterate.js';

describe('transliterations', () => {
  test.each([
    ['Татар теле', 'Tatar tele'],
    ['Казан', 'Qazan'],
    ['кеше', 'keşe'],
    ['тау', 'taw'],
    ['җир', 'cir'],
    ['аңладым', 'añladım'],
    ['мәгънә', 'mäğnä'],
    ['яшен', 'yäşen'],
    ['Әйе', 'Äye'],
  ])('Tatar Zamanälif: %s → %s', (cyrillic, latin) => expect(tatarToLatin(cyrillic)).toBe(latin));

  test.each([
    ['Беларусь', 'Biełaruś'],
    ['Мінск', 'Minsk'],
    ['дзякуй', 'dziakuj'],
    ['лес', 'les'],
    ['вячэра', 'viačera'],
    ['зʼява', 'zjava'],
    ['Ён', 'Jon'],
    ['хлеб', 'chleb'],
  ])('Belarusian Łacinka: %s → %s', (cyrillic, latin) => expect(belarusianToLatin(cyrillic)).toBe(latin));

  test.each([
    ['Ўзбекистон', 'Oʻzbekiston'],
    ['Тошкент', 'Toshkent'],
    ['ғалаба', 'gʻalaba'],
    ['маъно', 'maʼno'],
    ['ер', 'yer'],
    ['шаҳар', 'shahar'],
  ])('Uzbek Latin 1995: %s → %s', (cyrillic, latin) => expect(uzbekToLatin(cyrillic)).toBe(latin));

  test.each([
    ['kaza', 'קאזה'],
    ['espanyol', 'איספאנייול'],
    ['i', 'אי'],
    ['muevo', 'מואיבﬞו'],
    ['djente', 'גﬞינטי'],
    ['kon', 'קון'],
  ])('Ladino in Hebrew letters: %s → %s', (latin, hebrew) => expect(ladinoToHebrew(latin)).toBe(hebrew));

  test.each([
    ['jahuéqui', 'jaweki'],
    ['Iqui', 'iki'],
    ['quiquin', 'kikin'],
    ['huetsa', 'wetsa'],
    ['jainoas\u0308h', 'jainoax'],
    ['shinan', 'shinan'],
    ['jacon', 'jakon'],
  ])('Shipibo-Konibo official alphabet: %s → %s', (sil, official) => expect(shipiboOfficial(sil)).toBe(official));

  test.each([
    ['pincatsari', 'pinkatsari'],
    ['quipatsi', 'kipatsi'],
    ['covariria', 'kobariria'],
    ['shima', 'shima'],
  ])('Asháninka official alphabet: %s → %s', (sil, official) => expect(ashaninkaOfficial(sil)).toBe(official));

  test.each([
    ['kuali', 'cuali'],
    ['uan', 'huan'],
    ['tojuantij', 'tohhuantih'],
    ['tsopelik', 'tzopelic'],
    ['kiixmati', 'quiixmati'],
    ['ueyi', 'hueyi'],
    ['tlakatl', 'tlacatl'],
  ])('Nahuatl in the Spanish-based spelling: %s → %s', (modern, classical) =>
    expect(nahuatlClassical(modern)).toBe(classical));

  test.each([
    ["kja'ni", 'qhani'],
    ['xijmojo̱i', 'xihmohoi'],
    ['nde̱jte̱', 'ndehte'],
    ['jingi', 'hingui'],
    ['kuchti', 'cuchti'],
    ['föste', 'foste'],
    ['tsifi', 'tzifi'],
    ["ka'ki", 'caqui'],
  ])('Otomi in the Spanish-based spelling: %s → %s', (modern, colonial) => expect(otomiSpanish(modern)).toBe(colonial));

  test('ʻ and ʼ between letters become the ASCII apostrophe, elsewhere they stay', () => {
    expect(asciiApostrophes('oʻzbek maʼno ʻokina')).toBe("o'zbek ma'no ʻokina");
  });
});

describe('derivedSamples', () => {
  const sample = (language: string, script: string, text: string): Sample => ({
    language,
    script,
    text,
    source: 'tatoeba',
  });

  test('a derived text is in the target script and keeps its source and origin', () => {
    const [derived] = derivedSamples([sample('tt', 'Cyrl', 'Казан')]);
    expect(derived).toEqual({
      language: 'tt',
      script: 'Latn',
      text: 'Qazan',
      source: 'tatoeba',
      origin: 'Казан',
      respelled: true,
    });
  });

  prop.prop([fc.array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәөүңҗһ '.split('')), { maxLength: 40 })])(
    'the held-out split of a derived text is its origin’s',
    (letters) => {
      const source = sample('tt', 'Cyrl', letters.join(''));
      for (const derived of derivedSamples([source])) expect(isHeldOut(derived)).toBe(isHeldOut(source));
    },
  );
});
