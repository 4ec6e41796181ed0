// Issue codes of @nomina/lgr, named after the XML rule or the RFC 7940 section they enforce.
//
// | code | meaning | severity |
// |---|---|---|
// | `XML_MALFORMED` | not well-formed XML (XML 1.0 §2.1): unclosed tag, bad name, bad attribute… | error |
// | `XML_DOCTYPE` | a `<!DOCTYPE`: DTDs are refused (no entity definitions, no external subsets) | error |
// | `XML_ENTITY` | an entity other than the five predefined ones or a bad character reference | error |
// | `LIMIT_DOCUMENT_LENGTH`, `LIMIT_DEPTH`, `LIMIT_ELEMENTS`, `LIMIT_ATTRIBUTES` | an XML limit (limits.ts) | error |
// | `RFC7940_4.2` | the root is not `lgr` in `urn:ietf:params:xml:ns:lgr-1.0`, or `data` is missing | error |
// | `RFC7940_4.3` | bad metadata (date, unicode-version: warnings); a `ref` to an undefined reference (error) | warning, error |
// | `RFC7940_5.1` | bad `cp`/`first-cp`/`last-cp` value, range or sequence | error |
// | `RFC7940_5.1_DUPLICATE` | a code point or sequence defined twice (§5.1) | error |
// | `RFC7940_5.2` | `when` and `not-when` both present, or naming an undefined rule | error |
// | `RFC7940_5.3` | bad or duplicate `var` | error |
// | `RFC7940_5.5` | bad `tag` (on a sequence, duplicated) | error |
// | `RFC7940_6.2` | bad class (unknown property, `by-ref` to an undefined class, bad content) | error |
// | `RFC7940_6.3` | bad rule (undefined `by-ref`, unnamed top-level rule, unknown element, bad `count`) | error |
// | `RFC7940_6.4` | a context rule with more than one `anchor` | error |
// | `RFC7940_7` | bad action (no `disp`, `match` with `not-match`, several variant triggers, undefined rule) | error |
// | `LGR_UNKNOWN_ELEMENT` | an element RFC 7940 does not define, ignored | warning |
// | `LGR_UNKNOWN_ATTRIBUTE` | an attribute the RFC 7940 schema does not define on that element, ignored | warning |
// | `LIMIT_LABEL_LENGTH` | the label is longer than `MAX_LABEL_CODE_POINTS` | error |
// | `LIMIT_MAX_VARIANTS` | `maxVariants` beyond `MAX_VARIANTS_LIMIT` | error |
// | `LABEL_EMPTY`, `LABEL_SURROGATE` | an empty label, or one with a lone surrogate | error |
// | `RFC7940_8.1_REPERTOIRE` | a code point outside the repertoire (§8.1) | error |
// | `RFC7940_8.1_CONTEXT` | a code point whose `when`/`not-when` context rule fails (§5.2, §8.1) | error |
// | `RFC7940_8.3_INVALID` | an action gave the disposition `invalid` (§8.3) | error |
// | `RFC7940_8.2_TRUNCATED` | more variants than `maxVariants`: the list stops there | warning |
// | `LGR_NOT_SYMMETRIC`, `LGR_NOT_TRANSITIVE` | variant mappings fail symmetry/transitivity (RFC 8228 §8) | warning |
// | `LGR_IDNA2008` | a repertoire code point not PVALID/CONTEXTJ/CONTEXTO under IDNA2008 (RFC 5892) | error |
import type { Issue } from '@nomina/core';

export type LgrIssueCode =
  | 'XML_MALFORMED'
  | 'XML_DOCTYPE'
  | 'XML_ENTITY'
  | 'LIMIT_DOCUMENT_LENGTH'
  | 'LIMIT_DEPTH'
  | 'LIMIT_ELEMENTS'
  | 'LIMIT_ATTRIBUTES'
  | 'RFC7940_4.2'
  | 'RFC7940_4.3'
  | 'RFC7940_5.1'
  | 'RFC7940_5.1_DUPLICATE'
  | 'RFC7940_5.2'
  | 'RFC7940_5.3'
  | 'RFC7940_5.5'
  | 'RFC7940_6.2'
  | 'RFC7940_6.3'
  | 'RFC7940_6.4'
  | 'RFC7940_7'
  | 'LGR_UNKNOWN_ELEMENT'
  | 'LGR_UNKNOWN_ATTRIBUTE'
  | 'LIMIT_LABEL_LENGTH'
  | 'LIMIT_MAX_VARIANTS'
  | 'LABEL_EMPTY'
  | 'LABEL_SURROGATE'
  | 'RFC7940_8.1_REPERTOIRE'
  | 'RFC7940_8.1_CONTEXT'
  | 'RFC7940_8.3_INVALID'
  | 'RFC7940_8.2_TRUNCATED'
  | 'LGR_NOT_SYMMETRIC'
  | 'LGR_NOT_TRANSITIVE'
  | 'LGR_IDNA2008';

export type LgrIssue = Issue<LgrIssueCode>;
