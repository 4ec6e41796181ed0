// The one timing method of every bench (issue #11): each contender, ours and the peers alike, runs in a
// loop of its own compiled with `new Function` (its own monomorphic call site, as in an application);
// rounds are interleaved, each contender running ≥ `roundNs` of CPU time per round (process.cpuUsage:
// steadier than wall time on a busy machine), and the median round is reported.
// Calls too long to loop (parsing a document, building an index) are timed by `cpuMs`, per-call latency
// tables by `latencies`, the worst cases at the limits by `worstCases`/`worstCasesAsync`.
// Case names follow `<package>/<operation>/<case>`; at most five per package are marked `overview`.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * CPU nanoseconds per input of every contender that must never see an input twice (cold caches, memos):
 * each round, each contender runs its own compiled loop (see makePass) once over inputs `fresh()` has just
 * made; rounds interleaved, the median reported (default 21 rounds).
 */
export function measureFresh<Input>(
  contenders: Record<string, Contender<Input>>,
  fresh: () => readonly Input[],
  options: { rounds?: number } = {},
): Record<string, number> {
  const rounds = options.rounds ?? 21;
  let sink = 0;
  const runs = Object.entries(contenders).map(([name, fn]) => {
    const inputs: Input[] = [];
    return { name, inputs, pass: makePass(fn, inputs), times: [] as number[] };
  });
  for (let round = -1; round < rounds; round++) {
    for (const r of runs) {
      r.inputs.splice(0, r.inputs.length, ...fresh());
      const t0 = cpuNow();
      sink += r.pass();
      if (round >= 0) r.times.push((cpuNow() - t0) / r.inputs.length); // round -1: warm-up
    }
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(runs.map((r) => [r.name, median(r.times)]));
}

/**
 * CPU milliseconds of one call of an operation too long to loop (parsing a whole document, building an index
 * over a million names) to be timed by measureAll: the median of `runs` calls, no warm-up (an application pays
 * the first call too). CPU time, as in measureAll: steadier than wall time on a shared machine.
 */
export function cpuMs(fn: () => unknown, runs = 1): number {
  const times: number[] = [];
  let sink = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = cpuNow();
    if (fn() !== undefined) sink++;
    times.push((cpuNow() - t0) / 1e6);
  }
  if (sink < 0) console.log(sink);
  return median(times);
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

/**
 * One worst case at a package's limits (issue #12: SECURITY.md gives, for every limit, the time and memory
 * of the worst input within it). `operation` and `input` name the limit constants the case sits at
 * (`MAX_INPUT_LENGTH units of distinct CJK`): the limits a row speaks of are their CONSTANT_CASE words, or
 * `limits` when given. `scale`: the input is 1/scale of the limit (too large to time on a
 * shared machine) and the operation is linear (its campaign tests it): time and memory are multiplied.
 */
export interface WorstCase<T = string> {
  operation: string;
  input: string;
  make: () => T;
  run: (input: T) => unknown;
  limits?: readonly string[];
  scale?: number;
}

/** The same case as a tuple: [operation, input, make, run]. */
export type WorstCaseTuple<T = string> = [operation: string, input: string, make: () => T, run: (input: T) => unknown];

/** Any case, whatever its input type (a case's `run` only ever sees what its own `make` made). */
export type AnyWorstCase =
  | (Omit<WorstCase, 'make' | 'run'> & { make: () => unknown; run: (input: never) => unknown })
  | [operation: string, input: string, make: () => unknown, run: (input: never) => unknown];

/** Marks the worst-case table of PACKAGE (`@nomina/x`) in a results file; scripts/release-security.ts reads it. */
export const worstCaseStart = (pkg: string): string => `<!-- worst-case ${pkg} -->`;
export const WORST_CASE_END = '<!-- /worst-case -->';

/** `1.3 ms`, `85 µs`, `2.4 s`. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 1 : 0)} µs`;
  return ms < 1000 ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** `512 B`, `43 KB`, `2.1 MB`. */
export function formatBytes(bytes: number): string {
  if (Number.isNaN(bytes)) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  return bytes < 1 << 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Heap and array buffers kept by one call's result and whatever caches it filled, after a full collection
 * (NaN without --expose-gc): the mean over `calls` calls on fresh inputs, all results held, so that a small
 * result is not lost in the collector's noise.
 */
function retainedBytes<T>(make: () => T, run: (input: T) => unknown, calls: number): number {
  if (!collect) return NaN;
  const inputs = Array.from({ length: calls }, make);
  collect();
  const before = process.memoryUsage();
  const kept = inputs.map(run);
  collect();
  const after = process.memoryUsage();
  if (kept.length < 0) console.log(kept); // keeps the results alive until here
  return Math.max(0, after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / calls;
}

/**
 * Wall time of one call in ms: median of `runs` samples after two warm-up calls, each sample timing a batch
 * of fresh inputs (made beforehand, so no memo hit and no input-building in the time) large enough to last
 * about a millisecond, so that sub-microsecond calls are timed as precisely as long ones.
 */
function callMs<T>(make: () => T, run: (input: T) => unknown, runs: number): number {
  run(make());
  const t0 = performance.now();
  run(make());
  const batch = Math.min(1000, Math.max(1, Math.ceil(1 / Math.max(performance.now() - t0, 1e-4))));
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const inputs = Array.from({ length: batch }, make);
    const start = performance.now();
    for (const input of inputs) run(input);
    samples.push((performance.now() - start) / batch);
  }
  return median(samples);
}

/**
 * Measures every case of PACKAGE and prints its table; with `--write` on the command line, writes it to
 * bench/results/<package>-limits.md between the markers scripts/release-security.ts reads (SECURITY.md's
 * limits table takes its worst-case columns from there).
 */
export function worstCases(pkg: string, cases: readonly AnyWorstCase[], runs = 7): string {
  const rows: string[] = [];
  for (const raw of cases) {
    const c = (
      Array.isArray(raw) ? { operation: raw[0], input: raw[1], make: raw[2], run: raw[3] } : raw
    ) as WorstCase<unknown>;
    const limits = c.limits ?? limitNames(`${c.operation} ${c.input}`);
    const scale = c.scale ?? 1;
    const oneMs = callMs(c.make, c.run, runs);
    const ms = oneMs * scale;
    const bytes = retainedBytes(c.make, c.run, oneMs < 10 ? 16 : 1) * scale;
    const input = scale === 1 ? c.input : `${c.input} (measured at 1/${scale} of it, × ${scale}: linear)`;
    const row = `| ${limits.map((l) => `\`${l}\``).join(', ')} | ${c.operation} | ${input.replaceAll('|', '\\|')} | ${formatMs(ms)} | ${formatBytes(bytes)} |`;
    console.log(row);
    rows.push(row);
  }
  return limitsFile(
    pkg,
    [
      `Time: wall time of one call, median of ${runs} samples of fresh inputs after warm-up (a shared machine under load only adds time). Memory: heap and array buffers that the result and the caches it filled keep after a full collection (mean of 16 calls below 10 ms)${collect ? '' : ' (not measured: run node with --expose-gc)'}. Each row names the limits its input sits at; SECURITY.md takes the slowest row of each limit.`,
    ],
    ['time', 'memory'],
    rows,
    true,
  );
}

/**
 * One worst case of an asynchronous operation (a CLI run, requests through Fastify's `inject()`): `make`
 * builds a fresh input before each run (no cache answers it), `run` resolves to a note for the operation
 * column (an exit code, a status).
 */
export interface AsyncWorstCase<T = unknown> {
  operation: string;
  input: string;
  make: () => T;
  run: (input: T) => Promise<string>;
  /** The input is 1/scale of the limit and the operation linear: time and memory are multiplied. */
  scale?: number;
  /** Timed runs after the warm-up run (default 7). */
  runs?: number;
}

/** Any asynchronous case, whatever its input type (a case's `run` only ever sees what its own `make` made). */
export type AnyAsyncWorstCase = Omit<AsyncWorstCase, 'make' | 'run'> & {
  make: () => unknown;
  run: (input: never) => Promise<string>;
};

/** Heap and array buffers in use. */
const inUse = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Wall time of one run (median of `runs` after a warm-up run), the largest growth of heap and array buffers
 * sampled every millisecond during a run, and what is kept 100 ms after it, after a full collection (what
 * the run's streams and promises let go of a moment later is not kept).
 */
async function measureAsync<T>(
  c: AsyncWorstCase<T>,
): Promise<{ ms: number; peak: number; kept: number; note: string }> {
  if (!collect) throw new Error('run with --expose-gc');
  const note = await c.run(c.make());
  const times: number[] = [];
  for (let r = 0; r < (c.runs ?? 7); r++) {
    const input = c.make();
    const t0 = performance.now();
    await c.run(input);
    times.push(performance.now() - t0);
  }
  const input = c.make();
  collect();
  const before = inUse();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, inUse());
  }, 1);
  await c.run(input);
  clearInterval(timer);
  peak = Math.max(peak, inUse());
  await new Promise((resolve) => setTimeout(resolve, 100));
  collect();
  return { ms: median(times), peak: peak - before, kept: Math.max(0, inUse() - before), note };
}

/**
 * `worstCases` for asynchronous operations: measures every case of PACKAGE (or, with `--only WORD`, those
 * whose operation or input holds WORD), prints its table and, with `--write` and every case, writes it to
 * bench/results/<package>-limits.md. A row's limits are the CONSTANT_CASE words of its operation and input
 * that `isLimit` accepts; `about` says how the cases run.
 */
export async function worstCasesAsync(
  pkg: string,
  all: readonly AnyAsyncWorstCase[],
  about: readonly string[],
  isLimit: (name: string) => boolean,
): Promise<string> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const cases = only === undefined ? all : all.filter((c) => `${c.operation} ${c.input}`.includes(only));
  const rows: string[] = [];
  for (const c of cases as unknown as readonly AsyncWorstCase<unknown>[]) {
    const m = await measureAsync(c);
    const limits = limitNames(`${c.operation} ${c.input}`).filter(isLimit);
    const scale = c.scale ?? 1;
    const input = scale === 1 ? c.input : `${c.input} (measured at 1/${scale} of it, × ${scale}: linear)`;
    const row = `| ${limits.map((l) => `\`${l}\``).join(', ')} | ${c.operation} (${m.note}) | ${input.replaceAll('|', '\\|')} | ${formatMs(m.ms * scale)} | ${formatBytes(m.peak * scale)} | ${formatBytes(m.kept * scale)} |`;
    console.log(row);
    rows.push(row);
  }
  return limitsFile(
    pkg,
    [
      ...about,
      'Time: wall time of one run, median of 7 runs (3 or 5 for the long ones) of fresh inputs after a warm-up run (a shared machine under load only adds time).',
      'Peak: the largest growth of heap and array buffers sampled every millisecond during a run (the input is made before). Kept: what remains 100 ms after the run, after a full collection (caches).',
      'Each row names the limits its input sits at; SECURITY.md takes the slowest row of each limit.',
    ],
    ['time', 'peak during the run', 'kept after it'],
    rows,
    only === undefined,
  );
}

/** The limit constants a case's text names: its CONSTANT_CASE words. */
const limitNames = (text: string): string[] => [...new Set(text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? [])];

/**
 * The worst-case file of PACKAGE: command, explanation, and the table between the markers
 * scripts/release-security.ts reads; written to bench/results/<package>-limits.md with `--write` when
 * `complete` (every case was measured).
 */
function limitsFile(
  pkg: string,
  about: readonly string[],
  measures: readonly string[],
  rows: readonly string[],
  complete: boolean,
): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const script = relative(root, process.argv[1] ?? '');
  const text = [
    `# ${pkg}: worst cases at the limits`,
    '',
    `Command: \`node --expose-gc --conditions=@nomina/source --import tsx ${script} --write\` — ${machineLine()}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...about,
    '',
    worstCaseStart(pkg),
    `| limits | operation | input at the limit | ${measures.join(' | ')} |`,
    `| --- | --- | --- | ${measures.map(() => '---:').join(' | ')} |`,
    ...rows,
    WORST_CASE_END,
    '',
  ].join('\n');
  if (process.argv.includes('--write') && complete) {
    const file = join(root, 'bench', 'results', `${pkg.replace(/^@nomina\//, '')}-limits.md`);
    writeFileSync(file, text);
    console.log(`written: ${relative(root, file)}`);
  }
  return text;
}

/** The value after `--name` among a bench command's arguments, or undefined. */
export function option(name: string, args: readonly string[] = process.argv.slice(2)): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
