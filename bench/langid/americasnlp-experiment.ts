// Experiment (never shipped): what the model reaches on the AmericasNLP 2021 test when the
// AmericasNLP training side is added to its training data. That data has no licence (see
// shared/vectors/SOURCES-lang.md), so the shipped tables cannot use it; this script trains in memory
// only, writes no model, and writes a Markdown table to bench/langid/americasnlp-experiment.md
// (which bench/langid/eval.ts copies into bench/results/langid.md).
//   npx tsx bench/langid/americasnlp-experiment.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../packages/langid/src/detect/detect.js';
import { canonicalLanguage, labelScript, type Sample } from '../../packages/langid/scripts/corpus.js';
import { loadSamples, TIERS, trainTier } from '../../packages/langid/scripts/train.js';
import { sharedVector } from '../../test-vectors/locate.js';
import { sameLanguage } from './labels.js';

const trainDir = sharedVector('langid-train/americasnlp-train');
const testDir = sharedVector('langid/americasnlp2021');
if (!trainDir || !testDir) throw new Error('shared vectors missing');

const extra: Sample[] = [];
for (const file of readdirSync(trainDir).sort()) {
  const code = file.replace(/\.txt$/, '');
  const language = canonicalLanguage(code);
  const lines = readFileSync(join(trainDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const script = labelScript(language, lines.join(' '));
  // Experiment samples are marked `tatoeba` so the default tier keeps these languages too.
  for (const text of lines) extra.push({ language, script, text, source: 'tatoeba' });
}
const { samples } = loadSamples();
const results: string[] = [
  '| label | shipped default | shipped full | + AmericasNLP train (default config) | + AmericasNLP train (full config) |',
  '|---|---|---|---|---|',
];
const shipped = [await import('@nomina/langid'), await import('@nomina/langid/full')];
const experimental = TIERS.map((config) =>
  createDetector(trainTier([...samples, ...extra], config, 'experiment').data),
);
const sums = [0, 0, 0, 0];
const files = readdirSync(testDir).sort();
for (const file of files) {
  const label = file.replace(/^test\./, '');
  const lines = readFileSync(join(testDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const detectors = [...shipped.map((m) => m.detect), ...experimental.map((d) => d.detect)];
  const accuracy = detectors.map(
    (detect) => lines.filter((line) => sameLanguage(label, detect(line).tag)).length / lines.length,
  );
  accuracy.forEach((a, i) => (sums[i]! += a));
  results.push(`| ${label} | ${accuracy.map((a) => `${(a * 100).toFixed(1)}%`).join(' | ')} |`);
}
results.push(`| **mean** | ${sums.map((s) => `**${((s / files.length) * 100).toFixed(1)}%**`).join(' | ')} |`);
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'americasnlp-experiment.md'), results.join('\n') + '\n');
console.log(results.join('\n'));
