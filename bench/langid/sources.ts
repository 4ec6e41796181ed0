// Contribution of each training source (issue #17), measured separately: a tier's configuration is
// trained in memory with and without each source and scored on capped evaluation sets (mean over labels
// of per-label accuracy; `und` is wrong), with the per-label changes of the confusable clusters.
//   npx tsx --conditions=@nomina/source bench/langid/sources.ts [--tier default|full] [--limit 200] [--variants a,b]
// Writes bench/langid/sources-<tier>.md. Evaluation data is read here only, never by training.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../packages/langid/src/detect/detect.js';
import { type Sample, tatoebaSamples, udhrSamples, wordlistSamples } from '../../packages/langid/scripts/corpus.js';
import { TIERS, trainTier } from '../../packages/langid/scripts/train.js';
import { languageKey } from './labels.js';
import { evaluationSets, scoreSets } from './sets.js';
import { option } from '../harness.js';

const tierName = option('tier') ?? 'default';
const limit = Number(option('limit') ?? 200);
const maxWords = option('max-words');
const config = {
  ...TIERS.find((t) => t.name === tierName)!,
  wordlists: true,
  ...(maxWords ? { maxWords: Number(maxWords) } : {}),
};

const sets = evaluationSets(limit);

const udhr = udhrSamples();
const t3k = tatoebaSamples()!;
const t20k = tatoebaSamples('langid-train/tatoeba-train-20k.tsv.gz')!;
const words = (mass: number): Sample[] => wordlistSamples(mass)!;
const variants: Record<string, () => Sample[]> = {
  base: () => [...udhr, ...t3k],
  'tatoeba-20k': () => [...udhr, ...t20k],
  'tesseract-300': () => [...udhr, ...t3k, ...words(300)],
  'tesseract-1000': () => [...udhr, ...t3k, ...words(1000)],
  'tesseract-3000': () => [...udhr, ...t3k, ...words(3000)],
  '20k+tesseract-1000': () => [...udhr, ...t20k, ...words(1000)],
  '20k+tesseract-3000': () => [...udhr, ...t20k, ...words(3000)],
};
const chosen = option('variants')?.split(',') ?? Object.keys(variants);
const CLUSTERS = [
  'bs',
  'hr',
  'sr',
  'sk',
  'sl',
  'cs',
  'ms',
  'id',
  'nb',
  'nn',
  'da',
  'zu',
  'xh',
  'nr',
  'ss',
  'tn',
  'nso',
  'st',
  'hi',
  'mag',
  'bho',
];

const lines: string[] = [
  `Tier configuration \`${tierName}\`${maxWords ? ` with maxWords ${maxWords}` : ''}, at most ${limit} items per label (npx tsx --conditions=@nomina/source bench/langid/sources.ts --tier ${tierName} --limit ${limit}${maxWords ? ` --max-words ${maxWords}` : ''}).`,
  '',
  `| variant | ${[...sets.keys()].join(' | ')} | postings (base64 chars) |`,
  `|---|${[...sets.keys()].map(() => '---|').join('')}---|`,
];
const clusterRows: string[] = [];
for (const name of chosen) {
  const started = Date.now();
  const data = trainTier(variants[name]!(), config, name).data;
  const { detect } = createDetector(data);
  const { means, perLabel } = scoreSets(sets, detect);
  lines.push(
    `| ${name} | ${[...means.values()].map((m) => `${(m * 100).toFixed(1)}%`).join(' | ')} | ${data.postings.length.toLocaleString('en')} |`,
  );
  const cluster = [...perLabel.entries()]
    .filter(([key]) => CLUSTERS.includes(languageKey(key.split(':')[1]!)))
    .map(([key, a]) => `${key} ${(a * 100).toFixed(0)}`);
  clusterRows.push(`- ${name}: ${cluster.join(', ')}`);
  console.log(lines[lines.length - 1], `(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
lines.push('', 'Confusable clusters, per set and label (accuracy %):', '', ...clusterRows, '');
writeFileSync(
  join(dirname(fileURLToPath(import.meta.url)), `sources-${tierName}${maxWords ? `-words${maxWords}` : ''}.md`),
  lines.join('\n'),
);
