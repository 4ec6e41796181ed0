// The worst-case input shapes known for IDNA, each of about n UTF-16 units: the one list that the
// reliability campaign (./campaign.test.ts, linearity) and the worst-case bench (bench/idna/limits.ts,
// time and memory at the limits for SECURITY.md) both use.
export const WORST_SHAPES: Record<string, (n: number) => string> = {
  'distinct CJK': (n) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + (i % 20000))).join(''),
  'alternating scripts': (n) => 'aбαא'.repeat(n >> 2),
  'combining marks': (n) => `a${'\u0301'.repeat(n - 1)}`,
  'U+0660 run': (n) => `\u0628${'\u0660'.repeat(n - 1)}`,
  'U+30FB run': (n) => '\u30fb'.repeat(n),
  'U+00B7 run': (n) => `l${'\u00b7l'.repeat((n - 1) >> 1)}`,
  'ZWJ/ZWNJ': (n) => `\u0628${'\u200c\u094d\u200d'.repeat(Math.floor((n - 1) / 3))}`,
  dots: (n) => 'a.'.repeat(n >> 1),
  'xn-- prefixes': (n) => 'xn--a.'.repeat(Math.floor(n / 6)),
  'long Punycode': (n) => `xn--${'ba'.repeat((n - 4) >> 1)}`,
  brackets: (n) => '(['.repeat(n >> 2) + '])'.repeat(n >> 2),
};
