// The one timing method of every bench (issue #11): each contender, ours and the peers alike, runs in a
// loop of its own compiled with `new Function` (its own monomorphic call site, as in an application);
// rounds are interleaved, each contender running ≥ `roundNs` of CPU time per round (process.cpuUsage:
// steadier than wall time on a busy machine), and the median round is reported.
// Case names follow `<package>/<operation>/<case>`; at most five per package are marked `overview`.
import { cpus, loadavg } from 'node:os';

export type Contender<Input> = (input: Input) => unknown;

export interface MeasureOptions {
  /** Interleaved rounds; the median is reported (default 7). */
  rounds?: number;
  /** CPU nanoseconds each contender runs per round (default 150 ms). */
  roundNs?: number;
}

/** CPU time of this process in nanoseconds (user + system). */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/** Median of `values` (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/** Value at quantile `q` (0…1) of `values`, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * A timing loop of its own for one contender: `new Function` compiles a fresh loop per contender, so each
 * has its own call site and inline caches instead of one shared megamorphic loop that penalises whoever
 * runs in it (benchmark.js does the same). Returns the count of non-undefined results so that the calls
 * cannot be optimised away.
 */
export function makePass<Input>(fn: Contender<Input>, inputs: readonly Input[]): () => number {
  const factory = new Function(
    'fn',
    'inputs',
    'return function pass() { let sink = 0; for (let i = 0; i < inputs.length; i++) if (fn(inputs[i]) !== undefined) sink++; return sink; };',
  ) as (fn: Contender<Input>, inputs: readonly Input[]) => () => number;
  return factory(fn, inputs);
}

/** One timed case: a contender and the inputs it runs on (contenders of one comparison may take different input forms). */
export interface Case<Input = unknown> {
  name: string;
  fn: Contender<Input>;
  inputs: readonly Input[];
}

/** Any case, whatever its input type (a case's function only ever sees its own inputs). */
export type AnyCase = { name: string; fn: (input: never) => unknown; inputs: readonly unknown[] };

/** CPU nanoseconds per input of every case: median of interleaved rounds (see the file comment). */
export function measureCases(cases: readonly AnyCase[], options: MeasureOptions = {}): Record<string, number> {
  const rounds = options.rounds ?? 7;
  const roundNs = options.roundNs ?? 150e6;
  let sink = 0;
  const passes = cases.map((c) => ({
    name: c.name,
    count: c.inputs.length,
    pass: makePass(c.fn as Contender<unknown>, c.inputs),
    times: [] as number[],
  }));
  for (const c of passes) sink += c.pass(); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const c of passes) {
      let count = 0;
      const t0 = cpuNow();
      let elapsed = 0;
      while (elapsed < roundNs) {
        sink += c.pass();
        count += c.count;
        elapsed = cpuNow() - t0;
      }
      c.times.push(elapsed / count);
    }
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(passes.map((c) => [c.name, median(c.times)]));
}

/** CPU nanoseconds per input of every contender, all on the same `inputs` (see measureCases). */
export function measureAll<Input>(
  contenders: Record<string, Contender<Input>>,
  inputs: readonly Input[],
  options: MeasureOptions = {},
): Record<string, number> {
  return measureCases(
    Object.entries(contenders).map(([name, fn]) => ({ name, fn, inputs })),
    options,
  );
}

/** Wall-clock latency of each call of `fn` over `inputs`, in milliseconds (for p50/p99 tables). */
export function latencies<Input>(fn: Contender<Input>, inputs: readonly Input[]): number[] {
  const out = new Array<number>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now();
    fn(inputs[i]!);
    out[i] = performance.now() - t0;
  }
  return out;
}

/** One line naming the machine and its load, for the head of a results table. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`;
}

/** `x.x×` ratio of `theirs` over `ours` (how many times our time theirs takes). */
export function ratio(ours: number, theirs: number): string {
  return `${(theirs / ours).toFixed(1)}×`;
}

/** One row of a package's overview: a case named `<package>/<operation>/<case>`, our figure, the best peer's. */
export interface OverviewRow {
  name: string;
  ours: string;
  peer?: string;
  theirs?: string;
  /** How many times our speed (or size) the peer's is, e.g. `ratio(oursNs, theirsNs)`. */
  ratio?: string;
}

export const OVERVIEW_START = '<!-- overview -->';
export const OVERVIEW_END = '<!-- /overview -->';

/**
 * The overview block of a results file: at most five cases per package, the ones bench/collect.ts copies to
 * the top of bench/RESULTS.md (quick runs read only these).
 */
export function overviewBlock(rows: readonly OverviewRow[]): string {
  const packages = new Map<string, number>();
  for (const r of rows) {
    const [pkg, operation, kase] = r.name.split('/');
    if (!pkg || !operation || !kase) throw new Error(`overview case "${r.name}" is not <package>/<operation>/<case>`);
    packages.set(pkg, (packages.get(pkg) ?? 0) + 1);
  }
  for (const [pkg, n] of packages) if (n > 5) throw new Error(`${pkg}: ${n} overview cases, at most 5`);
  return [
    OVERVIEW_START,
    '| case | Nomina | peer | peer figure | Nomina is |',
    '| --- | ---: | --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.ours} | ${r.peer ?? ''} | ${r.theirs ?? ''} | ${r.ratio ?? ''} |`),
    OVERVIEW_END,
  ].join('\n');
}
