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
import { requireOption } from '@nomina/core';
import { requireString, tagIssue, type TagIssue } from '../issues.js';
import { MEMO_LIMIT } from '../limits.js';
import { memo, tagResult, type TagResult } from '../result.js';
import { stringify } from '../syntax/stringify.js';
import type { LanguageTag } from '../syntax/types.js';
import { cldrCanonicalTag } from '../canonical/canonicalize.js';
import { addLikely, type LSR } from './lsr.js';

export interface MinimizeOptions {
  /** Which subtag to keep when either would do (`zh-Hant-TW` → `zh-TW` or `zh-Hant`); default `region`. */
  favor?: 'region' | 'script';
}

function noMatch(tag: LanguageTag): TagIssue {
  return tagIssue(
    'LIKELY_SUBTAGS_NO_MATCH',
    `CLDR has no likely subtags for "${tag.language}" (UTS #35 §4.4 Add Likely Subtags)`,
    'error',
    0,
    tag.language ?? '',
  );
}

function withLsr(tag: LanguageTag, lsr: LSR): string {
  return stringify({ ...tag, language: lsr.language, script: lsr.script || null, region: lsr.region || null });
}

const maximizeCached = /* @__PURE__ */ memo(MEMO_LIMIT, (input: string): TagResult => {
  const { tag, issues } = cldrCanonicalTag(input);
  if (!tag) return tagResult(null, issues);
  const lsr = addLikely(tag.language!, tag.script ?? '', tag.region ?? '');
  if (!lsr) return tagResult(stringify(tag), [...issues, noMatch(tag)]);
  return tagResult(withLsr(tag, lsr), issues);
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

const FAVORS: readonly ('region' | 'script')[] = ['region', 'script'];
const minimizeCached = {
  region: /* @__PURE__ */ memo(MEMO_LIMIT, (input: string) => computeMinimize(input, 'region')),
  script: /* @__PURE__ */ memo(MEMO_LIMIT, (input: string) => computeMinimize(input, 'script')),
};

function computeMinimize(input: string, favor: 'region' | 'script'): TagResult {
  const { tag, issues } = cldrCanonicalTag(input);
  if (!tag) return tagResult(null, issues);
  // Remove Likely Subtags step 1: maximize first; failure propagates.
  const max = addLikely(tag.language!, tag.script ?? '', tag.region ?? '');
  if (!max) return tagResult(stringify(tag), [...issues, noMatch(tag)]);
  // Step 4: the shortest trial that maximizes back to the same triple.
  const trials: LSR[] = [{ language: max.language, script: '', region: '' }];
  const withRegion = { language: max.language, script: '', region: max.region };
  const withScript = { language: max.language, script: max.script, region: '' };
  if (favor === 'region') trials.push(withRegion, withScript);
  else trials.push(withScript, withRegion);
  for (const trial of trials) {
    if (same(addLikely(trial.language, trial.script, trial.region), max)) return tagResult(withLsr(tag, trial), issues);
  }
  return tagResult(withLsr(tag, max), issues);
}

/** Removes likely subtags (`zh-Hans-CN` → `zh`), favoring the region (default) or the script. */
export function minimize(tag: string, options: MinimizeOptions = {}): TagResult {
  requireString(tag, 'tag');
  const favor = options.favor ?? 'region';
  requireOption(favor, FAVORS, 'favor');
  const r = minimizeCached[favor](tag);
  return { ok: r.ok, value: r.value, issues: [...r.issues] };
}
