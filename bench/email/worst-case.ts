// Worst-case time and memory of @nomina/email at its input limits (README "Limits", SECURITY.md):
// each hostile shape at the largest size the limits let through, median time of 9 runs, and the heap
// that one call keeps while it runs (measured with --expose-gc around a call that holds its result).
// Run: node --expose-gc --import tsx bench/email/worst-case.ts
import { MAX_HEADER_LENGTH, MAX_INPUT_LENGTH, parseAddress, parseAddressList } from '@nomina/email';
import { median } from '../harness.js';

const gc = (globalThis as { gc?: () => void }).gc;
const cases: [string, () => unknown][] = [
  [
    'parseAddress: 4,096 units of dots and letters',
    () => parseAddress(`${'a.'.repeat(MAX_INPUT_LENGTH / 2 - 4)}@x.org`),
  ],
  [
    'parseAddress: 4,096 units of nested comments',
    () =>
      parseAddress(`${'('.repeat(MAX_INPUT_LENGTH / 2 - 4)}${')'.repeat(MAX_INPUT_LENGTH / 2 - 4)}a@x.org`, {
        allowComments: true,
      }),
  ],
  [
    'parseAddress: a 4,090-character CJK domain',
    () =>
      parseAddress(
        `a@${Array.from({ length: MAX_INPUT_LENGTH - 8 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')}.cn`,
      ),
  ],
  ['parseAddress: 1 MB (refused by the limit)', () => parseAddress('a'.repeat(1 << 20))],
  [
    'parseAddressList: 65,536 units, 7,281 mailboxes (2,000 read)',
    () => parseAddressList('a@b.org, '.repeat(MAX_HEADER_LENGTH / 9)),
  ],
  ['parseAddressList: 65,536 one-character tokens', () => parseAddressList('<'.repeat(MAX_HEADER_LENGTH))],
  [
    'parseAddressList: 65,536 units of nested comments',
    () => parseAddressList(`${'('.repeat(MAX_HEADER_LENGTH / 2)}${')'.repeat(MAX_HEADER_LENGTH / 2)}`),
  ],
];

console.log('| input | time (median of 9) | heap held during the call |');
console.log('| --- | ---: | ---: |');
for (const [name, run] of cases) {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  let heap = '(run with --expose-gc)';
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = run();
    const after = process.memoryUsage().heapUsed;
    heap = `${((after - before) / 1024).toFixed(0)} KB`;
    if (kept === undefined) console.log('');
  }
  console.log(`| ${name} | ${median(times).toFixed(2)} ms | ${heap} |`);
}
