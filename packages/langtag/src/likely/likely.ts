/**
 * UTS #35 Part 1 §4.4 Likely Subtags on whole tags.
 *
 * | operation                   | UTS #35 §4.4                                                  |
 * |-----------------------------|---------------------------------------------------------------|
 * | `maximize`                  | canonicalize (Annex C), then Add Likely Subtags               |
 * | `minimize` (favor region)   | Remove Likely Subtags: try L, L_R, L_S                        |
 * | `minimize` (favor script)   | Remove Likely Subtags, favoring scripts: try L, L_S, L_R      |
 *
 * Variants, extensions and private use are carried over unchanged.
 */
import { requireString, type TagIssue } from '../issues.js';
import { memo, type TagResult } from '../result.js';
import { stringify } from '../syntax/stringify.js';
import type { LanguageTag } from '../syntax/types.js';
import { cldrCanonicalTag } from '../canonical/canonicalize.js';
import { addLikely, type LSR } from './lsr.js';

export interface MinimizeOptions {
  /** Which subtag to keep when either would do (`zh-Hant-TW` → `zh-TW` or `zh-Hant`); default `region`. */
  favor?: 'region' | 'script';
}

function noMatch(tag: LanguageTag): TagIssue {
  return { code: 'LIKELY_SUBTAGS_NO_MATCH', message: `CLDR has no likely subtags for "${tag.language}" (UTS #35 §4.4 Add Likely Subtags)`, severity: 'error', offset: 0, subtag: tag.language ?? '' };
}

function withLsr(tag: LanguageTag, lsr: LSR): string {
  return stringify({ ...tag, language: lsr.language, script: lsr.script || null, region: lsr.region || null });
}

const maximizeCached = /* @__PURE__ */ memo(512, (input: string): TagResult => {
  const { tag, issues } = cldrCanonicalTag(input);
  if (!tag) return { ok: false, value: null, issues };
  const lsr = addLikely(tag.language!, tag.script ?? '', tag.region ?? '');
  if (!lsr) return { ok: false, value: stringify(tag), issues: [noMatch(tag)] };
  return { ok: true, value: withLsr(tag, lsr), issues: [] };
});

/**
 * Adds likely subtags (`zh-TW` → `zh-Hant-TW`, `und-Cyrl` → `ru-Cyrl-RU`). When CLDR knows nothing
 * of the language, `ok` is false and `value` is the canonical input, as `Intl.Locale#maximize` does.
 */
export function maximize(tag: string): TagResult {
  requireString(tag, 'tag');
  const r = maximizeCached(tag);
  return { ok: r.ok, value: r.value, issues: [...r.issues] };
}

function same(a: LSR | undefined, b: LSR): boolean {
  return a !== undefined && a.language === b.language && a.script === b.script && a.region === b.region;
}

const minimizeCached = {
  region: /* @__PURE__ */ memo(512, (input: string) => computeMinimize(input, 'region')),
  script: /* @__PURE__ */ memo(512, (input: string) => computeMinimize(input, 'script')),
};

function computeMinimize(input: string, favor: 'region' | 'script'): TagResult {
  const { tag, issues } = cldrCanonicalTag(input);
  if (!tag) return { ok: false, value: null, issues };
  // Remove Likely Subtags step 1: maximize first; failure propagates.
  const max = addLikely(tag.language!, tag.script ?? '', tag.region ?? '');
  if (!max) return { ok: false, value: stringify(tag), issues: [noMatch(tag)] };
  // Step 4: the shortest trial that maximizes back to the same triple.
  const trials: LSR[] = [{ language: max.language, script: '', region: '' }];
  const withRegion = { language: max.language, script: '', region: max.region };
  const withScript = { language: max.language, script: max.script, region: '' };
  if (favor === 'region') trials.push(withRegion, withScript);
  else trials.push(withScript, withRegion);
  for (const trial of trials) {
    if (same(addLikely(trial.language, trial.script, trial.region), max)) return { ok: true, value: withLsr(tag, trial), issues: [] };
  }
  return { ok: true, value: withLsr(tag, max), issues: [] };
}

/** Removes likely subtags (`zh-Hans-CN` → `zh`), favoring the region (default) or the script. */
export function minimize(tag: string, options: MinimizeOptions = {}): TagResult {
  requireString(tag, 'tag');
  const favor = options.favor ?? 'region';
  const fn = minimizeCached[favor];
  if (!fn) throw new TypeError(`favor must be "region" or "script", got ${JSON.stringify(favor)}`);
  const r = fn(tag);
  return { ok: r.ok, value: r.value, issues: [...r.issues] };
}
