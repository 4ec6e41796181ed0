// Named limits of @nomina/idna. Every entry point checks them before any expensive step (mapping,
// normalization, Punycode), so adversarial input is rejected in time proportional to the limit, never to
// the input (the CVE-2022-45061 / CVE-2024-3651 classes: quadratic IDNA decoders fed megabytes).

/**
 * Longest domain accepted by `toASCII`, `toUnicode` and `domainToASCII`, in UTF-16 code units, before and
 * after UTS #46 mapping. DNS allows 253 octets; 16× that leaves room for ignored characters, compatibility
 * forms that map to shorter text and the URL Standard (which has no DNS length check), while keeping
 * `String.prototype.normalize` (ICU, quadratic on long runs of combining marks) and every rule bounded: the
 * worst input within it takes a few milliseconds (README "Limits"; Punycode is O(n log n) here).
 * The URL Standard sets no such limit: `domainToASCII` deliberately deviates from it for longer hosts.
 */
export const MAX_INPUT_LENGTH = 4096;

/**
 * Longest label the Punycode functions accept, in UTF-16 code units (input of `encode` or `decode`). A DNS
 * label has at most 63 octets; the cap bounds the arrays the encoder and decoder allocate per call
 * while converting any label that fits in `MAX_INPUT_LENGTH`.
 */
export const MAX_PUNYCODE_LENGTH = MAX_INPUT_LENGTH;

/** RFC 1034 §3.1 / RFC 5890 §2.3.2.1: a DNS label has at most 63 octets (UTS #46 §4.2 ToASCII step 4, A4_2). */
export const MAX_LABEL_OCTETS = 63;

/**
 * RFC 1034 §3.1: a domain name has at most 253 octets in its text form without the root's trailing dot
 * (UTS #46 §4.2 ToASCII step 4, A4_1). With the trailing dot, 254.
 */
export const MAX_DOMAIN_OCTETS = 253;
