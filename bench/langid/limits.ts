// Worst-case time and memory of @nomina/langid at each of its limits (issue #12; SECURITY.md's limits
// table reads the results). Timed by bench/harness.ts `worstCases`. From the root:
//   node --expose-gc --conditions=@nomina/source --import tsx bench/langid/limits.ts [--write]
import * as l from '@nomina/langid';
import { textFeatures } from '../../packages/langid/src/features/extract.js';
import { isHeldOut } from '../../packages/langid/src/model/train.js';
import { formatBytes, worstCases } from '../harness.js';

let k = 0;
const shift = (text: string): string => `${String.fromCharCode(0x61 + (k++ % 26))}${text.slice(1)}`;
const N = l.MAX_SPANS_LENGTH;

// Training. trainModel on an array does all its work before it returns its promise, so the harness times it
// whole; its memory column is what the model keeps (the count of a language at the limit is measured alone).
let seed = 1;
const next = (n: number): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
/** A word of 17 random Han ideographs: about 50 features no other word has (no whole-word feature). */
const hanWord = () => String.fromCodePoint(...Array.from({ length: 17 }, () => 0x4e00 + next(20000)));
/** A text of words adding COUNT distinct features to SEEN (or a few more). */
function newFeatures(count: number, seen: Set<number>): string {
  const words: string[] = [];
  for (const goal = seen.size + count; seen.size < goal; ) {
    const word = hanWord();
    textFeatures(word, (hash) => seen.add(hash));
    words.push(word);
  }
  return words.join(' ');
}
/** A made-up sentence of eight Latin words, held out or not. */
function sentence(heldOut: boolean): string {
  for (;;) {
    const text = Array.from({ length: 8 }, () =>
      Array.from({ length: 3 + next(5) }, () => String.fromCharCode(0x61 + next(26))).join(''),
    ).join(' ');
    if (isHeldOut(text) === heldOut) return text;
  }
}
const tagOf = (i: number) =>
  `q${Array.from({ length: 4 }, (_, d) => String.fromCharCode(0x61 + (Math.floor(i / 26 ** d) % 26))).join('')}`;
const gc = (globalThis as { gc?: () => void }).gc;
/**
 * Live heap of the count of one language at MAX_TRAINING_FEATURES (a Map of feature hash to count, as
 * model/build.ts keeps it), measured alone: what each language may hold while training.
 */
function countBytes(): string {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const counts = new Map<number, number>();
  for (let i = 0; counts.size < l.MAX_TRAINING_FEATURES; i++)
    counts.set((Math.imul(i, 0x9e3779b1) >>> 8) & 0xffffff, 2);
  gc?.();
  const bytes = process.memoryUsage().heapUsed - before;
  if (counts.size < 0) console.log(counts); // keeps the count alive until here
  return formatBytes(bytes);
}
const F = l.MAX_TRAINING_FEATURES;
const atFeatures = (() => {
  const once = newFeatures(F, new Set());
  return [{ tag: 'qaa', text: [`${once} ${once}`, `${once}\n${once}`].find((t) => !isHeldOut(t))! }];
})();
const pastFeatures = (() => {
  const seen = new Set<number>();
  return Array.from({ length: 4 }, () => ({ tag: 'qaa', text: newFeatures(F / 2, seen) })).filter(
    (sample) => !isHeldOut(sample.text),
  );
})();
const heldOut = ['qaa', 'qab'].flatMap((tag) => [
  ...Array.from({ length: 1000 }, () => ({ tag, text: sentence(false) })),
  ...Array.from({ length: 2 * l.MAX_HELDOUT_PER_LANGUAGE }, () => ({ tag, text: sentence(true) })),
]);
const manyLanguages = Array.from({ length: l.MAX_TRAINING_LANGUAGES }, (_, i) => ({
  tag: tagOf(i),
  text: sentence(false),
}));
const calibrated = manyLanguages.flatMap((sample) => [sample, { tag: sample.tag, text: sentence(true) }]);
const train = (samples: l.TrainingSample[]) => l.trainModel(samples);
const training = [
  {
    operation: 'trainModel',
    input: `one language, one text of MAX_TRAINING_FEATURES (${F}) distinct features, each counted twice (the count of a language at the limit: ${countBytes()} of heap)`,
    make: () => atFeatures,
    run: train,
  },
  {
    operation: 'trainModel',
    input: `one language, ${pastFeatures.length} texts of ${F / 2} new distinct features each: past MAX_TRAINING_FEATURES, the rarest dropped to 3/4 of it`,
    make: () => pastFeatures,
    run: train,
  },
  {
    operation: 'trainModel',
    input: `two languages of 1,000 training sentences and 2 × MAX_HELDOUT_PER_LANGUAGE (${l.MAX_HELDOUT_PER_LANGUAGE}) held-out ones each: the first MAX_HELDOUT_PER_LANGUAGE calibrate, the rest are skipped`,
    make: () => heldOut,
    run: train,
  },
  {
    operation: 'trainModel',
    input: `MAX_TRAINING_LANGUAGES (${l.MAX_TRAINING_LANGUAGES}) languages of one script, one training and one held-out sentence each: MAX_CALIBRATION_PAIRS (${l.MAX_CALIBRATION_PAIRS}) / languages held-out texts calibrate (MAX_CALIBRATION_TEXTS: ${l.MAX_CALIBRATION_TEXTS}), each ranked against every language`,
    make: () => calibrated,
    run: train,
  },
];

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
    ...training,
  ],
  5,
);
