/**
 * CLDR best-fit language matching (UTS #35 Part 1 §4.5), with the choices ICU's LocaleMatcher
 * makes (the CLDR localeMatcherTest.txt vectors are ICU's):
 *
 * | choice                           | ICU LocaleMatcher                                         | option      |
 * |----------------------------------|-----------------------------------------------------------|-------------|
 * | order of supported tags          | default first, then paradigm locales, then the rest       | `default`   |
 * | exact maximized match wins       | LSR hash look-up (explicit-field flags included)          |             |
 * | equal imperfect distances        | the more likely tag wins (fr-FR over fr-CA for fr-SN)     |             |
 * | usable match                     | distance below the threshold (default 50)                 | `threshold` |
 * | later desired tags are demoted   | each costs the en→en-GB region distance (5) more          | `demotion`  |
 * | favor script                     | language distance / 4                                     | `favor`     |
 * | two-way only                     | the reverse distance must be as good                      | `direction` |
 * | no match                         | the default (first supported unless given; null = none)   | `default`   |
 * | resolved tag                     | the supported tag with the desired region, variants, ext. | `resolved`  |
 */
import { listIssue, requireString, type TagIssue } from '../issues.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import { addLikely } from '../likely/lsr.js';
import { lazy } from '../data/decode.js';
import {
  MATCH_LIST_CACHE_KEY_LIMIT,
  MATCH_LIST_CACHE_LIMIT,
  MATCH_RESULT_CACHE_KEY_LIMIT,
  MATCH_RESULT_CACHE_LIMIT,
  MAX_DESIRED,
  MAX_SUPPORTED,
} from '../limits.js';
import { DEFAULT_SCRIPT_DISTANCE, isParadigm, lsrDistance, lsrOf, type Favor, type MatchLSR } from './distance.js';

export interface MatchOptions {
  /** Distances at or above this do not match (default 50: a different script does not match). */
  threshold?: number;
  /** `script` makes a language difference weigh a quarter (default `language`). */
  favor?: Favor;
  /** `region` (default): each later desired tag counts 5 more; `none`: all desired tags are equal. */
  demotion?: 'region' | 'none';
  /** `only-two-way`: ignore one-way matches (`gsw` → `de`). Default `with-one-way`. */
  direction?: 'with-one-way' | 'only-two-way';
  /** Returned when nothing matches: a tag, or null for none. Default: the first supported tag. */
  default?: string | null;
}

export interface MatchResult {
  /** The best supported tag as given, or the default when nothing matched (null when none). */
  supported: string | null;
  /** Index of `supported` in the supported list; -1 when it is the default. */
  supportedIndex: number;
  /** The desired tag that matched, as given; null when nothing matched. */
  desired: string | null;
  desiredIndex: number;
  /** The CLDR distance of the match (0 = same); null when nothing matched. */
  distance: number | null;
  /** The supported tag with the desired tag's region, variants and extensions (ICU `makeResolvedLocale`). */
  resolved: string | null;
  /** Tags that were skipped (not well-formed) and limits hit. */
  issues: TagIssue[];
}

/** ICU's demotion per desired locale: the distance of en-US to en-GB (5). */
const REGION_DEMOTION = 5;

/** ICU XLikelySubtags.compareLikely: same language, and the likely script (or region) of it. */
function moreLikely(candidate: MatchLSR, best: MatchLSR): boolean {
  if (candidate.language !== best.language) return false;
  if (candidate.script !== best.script)
    return (candidate.likelyScript ??= addLikely(candidate.language, '', '')?.script === candidate.script);
  if (candidate.region === best.region) return false;
  return (candidate.likelyRegion ??= addLikely(candidate.language, candidate.script, '')?.region === candidate.region);
}

function skipped(tag: string, role: string, index: number, extra: TagIssue[]): TagIssue {
  const first = extra[0];
  return listIssue(
    'MATCH_TAG_SKIPPED',
    `${role} tag #${index + 1} ${JSON.stringify(tag)} is not well-formed${first ? `: ${first.message}` : ''}`,
    index,
  );
}

/** ICU `makeResolvedLocale`: supported tag with the desired region, variants and extensions. */
function resolve(supported: string, desired: string): string {
  if (supported === desired) return supported;
  const s = parse(supported).tag;
  const d = parse(desired).tag;
  if (s.grandfathered || d.grandfathered) return supported;
  return stringify({
    ...s,
    region: d.region ?? s.region,
    variants: d.variants.length > 0 ? d.variants : s.variants,
    extensions:
      d.extensions.length > 0
        ? [...s.extensions.filter((e) => !d.extensions.some((x) => x.singleton === e.singleton)), ...d.extensions].sort(
            (a, b) => (a.singleton < b.singleton ? -1 : 1),
          )
        : s.extensions,
    privateuse: d.privateuse.length > 0 ? d.privateuse : s.privateuse,
  });
}

interface Prepared {
  lsrs: (MatchLSR | undefined)[];
  /** Indexes of well-formed supported tags in ICU's order: the default, paradigm locales, the rest. */
  order: number[];
  firstValid: number;
  skippedIssues: TagIssue[];
  /** Results by desired list and options (an app sees the same Accept-Language again and again). */
  results: Map<string, MatchResult>;
}

function prepare(supported: readonly string[], explicitDefault: string | null | undefined): Prepared {
  const lsrs: (MatchLSR | undefined)[] = [];
  const skippedIssues: TagIssue[] = [];
  for (let i = 0; i < Math.min(supported.length, MAX_SUPPORTED); i++) {
    const tag = supported[i];
    requireString(tag, 'supported tag');
    const lsr = lsrOf(tag);
    if (!lsr) skippedIssues.push(skipped(tag, 'supported', i, parse(tag).issues));
    lsrs.push(lsr);
  }
  const firstValid = lsrs.findIndex((l) => l !== undefined);
  const defaultLsr =
    explicitDefault === undefined ? lsrs[firstValid] : explicitDefault === null ? undefined : lsrOf(explicitDefault);
  // ICU's order, stable within each rank: the default, then paradigm locales, then the rest.
  const first: number[] = [];
  const paradigms: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < lsrs.length; i++) {
    const l = lsrs[i];
    if (!l) continue;
    const isDefault =
      explicitDefault === undefined ? i === firstValid : defaultLsr !== undefined && l.key === defaultLsr.key;
    (isDefault ? first : isParadigm(l) ? paradigms : rest).push(i);
  }
  return { lsrs, order: first.concat(paradigms, rest), firstValid, skippedIssues, results: new Map() };
}

/** Prepared supported lists, by content (MATCH_LIST_CACHE_LIMIT lists of at most MATCH_LIST_CACHE_KEY_LIMIT units). */
const preparedCache = /* @__PURE__ */ lazy(() => ({ map: new Map<string, Prepared>() }));
function prepared(supported: readonly string[], explicitDefault: string | null | undefined): Prepared {
  const cache = preparedCache();
  const cacheKey = `${explicitDefault === undefined ? '\u0001' : explicitDefault === null ? '\u0002' : explicitDefault}\u0000${supported.join('\u0000')}`;
  let value = cache.map.get(cacheKey);
  if (!value) {
    value = prepare(supported, explicitDefault);
    if (cacheKey.length > MATCH_LIST_CACHE_KEY_LIMIT) return value;
    if (cache.map.size >= MATCH_LIST_CACHE_LIMIT) cache.map = new Map();
    cache.map.set(cacheKey, value);
  }
  return value;
}

/**
 * Finds the supported tag that best serves the desired ones (in order of preference). Never
 * throws for bad tags: they are skipped and reported in `issues`.
 */
export function match(
  desired: string | readonly string[],
  supported: readonly string[],
  options: MatchOptions = {},
): MatchResult {
  const desiredList = typeof desired === 'string' ? [desired] : desired;
  if (!Array.isArray(desiredList) || !Array.isArray(supported))
    throw new TypeError('match(desired, supported): desired is a string or an array, supported an array');
  const issues: TagIssue[] = [];
  // Limits first.
  if (desiredList.length > MAX_DESIRED)
    issues.push(
      listIssue('MATCH_TOO_MANY_DESIRED', `only the first ${MAX_DESIRED} desired tags are read`, MAX_DESIRED),
    );
  if (supported.length > MAX_SUPPORTED)
    issues.push(
      listIssue('MATCH_TOO_MANY_SUPPORTED', `only the first ${MAX_SUPPORTED} supported tags are read`, MAX_SUPPORTED),
    );
  const threshold = options.threshold ?? DEFAULT_SCRIPT_DISTANCE;
  const favor = options.favor ?? 'language';
  const twoWay = options.direction === 'only-two-way';
  const demotion = options.demotion === 'none' ? 0 : REGION_DEMOTION;
  const explicitDefault = options.default;
  for (let i = 0; i < Math.min(desiredList.length, MAX_DESIRED); i++) requireString(desiredList[i], 'desired tag');
  const prep = prepared(supported, explicitDefault);
  const resultKey = `${threshold}|${favor}|${twoWay}|${demotion}|${desiredList.slice(0, MAX_DESIRED).join('\u0000')}`;
  const known = prep.results.get(resultKey);
  if (known) return { ...known, issues: [...issues, ...known.issues] };
  const result = compute(desiredList, supported, prep, threshold, favor, twoWay, demotion, explicitDefault);
  if (resultKey.length <= MATCH_RESULT_CACHE_KEY_LIMIT) {
    if (prep.results.size >= MATCH_RESULT_CACHE_LIMIT) prep.results.clear();
    prep.results.set(resultKey, result);
  }
  return { ...result, issues: [...issues, ...result.issues] };
}

function compute(
  desiredList: readonly string[],
  supported: readonly string[],
  prep: Prepared,
  threshold: number,
  favor: Favor,
  twoWay: boolean,
  demotion: number,
  explicitDefault: string | null | undefined,
): MatchResult {
  const { lsrs, order, firstValid, skippedIssues } = prep;
  const issues: TagIssue[] = [...skippedIssues];

  // Shifted distances (ICU): distance × 8, plus the explicit-field flags as a micro-distance at 0.
  let bestShifted = threshold * 8;
  let bestIndex = -1;
  let bestDesired = -1;
  let bestDistance: number | null = null;
  for (let di = 0; di < Math.min(desiredList.length, MAX_DESIRED); di++) {
    const tag = desiredList[di];
    requireString(tag, 'desired tag');
    const d = lsrOf(tag);
    if (!d) {
      issues.push(skipped(tag, 'desired', di, parse(tag).issues));
      continue;
    }
    // ICU: an exact maximized match (explicit-field flags included) wins outright, the first in `order`.
    const hit = order.find((si) => lsrs[si]!.exact === d.exact);
    if (hit !== undefined) {
      bestIndex = hit;
      bestDesired = di;
      bestDistance = 0;
      break;
    }
    let bestHere = -1;
    for (const si of order) {
      const s = lsrs[si]!;
      const dist = lsrDistance(d, s, favor);
      const shifted = dist === 0 ? d.flags ^ s.flags : dist * 8;
      if (shifted > bestShifted || (shifted === bestShifted && (bestHere < 0 || dist === 0))) continue;
      if (twoWay) {
        // ICU isMatch(supported, desired): the reverse direction must be as good.
        const back = lsrDistance(s, d, favor);
        if ((back === 0 ? d.flags ^ s.flags : back * 8) >= bestShifted && !(back === 0 && shifted === 0)) continue;
      }
      // ICU tie-break: among equal imperfect matches, the "more likely" supported tag wins.
      if (shifted === bestShifted && !moreLikely(s, lsrs[bestHere]!)) continue;
      bestHere = si;
      bestShifted = shifted;
      bestIndex = si;
      bestDesired = di;
      bestDistance = dist;
      if (shifted === 0) break;
    }
    // Demotion: a later desired tag must beat the best so far by the region distance.
    bestShifted -= demotion * 8;
    if (bestShifted <= 0) break;
  }
  if (bestIndex < 0) {
    const fallback =
      explicitDefault === undefined ? (firstValid >= 0 ? supported[firstValid]! : null) : explicitDefault;
    return {
      supported: fallback,
      supportedIndex: -1,
      desired: null,
      desiredIndex: -1,
      distance: null,
      resolved: fallback,
      issues,
    };
  }
  const chosen = supported[bestIndex]!;
  const wanted = desiredList[bestDesired]!;
  return {
    supported: chosen,
    supportedIndex: bestIndex,
    desired: wanted,
    desiredIndex: bestDesired,
    distance: bestDistance,
    resolved: resolve(chosen, wanted),
    issues,
  };
}
