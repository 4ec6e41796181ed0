// The most each tier could score on the Tatoeba test sample (mean over labels of per-label accuracy, as eval.ts scores
// it), given what each tier can answer:
// - a label whose language the tier does not have scores 0 (the full tier lacks only languages without licensed text);
// - a line of a mixed label written with letters its language lacks (`slv` lines with ä ô ľ: Slovak) is in the
//   other language, and its right answer is scored wrong;
// - a sentence found under two labels of different languages (`Voda je život.` under `bos_Latn` and `hrv`) is
//   right under one of them at most: half a line each.
// Everything else counts as right. Writes bench/results/langid-bound.md.
//   npx pnpm@10.34.9 --filter @nomina/langid build && npx tsx bench/langid/tatoeba-bound.ts [--limit 200]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ours from '@nomina/langid';
import * as oursFull from '@nomina/langid/full';
import { TATOEBA_OTHER_LETTERS } from '../../packages/langid/scripts/corpus.js';
import { option } from '../harness.js';
import { languageKey } from './labels.js';
import { evaluationSets } from './sets.js';

const here = dirname(fileURLToPath(import.meta.url));
const limit = Number(option('limit') ?? 200);
const items = evaluationSets(limit).get('tatoeba')!;

const keysOf = new Map<string, Set<string>>();
for (const { label, text } of items) {
  if (!keysOf.has(text)) keysOf.set(text, new Set());
  keysOf.get(text)!.add(languageKey(label));
}
const lines = new Map<string, number>();
for (const { label } of items) lines.set(label, (lines.get(label) ?? 0) + 1);

/** The most a detector answering `known` languages can score (mean over labels), and the lines it loses, by cause. */
function bound(known: Set<string>) {
  const credit = new Map<string, number>();
  let unknownLabels = 0;
  let otherLetters = 0;
  let shared = 0;
  for (const { label, text } of items) {
    if (!known.has(languageKey(label))) continue;
    const other = TATOEBA_OTHER_LETTERS[label];
    let right = 1;
    if (other?.letters.test(text)) {
      right = 0;
      otherLetters++;
    } else if (keysOf.get(text)!.size > 1) {
      right = 0.5;
      shared += 0.5;
    }
    credit.set(label, (credit.get(label) ?? 0) + right);
  }
  for (const label of lines.keys()) if (!known.has(languageKey(label))) unknownLabels++;
  const mean = [...lines].reduce((sum, [label, n]) => sum + (credit.get(label) ?? 0) / n, 0) / lines.size;
  return { mean, unknownLabels, otherLetters, shared };
}

const rows = [
  ['default', new Set(ours.languages().map(languageKey)), 0.85],
  ['full', new Set(oursFull.languages().map(languageKey)), 0.9],
] as const;
const out = [
  '# @nomina/langid — the most each tier could score on the Tatoeba sample',
  '',
  `Reproduce: \`npx pnpm@10.34.9 --filter @nomina/langid build && npx tsx bench/langid/tatoeba-bound.ts --limit ${limit}\`.`,
  `${items.length.toLocaleString('en')} lines, ${lines.size} labels, at most ${limit} per label (as eval.ts reads them).`,
  'A label whose language a tier does not have scores 0: the full tier lacks only languages with no licensed text in',
  'any source here (packages/langid/README.md); the default tier also leaves out small ones.',
  'A `slv` line with letters Slovenian lacks is Slovak, so its right answer is scored wrong. A sentence found under two',
  'labels of different languages is right under one at most. Every other line counts as right.',
  '',
  '| tier | labels it cannot answer | lines in another language | lines under two labels (lost) | upper bound of the mean | target | lines it may miss beyond these and still meet it |',
  '|---|---|---|---|---|---|---|',
];
for (const [tier, known, target] of rows) {
  const { mean, unknownLabels, otherLetters, shared } = bound(known);
  // Spare points of the mean, in lines of a label of `limit` lines.
  const spare = (mean - target) * lines.size * limit;
  out.push(
    `| ${tier} | ${unknownLabels} | ${otherLetters} | ${shared} | ${(mean * 100).toFixed(2)}% | ${target * 100}% | ${mean < target ? 'none: out of reach' : `about ${Math.floor(spare)}`} |`,
  );
}
writeFileSync(join(here, '..', 'results', 'langid-bound.md'), out.join('\n') + '\n');
console.log(out.join('\n'));
