// Training labels read as the text is written (scripts/corpus.ts): Tatoeba-Challenge's `slv` holds Slovak too; its
// sentences no letter tells apart are sorted by a model of Slovak and Slovenian, trained here on their UDHRs and a few
// everyday Slovak sentences with letters Slovenian lacks (as the lettered `slv` lines are), no shared vectors.
import { describe, expect, test } from 'vitest';
import { type Sample, sortMixedLabels, udhrSamples } from '../scripts/corpus.js';

const tatoeba = (text: string, language = 'sl'): Sample => ({ language, script: 'Latn', text, source: 'tatoeba' });

const LETTERED_SLOVAK = [
  'Ja som tvoj priateľ.',
  'Som veľmi unavený.',
  'Čo robíš dnes večer?',
  'Nie som doma, som v práci.',
  'Sme radi, že ste prišli.',
  'Kde je môj kľúč?',
  'Volám sa Peter a som študent.',
  'To je moja kniha, nie tvoja.',
  'Rozhodol som sa odísť.',
  'Nepracujem v nedeľu, ani v sobotu.',
  'Zavolám ti zajtra ráno.',
  'Bol som v Prahe minulý rok.',
  'Čo chceš jesť?',
  'Myslím, že má pravdu.',
].map((text) => tatoeba(text, 'sk'));

describe('sortMixedLabels', () => {
  const udhr = udhrSamples().filter((s) => s.language === 'sk' || s.language === 'sl');
  const slovak = ['Volal som ti.', 'Dnes nepracujem.', 'Spravil som svoje rozhodnutie.', 'Čo si robil v Bostone?'];
  const slovenian = [
    'Zakaj so ljudje jezni?',
    'Hodili smo v gledališče.',
    'Kako naj vem, da govoriš resnico?',
    'Angleščina je jezik, ki ga govorijo po vsem svetu.',
  ];
  const other: Sample = { language: 'hr', script: 'Latn', text: 'Volim te.', source: 'tatoeba' };
  const sorted = sortMixedLabels([
    ...udhr,
    ...LETTERED_SLOVAK,
    ...[...slovak, ...slovenian].map((t) => tatoeba(t)),
    other,
  ]);
  const languageOf = (text: string): string | undefined =>
    sorted.find((s) => s.source === 'tatoeba' && s.text === text)?.language;

  test.each(slovenian)('Slovenian stays Slovenian: %s', (text) => expect(languageOf(text)).toBe('sl'));
  test.each(slovak)('Slovak under slv is trained as Slovak: %s', (text) => expect(languageOf(text)).toBe('sk'));
  test('samples of other labels and sources are kept as they are', () => {
    expect(sorted).toContain(other);
    expect(sorted.filter((s) => s.source === 'udhr')).toEqual(udhr);
    for (const s of LETTERED_SLOVAK) expect(sorted).toContain(s);
  });
});
