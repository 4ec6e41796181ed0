// RFC 5646 §2.1.1: serialization in the recommended case (parse already normalizes it).
import type { LanguageTag } from './types.js';

/** Joins the parts of a tag back into a string: `stringify(parse(t).tag)` is `t` in canonical case. */
export function stringify(tag: Partial<LanguageTag>): string {
  if (tag.grandfathered) return tag.grandfathered;
  let out = tag.language ?? '';
  const add = (part: string) => {
    out = out === '' ? part : out + '-' + part;
  };
  if (tag.extlang) for (const e of tag.extlang) add(e);
  if (tag.script) add(tag.script);
  if (tag.region) add(tag.region);
  if (tag.variants) for (const v of tag.variants) add(v);
  if (tag.extensions) for (const e of tag.extensions) add(e.singleton + '-' + e.subtags.join('-'));
  if (tag.privateuse && tag.privateuse.length > 0) add('x-' + tag.privateuse.join('-'));
  return out;
}
