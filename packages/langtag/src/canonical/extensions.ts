/**
 * UTS #35 Annex C canonicalization of the -u (RFC 6067) and -t (RFC 6497) extensions.
 *
 * | rule (UTS #35 §3.2.1 canonical syntax, Annex C)                    | here                 |
 * |--------------------------------------------------------------------|----------------------|
 * | -u attributes sorted, duplicates removed                           | `canonicalizeU`      |
 * | -u keywords sorted by key; a repeated key keeps its first value    | `canonicalizeU`      |
 * | a -u keyword value "true" is removed (never a -t field value)      | `value`              |
 * | deprecated/aliased values → preferred (cldr-bcp47)                  | `value`              |
 * | -u-rg / -u-sd subdivision aliases                                  | `value`              |
 * | -t tlang canonicalized like a language id, all lower case          | `canonicalizeT`      |
 * | -t fields sorted by key                                            | `canonicalizeT`      |
 */
import { VALUE_ALIASES } from '../data/cldr-aliases.js';
import { decodePairs, lazy } from '../data/decode.js';
import { replaceAliases, splitId, subdivisionReplacement, type LanguageId } from './aliases.js';

const valueAliases = /* @__PURE__ */ lazy(() => decodePairs(VALUE_ALIASES));

function value(ext: 'u' | 't', key: string, subtags: string[]): string[] {
  let text = subtags.join('-');
  // UTS #35 Annex C: "any type or tfield value 'true' is removed" applies to -u keywords only: a -t
  // field needs its value (tvalue = 3*8alphanum, RFC 6497 §2.2), so `en-t-m0-true` keeps it, as ICU4X
  // and Intl do; dropping it would give the ill-formed `en-t-m0`.
  if (ext === 'u' && text === 'true') return [];
  const alias = valueAliases().get(`${ext}-${key}-${text}`);
  if (alias !== undefined) text = alias;
  if (ext === 'u' && (key === 'rg' || key === 'sd')) text = subdivisionReplacement(text) ?? text;
  return (ext === 'u' && text === 'true') || text === '' ? [] : text.split('-');
}

/** A -u or -t key: two characters, alphanumeric then letter (-u) or letter then digit (-t). */
function isKey(subtag: string): boolean {
  return subtag.length === 2;
}

/** Canonical -u subtags (attributes, then keywords sorted by key). */
export function canonicalizeU(subtags: readonly string[]): string[] {
  const attributes: string[] = [];
  const keywords = new Map<string, string[]>();
  let i = 0;
  while (i < subtags.length && !isKey(subtags[i]!)) attributes.push(subtags[i++]!);
  while (i < subtags.length) {
    const key = subtags[i++]!;
    const values: string[] = [];
    while (i < subtags.length && !isKey(subtags[i]!)) values.push(subtags[i++]!);
    if (!keywords.has(key)) keywords.set(key, value('u', key, values));
  }
  const out = [...new Set(attributes)].sort();
  for (const key of [...keywords.keys()].sort()) out.push(key, ...keywords.get(key)!);
  return out;
}

/** Canonical -t subtags: the tlang (aliases replaced, lower case), then fields sorted by key. */
export function canonicalizeT(subtags: readonly string[]): string[] {
  let i = 0;
  const tlang: string[] = [];
  while (i < subtags.length && !(subtags[i]!.length === 2 && subtags[i]!.charCodeAt(1) <= 0x39))
    tlang.push(subtags[i++]!);
  const fields = new Map<string, string[]>();
  while (i < subtags.length) {
    const key = subtags[i++]!;
    const values: string[] = [];
    while (i < subtags.length && !(subtags[i]!.length === 2 && subtags[i]!.charCodeAt(1) <= 0x39))
      values.push(subtags[i++]!);
    if (!fields.has(key)) fields.set(key, value('t', key, values));
  }
  const out: string[] = [];
  if (tlang.length > 0) {
    const id: LanguageId = splitId(tlang.join('-'));
    id.variants = [...new Set(id.variants)].sort();
    replaceAliases(id);
    out.push(id.language);
    if (id.script) out.push(id.script.toLowerCase());
    if (id.region) out.push(id.region.toLowerCase());
    out.push(...id.variants);
  }
  for (const key of [...fields.keys()].sort()) out.push(key, ...fields.get(key)!);
  return out;
}
