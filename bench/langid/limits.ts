// Worst-case time and memory of @nomina/langid at each of its limits (issue #12; SECURITY.md's limits
// table reads the results). Timed by bench/harness.ts `worstCases`. From the root:
//   node --expose-gc --conditions=@nomina/source --import tsx bench/langid/limits.ts [--write]
import * as l from '@nomina/langid';
import { worstCases } from '../harness.js';

let k = 0;
const shift = (text: string): string => `${String.fromCharCode(0x61 + (k++ % 26))}${text.slice(1)}`;
const N = l.MAX_SPANS_LENGTH;
worstCases(
  '@nomina/langid',
  [
    [
      'detect',
      `SAMPLE_LENGTH (${l.SAMPLE_LENGTH}) units of prose`,
      () => shift('Le chat dort sur le canapé, et la pluie tombe. '.repeat(44).slice(0, l.SAMPLE_LENGTH)),
      (s) => l.detect(s),
    ],
    ['detect', `SAMPLE_LENGTH units, alternating scripts`, () => shift('aбαא'.repeat(512)), (s) => l.detect(s)],
    [
      'detect',
      'a 1 MB string (sampled to SAMPLE_LENGTH)',
      () => shift('Das ist gut, sagte er. '.repeat(45590)),
      (s) => l.detect(s),
    ],
    [
      'detectSpans',
      `MAX_SPANS_LENGTH (${N}) units of prose in three languages`,
      () => shift('The cat sleeps. Die Katze schläft. Le chat dort. '.repeat(2041).slice(0, N)),
      (s) => l.detectSpans(s),
    ],
    [
      'detectSpans',
      `MAX_SPANS_LENGTH units, 'aбαא' repeated (one span per unit)`,
      () => shift('aбαא'.repeat(N / 4)),
      (s) => l.detectSpans(s),
    ],
    [
      'detectSpans',
      `MAX_SPANS_LENGTH units, distinct alternating letters`,
      () =>
        shift(
          Array.from({ length: N }, (_, i) =>
            String.fromCharCode([0x61, 0x430, 0x3b1, 0x5d0][i % 4]! + ((i >> 2) % 20)),
          ).join(''),
        ),
      (s) => l.detectSpans(s),
    ],
    [
      'detectSpans',
      `MAX_SPANS_LENGTH units, 'a. ' repeated (33,333 clauses)`,
      () => shift('a. '.repeat(33334).slice(0, N)),
      (s) => l.detectSpans(s),
    ],
    [
      'detect',
      `SAMPLE_LENGTH units, MAX_TOP (${l.MAX_TOP}) candidates, \`only\` of MAX_TAG_LIST (${l.MAX_TAG_LIST}) tags`,
      () => shift('Le chat dort sur le canapé, et la pluie tombe. '.repeat(44).slice(0, l.SAMPLE_LENGTH)),
      (s) =>
        l.detect(s, {
          top: l.MAX_TOP,
          only: Array.from({ length: l.MAX_TAG_LIST }, (_, i) => (i % 2 ? 'fr' : `x-${i.toString(36)}`)),
        }),
    ],
    [
      'detectSpans',
      `MAX_SPANS_LENGTH units: more than SPAN_MEMO_LIMIT (${l.SPAN_MEMO_LIMIT}) distinct short runs of at most SPAN_MEMO_KEY_LIMIT (${l.SPAN_MEMO_KEY_LIMIT}) units`,
      () =>
        shift(
          Array.from(
            { length: N / 3 },
            (_, i) =>
              `${String.fromCharCode(0x61 + (i % 26), 0x61 + ((i / 26) % 26))}${String.fromCharCode(0x430 + (i % 32))}`,
          ).join(''),
        ),
      (s) => l.detectSpans(s),
    ],
    [
      'detectSpans',
      'a 1 MB string (truncated to MAX_SPANS_LENGTH)',
      () => shift('aбαא'.repeat(1 << 18)),
      (s) => l.detectSpans(s),
    ],
  ],
  5,
);
