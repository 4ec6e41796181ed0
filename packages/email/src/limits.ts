// Every limit of @nomina/email, checked before any other work (UTF-16 units are counted first, since
// counting octets already costs a pass). The RFC limits are limits of the address; the input limits keep
// hostile input (a megabyte "address", ten thousand nested comments) from costing more than a look.

/**
 * RFC 5321 §4.5.3.1.1: "The maximum total length of a user name or other local-part is 64 octets."
 * Counted in UTF-8 octets (RFC 6531 §3.3 keeps the limit in octets), as written and after NFC.
 */
export const MAX_LOCAL_PART_OCTETS = 64;

/** RFC 5321 §4.5.3.1.2: "The maximum total length of a domain name or number is 255 octets." */
export const MAX_DOMAIN_OCTETS = 255;

/**
 * RFC 5321 §4.5.3.1.3: "The maximum total length of a reverse-path or forward-path is 256 octets
 * (including the punctuation and element separators)": the path is `<` mailbox `>`, so a mailbox has at
 * most 254 octets (RFC 3696 errata 1690).
 */
export const MAX_ADDRESS_OCTETS = 254;

/**
 * Longest input `parseAddress` looks at, in UTF-16 units. Above MAX_ADDRESS_OCTETS on purpose: a mailbox
 * with a display name and comments (RFC 5322 name-addr) may be longer than its address; anything longer
 * than this is refused with `INPUT_TOO_LONG` before it is scanned.
 */
export const MAX_INPUT_LENGTH = 4096;

/**
 * Longest header field body `parseAddressList` looks at, in UTF-16 units (an unfolded `To:` of a
 * thousand recipients fits; RFC 5322 §2.1.1 limits a line, not an unfolded field).
 */
export const MAX_HEADER_LENGTH = 64 * 1024;

/**
 * Most addresses (mailboxes, group members included) `parseAddressList` returns; the rest is refused
 * with one issue. RFC 5321 §4.5.3.1.8 asks servers to take 100 recipients; 2,000 leaves room for lists.
 */
export const MAX_LIST_ADDRESSES = 2_000;

/** Deepest nesting of RFC 5322 §3.2.2 comments accepted; deeper ones are refused, not followed. */
export const MAX_COMMENT_DEPTH = 32;

/**
 * The same character problem (code) is reported at most this many times in one part of an address; one
 * more issue then counts the rest. A hostile 4,000-character local part gets a few issues, not thousands.
 */
export const MAX_REPEATED_ISSUES = 8;
