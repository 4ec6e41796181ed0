// Quick look at the cluster members: trains tier configurations in memory and scores the cluster labels.
//   npx tsx --conditions=@nomina/source bench/langid/clusters-quick.ts '<json overrides>' [tier]
import { createDetector } from '../../packages/langid/src/detect/detect.js';
import { CLUSTERS, loadSamples, TIERS, trainTier } from '../../packages/langid/scripts/train.js';
import { languageKey, sameLanguage } from './labels.js';
import { evaluationSets } from './sets.js';

const overrides = JSON.parse(process.argv[2] ?? '{}');
const tierName = process.argv[3] ?? 'default';
const { samples, provenance } = loadSamples();
const keys = new Set(CLUSTERS.flat().map(languageKey));
const sets = evaluationSets(200);
const base = TIERS.find((t) => t.name === tierName)!;
for (const variant of [{ ...base, ...overrides }]) {
  const t0 = Date.now();
  const { data, module } = trainTier(samples, variant, provenance);
  console.log(`trained ${((Date.now() - t0) / 1000).toFixed(0)} s, module ${module.length}`);
  const detector = createDetector(data);
  for (const [name, items] of sets) {
    const per = new Map<string, [number, number, Map<string, number>]>();
    for (const item of items) {
      if (!keys.has(languageKey(item.label))) continue;
      const tag = detector.detect(item.text).tag;
      if (!per.has(item.label)) per.set(item.label, [0, 0, new Map()]);
      const cell = per.get(item.label)!;
      cell[1]++;
      if (sameLanguage(item.label, tag)) cell[0]++;
      else cell[2].set(tag, (cell[2].get(tag) ?? 0) + 1);
    }
    console.log(
      name,
      [...per.entries()]
        .map(([label, [h, n, wrong]]) => {
          const top = [...wrong.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 2)
            .map(([t, c]) => `${t}:${c}`)
            .join(',');
          return `${label} ${((100 * h) / n).toFixed(1)} (${top})`;
        })
        .join(' | '),
    );
  }
}
