// The worst-case input shapes known for script runs, each of about n UTF-16 units: the one list that the
// reliability campaign (./campaign.test.ts: linearity, memory) and the worst-case bench
// (bench/script/limits.ts: time and memory at the limits for SECURITY.md) both use.
export const WORST_SHAPES: Record<string, (n: number) => string> = {
  'distinct CJK': (n) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + (i % 20000))).join(''),
  'alternating scripts': (n) => 'aбαא'.repeat(n >> 2),
  'combining marks': (n) => `a${'\u0301'.repeat(n - 1)}`,
  'U+0660 and U+30FB runs': (n) => `\u0628${'\u0660'.repeat(n >> 1)}\u30a2${'\u30fb'.repeat(n >> 1)}`,
  'ZWJ/ZWNJ': (n) => `\u0915${'\u094d\u200d\u0915\u200c'.repeat(n >> 2)}`,
  brackets: (n) => `a${'(б'.repeat(n >> 2)}${')'.repeat(n >> 2)}`,
  'lone surrogates': (n) => '\ud800a\udc00'.repeat(Math.floor(n / 3)),
};
