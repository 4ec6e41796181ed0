// The reliability campaign's shared tools (issue #12): every package's `test/campaign.test.ts` uses them,
// so "linear", "never throws" and "every export covered" mean the same thing everywhere.
//
// Timing is by ratio only, never a wall-clock budget: the time for 16n over the time for n must stay
// near 16 (a generous bound of 64; quadratic code gives 256). Each time is the fastest of several calls, since
// noise on a busy machine only ever adds time, after warm-up calls that let the JIT optimize.
import fc from 'fast-check';
import { expect } from 'vitest';

/** Fastest of `runs` calls of `fn`, in milliseconds. */
function fastestMs(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export interface LinearityOptions {
  /** Input size n (the generator's unit: UTF-16 units, names, lines…). */
  small: number;
  /** The large input is `factor` × n (default 16). */
  factor?: number;
  /** Largest accepted time(factor·n) / time(n) (default 4 × factor: generous on a noisy 2-core machine, far below factor² for quadratic code). */
  bound?: number;
  /** Times below this many ms are raised to it, so timer resolution cannot inflate the ratio (default 0.05). */
  floorMs?: number;
}

/** Mean time of one call over `reps` calls of `fn`, in milliseconds. */
function perCallMs(fn: () => unknown, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

/** Fastest per-call time of `samples` samples, each of `reps` calls. */
function fastestPerCallMs(fn: () => unknown, reps: number, samples: number): number {
  let best = Infinity;
  for (let i = 0; i < samples; i++) best = Math.min(best, perCallMs(fn, reps));
  return best;
}

/**
 * Asserts that `run(make(factor·n))` takes at most `bound` times as long as `run(make(n))`. Returns the
 * ratio measured, for the test's name or a report. Each sample repeats the call until it lasts about
 * `SAMPLE_MS` (so a preemption on a busy machine, a few milliseconds, cannot dominate a sample), and the
 * fastest sample of several counts. A ratio over the bound is measured again, up to `ATTEMPTS` times in
 * all, and the lowest counts: noise (another job, a garbage collection in one sample) rarely repeats,
 * while superlinear code (a quadratic gives `factor` × the linear ratio) fails every attempt.
 */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, options: LinearityOptions): number {
  const factor = options.factor ?? 16;
  const small = make(options.small);
  const large = make(options.small * factor);
  return expectCostRatio(
    () => run(small),
    () => run(large),
    options.bound ?? 4 * factor,
    `time(${factor}n) / time(n)`,
    `n = ${options.small}`,
    options.floorMs,
  );
}

/**
 * Asserts that `run` takes less than `bound` times as long as `base` (e.g. adversarial input against
 * prose of the same length), measured as in `expectLinear`, up to `ATTEMPTS` times. Returns the ratio.
 */
export function expectCostRatio(
  base: () => unknown,
  run: () => unknown,
  bound: number,
  what = 'time(run) / time(base)',
  detail = '',
  floorMs = 0.05,
): number {
  let ratio = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && ratio >= bound; attempt++)
    ratio = Math.min(ratio, measureRatio(base, run, floorMs));
  expect(ratio, `${what} = ${ratio.toFixed(1)}${detail && ` (${detail})`}`).toBeLessThan(bound);
  return ratio;
}

/** Time of `large()` over time of `small()`, each the fastest per-call time of several samples. */
function measureRatio(small: () => unknown, large: () => unknown, floor: number): number {
  fastestMs(small, 3); // warm up the code
  fastestMs(large, 1); // and grow the heap to the large input's size
  const repsFor = (fn: () => unknown) => Math.max(1, Math.ceil(SAMPLE_MS / Math.max(fastestMs(fn, 3), 0.001)));
  const smallReps = repsFor(small);
  const smallMs = fastestPerCallMs(small, smallReps, 5);
  const largeMs = fastestPerCallMs(large, repsFor(large), 5);
  return largeMs / Math.max(smallMs, floor / smallReps);
}

/** Measurements of one ratio before expectLinear fails. */
const ATTEMPTS = 3;

/** Length of one timing sample in expectLinear, in milliseconds. */
const SAMPLE_MS = 20;

/** Strings that break naive code: lone surrogates, astral characters, controls, marks, any Unicode. */
export const hostileString = (maxLength = 64): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({
      unit: fc.constantFrom(
        '.',
        '-',
        'x',
        'n',
        '\u200c',
        '\u200d',
        '\u0660',
        '\u30fb',
        '\u0301',
        '(',
        ')',
        'а',
        'α',
        'א',
        '\ud800',
        '\udc00',
        ' ',
        '\0',
      ),
      maxLength,
    }),
  );

/** Names of the functions (and classes) `module` exports. */
export function exportedFunctions(module: Record<string, unknown>): string[] {
  return Object.keys(module)
    .filter((name) => typeof module[name] === 'function')
    .sort();
}

/**
 * Asserts that the campaign covers every exported function of `module`: each one must be a key of
 * `covered` (a case) or of `exempt` (with the reason it needs none, e.g. a class or a pure constant
 * getter). A new export without a case fails this test, so none can be missed.
 */
export function expectEveryExportCovered(
  module: Record<string, unknown>,
  covered: Iterable<string>,
  exempt: Record<string, string> = {},
): void {
  const known = new Set([...covered, ...Object.keys(exempt)]);
  const missing = exportedFunctions(module).filter((name) => !known.has(name));
  expect(missing, 'exported functions without a reliability case').toEqual([]);
  const stale = [...known].filter((name) => !(name in module));
  expect(stale, 'reliability cases for names the module no longer exports').toEqual([]);
}
