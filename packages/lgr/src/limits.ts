// Input limits of @nomina/lgr, checked before any expensive step (each tested at N and N+1).

/**
 * Longest LGR document accepted, in UTF-16 units (16 Mi). The largest published LGRs (the RZ-LGR-5
 * Chinese script LGR, the second-level Chinese reference LGR) are about 3.5 MB; four times that leaves
 * room for registry tables while bounding the memory an untrusted document can claim.
 */
export const MAX_LGR_DOCUMENT_LENGTH = 16 * 1024 * 1024;

/** Deepest element nesting accepted. RFC 7940 documents nest about 8 deep (lgr/rules/rule/choice/rule/…). */
export const MAX_XML_DEPTH = 64;

/** Most elements in one document. RZ-LGR-5 common has about 100,000; ten times that is still bounded. */
export const MAX_XML_ELEMENTS = 1_000_000;

/** Most attributes on one element (RFC 7940 elements have at most 8). */
export const MAX_XML_ATTRIBUTES = 32;

/**
 * Longest code point sequence in a `char`, `var` or rule literal. Sequences in published LGRs have at
 * most 4 code points; 63 is the longest label, so no longer sequence can ever match.
 */
export const MAX_SEQUENCE_LENGTH = 63;

/**
 * Longest label validated, in code points. A DNS label holds at most 63 octets (RFC 1035 §2.3.4), so a
 * U-label can never need more code points than that; the reference implementation refuses longer ones too.
 */
export const MAX_LABEL_CODE_POINTS = 63;

/** Longest label string accepted before it is even decoded, in UTF-16 units (two per astral code point). */
export const MAX_LABEL_LENGTH = 2 * MAX_LABEL_CODE_POINTS;

/**
 * Default cap on variant labels enumerated per label (`maxVariants`): the reference implementation's
 * cap. The count is estimated first (`estimate`), so a label with millions of variants costs nothing.
 */
export const DEFAULT_MAX_VARIANTS = 1000;

/**
 * Largest `maxVariants` a caller may ask for: enumeration beyond this is a denial of service. Each variant
 * label is dispositioned (its own eligibility and the actions): on RZ-LGR-5 Arabic 100,000 of them take
 * about 5 s and 160 MB (bench/results/lgr.md), so a million would take a minute and gigabytes.
 */
export const MAX_VARIANTS_LIMIT = 100_000;

/** Deepest nesting of rule references (`by-ref`) and set operators resolved while compiling rules. */
export const MAX_RULE_DEPTH = 64;

/**
 * Most elements a rule may stand for once its `by-ref` references are expanded. References can double a
 * rule at each step (a rule referring twice to the previous one), the rule analogue of "billion laughs";
 * the largest published rule expands to a few hundred elements.
 */
export const MAX_RULE_ELEMENTS = 100_000;
