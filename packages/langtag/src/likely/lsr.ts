/**
 * UTS #35 Part 1 §4.4 "Likely Subtags": Add Likely Subtags on a language–script–region triple.
 *
 * | step (UTS #35 §4.4 Add Likely Subtags)                 | here                          |
 * |--------------------------------------------------------|-------------------------------|
 * | 2. drop script Zzzz and region ZZ                      | `addLikely`, first lines      |
 * | 4. a full triple is already maximal (if L has data)    | early return                  |
 * | 5. look up L_S_R, L_S, L_R, L (und_S_R … und for und)   | the `for` over candidate keys |
 * | 6. no match for a non-und language: fail               | returns undefined             |
 * | 7. fill only the empty fields from the match           | the returned triple           |
 */
import { LIKELY_SUBTAGS } from '../data/cldr-likely.js';
import { decodePairs, lazy } from '../data/decode.js';

/** Language, script and region; empty strings for absent script/region, 'und' for no language. */
export interface LSR {
  language: string;
  script: string;
  region: string;
}

const table = /* @__PURE__ */ lazy(() => {
  const pairs = decodePairs(LIKELY_SUBTAGS);
  const out = new Map<string, LSR>();
  for (const [from, to] of pairs) {
    const full = to.startsWith('-') ? from.slice(0, from.indexOf('-') < 0 ? from.length : from.indexOf('-')) + to : to;
    const [language, script, region] = full.split('-') as [string, string, string];
    out.set(from, { language, script, region });
  }
  return out;
});

/** The likely-subtags rule for exactly KEY (`und-Latn`, `zh-TW` …), if any. */
export function likelyRule(key: string): LSR | undefined {
  return table().get(key);
}

/**
 * UTS #35 Add Likely Subtags on a triple (script in title case, region in upper case).
 * Returns undefined when the data has no rule for a non-und language (the CLDR 46+ "FAIL").
 */
export function addLikely(language: string, script: string, region: string): LSR | undefined {
  // Step 2: the unknown script and region count as absent.
  if (script === 'Zzzz') script = '';
  if (region === 'ZZ') region = '';
  const t = table();
  // Step 4: nothing to add — for a language CLDR knows (qaa-Cyrl-CH still fails, as in CLDR 46+).
  if (language !== 'und' && script !== '' && region !== '' && t.has(language)) return { language, script, region };
  // Step 5: look up, most specific first.
  let match: LSR | undefined;
  if (script !== '' && region !== '') match = t.get(`${language}-${script}-${region}`);
  if (!match && script !== '') match = t.get(`${language}-${script}`);
  if (!match && region !== '') match = t.get(`${language}-${region}`);
  if (!match) match = t.get(language);
  // Step 6: no rule for this language.
  if (!match) return undefined;
  // Step 7: keep what was given, fill in the rest.
  return {
    language: language === 'und' ? match.language : language,
    script: script === '' ? match.script : script,
    region: region === '' ? match.region : region,
  };
}
