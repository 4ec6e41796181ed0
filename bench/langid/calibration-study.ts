// Study of the confidence on the evaluation sets (nothing is fitted here: the calibration is fitted on held-out
// training data by packages/langid/src/model/build.ts). Writes one JSON row per line and tier (label, answer,
// confidence, features, features the answer's language kept, margin) for analysis:
//   npx tsx --conditions=@nomina/source bench/langid/calibration-study.ts [limit per label] [default|full] [out.json]
import { writeFileSync } from 'node:fs';
import * as def from '../../packages/langid/src/index.js';
import * as full from '../../packages/langid/src/full.js';
import { textFeatures } from '../../packages/langid/src/features/extract.js';
import { sameLanguage } from './labels.js';
import { evaluationSets } from './sets.js';

const LIMIT = Number(process.argv[2] ?? 50);
const sets = evaluationSets(LIMIT);

const rows: unknown[] = [];
for (const [tierName, tier] of (
  [
    ['default', def],
    ['full', full],
  ] as const
).filter(([n]) => (process.argv[3] || n) === n)) {
  const m = tier.createDetector(tier.model().data).model();
  for (const [set, items] of sets) {
    for (const { label, text } of items) {
      const d = tier.detect(text);
      const l = m.tags.indexOf(d.candidates[0]?.tag ?? '');
      let n = 0;
      let known = 0;
      let q = 0;
      if (l >= 0)
        textFeatures(text, (h) => {
          n++;
          const i = m.find(h);
          if (i < 0) return;
          for (let j = m.offsets[i]!; j < m.offsets[i + 1]!; j++)
            if (m.languages[j] === l) {
              known++;
              q += m.weights[j]!;
            }
        });
      const c = d.candidates;
      rows.push({
        tier: tierName,
        set,
        label,
        tag: d.tag,
        right: sameLanguage(label, d.tag),
        conf: d.confidence,
        c0: c[0]?.confidence ?? 0,
        top: c[0]?.tag ?? d.tag,
        right0: sameLanguage(label, c[0]?.tag ?? d.tag),
        n,
        known,
        q,
        margin: c.length > 1 ? c[0]!.score - c[1]!.score : 99,
        levels: tierName === 'default' ? 15 : 31,
      });
    }
  }
}
writeFileSync(process.argv[4] ?? '/tmp/lid/study.json', JSON.stringify(rows));
