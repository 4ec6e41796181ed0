// The word table (packages/langid/src/model/words.ts): a tier's configuration trained in memory with more or fewer
// whole words (and n-gram features) per language, scored on the evaluation sets (mean over labels of per-label
// accuracy; `und` is wrong), with the share of answers at confidence ≥ 0.9 that are right, and the gzip size of the
// module (the bundle's growth follows it).
//   npx tsx --conditions=@nomina/source bench/langid/words.ts --tier full [--limit 200] --variants '[{"maxWords":4000}]'
// Each variant is an object of TierConfig fields over the tier's configuration. Prints one Markdown row per variant.
import { gzipSync } from 'node:zlib';
import { createDetector } from '../../packages/langid/src/detect/detect.js';
import { loadSamples, TIERS, type TierConfig, trainTier } from '../../packages/langid/scripts/train.js';
import { option } from '../harness.js';
import { sameLanguage } from './labels.js';
import { evaluationSets, scoreSets } from './sets.js';

const tierName = option('tier') ?? 'default';
const limit = Number(option('limit') ?? 200);
const variants: Partial<TierConfig>[] = JSON.parse(option('variants') ?? '[{}]');
const sets = evaluationSets(limit);
const { samples, provenance } = loadSamples();
console.log(`| variant | ${[...sets.keys()].join(' | ')} | right at ≥ 0.9 (min over sets) | module gzip |`);
console.log(`|---|${[...sets.keys()].map(() => '---|').join('')}---|---|`);
for (const variant of variants) {
  const config = { ...TIERS.find((t) => t.name === tierName)!, ...variant };
  const { data, module } = trainTier(samples, config, provenance);
  const { detect } = createDetector(data);
  const { means } = scoreSets(sets, detect);
  let worst = 1;
  for (const items of sets.values()) {
    let confident = 0;
    let right = 0;
    for (const { label, text } of items) {
      const d = detect(text);
      if (d.confidence < 0.9) continue;
      confident++;
      if (sameLanguage(label, d.tag)) right++;
    }
    if (confident > 0) worst = Math.min(worst, right / confident);
  }
  console.log(
    `| ${JSON.stringify(variant)} | ${[...means.values()].map((m) => `${(m * 100).toFixed(1)}%`).join(' | ')} | ${(worst * 100).toFixed(1)}% | ${gzipSync(module, { level: 9 }).length.toLocaleString('en')} |`,
  );
}
