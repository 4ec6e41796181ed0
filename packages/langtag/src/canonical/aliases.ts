/**
 * UTS #35 Annex C "LocaleId Canonicalization", alias replacement on a unicode_language_id.
 *
 * | step (Annex C, "Replace aliases in the unicode_language_id")               | here              |
 * |----------------------------------------------------------------------------|-------------------|
 * | languageAlias: language+variant, language+region, language, und+variant   | `replaceLanguage` |
 * | territoryAlias; several replacements → the likely region, else the first  | `replaceRegion`   |
 * | scriptAlias                                                                | `replaceScript`   |
 * | variantAlias                                                               | `replaceVariant`  |
 * | repeat until nothing changes; variants kept sorted and unique              | `replaceAliases`  |
 *
 * Rule order follows ICU (the reference implementation the CLDR vectors are generated with):
 * rules naming variants first (more variants first), then language+region, then the language
 * alone, then `und`+variants; within a kind, variants are tried in alphabetical order.
 */
import {
  LANGUAGE_ALIASES,
  SCRIPT_ALIASES,
  SUBDIVISION_ALIASES,
  TERRITORY_ALIASES,
  VARIANT_ALIASES,
} from '../data/cldr-aliases.js';
import { decodePairs, lazy } from '../data/decode.js';
import { addLikely } from '../likely/lsr.js';

/** A unicode_language_id being canonicalized (script title case, region upper, the rest lower). */
export interface LanguageId {
  language: string;
  script: string;
  region: string;
  variants: string[];
}

interface LanguageRule {
  language: string;
  region: string;
  variants: string[];
  replacement: LanguageId;
}

function startsWithDigit(subtag: string): boolean {
  return subtag.charCodeAt(0) <= 0x39;
}

/** Splits `lang[-Scrp][-RG][-variant…]` (as in alias data) into a LanguageId. */
export function splitId(text: string): LanguageId {
  const parts = text.split('-');
  const id: LanguageId = { language: parts[0]!.toLowerCase(), script: '', region: '', variants: [] };
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.length === 4 && !startsWithDigit(p)) id.script = p[0]!.toUpperCase() + p.slice(1).toLowerCase();
    else if (p.length === 2 || (p.length === 3 && startsWithDigit(p))) id.region = p.toUpperCase();
    else id.variants.push(p.toLowerCase());
  }
  return id;
}

const languageRules = /* @__PURE__ */ lazy(() => {
  const byLanguage = new Map<string, LanguageRule[]>();
  const whole = new Map<string, string>();
  for (const [type, replacement] of decodePairs(LANGUAGE_ALIASES)) {
    const id = splitId(type);
    // Types that are not language[-region][-variant…] (grandfathered i-klingon, en-GB-oed, zh-min-nan,
    // sgn-BE-FR; extlang forms zh-yue, zh-cmn-Hans) are replaced whole, before alias rules run.
    if (!isRuleShaped(type)) {
      whole.set(type.toLowerCase(), replacement);
      continue;
    }
    const rule: LanguageRule = {
      language: id.language,
      region: id.region,
      variants: id.variants,
      replacement: splitId(replacement),
    };
    const list = byLanguage.get(id.language) ?? [];
    list.push(rule);
    byLanguage.set(id.language, list);
  }
  // Within a language: more variants first, then language+region, then the bare language;
  // among rules with as many variants, alphabetical order of the variants (ICU).
  const order = (r: LanguageRule) => r.variants.join('-');
  for (const list of byLanguage.values()) {
    list.sort(
      (a, b) =>
        b.variants.length - a.variants.length ||
        Number(b.region !== '') - Number(a.region !== '') ||
        (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0),
    );
  }
  return { byLanguage, whole };
});

const territoryAliases = /* @__PURE__ */ lazy(() => decodePairs(TERRITORY_ALIASES));
const scriptAliases = /* @__PURE__ */ lazy(() => decodePairs(SCRIPT_ALIASES));
const variantAliases = /* @__PURE__ */ lazy(() => decodePairs(VARIANT_ALIASES));
const subdivisionAliases = /* @__PURE__ */ lazy(() => decodePairs(SUBDIVISION_ALIASES));

/** The CLDR replacement of a whole legacy tag (`i-klingon` → `tlh`, `zh-min` → `nan-x-zh-min`), if any. */
export function legacyReplacement(lowerTag: string): string | undefined {
  return languageRules().whole.get(lowerTag);
}

/** The CLDR replacement of a subdivision code (for -u-rg / -u-sd), if any. */
export function subdivisionReplacement(code: string): string | undefined {
  const replacement = subdivisionAliases().get(code);
  if (replacement === undefined) return undefined;
  const first = replacement.split(',')[0]!;
  // A replacement by a whole region becomes the region's "zzzz" subdivision (UTS #35 §3.6.5).
  return first.length <= 3 ? first.toLowerCase() + 'zzzz' : first;
}

/** True for `language[-region][-variant…]` with a 2–8 letter language other than "i". */
function isRuleShaped(type: string): boolean {
  const parts = type.split('-');
  if (parts[0] === 'i') return false;
  let regions = 0;
  for (const p of parts.slice(1)) {
    const digit = startsWithDigit(p);
    if (p.length === 2 || (p.length === 3 && digit)) regions++;
    else if (!(p.length >= 5 || (p.length === 4 && digit))) return false;
  }
  return regions <= 1;
}

function matches(rule: LanguageRule, id: LanguageId, anyLanguage: boolean): boolean {
  if (!anyLanguage && rule.language !== id.language) return false;
  if (rule.region !== '' && rule.region !== id.region) return false;
  for (const v of rule.variants) if (!id.variants.includes(v)) return false;
  return true;
}

/** Applies a matched languageAlias rule: matched fields are replaced, other fields only filled in. */
function apply(rule: LanguageRule, id: LanguageId): void {
  const r = rule.replacement;
  if (r.language !== 'und') id.language = r.language;
  if (r.script !== '' && id.script === '') id.script = r.script;
  if (rule.region !== '') id.region = r.region;
  else if (r.region !== '' && id.region === '') id.region = r.region;
  if (rule.variants.length > 0) id.variants = id.variants.filter((v) => !rule.variants.includes(v));
  if (r.variants.length > 0) id.variants = [...new Set([...id.variants, ...r.variants])].sort();
}

function replaceLanguage(id: LanguageId): boolean {
  const { byLanguage } = languageRules();
  const own = byLanguage.get(id.language);
  if (own) {
    for (const rule of own) {
      if (matches(rule, id, false)) {
        apply(rule, id);
        return true;
      }
    }
  }
  if (id.variants.length > 0) {
    const und = byLanguage.get('und');
    if (und) {
      for (const rule of und) {
        if (rule.variants.length > 0 && matches(rule, id, true)) {
          apply(rule, id);
          return true;
        }
      }
    }
  }
  return false;
}

function replaceRegion(id: LanguageId): boolean {
  if (id.region === '') return false;
  const replacement = territoryAliases().get(id.region);
  if (replacement === undefined) return false;
  const candidates = replacement.split(',');
  let region = candidates[0]!;
  if (candidates.length > 1) {
    // Annex C: the most likely region of the language (and script), if it is a candidate.
    const likely = addLikely(id.language, id.script, '');
    if (likely && candidates.includes(likely.region)) region = likely.region;
  }
  id.region = region;
  return true;
}

function replaceScript(id: LanguageId): boolean {
  if (id.script === '') return false;
  const replacement = scriptAliases().get(id.script);
  if (replacement === undefined) return false;
  id.script = replacement;
  return true;
}

function replaceVariant(id: LanguageId): boolean {
  for (const v of id.variants) {
    const replacement = variantAliases().get(v);
    if (replacement !== undefined) {
      id.variants = [...new Set(id.variants.map((x) => (x === v ? replacement : x)))].sort();
      return true;
    }
  }
  return false;
}

/** Most rounds of replacement: the CLDR data converges in a handful; this bounds hostile data. */
const MAX_ROUNDS = 32;

/** Annex C: replaces aliases until none applies (in place). Variants must be sorted and unique. */
export function replaceAliases(id: LanguageId): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (replaceLanguage(id) || replaceRegion(id) || replaceScript(id) || replaceVariant(id)) continue;
    return;
  }
}

/**
 * The aliases ICU's likely-subtags data applies before matching: a language replaced by a single
 * language (`iw` → `he`, `tl` → `fil`), a region (several: the likely one), a script.
 */
export function replaceSimpleAliases(id: LanguageId): void {
  const rule = languageRules()
    .byLanguage.get(id.language)
    ?.find((r) => r.region === '' && r.variants.length === 0);
  if (
    rule &&
    rule.replacement.script === '' &&
    rule.replacement.region === '' &&
    rule.replacement.variants.length === 0
  )
    id.language = rule.replacement.language;
  replaceRegion(id);
  replaceScript(id);
}
