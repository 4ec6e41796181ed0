/**
 * RFC 5646 §2.2.9 validity against the IANA Language Subtag Registry (REGISTRY_DATE).
 *
 * | rule                                                      | RFC 5646     | code                   | severity |
 * |-----------------------------------------------------------|--------------|------------------------|----------|
 * | well-formed                                               | §2.2.9 1     | (parse codes)          | error    |
 * | language, extlang, script, region, variant registered     | §2.2.9 2     | `*_UNKNOWN`            | error    |
 * | at most one extlang; it follows its Prefix                | §2.2.2 3–4   | `EXTLANG_*`            | error    |
 * | no duplicate variant                                      | §2.2.9 3     | `VARIANT_DUPLICATE`    | error    |
 * | no duplicate singleton                                    | §2.2.9 4     | `SINGLETON_DUPLICATE`  | error    |
 * | variant used with one of its Prefixes                     | §2.2.5 4     | `VARIANT_PREFIX`       | warning  |
 * | deprecated subtag, grandfathered or redundant tag         | §3.1.6, §4.1 | `DEPRECATED`           | warning  |
 * | script equal to the language's Suppress-Script            | §3.1.9, §4.1 | `SUPPRESS_SCRIPT`      | warning  |
 *
 * Private-use subtags (`qaa..qtz`, `Qaaa..Qabx`, `QM..QZ`, `XA..XZ`, after `x`) are valid (§3.1).
 */
import type { Outcome } from '@nomina/core';
import {
  requireString,
  tagIssue,
  throwOnError,
  type TagIssue,
  type TagIssueCode,
  type ValidityIssueCode,
} from '../issues.js';
import { parse } from '../syntax/parse.js';
import { stringify } from '../syntax/stringify.js';
import type { LanguageTag } from '../syntax/types.js';
import {
  extlangs,
  grandfathered,
  isPrivateUseLanguage,
  isPrivateUseRegion,
  isPrivateUseScript,
  languages,
  redundant,
  regions,
  scripts,
  variants,
  type RegistryRecord,
} from '../data/tables.js';

/** A core `Outcome` (`ok`: the tag is valid, warnings allowed) with the parts read. */
export interface ValidateResult extends Outcome<TagIssueCode> {
  /** True when the tag is well-formed (RFC 5646 §2.2.9). */
  wellFormed: boolean;
  tag: LanguageTag;
  /** Errors and warnings (advice), in the order of the subtags. */
  issues: TagIssue[];
}

/** Checks TAG against the registry: valid tags have `ok`; advice comes as warnings. */
export function validate(input: string): ValidateResult {
  requireString(input, 'tag');
  const parsed = parse(input);
  const { tag } = parsed;
  if (!parsed.ok) return { ok: false, wellFormed: false, tag, issues: parsed.issues };
  const issues: TagIssue[] = [];
  // A well-formed tag lists its parts in input order: parts are numbered as they are checked (a
  // singleton counts with its subtags), and a number becomes an offset only when an issue needs it.
  let next = 0;
  const take = (count = 1): number => {
    const index = next;
    next += count;
    return index;
  };
  // Offsets of the parts, found once on the first issue (one pass over the input).
  let starts: number[] | undefined;
  const offsetOf = (index: number): number => {
    if (starts === undefined) {
      starts = [0];
      for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) === 0x2d) starts.push(i + 1);
    }
    return starts[index] ?? input.length;
  };
  const error = (code: ValidityIssueCode, message: string, subtag: string, index: number) =>
    issues.push(tagIssue(code, message, 'error', offsetOf(index), subtag));
  const warn = (code: ValidityIssueCode, message: string, subtag: string, index: number) =>
    issues.push(tagIssue(code, message, 'warning', offsetOf(index), subtag));
  const deprecated = (record: RegistryRecord, kind: string, subtag: string, offset: number) => {
    if (record.deprecated) {
      warn(
        'DEPRECATED',
        `${kind} "${subtag}" is deprecated` +
          (record.preferred ? `; use "${record.preferred}" (RFC 5646 §3.1.6)` : ' (RFC 5646 §3.1.6)'),
        subtag,
        offset,
      );
    }
  };

  if (tag.grandfathered) {
    const record = grandfathered().get(tag.grandfathered.toLowerCase())!;
    deprecated(record, 'grandfathered tag', tag.grandfathered, 0);
    return { ok: true, wellFormed: true, tag, issues };
  }

  // RFC 5646 §3.1.6: a deprecated redundant tag (the 25 of the registry: `zh-cmn`, `sgn-BR`…) is advice
  // like a deprecated grandfathered tag or subtag, with its Preferred-Value. Like the §4.5 canonical
  // form, it is the tag without extensions and private use that must be the registered one.
  const whole =
    tag.extensions.length > 0 || tag.privateuse.length > 0
      ? stringify({ ...tag, extensions: [], privateuse: [] })
      : input;
  const redundantRecord = redundant().get(whole.toLowerCase());
  if (redundantRecord) deprecated(redundantRecord, 'redundant tag', input.slice(0, whole.length), 0);

  // §2.2.9 rule 2: every subtag but private use appears in the registry.
  let languageRecord: RegistryRecord | undefined;
  if (tag.language !== null) {
    const at = take();
    languageRecord = languages().get(tag.language);
    if (languageRecord) deprecated(languageRecord, 'language', tag.language, at);
    else if (!isPrivateUseLanguage(tag.language))
      error(
        'LANGUAGE_UNKNOWN',
        `language "${tag.language}" is not in the registry (RFC 5646 §2.2.9)`,
        tag.language,
        at,
      );
  }
  tag.extlang.forEach((extlang, index) => {
    const at = take();
    const record = extlangs().get(extlang);
    // §2.2.2 rule 4: the second and third extlang positions are permanently reserved.
    if (index > 0)
      error('EXTLANG_TOO_MANY', 'only one extended language subtag is valid (RFC 5646 §2.2.2)', extlang, at);
    else if (!record)
      error('EXTLANG_UNKNOWN', `extlang "${extlang}" is not in the registry (RFC 5646 §2.2.9)`, extlang, at);
    // §2.2.2 rule 3: an extlang follows the language named by its one Prefix.
    else if (record.prefixes && record.prefixes[0] !== tag.language) {
      error(
        'EXTLANG_PREFIX',
        `extlang "${extlang}" requires the prefix "${record.prefixes[0]}" (RFC 5646 §2.2.2)`,
        extlang,
        at,
      );
    } else deprecated(record, 'extlang', extlang, at);
  });
  if (tag.script !== null) {
    const at = take();
    const record = scripts().get(tag.script.toLowerCase());
    if (record) {
      deprecated(record, 'script', tag.script, at);
      // §3.1.9 / §4.1 item 2: do not use a script subtag that the language suppresses.
      const base = tag.extlang.length > 0 ? languages().get(tag.extlang[0]!) : languageRecord;
      if (base?.suppressScript === tag.script)
        warn(
          'SUPPRESS_SCRIPT',
          `"${tag.script}" is the Suppress-Script of "${base.subtag}": omit it (RFC 5646 §4.1)`,
          tag.script,
          at,
        );
    } else if (!isPrivateUseScript(tag.script.toLowerCase()))
      error('SCRIPT_UNKNOWN', `script "${tag.script}" is not in the registry (RFC 5646 §2.2.9)`, tag.script, at);
  }
  if (tag.region !== null) {
    const at = take();
    const record = regions().get(tag.region.toLowerCase());
    if (record) deprecated(record, 'region', tag.region, at);
    else if (!isPrivateUseRegion(tag.region))
      error('REGION_UNKNOWN', `region "${tag.region}" is not in the registry (RFC 5646 §2.2.9)`, tag.region, at);
  }
  const seenVariants = new Set<string>();
  tag.variants.forEach((variant, index) => {
    const at = take();
    const record = variants().get(variant);
    // §2.2.9 rule 3: no duplicate variants.
    if (seenVariants.size === seenVariants.add(variant).size)
      error('VARIANT_DUPLICATE', `variant "${variant}" appears twice (RFC 5646 §2.2.9)`, variant, at);
    else if (!record)
      error('VARIANT_UNKNOWN', `variant "${variant}" is not in the registry (RFC 5646 §2.2.9)`, variant, at);
    else {
      deprecated(record, 'variant', variant, at);
      // §2.2.5 rule 4: a variant with Prefix fields is used after one of them.
      if (record.prefixes) {
        const before = [
          ...tag.extlang,
          tag.script?.toLowerCase(),
          tag.region?.toLowerCase(),
          ...tag.variants.slice(0, index),
        ];
        if (
          !record.prefixes.some((p) =>
            p
              .toLowerCase()
              .split('-')
              .every((s, i) => (i === 0 ? s === tag.language : before.includes(s))),
          )
        ) {
          warn(
            'VARIANT_PREFIX',
            `variant "${variant}" is meant for ${record.prefixes.map((p) => `"${p}"`).join(' or ')} (RFC 5646 §2.2.5)`,
            variant,
            at,
          );
        }
      }
    }
  });
  // §2.2.9 rule 4 (§2.2.6 rule 3): each singleton at most once.
  const seenSingletons = new Set<string>();
  tag.extensions.forEach((extension) => {
    const at = take(1 + extension.subtags.length);
    if (seenSingletons.size === seenSingletons.add(extension.singleton).size) {
      error(
        'SINGLETON_DUPLICATE',
        `extension "${extension.singleton}" appears twice (RFC 5646 §2.2.6)`,
        extension.singleton,
        at,
      );
    }
  });
  return { ok: !issues.some((i) => i.severity === 'error'), wellFormed: true, tag, issues };
}

/** True when TAG is valid (RFC 5646 §2.2.9); warnings do not count. */
export function isValid(tag: string): boolean {
  return validate(tag).ok;
}

/** Throws a LangtagError (with the first error's code) unless TAG is valid. */
export function assertValid(tag: string): void {
  throwOnError(tag, validate(tag).issues);
}
