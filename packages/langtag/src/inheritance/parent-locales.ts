/**
 * UTS #35 Part 1 §4.1.3 "Parent Locales": the CLDR fallback chain of a locale.
 *
 * | rule (UTS #35 §4.1.3, supplemental parentLocales.json)                       | here           |
 * |------------------------------------------------------------------------------|----------------|
 * | an explicit `parentLocale` entry wins (en-AU → en-001, es-MX → es-419)        | PARENT_LOCALES |
 * | `nonlikelyScript`: lang-Script with a script not likely for lang → root       | `parentLocale` |
 * | otherwise truncate: drop the last variant, region or script                   | `parentLocale` |
 *
 * Extensions and private use take no part in inheritance and are dropped. The root locale is
 * returned as `und` (its BCP 47 form).
 */
import { requireString } from '../issues.js';
import { MAX_FALLBACK_CHAIN } from '../limits.js';
import { decodePairs, lazy } from '../data/decode.js';
import { PARENT_LOCALES } from '../data/cldr-parents.js';
import { canonicalize } from '../canonical/canonicalize.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import { addLikely } from '../likely/lsr.js';

const parents = /* @__PURE__ */ lazy(() => decodePairs(PARENT_LOCALES));

/**
 * The CLDR parent of TAG (`en-AU` → `en-001` → `en` → `und`); null for `und` itself or a tag
 * that is not well-formed.
 */
export function parentLocale(tag: string): string | null {
  requireString(tag, 'tag');
  const canonical = canonicalize(tag);
  if (!canonical.ok) return null;
  const t = { ...parse(canonical.value!).tag, extensions: [], privateuse: [] };
  const id = stringify(t);
  if (id === 'und') return null;
  const explicit = parents().get(id);
  if (explicit !== undefined) return explicit === 'root' ? 'und' : explicit;
  if (t.variants.length > 0) return stringify({ ...t, variants: t.variants.slice(0, -1) });
  if (t.region) return stringify({ ...t, region: null });
  if (t.script) {
    // nonlikelyScript → root: sr-Latn, az-Cyrl, zh-Hant inherit from root, not from the language.
    const likely = addLikely(t.language!, '', '');
    return likely && likely.script === t.script ? t.language! : 'und';
  }
  return 'und';
}

/** TAG (without extensions) followed by its parents up to `und`: the CLDR resource lookup order. */
export function fallbackChain(tag: string): string[] {
  requireString(tag, 'tag');
  const canonical = canonicalize(tag);
  if (!canonical.ok) return [];
  const chain = [stringify({ ...parse(canonical.value!).tag, extensions: [], privateuse: [] })];
  for (
    let parent = parentLocale(chain[0]!);
    parent !== null && chain.length < MAX_FALLBACK_CHAIN;
    parent = parentLocale(parent)
  )
    chain.push(parent);
  return chain;
}
