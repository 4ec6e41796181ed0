/**
 * CLDR language matching distance (UTS #35 Part 1 §4.5 "Language Matching", languageMatching
 * `written-new`), the score ICU's LocaleDistance keeps private.
 *
 * | piece                                         | UTS #35 / CLDR                          | here              |
 * |-----------------------------------------------|-----------------------------------------|-------------------|
 * | maximize both tags to language-script-region  | §4.5 "likely subtags are added"         | `lsrOf`           |
 * | language, script, region distances, summed    | `languageMatch` rules, first match wins | `lsrDistance`     |
 * | non-`oneway` rules apply in both directions   | `oneway` attribute                      | `ruleMatches`     |
 * | `$variable` / `$!variable` region sets        | `matchVariables` (macroregions expanded)| REGION_PARTITIONS |
 * | a macroregion: the worst of its partitions    | ICU LocaleDistance                      | `regionDistance`  |
 * | favor script: language distance / 4           | ICU `ULOCMATCH_FAVOR_SCRIPT`            | `lsrDistance`     |
 * | equal subtags: 0; `*` rules: 80 / 50 / 4      | `*` rules                               |                   |
 */
import { MATCH_RULES, PARADIGM_LOCALES, REGION_PARTITIONS, REGION_SETS } from '../data/cldr-matching.js';
import { lazy } from '../data/decode.js';
import { canonicalize } from '../canonical/canonicalize.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import { replaceSimpleAliases } from '../canonical/aliases.js';
import { addLikely, type LSR } from '../likely/lsr.js';

/** A maximized tag for matching, with which fields were given explicitly (ICU's LSR flags). */
export interface MatchLSR extends LSR {
  /** Bits: 4 language, 2 script, 1 region given in the tag (used as a micro-distance at 0). */
  flags: number;
}

type Pattern = { kind: 'any' } | { kind: 'is'; value: string } | { kind: 'in'; bit: number; negate: boolean };
interface Rule {
  fields: number;
  desired: Pattern[];
  supported: Pattern[];
  distance: number;
  oneway: boolean;
}

function pattern(text: string, index: number): Pattern {
  if (text === '*') return { kind: 'any' };
  if (index === 2) {
    const negate = text.startsWith('$!');
    const name = text.replace(/^\$!?/, '');
    return { kind: 'in', bit: REGION_SETS.indexOf(name), negate };
  }
  return { kind: 'is', value: text };
}

const data = /* @__PURE__ */ lazy(() => {
  const rules: Rule[][] = [[], [], [], []];
  for (const entry of MATCH_RULES.split('|')) {
    const [d, s, distance, oneway] = entry.split(';') as [string, string, string, string | undefined];
    const dp = d.split('-').map(pattern);
    rules[dp.length]!.push({ fields: dp.length, desired: dp, supported: s.split('-').map(pattern), distance: Number(distance), oneway: oneway === '1' });
  }
  const partitions = new Map<string, number[]>();
  for (const entry of REGION_PARTITIONS.split(' ')) {
    const [region, masks] = entry.split(':') as [string, string];
    partitions.set(region, masks.split(',').map(Number));
  }
  return { rules, partitions, paradigms: new Set(PARADIGM_LOCALES.split(' ').map((t) => key(lsrOf(t)!))) };
});

/** The distance of a `*`-only rule of each level: languages 80, scripts 50, regions 4. */
export const DEFAULT_LANGUAGE_DISTANCE = 80;
export const DEFAULT_SCRIPT_DISTANCE = 50;
export const DEFAULT_REGION_DISTANCE = 4;

function fieldMatches(p: Pattern, value: string | number): boolean {
  if (p.kind === 'any') return true;
  if (p.kind === 'is') return p.value === value;
  const inSet = ((value as number) & (1 << p.bit)) !== 0;
  return p.negate ? !inSet : inSet;
}

function ruleMatches(rule: Rule, d: readonly (string | number)[], s: readonly (string | number)[]): boolean {
  const direct = (a: Pattern[], b: Pattern[]) => a.every((p, i) => fieldMatches(p, d[i]!)) && b.every((p, i) => fieldMatches(p, s[i]!));
  return direct(rule.desired, rule.supported) || (!rule.oneway && direct(rule.supported, rule.desired));
}

function isStar(rule: Rule): boolean {
  return rule.desired.every((p) => p.kind === 'any') && rule.supported.every((p) => p.kind === 'any');
}

/** First matching rule of a level; equal subtags under a `*` rule cost nothing. */
function levelDistance(level: number, d: readonly (string | number)[], s: readonly (string | number)[], equal: boolean): number {
  for (const rule of data().rules[level]!) {
    if (!ruleMatches(rule, d, s)) continue;
    if (equal && (isStar(rule) || level === 3)) return 0;
    return rule.distance;
  }
  return equal ? 0 : level === 1 ? DEFAULT_LANGUAGE_DISTANCE : level === 2 ? DEFAULT_SCRIPT_DISTANCE : DEFAULT_REGION_DISTANCE;
}

function regionDistance(d: MatchLSR, s: MatchLSR): number {
  if (d.region === s.region) return 0;
  const { partitions } = data();
  const dMasks = partitions.get(d.region) ?? [0];
  const sMasks = partitions.get(s.region) ?? [0];
  let worst = 0;
  // A macroregion spans several partitions: the worst pair counts (ICU LocaleDistance).
  for (const dm of dMasks) {
    for (const sm of sMasks) {
      const distance = levelDistance(3, [d.language, d.script, dm], [s.language, s.script, sm], false);
      if (distance > worst) worst = distance;
    }
  }
  return worst;
}

export type Favor = 'language' | 'script';

/** The CLDR distance of two maximized tags (0 = same, 100+ = unrelated). */
export function lsrDistance(d: MatchLSR, s: MatchLSR, favor: Favor = 'language'): number {
  let language = d.language === s.language ? 0 : levelDistance(1, [d.language], [s.language], false);
  // ICU ULOCMATCH_FAVOR_SCRIPT: a language difference weighs a quarter.
  if (favor === 'script') language >>= 2;
  const script = levelDistance(2, [d.language, d.script], [s.language, s.script], d.script === s.script);
  return language + script + regionDistance(d, s);
}

/** An LSR's identity (for exact matches and paradigm look-ups). */
export function key(lsr: LSR): string {
  return `${lsr.language}-${lsr.script}-${lsr.region}`;
}

export function isParadigm(lsr: MatchLSR): boolean {
  return data().paradigms.has(key(lsr));
}

/** True when LSR is its language's most likely locale (fr-Latn-FR for fr). */
export function isLanguageDefault(lsr: MatchLSR): boolean {
  const max = addLikely(lsr.language, '', '');
  return max !== undefined && max.script === lsr.script && max.region === lsr.region;
}

/** ICU pseudo-locales: en-XA / -PSACCENT, ar-XB / -PSBIDI, -XC / -PSCRACK match only themselves. */
const PSEUDO: Record<string, string> = { XA: "'", XB: '+', XC: ',', psaccent: "'", psbidi: '+', pscrack: ',' };
const PSEUDO_REGION: Record<string, string> = { psaccent: 'XA', psbidi: 'XB', pscrack: 'XC' };

/**
 * The maximized language-script-region of a tag, as ICU's LocaleMatcher builds it: `und` (and
 * CLDR's `root`) stays `und`; a private-use tag is its own language; legacy tags and simple
 * aliases are replaced (`iw` → `he`, but `sh` stays `sh`, as in ICU's likely-subtags data); a
 * language CLDR has no data for keeps its subtags and takes the rest from `und`. Undefined when
 * the tag is not well-formed.
 */
export function lsrOf(tag: string): MatchLSR | undefined {
  if (tag.toLowerCase() === 'root') return { language: 'und', script: '', region: '', flags: 7 };
  const parsed = parse(tag);
  if (!parsed.ok) return undefined;
  let t = parsed.tag;
  if (t.grandfathered || t.extlang.length > 0) t = parse(canonicalize(tag).value!).tag;
  if (t.language === null || (t.language === 'und' && t.privateuse.length > 0 && !t.script && !t.region && t.variants.length === 0)) {
    return { language: stringify({ ...t, language: t.language === 'und' ? null : t.language }), script: '', region: '', flags: 7 };
  }
  if (t.language === 'und' && !t.script && !t.region) return { language: 'und', script: '', region: '', flags: 7 };
  const id = { language: t.language, script: t.script ?? '', region: t.region ?? '', variants: [] as string[] };
  replaceSimpleAliases(id);
  const { language, script, region } = id;
  const flags = (language !== 'und' ? 4 : 0) | (script ? 2 : 0) | (region ? 1 : 0);
  const pseudo = PSEUDO[region] ?? (t.variants.length === 1 ? PSEUDO[t.variants[0]!] : undefined);
  if (pseudo !== undefined) {
    return { language: pseudo + language, script: pseudo + script, region: region || PSEUDO_REGION[t.variants[0]!]!, flags: region ? 7 : 6 };
  }
  const max = addLikely(language, script, region) ?? { ...(addLikely('und', script, region) ?? { script, region }), language };
  return { language: max.language, script: max.script, region: max.region, flags };
}

/**
 * The CLDR matching distance from DESIRED to SUPPORTED (0–100+; below 50 is a usable match by
 * default). Undefined when either tag is not well-formed.
 */
export function distance(desired: string, supported: string, options: { favor?: Favor } = {}): number | undefined {
  const d = lsrOf(desired);
  const s = lsrOf(supported);
  if (!d || !s) return undefined;
  return lsrDistance(d, s, options.favor);
}
