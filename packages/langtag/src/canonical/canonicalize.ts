/**
 * Canonical forms of a language tag.
 *
 * | form        | standard                         | what it does                                          |
 * |-------------|----------------------------------|-------------------------------------------------------|
 * | `rfc5646`   | RFC 5646 §4.5                    | Preferred-Values from the registry, extensions sorted |
 * | `extlang`   | RFC 5646 §4.5 "extlang form"     | as rfc5646, then `yue` → `zh-yue`                     |
 * | `cldr`      | UTS #35 Annex C (BCP 47 → CLDR)  | CLDR aliases, variants sorted, -u/-t canonical        |
 *
 * A repeated singleton (`en-a-ext1-a-ext2`) breaks RFC 5646 §2.2.6 rule 3 (the tag is not valid): every
 * form reports it as a `SINGLETON_DUPLICATE` warning; `cldr` keeps the first (UTS #35 §3.6, as ICU), the
 * RFC 5646 forms keep both (§4.5 sorts extensions by singleton, stable).
 */
import { requireOption } from '@nomina/core';
import { requireString, tagIssue, type TagIssue } from '../issues.js';
import { MEMO_LIMIT } from '../limits.js';
import { memo, tagResult, type TagResult } from '../result.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import type { Extension, LanguageTag } from '../syntax/types.js';
import { extlangs, grandfathered, languages, redundant, regions, scripts, variants } from '../data/tables.js';
import { legacyReplacement, replaceAliases, splitId, type LanguageId } from './aliases.js';
import { canonicalizeT, canonicalizeU } from './extensions.js';

export type CanonicalForm = 'rfc5646' | 'extlang' | 'cldr';
const FORMS: readonly CanonicalForm[] = ['cldr', 'rfc5646', 'extlang'];

export interface CanonicalizeOptions {
  /** Which canonical form (default `cldr`, the form `Intl` and CLDR use). */
  form?: CanonicalForm;
}

/** Extensions sorted by singleton (RFC 5646 §4.5 step 1; UTS #35 Annex C). */
function sortExtensions(list: Extension[]): Extension[] {
  return [...list].sort((a, b) => (a.singleton < b.singleton ? -1 : a.singleton > b.singleton ? 1 : 0));
}

/** RFC 5646 §4.5 canonical form (and the extlang form). */
function canonicalRfc5646(tag: LanguageTag, extlangForm: boolean): LanguageTag {
  // §4.5 step 2: a grandfathered or redundant tag with a Preferred-Value is replaced whole.
  if (tag.grandfathered) {
    const preferred = grandfathered().get(tag.grandfathered.toLowerCase())?.preferred;
    if (!preferred) return tag;
    tag = parse(preferred).tag;
  } else {
    const whole = stringify({ ...tag, extensions: [], privateuse: [] }).toLowerCase();
    const preferred = redundant().get(whole)?.preferred;
    if (preferred) tag = { ...parse(preferred).tag, extensions: tag.extensions, privateuse: tag.privateuse };
  }
  const out: LanguageTag = {
    ...tag,
    extlang: [...tag.extlang],
    variants: [...tag.variants],
    extensions: sortExtensions(tag.extensions),
  };
  // §4.5 step 3: subtags with a Preferred-Value are replaced; an extlang replaces its prefix too.
  if (out.extlang.length > 0) {
    const record = extlangs().get(out.extlang[0]!);
    if (record?.preferred && record.prefixes?.[0] === out.language) {
      out.language = record.preferred;
      out.extlang = out.extlang.slice(1);
    }
  }
  if (out.language) out.language = languages().get(out.language)?.preferred ?? out.language;
  if (out.script) out.script = scripts().get(out.script.toLowerCase())?.preferred ?? out.script;
  if (out.region) out.region = regions().get(out.region.toLowerCase())?.preferred ?? out.region;
  out.variants = out.variants.map((v) => variants().get(v)?.preferred ?? v);
  // Extlang form: a language that is also an extlang gets its prefix back (`yue` → `zh-yue`).
  if (extlangForm && out.language && out.extlang.length === 0) {
    const record = extlangs().get(out.language);
    if (record?.prefixes) {
      out.extlang = [out.language];
      out.language = record.prefixes[0]!;
    }
  }
  return out;
}

/**
 * RFC 5646 §2.2.6 rule 3: "Each singleton subtag MUST appear at most one time in each tag". One warning
 * per repeated extension, at its offset in INPUT; `dropped` says whether the canonical form loses it.
 */
function duplicateSingletons(input: string, tag: LanguageTag, dropped: boolean): TagIssue[] {
  const issues: TagIssue[] = [];
  if (tag.extensions.length < 2) return issues;
  const seen = new Set<string>();
  let k = 0; // extensions met in the input
  for (let start = 0; start < input.length; ) {
    let end = input.indexOf('-', start);
    if (end < 0) end = input.length;
    if (end - start === 1 && start > 0) {
      const singleton = input[start]!.toLowerCase();
      if (singleton === 'x') break;
      const extension = tag.extensions[k++]!;
      if (seen.size === seen.add(singleton).size) {
        const text = `${singleton}-${extension.subtags.join('-')}`;
        const what = dropped ? 'dropped: UTS #35 §3.6 keeps the first' : 'kept: validate() reports the tag invalid';
        issues.push(
          tagIssue(
            'SINGLETON_DUPLICATE',
            `extension "${text}" repeats the singleton "${singleton}" (RFC 5646 §2.2.6 rule 3); ${what}`,
            'warning',
            start,
            input.slice(start, start + text.length),
          ),
        );
      }
    }
    start = end + 1;
  }
  return issues;
}

/** UTS #35 Annex C: BCP 47 → canonical Unicode BCP 47 locale identifier. */
function canonicalCldr(tag: LanguageTag): LanguageTag {
  // Annex C / §3.4 BCP 47 conversion: a legacy (grandfathered) tag is replaced whole by its alias.
  if (tag.grandfathered) {
    const replacement = legacyReplacement(tag.grandfathered.toLowerCase());
    // A regular grandfathered tag without a whole-tag alias (art-lojban) is language + variant.
    const id = replacement ? undefined : splitId(tag.grandfathered);
    tag = replacement
      ? parse(replacement).tag
      : { ...tag, grandfathered: null, language: id!.language, region: id!.region || null, variants: id!.variants };
  }
  // §3.4: a private-use-only tag x-… becomes und-x-…; an extlang replaces its primary language.
  const id: LanguageId = {
    language: tag.extlang.length > 0 ? tag.extlang[0]! : (tag.language ?? 'und'),
    script: tag.script ?? '',
    region: tag.region ?? '',
    // Annex C step 1: variants sorted, duplicates removed.
    variants: [...new Set(tag.variants)].sort(),
  };
  replaceAliases(id);
  const extensions: Extension[] = [];
  for (const e of sortExtensions(tag.extensions)) {
    // UTS #35 §3.6: a repeated singleton keeps its first occurrence.
    if (extensions.some((x) => x.singleton === e.singleton)) continue;
    const subtags =
      e.singleton === 'u' ? canonicalizeU(e.subtags) : e.singleton === 't' ? canonicalizeT(e.subtags) : e.subtags;
    if (subtags.length > 0) extensions.push({ singleton: e.singleton, subtags });
  }
  return {
    language: id.language,
    extlang: [],
    script: id.script || null,
    region: id.region || null,
    variants: id.variants,
    extensions,
    privateuse: tag.privateuse,
    grandfathered: null,
  };
}

/**
 * The UTS #35 canonical parts of INPUT (memoized; callers must not mutate them), or the syntax
 * issues. Shared by `canonicalize`, `maximize` and `minimize`.
 */
export const cldrCanonicalTag = /* @__PURE__ */ memo(
  MEMO_LIMIT,
  (input: string): { tag?: LanguageTag; issues: TagIssue[] } => {
    const parsed = parse(input);
    return parsed.ok
      ? { tag: canonicalCldr(parsed.tag), issues: duplicateSingletons(input, parsed.tag, true) }
      : { issues: parsed.issues };
  },
);

function compute(input: string, form: CanonicalForm): TagResult {
  if (form === 'cldr') {
    const { tag, issues } = cldrCanonicalTag(input);
    return tagResult(tag ? stringify(tag) : null, issues);
  }
  const parsed = parse(input);
  if (!parsed.ok) return tagResult(null, parsed.issues);
  return tagResult(
    stringify(canonicalRfc5646(parsed.tag, form === 'extlang')),
    duplicateSingletons(input, parsed.tag, false),
  );
}

const cached = {
  cldr: /* @__PURE__ */ memo(MEMO_LIMIT, (t) => compute(t, 'cldr')),
  rfc5646: /* @__PURE__ */ memo(MEMO_LIMIT, (t) => compute(t, 'rfc5646')),
  extlang: /* @__PURE__ */ memo(MEMO_LIMIT, (t) => compute(t, 'extlang')),
};

/**
 * Canonicalizes TAG. Never throws for any string; a tag that is not well-formed gives
 * `{ok: false, value: null, issues}`.
 */
export function canonicalize(tag: string, options: CanonicalizeOptions = {}): TagResult {
  requireString(tag, 'tag');
  const form = options.form ?? 'cldr';
  requireOption(form, FORMS, 'form');
  const fn = cached[form];
  const result = fn(tag);
  return { ok: result.ok, value: result.value, issues: [...result.issues] };
}
