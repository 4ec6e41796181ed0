// Every script answered (issue #17): a script no language of the model is written in is answered from
// CLDR likely subtags of und-<Script>; letters rare in a script name their language (Assamese ৰ ৱ, Sorani
// ڕ ڵ); tags carry the script when CLDR writes the language in several. Expected answers come from CLDR
// (cldr-core, cldr-misc-full) and the UCD, never written here.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { checkGenerator } from '../../../scripts/gen-lib.js';
import { getScript } from '@nomina/ucd';
import * as defaultTier from '../src/index.js';
import * as fullTier from '../src/full.js';
import { MODEL as DEFAULT_MODEL } from '../src/data/model-default.js';
import { MODEL as FULL_MODEL } from '../src/data/model-full.js';
import { MULTI_SCRIPT_LANGUAGES, SCRIPT_LANGUAGE } from '../src/data/scripts.js';
import { exemplarCodePoints, languageScripts, likelyScriptOf, likelySubtags } from '../scripts/script-data.js';

const require = createRequire(import.meta.url);
const tiers = [
  { name: 'default', tier: defaultTier, model: DEFAULT_MODEL },
  { name: 'full', tier: fullTier, model: FULL_MODEL },
] as const;

/** Up to 40 letters of each script (General_Category L), from the UCD. */
const lettersOf = (() => {
  const map = new Map<string, string[]>();
  for (let cp = 0x80; cp < 0x32000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    if (!/\p{L}/u.test(char)) continue;
    const script = getScript(cp);
    const list = map.get(script) ?? [];
    if (list.length < 40) list.push(char);
    map.set(script, list);
  }
  return map;
})();

/** A text of words made of `letters` in order (5 letters a word). */
function textOf(letters: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < letters.length; i += 5) words.push(letters.slice(i, i + 5).join(''));
  return words.join(' ');
}

/** Main exemplar letters of a CLDR locale (cldr-misc-full). */
function exemplarText(locale: string): string {
  const characters = require(`cldr-misc-full/main/${locale}/characters.json`).main[locale].characters;
  const letters = exemplarCodePoints(characters.exemplarCharacters)
    .map((cp) => String.fromCodePoint(cp))
    .filter((c) => /\p{L}/u.test(c));
  return textOf([...letters, ...letters.slice().reverse()]);
}

const languageOf = (tag: string): string => tag.split('-')[0]!;
const scriptOf = (tag: string): string | undefined => tag.split('-')[1];

describe('the generated table', () => {
  test('src/data/scripts.ts is what scripts/script-data.ts makes of CLDR (regeneration is a no-op)', async () => {
    expect(await checkGenerator('packages/langid/scripts/script-data.ts')).toEqual([]);
  });
});

describe.each(tiers)('$name tier: every script answered', ({ tier, model }) => {
  const modelScripts = new Set(model.scripts.split(' ').flatMap((s) => s.split('+')));
  const undScripts = Object.entries(likelySubtags())
    .filter(([key]) => /^und-[A-Z][a-z]{3}$/.test(key))
    .map(([key, value]) => [key.slice(4), value] as const)
    .filter(([script]) => lettersOf.has(script) && !modelScripts.has(script));

  test.each(
    undScripts.filter(([, value]) => !value.startsWith('und-')),
  )('a script no model language uses: %s → CLDR likely subtags %s', (script, likely) => {
    const detection = tier.detect(textOf(lettersOf.get(script)!));
    expect(detection.tag, JSON.stringify(detection.issues)).not.toBe('und');
    expect(languageOf(detection.tag)).toBe(languageOf(likely));
    // A scriptless tag means the language's likely script, which must be the text's.
    const named = scriptOf(detection.tag) ?? likelyScriptOf(languageOf(detection.tag));
    expect([script, likely.split('-')[1]]).toContain(named);
  });

  test.each(
    undScripts.filter(([, value]) => value.startsWith('und-')),
  )('a script CLDR names no language for: %s → und, UNSUPPORTED_SCRIPT', (script) => {
    const detection = tier.detect(textOf(lettersOf.get(script)!));
    expect(detection.tag).toBe('und');
    expect(detection.issues[0]!.code).toBe('UNSUPPORTED_SCRIPT');
  });

  test('a script the model shares gets the model: Latin, Cyrillic, Arabic texts answer model languages', () => {
    for (const locale of ['de', 'ru', 'fa']) {
      const tag = tier.detect(exemplarText(locale)).tag;
      expect(tier.languages()).toContain(tag);
    }
  });

  test('only/exclude apply to script answers (NO_CANDIDATE)', () => {
    const [script] = undScripts.find(([, value]) => !value.startsWith('und-'))!;
    const detection = tier.detect(textOf(lettersOf.get(script)!), { only: ['en'] });
    expect(detection.tag).toBe('und');
    expect(detection.issues[0]!.code).toBe('NO_CANDIDATE');
  });
});

describe.each(tiers)('$name tier: letters rare in their script (CLDR exemplars)', ({ tier }) => {
  // Pairs of a language and the model's neighbour in the same script (issue #17); when the tier has the
  // language itself (trained on text), the model answers it and the rare-letter rule stands aside.
  const outside = (language: string): boolean =>
    !tier.languages().some((tag) => languageOf(tag) === language && scriptOf(tag) !== 'Latn');
  test.each(
    [
      ['as', 'bn'],
      ['ckb', 'fa'],
      ['ckb', 'ur'],
    ].filter(([language]) => outside(language!)),
  )('%s exemplar letters answer it, not the neighbour %s; the neighbour’s letters never answer it', (language, neighbour) => {
    expect(languageOf(tier.detect(exemplarText(language)).tag)).toBe(language);
    expect(languageOf(tier.detect(exemplarText(neighbour)).tag)).not.toBe(language);
  });

  test('one rare letter in a long text of the neighbour is no evidence (one per 50 letters needed)', () => {
    const text = `${exemplarText('bn')} ${exemplarText('bn')} ${exemplarText('bn')} ৰ`;
    expect(tier.detect(text).tag).toBe('bn');
  });

  test('Assamese and Sorani are answered in either case: by rare letters, or by the model when it has them', () => {
    for (const [language, neighbour] of [
      ['as', 'bn'],
      ['ckb', 'ur'],
    ] as const)
      if (!outside(language)) expect(languageOf(tier.detect(exemplarText(neighbour)).tag)).not.toBe(language);
      else expect(languageOf(tier.detect(exemplarText(language)).tag)).toBe(language);
  });
});

describe.each(tiers)('$name tier: tags and scripts (CLDR)', ({ model }) => {
  const tags = model.tags.split(' ');
  const scripts = model.scripts.split(' ');
  const multi = new Set(MULTI_SCRIPT_LANGUAGES.split(' '));

  test('a language CLDR writes in several scripts always carries its script', () => {
    for (const tag of tags) if (multi.has(languageOf(tag))) expect(scriptOf(tag), tag).toBeDefined();
  });

  test('a scriptless tag means its CLDR likely script, and that is the script of its training text', () => {
    const variants: Record<string, string[]> = {
      Jpan: ['Hani', 'Hira', 'Kana'],
      Kore: ['Hang', 'Hani'],
      Hans: ['Hani'],
      Hant: ['Hani'],
    };
    tags.forEach((tag, i) => {
      if (scriptOf(tag)) return;
      const likely = likelyScriptOf(tag);
      if (likely === undefined) return; // no CLDR likely script to mean (Klingon, collective codes)
      const written = scripts[i]!.split('+');
      expect(
        written.some((s) => s === likely || variants[likely]?.includes(s)),
        `${tag} ${likely} ${written}`,
      ).toBe(true);
    });
  });

  test('languages CLDR lists with two primary scripts (languageData) are multi-script', () => {
    const data = require('cldr-core/supplemental/languageData.json').supplemental.languageData as Record<
      string,
      { _scripts?: string[] }
    >;
    const written = languageScripts();
    for (const [language, value] of Object.entries(data))
      if (!language.includes('-') && (value._scripts?.length ?? 0) > 1 && (written.get(language)?.size ?? 0) > 1)
        expect(multi.has(language), language).toBe(true);
  });

  test('SCRIPT_LANGUAGE names the CLDR likely language of each script it lists', () => {
    const likely = likelySubtags();
    for (const [script, tag] of Object.entries(SCRIPT_LANGUAGE))
      expect(languageOf(likely[`und-${script}`]!)).toBe(languageOf(tag));
  });
});
