/**
 * CLDR language matching distance (UTS #35 Part 1 §4.5 "Language Matching", languageMatching
 * `written-new`), the score ICU's LocaleDistance keeps private.
 *
 * | piece                                         | UTS #35 / CLDR                          | here              |
 * |-----------------------------------------------|-----------------------------------------|-------------------|
 * | maximize both tags to language-script-region  | §4.5 "likely subtags are added"         | `lsrOf`           |
 * | language, script, region distances, summed    | `languageMatch` rules, first match wins | `lsrDistance`     |
 * | non-`oneway` rules apply in both directions   | `oneway` attribute                      | `data` (indexed)  |
 * | `$variable` / `$!variable` region sets        | `matchVariables` (macroregions expanded)| REGION_PARTITIONS |
 * | a macroregion: the worst of its partitions    | ICU LocaleDistance                      | `regionDistance`  |
 * | favor script: language distance / 4           | ICU `ULOCMATCH_FAVOR_SCRIPT`            | `lsrDistance`     |
 * | equal subtags: 0; `*` rules: 80 / 50 / 4      | `*` rules                               |                   |
 */
import { MATCH_RULES, PARADIGM_LOCALES, REGION_PARTITIONS, REGION_SETS } from '../data/cldr-matching.js';
import { lazy } from '../data/decode.js';
import { memo } from '../result.js';
import { canonicalize } from '../canonical/canonicalize.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import { replaceSimpleAliases } from '../canonical/aliases.js';
import { addLikely, type LSR } from '../likely/lsr.js';
import { MATCH_TAG_CACHE_KEY_LIMIT, MATCH_TAG_CACHE_LIMIT } from '../limits.js';

/** A maximized tag for matching, with which fields were given explicitly (ICU's LSR flags). */
export interface MatchLSR extends LSR {
  /** Bits: 4 language, 2 script, 1 region given in the tag (used as a micro-distance at 0). */
  flags: number;
  /** `language-script`, the key of script-level rules (precomputed: matching is a hot loop). */
  ls: string;
  /** `language-script-region` (see `key`), precomputed. */
  key: string;
  /** `key` with the flags: ICU's exact-match hash key, precomputed. */
  exact: string;
  /** Whether it is a CLDR paradigm locale; filled on first use by `isParadigm`. */
  paradigm: boolean | undefined;
  /** Whether the script (region) is the likely one of the language (of language-script); filled on first use. */
  likelyScript: boolean | undefined;
  likelyRegion: boolean | undefined;
}

function matchLsr(language: string, script: string, region: string, flags: number): MatchLSR {
  const key = `${language}-${script}-${region}`;
  return {
    language,
    script,
    region,
    flags,
    ls: `${language}-${script}`,
    key,
    exact: key + flags,
    paradigm: undefined,
    likelyScript: undefined,
    likelyRegion: undefined,
  };
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

/** Rules indexed for constant-time look-up; within one key the data order (first match wins) is kept. */
interface Tables {
  /** Level 1 (language) and 2 (language-script) rules with literal subtags: desired → supported → distance. */
  literal: Map<string, Map<string, number>>;
  /** Level 3 (region) rules by desired → supported language, both directions already expanded. */
  regions: Map<string, Map<string, Rule[]>>;
  partitions: Map<string, number[]>;
  paradigms: Set<string>;
}

const data = /* @__PURE__ */ lazy((): Tables => {
  const literal = new Map<string, Map<string, number>>();
  const regions = new Map<string, Map<string, Rule[]>>();
  const put = (d: string, s: string, distance: number) => {
    const inner = literal.get(d) ?? new Map<string, number>();
    literal.set(d, inner);
    if (!inner.has(s)) inner.set(s, distance);
  };
  for (const entry of MATCH_RULES.split('|')) {
    const [d, s, distance, oneway] = entry.split(';') as [string, string, string, string | undefined];
    const desired = d.split('-').map(pattern);
    const supported = s.split('-').map(pattern);
    const rule: Rule = {
      fields: desired.length,
      desired,
      supported,
      distance: Number(distance),
      oneway: oneway === '1',
    };
    // `*` rules are the defaults (80 / 50 / 4), applied when nothing else matches.
    if (isStar(rule)) continue;
    if (rule.fields < 3) {
      put(d, s, rule.distance);
      if (!rule.oneway) put(s, d, rule.distance);
      continue;
    }
    const add = (dl: string, sl: string, r: Rule) => {
      const inner = regions.get(dl) ?? new Map<string, Rule[]>();
      regions.set(dl, inner);
      inner.set(sl, [...(inner.get(sl) ?? []), r]);
    };
    const dl = d.split('-')[0]!;
    const sl = s.split('-')[0]!;
    add(dl, sl, { ...rule, oneway: true });
    if (!rule.oneway) add(sl, dl, { ...rule, desired: supported, supported: desired, oneway: true });
  }
  const partitions = new Map<string, number[]>();
  for (const entry of REGION_PARTITIONS.split(' ')) {
    const [region, masks] = entry.split(':') as [string, string];
    partitions.set(region, masks.split(',').map(Number));
  }
  return { literal, regions, partitions, paradigms: new Set(PARADIGM_LOCALES.split(' ').map((t) => lsrOf(t)!.key)) };
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

function isStar(rule: Rule): boolean {
  return rule.desired.every((p) => p.kind === 'any') && rule.supported.every((p) => p.kind === 'any');
}

function regionDistance(d: MatchLSR, s: MatchLSR): number {
  if (d.region === s.region) return 0;
  const { regions, partitions } = data();
  const rules = regions.get(d.language)?.get(s.language);
  if (!rules) return DEFAULT_REGION_DISTANCE;
  const dMasks = partitions.get(d.region) ?? [0];
  const sMasks = partitions.get(s.region) ?? [0];
  let worst = 0;
  // A macroregion spans several partitions: the worst pair counts (ICU LocaleDistance).
  for (const dm of dMasks) {
    for (const sm of sMasks) {
      let distance = DEFAULT_REGION_DISTANCE;
      for (const rule of rules) {
        if (
          fieldMatches(rule.desired[1]!, d.script) &&
          fieldMatches(rule.supported[1]!, s.script) &&
          fieldMatches(rule.desired[2]!, dm) &&
          fieldMatches(rule.supported[2]!, sm)
        ) {
          distance = rule.distance;
          break;
        }
      }
      if (distance > worst) worst = distance;
    }
  }
  return worst;
}

export type Favor = 'language' | 'script';

/** The CLDR distance of two maximized tags (0 = same, 100+ = unrelated). */
export function lsrDistance(d: MatchLSR, s: MatchLSR, favor: Favor = 'language'): number {
  const { literal } = data();
  let language =
    d.language === s.language ? 0 : (literal.get(d.language)?.get(s.language) ?? DEFAULT_LANGUAGE_DISTANCE);
  // ICU ULOCMATCH_FAVOR_SCRIPT: a language difference weighs a quarter.
  if (favor === 'script') language >>= 2;
  const script = d.script === s.script ? 0 : (literal.get(d.ls)?.get(s.ls) ?? DEFAULT_SCRIPT_DISTANCE);
  return language + script + regionDistance(d, s);
}

export function isParadigm(lsr: MatchLSR): boolean {
  return (lsr.paradigm ??= data().paradigms.has(lsr.key));
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
  return lsrCache(tag);
}

const lsrCache = /* @__PURE__ */ memo(
  MATCH_TAG_CACHE_LIMIT,
  (tag: string): MatchLSR | undefined => {
    if (tag.toLowerCase() === 'root') return matchLsr('und', '', '', 7);
    const parsed = parse(tag);
    if (!parsed.ok) return undefined;
    let t = parsed.tag;
    if (t.grandfathered || t.extlang.length > 0) t = parse(canonicalize(tag).value!).tag;
    if (
      t.language === null ||
      (t.language === 'und' && t.privateuse.length > 0 && !t.script && !t.region && t.variants.length === 0)
    ) {
      return matchLsr(stringify({ ...t, language: t.language === 'und' ? null : t.language }), '', '', 7);
    }
    if (t.language === 'und' && !t.script && !t.region) return matchLsr('und', '', '', 7);
    const id = { language: t.language, script: t.script ?? '', region: t.region ?? '', variants: [] as string[] };
    replaceSimpleAliases(id);
    const { language, script, region } = id;
    const flags = (language !== 'und' ? 4 : 0) | (script ? 2 : 0) | (region ? 1 : 0);
    const pseudo = PSEUDO[region] ?? (t.variants.length === 1 ? PSEUDO[t.variants[0]!] : undefined);
    if (pseudo !== undefined) {
      return matchLsr(pseudo + language, pseudo + script, region || PSEUDO_REGION[t.variants[0]!]!, region ? 7 : 6);
    }
    const max = addLikely(language, script, region) ?? {
      ...(addLikely('und', script, region) ?? { script, region }),
      language,
    };
    return matchLsr(max.language, max.script, max.region, flags);
  },
  MATCH_TAG_CACHE_KEY_LIMIT,
);

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
