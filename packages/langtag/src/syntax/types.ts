/** An extension: a singleton other than "x" and its subtags (RFC 5646 §2.2.6). */
export interface Extension {
  /** The singleton, lower case (`u`, `t`, `a`…). */
  singleton: string;
  /** Its subtags (2–8 alphanumerics each), lower case. */
  subtags: string[];
}

/**
 * The parts of a language tag (RFC 5646 §2.1), in the case the RFC recommends (§2.1.1): language,
 * extlang, variants, extensions and private use lower case; script title case; region upper case.
 * A grandfathered tag (irregular or regular, §2.2.8) is kept whole in `grandfathered`.
 */
export interface LanguageTag {
  /** Primary language subtag (2–8 letters), or null for a private-use or grandfathered tag. */
  language: string | null;
  /** Extended language subtags (RFC 5646 §2.2.2); at most three are well-formed, one is valid. */
  extlang: string[];
  script: string | null;
  region: string | null;
  variants: string[];
  extensions: Extension[];
  /** Private-use subtags after "x" (without the "x"). */
  privateuse: string[];
  /** The whole tag when it is one of the 26 grandfathered tags, in registry case; else null. */
  grandfathered: string | null;
}

/** An empty tag, to fill in. */
export function emptyTag(): LanguageTag {
  return {
    language: null,
    extlang: [],
    script: null,
    region: null,
    variants: [],
    extensions: [],
    privateuse: [],
    grandfathered: null,
  };
}
