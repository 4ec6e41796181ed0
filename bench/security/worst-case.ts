// Worst-case time and memory of @nomina/security at each documented limit (src/limits.ts, README "Limits"):
// every function on the hostile shapes of its campaign (packages/security/test/campaign.test.ts) at the
// largest size the limit lets through, the worst shape reported. Time: CPU time, median of 9 calls after 3
// warm-up calls (harness cpuMs). Memory: what one call allocates (young generation made large enough that no scavenge runs during a
// call, so the heap growth is every byte allocated: an upper bound of its peak) and what its result holds.
// @nomina/security is read from its sources (bench/package.json does not list it).
// Run: node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx \
//        --conditions=@nomina/source bench/security/worst-case.ts
//      → prints the table and updates its section of bench/results/security.md
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_INPUT_LENGTH as IDNA_MAX_INPUT_LENGTH } from '../../packages/idna/src/index.js';
import * as security from '../../packages/security/src/index.js';
import { cpuMs, machineLine } from '../harness.js';

const { MAX_INPUT_LENGTH, MAX_NAME_LENGTH, MAX_ISSUES_PER_CODE, MAX_NONSPACING_MARKS } = security;
const MB = 1 << 20;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (see the command at the top)');

/** Hostile shapes of `n` UTF-16 units (about): the campaign's, and those of UAX #9 for bidiSkeleton. */
const SHAPES: Record<string, (n: number) => string> = {
  'one combining mark repeated': (n) => `a${'\u0301'.repeat(n - 1)}`,
  'Latin and Hebrew alternating': (n) => 'a\u05d0'.repeat(n / 2),
  'Arabic letters and digits alternating': (n) => '\u06271'.repeat(n / 2),
  'ignorables and lone surrogates': (n) => '\u200d\ud800'.repeat(n / 2),
  'expanding prototypes (ǉ ﬃ)': (n) => 'ǉﬃ'.repeat(n / 2),
  'a script change at every code point': (n) => 'aаαא'.repeat(n / 4),
  'digits of five decimal systems': (n) => '0٠۰०০'.repeat(Math.floor(n / 5)),
  'one-letter labels': (n) => 'а.'.repeat(n / 2),
  'restricted characters (Cherokee)': (n) => '\u13a0'.repeat(n),
  'max_depth embeddings, a tab at every other unit': (n) => '\u202b'.repeat(64) + 'a\t'.repeat(n / 2 - 32),
  'nested first-strong isolates': (n) => `${'\u2068'.repeat(n / 2 - 1)}\u05d0a${'\u2069'.repeat(n / 2 - 1)}`,
  'brackets nested past the BD16 stack': (n) => `${'('.repeat(n / 2 - 1)}\u05d0a${')'.repeat(n / 2 - 1)}`,
  'bracket pairs looking back for context': (n) => '!!(a)'.repeat(n / 5),
};
const BIDI_SHAPES = [
  'Latin and Hebrew alternating',
  'Arabic letters and digits alternating',
  'max_depth embeddings, a tab at every other unit',
  'nested first-strong isolates',
  'brackets nested past the BD16 stack',
  'bracket pairs looking back for context',
];

interface Measure {
  ms: number;
  allocated: number;
  held: number;
}

function measure(run: () => unknown): Measure {
  for (let i = 0; i < 3; i++) run();
  const ms = cpuMs(run, 9);
  gc!();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  const allocated = process.memoryUsage().heapUsed - before;
  gc!();
  const held = process.memoryUsage().heapUsed - before;
  if (kept === Symbol.for('never')) console.log(''); // keeps `kept` alive across the collection
  return { ms, allocated, held: Math.max(0, held) };
}

const size = (bytes: number): string =>
  bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(0, Math.round(bytes / 1024))} KB`;

const rows: string[] = [];
/** The worst of `shapes` for `run` at `n` units: one table row. */
function worst(limit: string, name: string, n: number, shapes: string[], run: (s: string) => unknown): void {
  let found = { shape: '', m: { ms: -1, allocated: 0, held: 0 } as Measure };
  for (const shape of shapes) {
    const text = SHAPES[shape]!(n);
    const m = measure(() => run(text));
    if (m.ms > found.m.ms) found = { shape, m };
  }
  const row = `| ${limit} | ${name} | ${found.shape} (${n.toLocaleString('en')} units) | ${found.m.ms.toFixed(2)} ms | ${size(found.m.allocated)} | ${size(found.m.held)} |`;
  rows.push(row);
  console.log(row);
}

const all = Object.keys(SHAPES);
const checking: [string, (s: string) => unknown][] = [
  ['areConfusable', (s) => security.areConfusable(s, s)],
  ["areConfusable, direction 'rtl'", (s) => security.areConfusable(s, 'a', { direction: 'rtl' })],
  ['identifierProfile', (s) => security.identifierProfile(s)],
  ['detectMixedNumbers', (s) => security.detectMixedNumbers(s)],
  ['detectSuspicious', (s) => security.detectSuspicious(s)],
  ['displayPolicy', (s) => security.displayPolicy(s)],
];

console.log('| limit | function | worst input | time (median of 9) | allocated by the call | held by the result |');
console.log('| --- | --- | --- | ---: | ---: | ---: |');
for (const [name, run] of checking) worst('`MAX_INPUT_LENGTH`', name, MAX_INPUT_LENGTH, all, run);
// displayPolicy decodes with @nomina/idna, whose own MAX_INPUT_LENGTH (4,096) refuses longer domains
// (NOT_A_DOMAIN): its worst case is at that size.
worst('`MAX_INPUT_LENGTH` of @nomina/idna', 'displayPolicy', IDNA_MAX_INPUT_LENGTH, all, (s) =>
  security.displayPolicy(s),
);
for (const [name, run] of checking.filter(([n]) => !n.includes('rtl'))) {
  const over = 'a'.repeat(MB);
  const m = measure(() => run(over));
  const row = `| \`MAX_INPUT_LENGTH\` | ${name} | 1 MB (refused: \`INPUT_TOO_LONG\`) | ${m.ms.toFixed(3)} ms | ${size(m.allocated)} | ${size(m.held)} |`;
  rows.push(row);
  console.log(row);
}

// MAX_ISSUES_PER_CODE: a whole input of restricted characters keeps 100 issues and entries, not 65,536.
{
  const text = SHAPES['restricted characters (Cherokee)']!(MAX_INPUT_LENGTH);
  const m = measure(() => security.identifierProfile(text));
  const r = security.identifierProfile(text);
  const row = `| \`MAX_ISSUES_PER_CODE\` (${MAX_ISSUES_PER_CODE}) | identifierProfile | 65,536 restricted characters: ${r.issues.length} issues, ${r.restricted.length} entries, restrictedCount ${r.restrictedCount} | ${m.ms.toFixed(2)} ms | ${size(m.allocated)} | ${size(m.held)} |`;
  rows.push(row);
  console.log(row);
}

// MAX_NONSPACING_MARKS: a whole input of letters each carrying MAX_NONSPACING_MARKS distinct marks (allowed),
// and one more (a NONSPACING_MARKS_EXCESSIVE issue per letter, kept to MAX_ISSUES_PER_CODE).
for (const marks of [MAX_NONSPACING_MARKS, MAX_NONSPACING_MARKS + 1]) {
  const unit = `a${'\u0301\u0302\u0303\u0304\u0308\u030a'.slice(0, marks)}`;
  const text = unit.repeat(Math.floor(MAX_INPUT_LENGTH / unit.length));
  const m = measure(() => security.detectSuspicious(text));
  const r = security.detectSuspicious(text);
  const row = `| \`MAX_NONSPACING_MARKS\` (${MAX_NONSPACING_MARKS}) | detectSuspicious | ${text.length.toLocaleString('en')} units (MAX_INPUT_LENGTH): a letter and ${marks} distinct nonspacing marks, repeated: ${r.issues.filter((i) => i.code === 'NONSPACING_MARKS_EXCESSIVE').length} NONSPACING_MARKS_EXCESSIVE issues | ${m.ms.toFixed(2)} ms | ${size(m.allocated)} | ${size(m.held)} |`;
  rows.push(row);
  console.log(row);
}

// MAX_NAME_LENGTH: index names. A look-up costs one skeleton plus, per match, the kind and the differing
// offsets (both linear in the name): 1,000 distinct indexed names share the query's skeleton (ǉ and lj,
// ﬃ and ffi have one prototype).
{
  const index = security.createSkeletonIndex();
  const name = SHAPES['expanding prototypes (ǉ ﬃ)']!(MAX_NAME_LENGTH - 2);
  for (let i = 0; i < 1000; i++) index.add(`${name.slice(0, i)}${i % 2 ? 'ffi' : 'lj'}${name.slice(i + 1)}`);
  worst('`MAX_NAME_LENGTH`', 'index.add', MAX_NAME_LENGTH, all, (s) =>
    security.createSkeletonIndex().add(s.slice(0, MAX_NAME_LENGTH)),
  );
  const matches = index.lookup(name).matches.length;
  const m = measure(() => index.lookup(name));
  const row = `| \`MAX_NAME_LENGTH\` | index.lookup | a 1,022-unit name, ${matches.toLocaleString('en')} distinct indexed names with its skeleton (a match each, with kind and offsets) | ${m.ms.toFixed(2)} ms | ${size(m.allocated)} | ${size(m.held)} |`;
  rows.push(row);
  console.log(row);
}

// No limit (linear): skeleton and bidiSkeleton at 1 MB.
worst('none (linear)', 'skeleton', MB, all, (s) => security.skeleton(s));
worst('none (linear)', "bidiSkeleton, 'rtl'", MB, BIDI_SHAPES, (s) => security.bidiSkeleton(s, 'rtl'));

// The table goes into its section of bench/results/security.md (bench.ts keeps the section).
const here = dirname(fileURLToPath(import.meta.url));
const results = join(here, '..', 'results', 'security.md');
const section = [
  '<!-- worst-case -->',
  '## Worst case at the limits',
  '',
  'Command: `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx --conditions=@nomina/source bench/security/worst-case.ts`',
  `— ${machineLine()}. Each function on every hostile shape of its campaign at the largest size its limit lets`,
  'through, the worst shape shown. "Allocated" counts every byte allocated by one call (no scavenge runs',
  'during it), an upper bound of its peak; "held" is what the result keeps after a collection.',
  '',
  '| limit | function | worst input | time (median of 9) | allocated by the call | held by the result |',
  '| --- | --- | --- | ---: | ---: | ---: |',
  ...rows,
  '<!-- /worst-case -->',
].join('\n');
const old = readFileSync(results, 'utf8');
const marked = /<!-- worst-case -->[\s\S]*<!-- \/worst-case -->/;
writeFileSync(results, marked.test(old) ? old.replace(marked, section) : `${old.trimEnd()}\n\n${section}\n`);
console.log(`\nwrote the section of ${results}`);
