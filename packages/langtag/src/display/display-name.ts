/**
 * Display names: `Intl.DisplayNames` (CLDR names in any language) where the runtime has a name,
 * else the English Description of the IANA Language Subtag Registry (RFC 5646 §3.1.5), composed
 * as "Language (Script, Region)".
 */
import { requireString } from '../issues.js';
import { decodeLines, lazy } from '../data/decode.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import {
  GRANDFATHERED_NAMES,
  LANGUAGE_NAMES,
  REDUNDANT_NAMES,
  REGION_NAMES,
  SCRIPT_NAMES,
  VARIANT_NAMES,
  EXTLANG_NAMES,
} from '../data/registry-names.js';

const names = /* @__PURE__ */ lazy(() => ({
  language: decodeLines(LANGUAGE_NAMES),
  extlang: decodeLines(EXTLANG_NAMES),
  script: decodeLines(SCRIPT_NAMES),
  region: decodeLines(REGION_NAMES),
  variant: decodeLines(VARIANT_NAMES),
  whole: new Map([...decodeLines(GRANDFATHERED_NAMES), ...decodeLines(REDUNDANT_NAMES)]),
}));

/** The registry's English Description of a subtag (`type` language, script, region, variant), if any. */
export function registryDescription(
  type: 'language' | 'extlang' | 'script' | 'region' | 'variant',
  subtag: string,
): string | undefined {
  return names()[type].get(subtag.toLowerCase());
}

type DisplayNamesType = 'language' | 'script' | 'region';
function intlName(inLocale: string, type: DisplayNamesType, code: string): string | undefined {
  const DisplayNames = (
    globalThis as { Intl?: { DisplayNames?: new (l: string[], o: object) => { of(c: string): string | undefined } } }
  ).Intl?.DisplayNames;
  if (!DisplayNames) return undefined;
  try {
    const name = new DisplayNames([inLocale], { type, fallback: 'none' }).of(code);
    return name === undefined || name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/**
 * A human-readable name of TAG in the language IN_LOCALE (default English). Undefined when the
 * tag is not well-formed or nothing names its language.
 */
export function displayName(tag: string, inLocale = 'en'): string | undefined {
  requireString(tag, 'tag');
  requireString(inLocale, 'inLocale');
  const parsed = parse(tag);
  if (!parsed.ok) return undefined;
  const t = parsed.tag;
  const canonicalTag = stringify(t);
  const whole = intlName(inLocale, 'language', canonicalTag);
  if (whole) return whole;
  if (t.grandfathered) return names().whole.get(t.grandfathered.toLowerCase());
  const redundant = names().whole.get(stringify({ ...t, extensions: [], privateuse: [] }).toLowerCase());
  if (redundant) return redundant;
  const language = t.extlang.length > 0 ? t.extlang[0]! : t.language;
  if (!language) return undefined;
  const base =
    intlName(inLocale, 'language', language) ??
    registryDescription(t.extlang.length > 0 ? 'extlang' : 'language', language);
  if (!base) return undefined;
  const parts: string[] = [];
  if (t.script)
    parts.push(intlName(inLocale, 'script', t.script) ?? registryDescription('script', t.script) ?? t.script);
  if (t.region)
    parts.push(intlName(inLocale, 'region', t.region) ?? registryDescription('region', t.region) ?? t.region);
  for (const v of t.variants) parts.push(registryDescription('variant', v) ?? v);
  return parts.length > 0 ? `${base} (${parts.join(', ')})` : base;
}
