// Worst-case time and memory of one call at a package's limits, for the README's Limits section (issue
// #12). Time: median of `runs` calls on fresh inputs after two warm-up calls. Memory: heap retained by
// the call's result and whatever caches it filled, after a full collection (run node with --expose-gc).
import { machineLine } from '../harness.js';

type Case<T> = [operation: string, input: string, make: () => T, run: (input: T) => unknown];

const gc = (globalThis as { gc?: () => void }).gc;

function retainedBytes<T>(make: () => T, run: (input: T) => unknown): number {
  if (!gc) return NaN;
  const input = make();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run(input);
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === Symbol.for('never')) console.log(kept); // keep the result alive until here
  return Math.max(0, after - before);
}

export function worstCase(name: string, cases: Case<any>[], runs = 7): void {
  console.log(
    `# ${name}: worst cases at the limits\n\n${machineLine()}${gc ? '' : ' (no --expose-gc: memory not measured)'}\n`,
  );
  console.log('| operation | input | median time | heap retained |');
  console.log('|---|---|---:|---:|');
  for (const [operation, input, make, run] of cases) {
    run(make());
    run(make());
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const x = make();
      const t0 = performance.now();
      run(x);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = times[runs >> 1]!;
    const kb = (bytes: number) => (Number.isNaN(bytes) ? '—' : `${(bytes / 1024).toFixed(0)} KB`);
    console.log(
      `| ${operation} | ${input} | ${ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`} | ${kb(retainedBytes(make, run))} |`,
    );
  }
}
